//! OpenAPI 3.1 input, converted into the 3.0 document progenitor reads (progenitor reads 3.0
//! only: oxidecomputer/progenitor#762). Each conversion keeps the document's meaning:
//!
//! | 3.1 | 3.0 |
//! | --- | --- |
//! | `type: [T, "null"]` | `type: T`, `nullable: true` |
//! | `anyOf`/`oneOf` of schemas and `{type: "null"}` | the same without it, `nullable: true` (one schema left: `allOf: [it]`) |
//! | `const: v` | `enum: [v]` |
//! | a schema's `examples: [a, ..]` | `example: a` |
//! | numeric `exclusiveMinimum: n` / `exclusiveMaximum: n` | `minimum: n` / `maximum: n` with `exclusiveMinimum: true` / `exclusiveMaximum: true` |
//! | `$ref` with sibling annotations (`description`, `summary`, `title`, `example(s)`, `deprecated`, `readOnly`, `writeOnly`) | the `$ref` alone (3.0 ignores a `$ref`'s siblings; annotations do not change a type) |
//! | `$ref` with other sibling keywords | `allOf: [{$ref}]` beside them |
//! | `$schema`, `$id`, `$comment`, `jsonSchemaDialect`, `info.summary`, `license.identifier` | dropped (no 3.0 counterpart; none changes a request or a response) |
//! | `webhooks` | `x-webhooks` (read by the webhooks convention) |
//!
//! Anything else 3.1 adds to a schema (`type` with two non-null types, `prefixItems`,
//! `if`/`then`/`else`, `dependentSchemas`, `dependentRequired`, `unevaluatedProperties`,
//! `unevaluatedItems`, `patternProperties`, `propertyNames`, `contains`, `$defs`, `$dynamicRef`,
//! `$anchor`, `contentSchema`), and `components.pathItems`, is a problem at its pointer: never a
//! silent change.

use serde_json::{Map, Value};

use crate::spec::diagnostics::Problem;
use crate::spec::pointer::Pointer;

/// The version a converted document declares.
const CONVERTED: &str = "3.0.3";

/// Schema keywords 3.1 has and 3.0 cannot say.
const UNCONVERTIBLE: [&str; 14] = [
    "prefixItems",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "unevaluatedProperties",
    "unevaluatedItems",
    "patternProperties",
    "propertyNames",
    "contains",
    "$defs",
    "$dynamicRef",
    "$anchor",
];

/// Keywords beside a `$ref` that only annotate it.
const ANNOTATIONS: [&str; 8] =
    ["description", "summary", "title", "example", "examples", "deprecated", "readOnly", "writeOnly"];

/// Keywords dropped wherever they are.
const DROPPED: [&str; 3] = ["$schema", "$id", "$comment"];

/// Whether `document` declares OpenAPI 3.1.
pub fn is_31(document: &Value) -> bool {
    document.get("openapi").and_then(Value::as_str).is_some_and(|version| version.starts_with("3.1."))
}

/// Converts a 3.1 `document` in place; every construct it cannot convert, at its pointer.
pub fn convert(document: &mut Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(root) = document.as_object_mut() else {
        problems.push(Problem::new(Pointer::root(), "is not an OpenAPI document (not a mapping)"));
        return problems;
    };
    root.insert("openapi".to_owned(), Value::from(CONVERTED));
    root.shift_remove("jsonSchemaDialect");
    if let Some(info) = root.get_mut("info").and_then(Value::as_object_mut) {
        info.shift_remove("summary");
        if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
            license.shift_remove("identifier");
        }
    }
    if let Some(webhooks) = root.shift_remove("webhooks") {
        root.insert("x-webhooks".to_owned(), webhooks);
    }
    if root.get("components").and_then(|components| components.get("pathItems")).is_some() {
        problems.push(Problem::new(
            Pointer::root().join("components").join("pathItems"),
            "has no OpenAPI 3.0 counterpart: write the path items under `paths`",
        ));
    }
    walk(document, &Pointer::root(), &mut problems);
    problems
}

/// Converts every schema under `node` (written at `at`): each `schema` of a parameter, header or
/// media type, and each of `components.schemas`. Examples are data, left as written.
fn walk(node: &mut Value, at: &Pointer, problems: &mut Vec<Problem>) {
    match node {
        Value::Object(map) => {
            map.shift_remove("$comment");
            for (key, value) in map.iter_mut() {
                let here = at.join(key);
                match key.as_str() {
                    "schema" => walk_schema(value, &here, problems),
                    "schemas" if *at == Pointer::root().join("components") => {
                        for (name, schema) in value.as_object_mut().into_iter().flatten() {
                            walk_schema(schema, &here.join(name), problems);
                        }
                    }
                    "example" | "examples" => {}
                    _ => walk(value, &here, problems),
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                walk(item, &at.join(index), problems);
            }
        }
        _ => {}
    }
}

/// Converts `schema` (written at `at`) and every schema inside it.
fn walk_schema(schema: &mut Value, at: &Pointer, problems: &mut Vec<Problem>) {
    let Some(map) = schema.as_object_mut() else { return };
    for keyword in DROPPED {
        map.shift_remove(keyword);
    }
    convert_schema(map, at, problems);
    for (keyword, value) in map.iter_mut() {
        let here = at.join(keyword);
        match keyword.as_str() {
            "properties" => {
                for (name, property) in value.as_object_mut().into_iter().flatten() {
                    walk_schema(property, &here.join(name), problems);
                }
            }
            "allOf" | "anyOf" | "oneOf" => {
                for (index, member) in value.as_array_mut().into_iter().flatten().enumerate() {
                    walk_schema(member, &here.join(index), problems);
                }
            }
            "items" | "additionalProperties" | "not" => walk_schema(value, &here, problems),
            _ => {}
        }
    }
}

fn convert_schema(map: &mut Map<String, Value>, at: &Pointer, problems: &mut Vec<Problem>) {
    for keyword in UNCONVERTIBLE {
        if map.contains_key(keyword) {
            problems.push(Problem::new(at.join(keyword), format!("`{keyword}` has no OpenAPI 3.0 counterpart")));
        }
    }
    convert_type(map, at, problems);
    convert_null_alternatives(map, at, problems);
    if let Some(value) = map.shift_remove("const") {
        map.insert("enum".to_owned(), Value::Array(vec![value]));
    }
    if let Some(Value::Array(examples)) = map.get("examples") {
        let first = examples.first().cloned();
        map.shift_remove("examples");
        if let Some(first) = first {
            map.entry("example").or_insert(first);
        }
    }
    for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
        if let Some(Value::Number(limit)) = map.get(exclusive).cloned() {
            if map.contains_key(bound) {
                problems.push(Problem::new(
                    at.join(exclusive),
                    format!("a numeric `{exclusive}` beside `{bound}` has no single OpenAPI 3.0 form"),
                ));
                continue;
            }
            map.insert(bound.to_owned(), Value::Number(limit));
            map.insert(exclusive.to_owned(), Value::Bool(true));
        }
    }
    convert_ref_siblings(map);
}

/// `type: [T, "null"]` → `type: T, nullable: true`.
fn convert_type(map: &mut Map<String, Value>, at: &Pointer, problems: &mut Vec<Problem>) {
    let Some(Value::Array(types)) = map.get("type") else { return };
    let null = types.iter().any(|t| t == "null");
    let others: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
    match others.as_slice() {
        [one] => {
            map.insert("type".to_owned(), one.clone());
            if null {
                map.insert("nullable".to_owned(), Value::Bool(true));
            }
        }
        _ => problems.push(Problem::new(
            at.join("type"),
            "names more than one type besides `null` (or none): OpenAPI 3.0 has one type per schema",
        )),
    }
}

/// `anyOf`/`oneOf` with a `{type: "null"}` alternative → the others, `nullable: true`.
fn convert_null_alternatives(map: &mut Map<String, Value>, at: &Pointer, problems: &mut Vec<Problem>) {
    for combinator in ["anyOf", "oneOf"] {
        let Some(Value::Array(alternatives)) = map.get(combinator) else { continue };
        let is_null = |schema: &Value| schema.get("type") == Some(&Value::from("null"));
        if !alternatives.iter().any(is_null) {
            continue;
        }
        let rest: Vec<Value> = alternatives.iter().filter(|schema| !is_null(schema)).cloned().collect();
        map.shift_remove(combinator);
        match rest.len() {
            0 => problems.push(Problem::new(at.join(combinator), "allows only `null`: OpenAPI 3.0 cannot say that")),
            1 => {
                map.insert("allOf".to_owned(), Value::Array(rest));
            }
            _ => {
                map.insert(combinator.to_owned(), Value::Array(rest));
            }
        }
        map.insert("nullable".to_owned(), Value::Bool(true));
    }
}

/// A `$ref`'s siblings: annotations dropped, anything else kept beside `allOf: [{$ref}]`.
fn convert_ref_siblings(map: &mut Map<String, Value>) {
    if !map.contains_key("$ref") || map.len() == 1 {
        return;
    }
    map.retain(|key, _| key == "$ref" || !ANNOTATIONS.contains(&key.as_str()));
    if map.len() > 1
        && let Some(reference) = map.shift_remove("$ref")
    {
        let mut only = Map::new();
        only.insert("$ref".to_owned(), reference);
        map.insert("allOf".to_owned(), Value::Array(vec![Value::Object(only)]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `schema` of a one-schema 3.1 document after conversion, and the problems.
    fn converted(schema: &str) -> (Value, Vec<String>) {
        let mut document: Value =
            yaml_serde::from_str(&format!("{{openapi: 3.1.0, components: {{schemas: {{S: {schema}}}}}}}")).unwrap();
        let problems = convert(&mut document);
        let problems = problems.iter().map(|p| format!("{}: {}", p.pointer, p.message)).collect();
        (document.pointer("/components/schemas/S").cloned().unwrap(), problems)
    }

    fn yaml(text: &str) -> Value {
        yaml_serde::from_str(text).unwrap()
    }

    #[test]
    fn a_type_list_with_null_is_nullable() {
        let (schema, problems) = converted(r#"{type: [string, "null"], maxLength: 3}"#);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(schema, yaml("{type: string, maxLength: 3, nullable: true}"));
        let (schema, _) = converted("{type: [integer]}");
        assert_eq!(schema, yaml("{type: integer}"));
    }

    #[test]
    fn two_types_besides_null_are_a_problem_at_the_pointer() {
        let (_, problems) = converted(r#"{type: [string, integer, "null"]}"#);
        assert_eq!(
            problems,
            [
                "#/components/schemas/S/type: names more than one type besides `null` (or none): OpenAPI 3.0 has one type per schema"
            ]
        );
    }

    #[test]
    fn a_null_alternative_is_nullable() {
        let (schema, problems) = converted(r#"{anyOf: [{$ref: '#/components/schemas/T'}, {type: "null"}]}"#);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(schema, yaml("{allOf: [{$ref: '#/components/schemas/T'}], nullable: true}"));
        let (schema, _) = converted(r#"{oneOf: [{type: string}, {type: integer}, {type: "null"}]}"#);
        assert_eq!(schema, yaml("{oneOf: [{type: string}, {type: integer}], nullable: true}"));
        let (_, problems) = converted(r#"{oneOf: [{type: "null"}]}"#);
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn const_is_a_one_value_enum() {
        let (schema, _) = converted("{type: string, const: card}");
        assert_eq!(schema, yaml("{type: string, enum: [card]}"));
    }

    #[test]
    fn a_schemas_examples_become_its_example_and_other_examples_stay() {
        let (schema, _) = converted("{type: string, examples: [a, b]}");
        assert_eq!(schema, yaml("{type: string, example: a}"));
        // A media type's `examples` map is not a schema's.
        let mut document = yaml(
            "{openapi: 3.1.1, paths: {/a: {get: {responses: {'200': {content: {application/json: {schema: {type: object}, examples: {one: {value: {type: [x]}}}}}}}}}}}",
        );
        assert!(convert(&mut document).is_empty());
        let examples = document.pointer("/paths/~1a/get/responses/200/content/application~1json/examples/one/value");
        assert_eq!(examples, Some(&yaml("{type: [x]}")), "example data is left as written");
    }

    #[test]
    fn numeric_exclusive_bounds_become_30_bounds() {
        let (schema, problems) = converted("{type: number, exclusiveMinimum: 0, exclusiveMaximum: 10}");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            schema,
            yaml("{type: number, exclusiveMinimum: true, exclusiveMaximum: true, minimum: 0, maximum: 10}")
        );
        let (_, problems) = converted("{type: number, minimum: 1, exclusiveMinimum: 0}");
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn a_refs_annotations_are_dropped_and_other_siblings_kept_beside_all_of() {
        let (schema, _) = converted("{$ref: '#/components/schemas/T', description: d, example: e}");
        assert_eq!(schema, yaml("{$ref: '#/components/schemas/T'}"));
        let (schema, _) = converted("{$ref: '#/components/schemas/T', description: d, maxLength: 3}");
        assert_eq!(schema, yaml("{maxLength: 3, allOf: [{$ref: '#/components/schemas/T'}]}"));
    }

    #[test]
    fn schemas_are_found_by_position_not_by_their_property_names() {
        let mut document = yaml(
            r#"{openapi: 3.1.0,
              paths: {/a: {get: {parameters: [{name: p, in: query, schema: {type: [string, "null"]}}],
                responses: {default: {content: {application/json: {schema: {properties: {
                  type: {type: [integer, "null"]}, default: {const: x}}}}}}}}}}}"#,
        );
        assert!(convert(&mut document).is_empty());
        let at = |pointer: &str| document.pointer(pointer).cloned().unwrap();
        assert_eq!(at("/paths/~1a/get/parameters/0/schema"), yaml("{type: string, nullable: true}"));
        let properties = at("/paths/~1a/get/responses/default/content/application~1json/schema/properties");
        assert_eq!(properties, yaml("{type: {type: integer, nullable: true}, default: {enum: [x]}}"));
    }

    #[test]
    fn dialect_identifiers_and_docs_only_fields_are_dropped_and_webhooks_kept() {
        let mut document = yaml(
            "{openapi: 3.1.2, jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
              info: {title: t, summary: s, version: '1', license: {name: MIT, identifier: MIT}},
              webhooks: {paid: {post: {requestBody: {content: {}}}}},
              components: {schemas: {S: {$schema: x, $id: y, $comment: z, type: string}}}}",
        );
        assert!(convert(&mut document).is_empty());
        assert_eq!(
            document,
            yaml(
                "{openapi: 3.0.3, info: {title: t, version: '1', license: {name: MIT}},
                  components: {schemas: {S: {type: string}}},
                  x-webhooks: {paid: {post: {requestBody: {content: {}}}}}}"
            )
        );
    }

    #[test]
    fn every_unconvertible_keyword_is_a_problem_at_its_pointer() {
        for keyword in UNCONVERTIBLE {
            let (_, problems) = converted(&format!("{{type: object, '{keyword}': {{}}}}"));
            assert_eq!(
                problems,
                [format!("#/components/schemas/S/{keyword}: `{keyword}` has no OpenAPI 3.0 counterpart")],
                "{keyword}"
            );
        }
        let mut document = yaml("{openapi: 3.1.0, components: {pathItems: {a: {}}}}");
        assert_eq!(convert(&mut document)[0].pointer.to_string(), "#/components/pathItems");
    }
}
