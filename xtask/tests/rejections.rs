//! Each spec under `tests/specs/` breaks one rule; the xtask must refuse it with a message that
//! names the file and the JSON pointer of the offending node, never panic.

use std::path::PathBuf;

use xtask::model;
use xtask::spec::diagnostics::InvalidSpec;

fn load(name: &str) -> anyhow::Result<model::Spec> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/specs").join(name);
    let file = format!("tests/specs/{name}");
    let document = model::read_document(&path, &file)?;
    model::parse("minimal".to_owned(), file, document)
}

#[track_caller]
fn assert_rejected(name: &str, pointer: &str, fragment: &str) {
    let error = match load(name) {
        Ok(_) => panic!("{name} was accepted"),
        Err(error) => error,
    };
    let invalid = error.downcast_ref::<InvalidSpec>().unwrap_or_else(|| panic!("{name}: not a spec error: {error:#}"));
    let message = invalid.to_string();
    assert!(message.starts_with(&format!("tests/specs/{name} is not a spec")), "{message}");
    assert!(
        invalid.problems.iter().any(|p| p.pointer.to_string() == pointer && p.message.contains(fragment)),
        "{name}: expected `{pointer}` with `{fragment}`, got:\n{message}"
    );
}

const OPERATION: &str = "#/paths/~1things~1{id}/get";

#[test]
fn a_cursor_that_identifies_no_item_is_refused() {
    assert_rejected(
        "paging_cursor_not_an_identity.yaml",
        "#/paths/~1things/get/x-pspkit-paging/cursor/item",
        "names no `x-pspkit-identity` property of the listed items",
    );
}

#[test]
fn paging_by_offset_or_link_over_items_without_an_identity_is_refused() {
    let fragment = "lists items without an `x-pspkit-identity` property";
    let spec = "paging_without_item_identity.yaml";
    assert_rejected(spec, "#/paths/~1things/get/x-pspkit-paging/items", fragment);
    assert_rejected(spec, "#/paths/~1things~1linked/get/x-pspkit-paging/items", fragment);
}

#[test]
fn an_example_customer_without_the_operations_mapping_is_refused() {
    assert_rejected(
        "customer_example_without_mapping.yaml",
        &format!("{OPERATION}/responses/200/content/application~1json/examples/seed/x-pspkit-customer"),
        "needs the operation's own `x-pspkit-customer` mapping",
    );
}

/// Every failing example's whole message, as a maintainer reads it, in one snapshot
/// (`tests/snapshots/rejections__messages.snap`): a change to any wording or pointer shows up as a diff.
#[test]
fn every_failing_examples_message_is_pinned() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/specs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/specs")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    let mut messages = String::new();
    let mut refused = 0;
    for name in names {
        if let Err(error) = load(&name) {
            messages.push_str(&format!("{error:#}\n\n"));
            refused += 1;
        }
    }
    assert!(refused >= 20, "only {refused} examples were refused");
    insta::assert_snapshot!("messages", messages);
}

#[test]
fn the_minimal_spec_is_accepted_and_generates() {
    let spec = load("valid_minimal.yaml").expect("valid");
    let generated = xtask::progenitor::generate(&spec).expect("generates");
    let files = xtask::emit::provider_crate::render(&spec, &generated).expect("renders").files;
    assert!(files.iter().any(|f| f.path == "crates/providers/minimal/src/generated.rs"));
}

#[test]
fn openapi_3_1_is_converted_into_what_progenitor_reads() {
    let spec = load("openapi_31.yaml").expect("converted");
    let thing = spec.openapi.components.as_ref().and_then(|components| components.schemas.get("Thing"));
    let thing = serde_json::to_value(thing).unwrap();
    let property = |name: &str| thing.pointer(&format!("/properties/{name}")).cloned().unwrap();
    assert_eq!(property("kind"), serde_json::json!({"enum": ["thing"]}));
    assert_eq!(property("note"), serde_json::json!({"type": "string", "nullable": true}));
    assert_eq!(property("size"), serde_json::json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true}));
    assert_eq!(property("parent"), serde_json::json!({"$ref": "#/components/schemas/Other"}));
    assert_eq!(spec.openapi.openapi, "3.0.3");
    xtask::progenitor::generate(&spec).expect("generates");
}

#[test]
fn openapi_3_1_that_cannot_be_converted_is_refused_at_each_pointer() {
    let schema = "#/components/schemas/Other/properties";
    assert_rejected("openapi_31_unconvertible.yaml", &format!("{schema}/code/type"), "more than one type");
    assert_rejected(
        "openapi_31_unconvertible.yaml",
        &format!("{schema}/pair/prefixItems"),
        "no OpenAPI 3.0 counterpart",
    );
}

#[test]
fn missing_operation_id_is_rejected() {
    assert_rejected("missing_operation_id.yaml", OPERATION, "needs an `operationId`");
}

#[test]
fn inline_response_schema_is_rejected() {
    let pointer = format!("{OPERATION}/responses/200/content/application~1json/schema");
    assert_rejected("inline_response_schema.yaml", &pointer, "inline response schema");
}

#[test]
fn distinct_error_bodies_are_rejected() {
    assert_rejected(
        "distinct_error_bodies.yaml",
        &format!("{OPERATION}/responses"),
        "error responses use 2 different bodies",
    );
}

#[test]
fn distinct_success_bodies_are_rejected() {
    assert_rejected(
        "distinct_success_bodies.yaml",
        &format!("{OPERATION}/responses"),
        "success responses use 2 different bodies",
    );
}

#[test]
fn cookie_parameters_are_rejected() {
    assert_rejected("cookie_parameter.yaml", &format!("{OPERATION}/parameters/1/in"), "cookie parameter `session`");
}

#[test]
fn deep_object_parameters_are_rejected() {
    assert_rejected("deep_object_parameter.yaml", &format!("{OPERATION}/parameters/1/style"), "`deepObject`");
}

#[test]
fn query_names_that_collide_once_sanitised_are_rejected() {
    assert_rejected(
        "colliding_query_names.yaml",
        &format!("{OPERATION}/parameters/2/name"),
        "`page.size` and `page_size` both become the Rust name `page_size`",
    );
}

#[test]
fn path_parameters_need_a_pattern() {
    let pointer = format!("{OPERATION}/parameters/0/schema/pattern");
    assert_rejected("path_parameter_without_pattern.yaml", &pointer, "needs an inline `pattern`");
}

#[test]
fn path_patterns_must_reject_dot_segments() {
    let pointer = format!("{OPERATION}/parameters/0/schema/pattern");
    assert_rejected("path_pattern_accepts_dot_segments.yaml", &pointer, r#"accepts "", ".", "..""#);
}

#[test]
fn required_parameters_need_an_example() {
    assert_rejected(
        "required_parameter_without_example.yaml",
        &format!("{OPERATION}/parameters/0"),
        "needs an `example`",
    );
}

#[test]
fn a_security_requirement_is_required() {
    assert_rejected("no_security_requirement.yaml", "#/security", "exactly one top-level security requirement");
}

#[test]
fn basic_auth_needs_credential_field_names() {
    assert_rejected(
        "basic_auth_without_field_names.yaml",
        "#/components/securitySchemes/basicAuth/x-pspkit-username",
        "name the credential field",
    );
}

#[test]
fn environments_must_use_https() {
    assert_rejected("environment_with_plain_http.yaml", "#/servers/0/url", "needs an https URL");
}

#[test]
fn customer_mapping_pointers_must_name_properties() {
    assert_rejected(
        "customer_pointer_typo.yaml",
        &format!("{OPERATION}/x-pspkit-customer/email"),
        "the customer schema has no property `contact` there",
    );
}

#[test]
fn required_properties_need_an_identity_decision() {
    assert_rejected("required_without_identity.yaml", "#/components/schemas/Thing", "declare `x-pspkit-identity`");
}

#[test]
fn identity_names_required_properties_and_money_is_true_on_a_scalar() {
    assert_rejected(
        "identity_not_required.yaml",
        "#/components/schemas/Thing/x-pspkit-identity/0",
        "must be listed in `required`",
    );
    assert_rejected(
        "identity_not_required.yaml",
        "#/components/schemas/Thing/properties/name/x-pspkit-money",
        "goes on a number, integer or string property",
    );
}

#[test]
fn a_schema_with_required_properties_shared_by_a_request_and_a_response_is_rejected() {
    assert_rejected(
        "schema_shared_by_request_and_response.yaml",
        "#/components/schemas/Thing",
        "used by a request body and by a response",
    );
}

/// A schema only request bodies use is sent as written: no `x-pspkit-identity` is asked of it,
/// and its `required` properties stay required in Rust.
#[test]
fn a_request_only_schema_needs_no_identity_and_stays_exact() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/new_provider/shapes.yaml");
    let document = model::read_document(&path, "shapes.yaml").unwrap();
    let spec = model::parse("shapes".to_owned(), "shapes.yaml".to_owned(), document).expect("accepted");
    assert!(spec.lenient.exact.contains_key("ThingCreate"), "{:?}", spec.lenient.exact);
    assert!(!spec.lenient.schemas.contains_key("ThingCreate"));
}

#[test]
fn an_idempotency_key_without_a_valid_header_name_is_rejected() {
    assert_rejected("idempotency_key_without_a_header_name.yaml", "#/x-pspkit-idempotency-key", "needs `header`");
}

#[test]
fn a_request_body_without_an_example_is_rejected() {
    assert_rejected(
        "request_body_without_example.yaml",
        "#/paths/~1things/post/requestBody/content",
        "a request body needs an `example`",
    );
}

#[test]
fn paging_that_names_nothing_usable_is_rejected() {
    let spec = "paging_that_names_nothing_usable.yaml";
    let list = "#/paths/~1things/get/x-pspkit-paging";
    assert_rejected(spec, &format!("{list}/items"), "names no array property of the success body");
    assert_rejected(spec, &format!("{list}/has_more"), "names no boolean property of the success body");
    assert_rejected(spec, &format!("{list}/next/link"), "names no string property of the success body");
    let pages = "#/paths/~1things~1pages/get/x-pspkit-paging";
    assert_rejected(
        spec,
        pages,
        "needs exactly one of `cursor: {parameter, item}`, `offset: {parameter}` and `next: {link}`",
    );
    let cursor = "#/paths/~1things~1cursor/get/x-pspkit-paging/cursor";
    assert_rejected(spec, &format!("{cursor}/parameter"), "names no query parameter of the operation");
    assert_rejected(spec, &format!("{cursor}/item"), "names no property of the listed items");
}

#[test]
fn a_form_body_object_without_deep_object_encoding_is_rejected() {
    let spec = "form_body_object_without_deep_object.yaml";
    let media = "#/paths/~1things/post/requestBody/content/application~1x-www-form-urlencoded";
    assert_rejected(spec, &format!("{media}/encoding"), "form body property `address` holds an object");
    assert_rejected(spec, &format!("{media}/encoding/tags/style"), "pspkit encodes no other style");
}

#[test]
fn a_request_body_with_two_media_types_is_rejected() {
    assert_rejected(
        "two_request_media_types.yaml",
        "#/paths/~1things/post/requestBody/content",
        "more than one media type",
    );
}

/// A webhook scheme is checked like every extension: here it reads a timestamp it does not sign
/// (a replayed delivery would pass with any timestamp), and an event's example names another
/// event.
#[test]
fn a_webhook_scheme_that_signs_no_timestamp_and_a_mislabelled_event_are_rejected() {
    let name = "webhook_scheme_that_signs_no_timestamp.yaml";
    assert_rejected(name, "#/x-pspkit-webhooks/hmac/signed", "sign it, `{timestamp}`");
    let example = "#/x-webhooks/thing.created/post/requestBody/content/application~1json/example";
    assert_rejected(name, example, "whose `type` is `thing.created`");
}

#[test]
fn a_drift_acceptance_without_a_reason_is_rejected() {
    let pointer = "#/x-pspkit-drift/nullable getThing 200 .id";
    assert_rejected("drift_acceptance_without_reason.yaml", pointer, "needs the reason");
}
