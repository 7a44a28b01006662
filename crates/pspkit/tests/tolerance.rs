//! Spec-driven tolerant decoding: for every spec in `specs/`, every JSON example of every
//! documented response decodes with no deviation, and removing, nulling or retyping any
//! non-identifying field of it (one to three at a time, 10,000 cases per provider) never fails the
//! decode and yields exactly the deviations the spec predicts, by path and kind.
//!
//! The oracle reads the YAML spec itself (required, nullable, type, enum, format, money,
//! `x-pspkit-identity`); the decoders are the generated crates' `RESPONSE_DECODERS`, the code the
//! clients run on every response. No provider is named. Run for the providers
//! `PSPKIT_TEST_PROVIDERS` names when it is set (the end-to-end test names the specs it adds),
//! else for every provider.

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};
use pspkit::Provider;
use pspkit::runtime::lenient::ResponseDecoder;
use pspkit_tests::cases::providers;
use serde_json::{Value, json};

/// Cases per provider.
const CASES: u32 = 10_000;

fn spec(provider: Provider) -> &'static Value {
    pspkit_tests::specs::document(provider.name())
}

/// A property schema with its `$ref`/single `allOf` followed, and whether it allows `null`.
fn resolve<'a>(document: &'a Value, schema: &'a Value) -> (&'a Value, bool) {
    let mut nullable = schema.get("nullable") == Some(&Value::Bool(true));
    let mut schema = schema;
    for _ in 0..8 {
        let next = match (schema.get("$ref").and_then(Value::as_str), schema.pointer("/allOf/0")) {
            (Some(reference), _) => document.pointer(reference.trim_start_matches('#')).expect("a resolvable $ref"),
            (None, Some(part)) => part,
            (None, None) => break,
        };
        schema = next;
        nullable |= schema.get("nullable") == Some(&Value::Bool(true));
    }
    (schema, nullable)
}

/// The JSON type a schema declares (`oneOf`: its first branch's).
fn declared(document: &Value, schema: &Value) -> Option<&'static str> {
    if let Some(first) = schema.get("oneOf").and_then(|branches| branches.get(0)) {
        return declared(document, resolve(document, first).0);
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => Some("string"),
        Some("integer") => Some("integer"),
        Some("number") => Some("number"),
        Some("boolean") => Some("boolean"),
        Some("array") => Some("array"),
        Some("object") => Some("object"),
        _ if schema.get("properties").is_some() => Some("object"),
        _ => None,
    }
}

/// A field of an example the properties may mutate.
#[derive(Clone, Debug)]
struct Target {
    pointer: String,
    schema: Value,
    nullable: bool,
    required: bool,
}

/// Every non-identifying property present in `value`, nested objects included (array items are
/// what a list identifies itself by: not mutated).
fn targets(document: &Value, schema: &Value, value: &Value, pointer: &str, found: &mut Vec<Target>) {
    let (schema, _) = resolve(document, schema);
    let (Some(properties), Some(fields)) = (schema.get("properties").and_then(Value::as_object), value.as_object())
    else {
        return;
    };
    let listed = |key: &str, name: &str| {
        schema.get(key).and_then(Value::as_array).is_some_and(|names| names.iter().any(|n| n == name))
    };
    for (name, property) in properties {
        let Some(field) = fields.get(name) else { continue };
        let child = format!("{pointer}/{name}");
        if !listed("x-pspkit-identity", name) {
            let (resolved, nullable) = resolve(document, property);
            let money = property.get("x-pspkit-money") == Some(&Value::Bool(true));
            let mut resolved = resolved.clone();
            if money {
                resolved["x-pspkit-money"] = Value::Bool(true);
            }
            found.push(Target {
                pointer: child.clone(),
                schema: resolved,
                nullable,
                required: listed("required", name),
            });
        }
        targets(document, property, field, &child, found);
    }
}

#[derive(Clone, Copy, Debug)]
enum Mutation {
    Remove,
    Null,
    /// Another container for a container, an object for a scalar.
    RetypeShape,
    /// A scalar of another type: an integer for a string, a numeric string for a number.
    RetypeScalar,
    /// A string the `enum` does not list (a container retype for non-enums).
    UnknownEnum,
}

const MUTATIONS: [Mutation; 5] =
    [Mutation::Remove, Mutation::Null, Mutation::RetypeShape, Mutation::RetypeScalar, Mutation::UnknownEnum];

/// Applies `mutation` to `body` at `target`; returns the deviation the spec predicts, if any.
fn mutate(document: &Value, body: &mut Value, target: &Target, mutation: Mutation) -> Option<String> {
    let (parent, name) = target.pointer.rsplit_once('/').expect("a property pointer");
    let object = body.pointer_mut(parent).and_then(Value::as_object_mut).expect("the parent object");
    let schema = &target.schema;
    let kind = declared(document, schema);
    let path = &target.pointer;
    let container = matches!(kind, Some("object" | "array")) || schema.get("oneOf").is_some();
    let mutation = match mutation {
        Mutation::UnknownEnum if schema.get("enum").is_none() => Mutation::RetypeShape,
        other => other,
    };
    match mutation {
        Mutation::Remove => {
            object.remove(name);
            target.required.then(|| format!("{path}: missing"))
        }
        Mutation::Null => {
            object.insert(name.to_owned(), Value::Null);
            (!target.nullable).then(|| format!("{path}: null"))
        }
        Mutation::UnknownEnum => {
            // A value of the enum's own type that it does not list.
            let unlisted = match kind {
                Some("integer" | "number") => json!(987_654_321),
                _ => json!("PSPKIT_NOT_LISTED"),
            };
            object.insert(name.to_owned(), unlisted);
            Some(format!("{path}: unknown enum value"))
        }
        Mutation::RetypeShape if container => {
            object.insert(name.to_owned(), json!("pspkit"));
            Some(format!("{path}: string for {}", kind.unwrap_or("object")))
        }
        Mutation::RetypeShape => {
            object.insert(name.to_owned(), json!({"pspkit": [1]}));
            kind.map(|kind| format!("{path}: object for {kind}"))
        }
        Mutation::RetypeScalar => {
            let money = schema.get("x-pspkit-money") == Some(&Value::Bool(true));
            // A string the generated type holds as a `String`: no enum, no format it types (a
            // `url` or `email` is text), no `x-rust-type`, not money.
            let typed_format =
                matches!(schema.get("format").and_then(Value::as_str), Some("date-time" | "date" | "uuid"));
            let plain_text =
                schema.get("enum").is_none() && !typed_format && schema.get("x-rust-type").is_none() && !money;
            let (value, predicted) = match kind {
                Some("string") if plain_text => (json!(9_123_456_780_u64), "integer for string (converted)".to_owned()),
                Some("string") => (json!(7), "integer for string".to_owned()),
                Some("integer") if !money => (json!("1655298731"), "string for integer (converted)".to_owned()),
                Some(other) => (json!("12.5"), format!("string for {other}")),
                None => (json!(7), String::new()),
            };
            object.insert(name.to_owned(), value);
            (!predicted.is_empty()).then(|| format!("{path}: {predicted}"))
        }
    }
}

/// An example body with the decoder of its operation and status, and what may be mutated in it.
struct Case {
    name: String,
    body: Value,
    decoder: &'static ResponseDecoder,
    targets: Vec<Target>,
}

fn cases(provider: Provider) -> Vec<Case> {
    let document = spec(provider);
    let mut cases = Vec::new();
    for example in provider.examples() {
        let Ok(body) = serde_json::from_str::<Value>(example.body) else { continue };
        let decoder = ResponseDecoder::find(provider.response_decoders(), example.operation_id, example.status)
            .unwrap_or_else(|| panic!("{provider}: no decoder for {} {}", example.operation_id, example.status));
        let schema = json!({"$ref": format!("#/components/schemas/{}", schema_name(document, decoder))});
        let mut found = Vec::new();
        targets(document, &schema, &body, "", &mut found);
        cases.push(Case { name: format!("{provider} {}", example.name), body, decoder, targets: found });
    }
    assert!(!cases.is_empty(), "{provider}: no JSON example to mutate");
    cases
}

/// The component schema of a decoder's response, read from the spec.
fn schema_name(document: &Value, decoder: &ResponseDecoder) -> String {
    let paths = document["paths"].as_object().expect("paths");
    let operation = paths
        .values()
        .flat_map(|item| item.as_object().into_iter().flat_map(|item| item.values()))
        .find(|operation| operation.get("operationId").and_then(Value::as_str) == Some(decoder.operation_id))
        .expect("the decoder's operation");
    let response = &operation["responses"][decoder.status];
    let (response, _) = resolve(document, response);
    let reference = response.pointer("/content/application~1json/schema/$ref").and_then(Value::as_str);
    reference.expect("a component response schema").rsplit('/').next().unwrap_or_default().to_owned()
}

fn decode(case: &Case, body: &Value) -> Result<BTreeSet<String>, String> {
    let bytes = serde_json::to_vec(body).expect("JSON");
    (case.decoder.decode)(&bytes)
        .map(|deviations| deviations.iter().map(ToString::to_string).collect())
        .map_err(|e| e.to_string())
}

#[test]
fn every_example_decodes_as_documented() {
    for provider in providers() {
        for case in cases(provider) {
            assert_eq!(decode(&case, &case.body), Ok(BTreeSet::new()), "{}", case.name);
        }
    }
}

#[test]
fn mutating_non_identifying_fields_never_fails_and_yields_the_predicted_deviations() {
    for provider in providers() {
        let document = spec(provider);
        // Only examples with something to mutate, and (`prop_assume!` below) only runs that changed
        // the body count as cases: `CASES` passing runs are `CASES` mutated bodies.
        let cases: Vec<Case> = cases(provider).into_iter().filter(|case| !case.targets.is_empty()).collect();
        assert!(!cases.is_empty(), "{provider}: no example has a field to mutate");
        let mut runner = TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() });
        let strategy = (any::<Index>(), prop::collection::vec((any::<Index>(), 0..MUTATIONS.len()), 1..=3));
        let result = runner.run(&strategy, |(case, picks)| {
            let case = case.get(&cases);
            let mut body = case.body.clone();
            let mut expected = BTreeSet::new();
            let mut chosen: Vec<&Target> = Vec::new();
            for (index, mutation) in picks {
                let target = index.get(&case.targets);
                // One mutation per field, none inside another's value.
                let related = |other: &&Target| {
                    other.pointer == target.pointer
                        || target.pointer.starts_with(&format!("{}/", other.pointer))
                        || other.pointer.starts_with(&format!("{}/", target.pointer))
                };
                if chosen.iter().any(related) {
                    continue;
                }
                chosen.push(target);
                expected.extend(mutate(document, &mut body, target, MUTATIONS[mutation]));
            }
            prop_assume!(body != case.body, "the mutations left the body as it was");
            let got = decode(case, &body);
            prop_assert_eq!(got, Ok(expected), "{} mutated to {}", case.name, body);
            Ok(())
        });
        if let Err(error) = result {
            panic!("{provider}: {error}");
        }
    }
}

/// Bodies per documented response in the schema-generated test below.
const GENERATED: u32 = 256;

/// A strategy for JSON values `schema` allows, as the spec writes it: every required property and
/// some optional ones, `null` where nullable, values of the declared type (an `enum`'s values, a
/// string matching its `pattern`, a valid `date-time`), a `oneOf`/`anyOf` branch, `allOf` merged.
fn allowed(document: &Value, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
    let (schema, nullable) = resolve(document, schema);
    let value = allowed_value(document, schema, depth);
    if nullable { prop_oneof![1 => Just(Value::Null), 4 => value].boxed() } else { value }
}

fn allowed_value(document: &Value, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
    let schema = schema.clone();
    if let Some(branches) = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array) {
        let branches: Vec<BoxedStrategy<Value>> = branches.iter().map(|b| allowed(document, b, depth)).collect();
        return proptest::strategy::Union::new(branches).boxed();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array).filter(|values| !values.is_empty()) {
        return proptest::sample::select(values.clone()).boxed();
    }
    let kind = schema.get("type").and_then(Value::as_str);
    let date_time = schema.get("format").and_then(Value::as_str) == Some("date-time")
        || schema.pointer("/x-rust-type/path").and_then(Value::as_str) == Some("pspkit_runtime::types::Timestamp");
    match kind {
        Some("string") => match schema.get("pattern").and_then(Value::as_str) {
            // OpenAPI patterns are ECMA-262: `\d` is an ASCII digit. A string of the pattern alone
            // matches it anchored or not: the anchors go (the generator takes none).
            Some(pattern) => proptest::string::string_regex(
                &pattern.trim_start_matches('^').trim_end_matches('$').replace("\\d", "[0-9]"),
            )
            .unwrap_or_else(|e| panic!("pattern {pattern}: {e}"))
            .prop_map(Value::from)
            .boxed(),
            None if date_time => (1970u32..2100, 1u32..=12, 1u32..=28, 0u32..24, 0u32..60, 0u32..60)
                .prop_map(|(y, mo, d, h, mi, s)| Value::from(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")))
                .boxed(),
            None => "[a-zA-Z0-9 ._@+-]{0,12}".prop_map(Value::from).boxed(),
        },
        Some("integer") => (-1_000_000_000i64..1_000_000_000).prop_map(Value::from).boxed(),
        Some("number") => (-1.0e9f64..1.0e9).prop_map(Value::from).boxed(),
        Some("boolean") => any::<bool>().prop_map(Value::from).boxed(),
        Some("array") if depth > 0 => {
            let item = schema.get("items").cloned().unwrap_or(Value::Bool(true));
            let most = schema.get("maxItems").and_then(Value::as_u64).map_or(2, |most| most.min(2)) as usize;
            prop::collection::vec(allowed(document, &item, depth - 1), 0..=most).prop_map(Value::Array).boxed()
        }
        Some("array") => Just(Value::Array(Vec::new())).boxed(),
        _ if schema.get("properties").is_some() || schema.get("allOf").is_some() || kind == Some("object") => {
            object(document, &schema, depth)
        }
        _ => Just(Value::from("any")).boxed(),
    }
}

/// An object with every required property and each optional one or not; `allOf` parts merged;
/// `additionalProperties` as up to two more entries.
fn object(document: &Value, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
    let mut parts = vec![schema.clone()];
    for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        parts.push(resolve(document, part).0.clone());
    }
    let mut fields: Vec<BoxedStrategy<Option<(String, Value)>>> = Vec::new();
    for part in &parts {
        let required: Vec<&str> =
            part.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        for (name, property) in part.get("properties").and_then(Value::as_object).into_iter().flatten() {
            let name = name.clone();
            let value = allowed(document, property, depth.saturating_sub(1));
            fields.push(if required.contains(&name.as_str()) {
                value.prop_map(move |value| Some((name.clone(), value))).boxed()
            } else {
                prop::option::of(value.prop_map(move |value| (name.clone(), value))).boxed()
            });
        }
        if let Some(additional @ Value::Object(_)) = part.get("additionalProperties") {
            let value = allowed(document, additional, depth.saturating_sub(1));
            fields.push(prop::option::of(value.prop_map(|value| ("extra_key".to_owned(), value))).boxed());
        }
    }
    fields.prop_map(|fields| Value::Object(fields.into_iter().flatten().collect())).boxed()
}

/// What the spec allows, the client reads: for every documented response of every spec, bodies
/// generated from the spec's own schema (see `allowed`) decode with no deviation.
#[test]
fn every_body_the_spec_allows_decodes_with_no_deviation() {
    for provider in providers() {
        let document = spec(provider);
        for decoder in provider.response_decoders() {
            let schema = json!({"$ref": format!("#/components/schemas/{}", schema_name(document, decoder))});
            let strategy = allowed(document, &schema, 4);
            let mut runner =
                TestRunner::new(Config { cases: GENERATED, failure_persistence: None, ..Config::default() });
            let result = runner.run(&strategy, |body| {
                let bytes = serde_json::to_vec(&body).expect("JSON");
                let decoded = (decoder.decode)(&bytes)
                    .map(|deviations| deviations.iter().map(ToString::to_string).collect::<Vec<_>>());
                prop_assert_eq!(decoded.map_err(|e| e.to_string()), Ok(Vec::new()), "{}", body);
                Ok(())
            });
            if let Err(error) = result {
                panic!("{provider} {} {}: {error}", decoder.operation_id, decoder.status);
            }
        }
    }
}
