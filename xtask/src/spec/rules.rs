//! Spec rules progenitor 0.15 would otherwise answer with a panic, a `todo!()`, a compile error in
//! the generated crate, or silently wrong code. Each problem names the JSON pointer of its node.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::spec::diagnostics::Problem;
use crate::spec::document::{
    Declared, METHODS, deep_object, example_of, request_only_schemas, resolve, shared_schemas,
};
use crate::spec::extensions::{CUSTOMER, DRIFT, IDENTITY, MONEY, OPEN_ENUM, PAGING, REQUIRE_ONE_OF};
use crate::spec::naming;
use crate::spec::pointer::Pointer;

/// The runtime's own path-segment encoding and structural rule (one file, compiled into both).
#[path = "../../../crates/runtime/src/segment.rs"]
mod segment;

/// Path parameter values that address another endpoint unless the runtime encodes them into one
/// segment: dot segments, backslash forms (URL parsing reads `\` as `/`), mixed separators,
/// percent-encoded dots and Unicode look-alikes of `/` and `.`. A pattern may accept a value only
/// if, encoded as the runtime encodes it, it passes the runtime's rule for a path segment.
const HOSTILE_SEGMENTS: [&str; 16] = [
    "",
    ".",
    "..",
    "..\\x",
    "a\\b",
    "\\\\host",
    "x\\..\\..\\orders",
    "a/b\\..",
    "../admin",
    "%2e%2e",
    ".%2E",
    "%2e%2e%2fadmin",
    "\u{ff0f}admin",
    "\u{ff0e}\u{ff0e}",
    "\u{2215}x",
    "\u{2024}\u{2024}",
];

/// Every problem in `document`, in document order.
pub fn check(document: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_version(document, &mut problems);
    check_open_enums(document, &mut problems);
    check_tolerance(document, &mut problems);
    check_inline_object_names(document, &mut problems);
    check_drift(document, &mut problems);
    if let Some(paths) = document.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for method in METHODS {
                if let Some(operation) = item.get(method) {
                    check_operation(document, path, method, operation, &mut problems);
                }
            }
        }
    }
    problems
}

/// `x-pspkit-drift` maps each accepted finding to the reason it is accepted.
fn check_drift(document: &Value, problems: &mut Vec<Problem>) {
    let Some(accepted) = document.get(DRIFT) else { return };
    let at = Pointer::root().join(DRIFT);
    match accepted.as_object() {
        None => problems.push(Problem::new(at, "maps each accepted `cargo xtask drift` finding to its reason")),
        Some(accepted) => {
            for (finding, reason) in accepted {
                if reason.as_str().is_none_or(|reason| reason.trim().is_empty()) {
                    problems.push(Problem::new(at.join(finding), "needs the reason the finding is accepted, as text"));
                }
            }
        }
    }
}

/// An inline object typify would name like a component schema would silently take that schema's
/// type (typify names one type per name).
fn check_inline_object_names(document: &Value, problems: &mut Vec<Problem>) {
    let components = crate::spec::document::component_type_names(document);
    for (at, name) in crate::spec::document::inline_object_names(document) {
        if components.contains(&name) {
            problems.push(Problem::new(
                at,
                format!(
                    "typify would name this inline object `{name}`, the name of a component schema, and give the \
                     property that schema's type: move it to `components/schemas` under another name and `$ref` it"
                ),
            ));
        }
    }
}

fn check_version(document: &Value, problems: &mut Vec<Problem>) {
    let version = document.get("openapi").and_then(Value::as_str).unwrap_or("");
    if !version.starts_with("3.0.") {
        problems.push(Problem::new(
            Pointer::root().join("openapi"),
            format!("OpenAPI `{version}` is not supported: write OpenAPI 3.0.x or 3.1.x (3.1 is converted into the 3.0 progenitor reads)"),
        ));
    }
}

fn check_operation(document: &Value, path: &str, method: &str, operation: &Value, problems: &mut Vec<Problem>) {
    let ptr = &Pointer::root().join("paths").join(path).join(method);
    if operation.get("operationId").and_then(Value::as_str).is_none_or(str::is_empty) {
        problems.push(Problem::new(ptr.clone(), "every operation needs an `operationId` (it names the Rust method)"));
    }
    check_parameters(document, path, method, operation, problems);
    check_require_one_of(document, ptr, operation, problems);
    check_request_body(document, ptr, operation, problems);
    check_responses(document, ptr, operation, problems);
    check_paging(document, path, ptr, operation, problems);
    check_customer_examples(document, ptr, operation, problems);
}

/// An example's `x-pspkit-customer` (the normalised customer it maps to) needs the operation's
/// own `x-pspkit-customer` mapping: without one, nothing maps the example, and the annotation
/// would claim a customer no client produces.
fn check_customer_examples(document: &Value, op_ptr: &Pointer, operation: &Value, problems: &mut Vec<Problem>) {
    if operation.get(CUSTOMER).is_some() {
        return;
    }
    let Some(responses) = operation.get("responses").and_then(Value::as_object) else { return };
    for (status, response) in responses {
        let content = resolve(document, response).get("content").and_then(Value::as_object);
        for (media_type, media) in content.into_iter().flatten() {
            let examples = media.get("examples").and_then(Value::as_object);
            for (name, _) in examples.into_iter().flatten().filter(|(_, example)| example.get(CUSTOMER).is_some()) {
                let at = op_ptr.join("responses").join(status).join("content").join(media_type);
                problems.push(Problem::new(
                    at.join("examples").join(name).join(CUSTOMER),
                    format!(
                        "an example's normalised customer needs the operation's own `{CUSTOMER}` mapping: declare \
                         it on the operation, or remove the annotation"
                    ),
                ));
            }
        }
    }
}

/// `x-pspkit-paging: {items, cursor: {parameter, item} | offset: {parameter} | next: {link},
/// has_more?}`: `items` is an array property of the success body, `has_more` a boolean one, `link`
/// a string one, `parameter` a query parameter of the operation, and a cursor's `item` an
/// identifying (`x-pspkit-identity`) property of the items. By offset or link, the items declare
/// an identifying property: the only way to tell a page the provider serves again (an offset or
/// link it ignores) from a new one.
fn check_paging(document: &Value, path: &str, ptr: &Pointer, operation: &Value, problems: &mut Vec<Problem>) {
    let Some(paging) = operation.get(PAGING) else { return };
    let at = ptr.join(PAGING);
    let success = operation
        .get("responses")
        .and_then(Value::as_object)
        .and_then(|responses| responses.iter().find(|(status, _)| status.starts_with('2')))
        .and_then(|(_, response)| resolve(document, response).pointer("/content/application~1json/schema"))
        .map(|schema| resolve(document, schema));
    let property = |schema: Option<&Value>, name: &str| property_of(document, schema, name);
    let text = |pointer: &str| paging.pointer(pointer).and_then(Value::as_str);
    let item_schema = check_paged_body(document, paging, success, &at, problems);
    let queries: Vec<String> = crate::spec::document::parameters(document, path, operation)
        .into_iter()
        .filter(|(_, parameter)| parameter.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|(_, parameter)| parameter.get("name").and_then(Value::as_str).map(str::to_owned))
        .collect();
    let identity: Vec<&str> = item_schema
        .as_ref()
        .and_then(|schema| schema.get(IDENTITY))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    // A list whose items are no array names nothing to identify: that is reported above.
    let unidentified = |problems: &mut Vec<Problem>| {
        if item_schema.is_some() && identity.is_empty() {
            problems.push(Problem::new(
                at.join("items"),
                format!(
                    "lists items without an `{IDENTITY}` property: paging by offset or link needs one to tell a page \
                     the provider serves again (an offset or link it ignores) from a new one"
                ),
            ));
        }
    };
    let style = match (paging.get("cursor"), paging.get("offset"), paging.get("next")) {
        (Some(_), None, None) => "cursor",
        (None, Some(_), None) => {
            unidentified(problems);
            "offset"
        }
        (None, None, Some(_)) => {
            if text("/next/link").and_then(|name| property(success, name)).and_then(|link| link.get("type").cloned())
                != Some(Value::from("string"))
            {
                problems
                    .push(Problem::new(at.join("next").join("link"), "names no string property of the success body"));
            }
            unidentified(problems);
            return;
        }
        _ => {
            problems.push(Problem::new(
                at.clone(),
                "needs exactly one of `cursor: {parameter, item}`, `offset: {parameter}` and `next: {link}`",
            ));
            return;
        }
    };
    if text(&format!("/{style}/parameter")).is_none_or(|name| !queries.iter().any(|query| query == name)) {
        problems.push(Problem::new(at.join(style).join("parameter"), "names no query parameter of the operation"));
    }
    if style == "cursor" {
        check_cursor_item(text("/cursor/item"), item_schema.as_ref(), &identity, &at, problems);
    }
}

/// The success body's `items` array and `has_more` flag the paging names; the listed items'
/// schema, when `items` names an array.
fn check_paged_body(
    document: &Value,
    paging: &Value,
    success: Option<&Value>,
    at: &Pointer,
    problems: &mut Vec<Problem>,
) -> Option<Value> {
    let text = |pointer: &str| paging.pointer(pointer).and_then(Value::as_str);
    let items = text("/items").and_then(|name| property_of(document, success, name));
    if items.as_ref().and_then(|items| items.get("type")).and_then(Value::as_str) != Some("array") {
        problems.push(Problem::new(at.join("items"), "names no array property of the success body"));
    }
    if let Some(flag) = text("/has_more")
        && property_of(document, success, flag)
            .and_then(|flag| flag.get("type").and_then(Value::as_str).map(str::to_owned))
            != Some("boolean".to_owned())
    {
        problems.push(Problem::new(at.join("has_more"), "names no boolean property of the success body"));
    }
    items.as_ref().and_then(|items| items.get("items")).map(|item| resolve(document, item).clone())
}

/// A cursor names an identity property of the listed items.
fn check_cursor_item(
    item: Option<&str>,
    item_schema: Option<&Value>,
    identity: &[&str],
    at: &Pointer,
    problems: &mut Vec<Problem>,
) {
    let at = at.join("cursor").join("item");
    match item {
        Some(item) if item_schema.and_then(|schema| schema.get("properties")?.get(item)).is_some() => {
            if !identity.contains(&item) {
                problems.push(Problem::new(
                    at,
                    format!(
                        "names no `{IDENTITY}` property of the listed items: a cursor must identify the item it \
                         follows (and a last item without it could not ask for the next page)"
                    ),
                ));
            }
        }
        _ => problems.push(Problem::new(at, "names no property of the listed items")),
    }
}

/// The property `name` of `schema`, resolved.
fn property_of(document: &Value, schema: Option<&Value>, name: &str) -> Option<Value> {
    schema?.get("properties")?.get(name).map(|property| resolve(document, property).clone())
}

/// Every parameter of the operation, the path item's shared ones included (each reported where
/// it is written).
fn check_parameters(document: &Value, path: &str, method: &str, operation: &Value, problems: &mut Vec<Problem>) {
    let item_ptr = Pointer::root().join("paths").join(path);
    let mut rust_names: BTreeMap<String, String> = BTreeMap::new();
    for (declared, parameter) in crate::spec::document::parameters(document, path, operation) {
        let ptr = match declared {
            Declared::PathItem(index) => item_ptr.join("parameters").join(index),
            Declared::Operation(index) => item_ptr.join(method).join("parameters").join(index),
        };
        let name = parameter.get("name").and_then(Value::as_str).unwrap_or("");
        let location = parameter.get("in").and_then(Value::as_str).unwrap_or("");
        if location == "cookie" {
            problems.push(Problem::new(
                ptr.join("in"),
                format!("cookie parameter `{name}`: progenitor cannot send cookies"),
            ));
        }
        if parameter.get("style").and_then(Value::as_str) == Some("deepObject") {
            problems.push(Problem::new(
                ptr.join("style"),
                format!("`deepObject` parameter `{name}`: progenitor rejects this style"),
            ));
        }
        if location == "path" {
            check_path_parameter(&ptr, name, parameter, crate::spec::defaults::is_published(document), problems);
        }
        if parameter.get("required").and_then(Value::as_bool) == Some(true) && example_of(parameter).is_none() {
            problems.push(Problem::new(
                ptr.clone(),
                format!("required parameter `{name}` needs an `example` (the README example and mock mode use it)"),
            ));
        }
        let rust_name = naming::progenitor_snake(name);
        if let Some(other) = rust_names.insert(rust_name.clone(), name.to_owned()) {
            problems.push(Problem::new(
                ptr.join("name"),
                format!("parameters `{other}` and `{name}` both become the Rust name `{rust_name}`; rename one"),
            ));
        }
    }
}

/// A path parameter's `pattern`, when it has one, must reject the values which would change the
/// endpoint even once encoded (`""`, `.`, `..`; tried with every form of [`HOSTILE_SEGMENTS`]); the
/// generated newtype checks it before anything is sent. Without one, the runtime's structural rule
/// for a segment guards it (one segment, not empty, not a dot segment, fully encoded), as it
/// guards every built path: in a `published` document, where `spec::defaults` reports the
/// assumption; a hand-written spec states a pattern.
fn check_path_parameter(ptr: &Pointer, name: &str, parameter: &Value, published: bool, problems: &mut Vec<Problem>) {
    let schema_ptr = ptr.join("schema");
    let Some(pattern) = parameter.pointer("/schema/pattern").and_then(Value::as_str) else {
        if !published {
            problems.push(Problem::new(
                schema_ptr.join("pattern"),
                format!(
                    "path parameter `{name}` needs an inline `pattern` that rejects \"\", \".\" and \"..\" \
                     (they would address another endpoint); e.g. '^(?!\\.{{1,2}}$)[^\\x00-\\x1f\\x7f]+$'"
                ),
            ));
        }
        return;
    };
    match regress::Regex::new(pattern) {
        Err(error) => {
            problems.push(Problem::new(schema_ptr.join("pattern"), format!("pattern does not compile: {error}")))
        }
        Ok(regex) => {
            let template = format!("/{{{name}}}");
            let accepted: Vec<String> = HOSTILE_SEGMENTS
                .iter()
                .filter(|value| regex.find(value).is_some())
                .filter(|value| {
                    let encoded = percent_encoding::utf8_percent_encode(value, segment::PATH_SEGMENT);
                    segment::check(&template, &format!("/{encoded}")).is_err()
                })
                .map(|value| format!("{value:?}"))
                .collect();
            if !accepted.is_empty() {
                problems.push(Problem::new(
                    schema_ptr.join("pattern"),
                    format!(
                        "pattern of path parameter `{name}` accepts {}, which would address another endpoint",
                        accepted.join(", ")
                    ),
                ));
            }
        }
    }
}

fn check_request_body(document: &Value, op_ptr: &Pointer, operation: &Value, problems: &mut Vec<Problem>) {
    let content = operation.pointer("/requestBody/content").and_then(Value::as_object);
    let form = content.and_then(|content| content.get("application/x-www-form-urlencoded"));
    if let Some(media) = form {
        let at = op_ptr.join("requestBody").join("content").join("application/x-www-form-urlencoded");
        check_form_encoding(document, &at, media, problems);
    }
    let has_example = content.into_iter().flat_map(|content| content.values()).any(|media| {
        media.get("example").is_some()
            || media.get("examples").and_then(Value::as_object).is_some_and(|e| !e.is_empty())
    });
    if content.is_some() && !has_example {
        problems.push(Problem::new(
            op_ptr.join("requestBody").join("content"),
            "a request body needs an `example` (mock mode, the CLI's example call and the spec-driven tests send it)",
        ));
    }
    let count = content.map_or(0, |content| content.len());
    if count > 1 {
        problems.push(Problem::new(
            op_ptr.join("requestBody").join("content"),
            "a request body with more than one media type makes progenitor hit `todo!()`; keep one",
        ));
    }
}

/// A form body (OpenAPI's default `style: form`, one `name=value` pair per property or list item)
/// can send an object, or a list of objects, only where its `encoding` says `style: deepObject`
/// (in brackets: `address[city]=Pune`); the runtime encodes no other style.
fn check_form_encoding(document: &Value, at: &Pointer, media: &Value, problems: &mut Vec<Problem>) {
    let encodings = media.get("encoding").and_then(Value::as_object).into_iter().flatten();
    for (name, encoding) in encodings {
        let style = encoding.get("style").and_then(Value::as_str);
        if !matches!(style, None | Some("form" | "deepObject")) {
            problems.push(Problem::new(
                at.join("encoding").join(name).join("style"),
                "a form body property is sent as `form` or `deepObject`: pspkit encodes no other style",
            ));
        }
    }
    let schema = media.get("schema").map(|schema| resolve(document, schema));
    let properties = schema.and_then(|schema| schema.get("properties")).and_then(Value::as_object);
    let deep = deep_object(media);
    for (name, property) in properties.into_iter().flatten() {
        let property = resolve(document, property);
        let items = property.get("items").map(|items| resolve(document, items));
        let object = |schema: &Value| {
            schema.get("type").and_then(Value::as_str) == Some("object")
                || schema.get("properties").is_some()
                || schema.get("additionalProperties").is_some()
        };
        if (object(property) || items.is_some_and(object)) && !deep.contains(name) {
            problems.push(Problem::new(
                at.join("encoding"),
                format!(
                    "form body property `{name}` holds an object: declare how it is sent, \
                     `encoding: {{{name}: {{style: deepObject, explode: true}}}}` (brackets, as Stripe reads them)"
                ),
            ));
        }
    }
}

/// Each response's body is a `$ref` (inline schemas get the wrong Rust type), and success and error
/// responses each use at most one body type (progenitor panics otherwise).
fn check_responses(document: &Value, op_ptr: &Pointer, operation: &Value, problems: &mut Vec<Problem>) {
    let responses_ptr = op_ptr.join("responses");
    let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
        problems.push(Problem::new(responses_ptr, "operation has no `responses`"));
        return;
    };
    let mut success: BTreeSet<String> = BTreeSet::new();
    let mut error: BTreeSet<String> = BTreeSet::new();
    for (status, response) in responses {
        let ptr = responses_ptr.join(status);
        let response = resolve(document, response);
        let body = match response.get("content").and_then(Value::as_object) {
            None => "no body".to_owned(),
            Some(content) => match content.iter().next() {
                None => "no body".to_owned(),
                Some((media_type, media)) => {
                    let schema_ptr = ptr.join("content").join(media_type).join("schema");
                    match media.get("schema").and_then(|schema| schema.get("$ref")).and_then(Value::as_str) {
                        Some(reference) => reference.to_owned(),
                        None => {
                            problems.push(Problem::new(
                                schema_ptr,
                                "inline response schema: progenitor would give it the wrong Rust type; \
                                 move it to `components/schemas` and `$ref` it",
                            ));
                            continue;
                        }
                    }
                }
            },
        };
        if status.starts_with('2') {
            success.insert(body)
        } else {
            error.insert(body)
        };
    }
    for (kind, bodies) in [("success", success), ("error", error)] {
        if bodies.len() > 1 {
            let list: Vec<String> = bodies.into_iter().collect();
            problems.push(Problem::new(
                responses_ptr.clone(),
                format!(
                    "{kind} responses use {} different bodies ({}); progenitor accepts one per operation: \
                     use one schema (e.g. a lenient one with optional fields) for all of them",
                    list.len(),
                    list.join(", ")
                ),
            ));
        }
    }
}

/// `x-pspkit-open-enum` goes on a component string enum whose `{Name}Known` name is free.
fn check_open_enums(document: &Value, problems: &mut Vec<Problem>) {
    let Some(schemas) = document.pointer("/components/schemas").and_then(Value::as_object) else { return };
    for (name, schema) in schemas {
        if schema.get(OPEN_ENUM).and_then(Value::as_bool) != Some(true) {
            continue;
        }
        let ptr = Pointer::root().join("components").join("schemas").join(name);
        let strings = schema
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|values| !values.is_empty() && values.iter().all(Value::is_string));
        if schema.get("type").and_then(Value::as_str) != Some("string") || !strings {
            problems.push(Problem::new(
                ptr.clone(),
                "`x-pspkit-open-enum` needs `type: string` and a non-empty `enum` of strings",
            ));
        }
        if schemas.contains_key(&format!("{name}Known")) {
            problems.push(Problem::new(
                ptr,
                format!("`x-pspkit-open-enum` needs the schema name `{name}Known`, which is taken"),
            ));
        }
    }
}

/// `x-pspkit-require-one-of` lists at least two optional parameters of the operation.
fn check_require_one_of(document: &Value, op_ptr: &Pointer, operation: &Value, problems: &mut Vec<Problem>) {
    let Some(listed) = operation.get(REQUIRE_ONE_OF) else { return };
    let ptr = op_ptr.join(REQUIRE_ONE_OF);
    let names: Vec<&str> =
        listed.as_array().map(|names| names.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    if names.len() < 2 {
        problems.push(Problem::new(ptr.clone(), "list at least two parameter names"));
    }
    let parameters: Vec<&Value> = operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| resolve(document, p))
        .collect();
    for (index, name) in names.into_iter().enumerate() {
        let parameter = parameters.iter().find(|p| {
            p.get("name").and_then(Value::as_str) == Some(name)
                && p.get("required").and_then(Value::as_bool) != Some(true)
        });
        match parameter {
            None => problems
                .push(Problem::new(ptr.clone(), format!("`{name}` is not an optional parameter of this operation"))),
            Some(parameter) if index == 0 && example_of(parameter).is_none() => problems.push(Problem::new(
                ptr.clone(),
                format!("`{name}` needs an `example`: README examples set the first parameter listed"),
            )),
            Some(_) => {}
        }
    }
}

/// `x-pspkit-identity` on every component schema with `required` properties (naming only
/// required ones: the spec's author decides which the provider truly guarantees), and
/// `x-pspkit-money` only as `true` on a number, integer or string property.
fn check_tolerance(document: &Value, problems: &mut Vec<Problem>) {
    let Some(schemas) = document.pointer("/components/schemas").and_then(Value::as_object) else { return };
    let request_only = request_only_schemas(document);
    let shared = shared_schemas(document);
    for (name, schema) in schemas {
        let ptr = Pointer::root().join("components").join("schemas").join(name);
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        if shared.contains(name) && !required.is_empty() {
            problems.push(Problem::new(
                ptr.clone(),
                "used by a request body and by a response: a request is sent exactly as its schema says, a \
                 response is read tolerantly (its non-identifying required properties become optional); give \
                 the request body a schema of its own",
            ));
        }
        if request_only.contains(name) {
            // Sent exactly as written: `required` stays required, and no tolerance is planned.
            continue;
        }
        match schema.get(IDENTITY) {
            None if !required.is_empty() => problems.push(Problem::new(
                ptr.clone(),
                format!(
                    "declare `{IDENTITY}`: which of the required properties identify the object and stay required \
                     in Rust (`[]` for none; see specs/README.md)"
                ),
            )),
            None => {}
            Some(Value::Array(names)) => {
                for (index, listed) in names.iter().enumerate() {
                    if !listed.as_str().is_some_and(|listed| required.contains(&listed)) {
                        problems.push(Problem::new(
                            ptr.join(IDENTITY).join(index),
                            "an identifying property must be listed in `required`",
                        ));
                    }
                }
            }
            Some(_) => problems.push(Problem::new(ptr.join(IDENTITY), "a list of property names")),
        }
        for (property, value) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            let Some(money) = value.get(MONEY) else { continue };
            let scalar = matches!(value.get("type").and_then(Value::as_str), Some("number" | "integer" | "string"));
            if money != &Value::Bool(true) || !scalar {
                problems.push(Problem::new(
                    ptr.join("properties").join(property).join(MONEY),
                    format!("`{MONEY}: true` goes on a number, integer or string property"),
                ));
            }
        }
    }
}
