//! An OpenAPI 3.0 schema as a JSON Schema (2020-12) document, for the `jsonschema` crate to
//! validate against: the document's component schemas become `$defs` (and `$ref`s point there),
//! `nullable` becomes `null` in the type (or an `anyOf` with `null`), `x-*` extensions, `example`
//! and `discriminator` are dropped. `cargo xtask check-payload` validates captures with it; the
//! example composer checks with it which `oneOf` member an example matches.

use serde_json::{Map, Value, json};

/// `schema` (of `document`) as the root of a JSON Schema document holding every component schema
/// in `$defs`; with `closed`, properties a schema does not list are violations too
/// (`additionalProperties: false` wherever the spec is silent).
pub fn root(document: &Value, schema: &Value, closed: bool) -> Value {
    let components = document.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
    let defs: Map<String, Value> =
        components.into_iter().map(|(name, schema)| (name, convert(schema, closed))).collect();
    let mut root = match convert(schema.clone(), closed) {
        Value::Object(map) => map,
        other => Map::from_iter([("allOf".to_owned(), json!([other]))]),
    };
    root.insert("$schema".to_owned(), json!("https://json-schema.org/draft/2020-12/schema"));
    root.insert("$defs".to_owned(), Value::Object(defs));
    Value::Object(root)
}

/// A validator of `root` ([`root`]), formats checked; why not, when the spec's schemas do not form
/// a valid JSON Schema.
pub fn validator(root: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .should_validate_formats(true)
        .build(root)
        .map_err(|error| format!("the spec's schemas do not form a valid JSON Schema: {error}"))
}

/// An OpenAPI 3.0 schema as JSON Schema 2020-12.
pub fn convert(schema: Value, closed: bool) -> Value {
    let Value::Object(mut map) = schema else { return schema };
    map.retain(|key, _| !key.starts_with("x-") && key != "example" && key != "discriminator");
    let nullable = map.remove("nullable") == Some(Value::Bool(true));
    for (key, value) in map.iter_mut() {
        match key.as_str() {
            "$ref" => {
                if let Some(reference) = value.as_str() {
                    *value = Value::String(reference.replace("#/components/schemas/", "#/$defs/"));
                }
            }
            "properties" => {
                if let Value::Object(properties) = value {
                    for property in properties.values_mut() {
                        *property = convert(property.take(), closed);
                    }
                }
            }
            "items" | "additionalProperties" | "not" => *value = convert(value.take(), closed),
            "allOf" | "oneOf" | "anyOf" => {
                if let Value::Array(parts) = value {
                    for part in parts.iter_mut() {
                        *part = convert(part.take(), closed);
                    }
                }
            }
            _ => {}
        }
    }
    if closed && map.contains_key("properties") && !map.contains_key("additionalProperties") {
        map.insert("additionalProperties".to_owned(), Value::Bool(false));
    }
    if !nullable {
        return Value::Object(map);
    }
    match map.get_mut("type") {
        Some(Value::String(kind)) => {
            let kind = std::mem::take(kind);
            map.insert("type".to_owned(), json!([kind, "null"]));
            if let Some(Value::Array(values)) = map.get_mut("enum") {
                values.push(Value::Null);
            }
            Value::Object(map)
        }
        _ => json!({"anyOf": [Value::Object(map), {"type": "null"}]}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_becomes_a_null_type_or_an_any_of() {
        let converted =
            convert(json!({"type": "string", "nullable": true, "enum": ["a"], "x-pspkit-money": true}), false);
        assert_eq!(converted, json!({"type": ["string", "null"], "enum": ["a", null]}));
        let reference = convert(json!({"allOf": [{"$ref": "#/components/schemas/A"}], "nullable": true}), false);
        assert_eq!(reference, json!({"anyOf": [{"allOf": [{"$ref": "#/$defs/A"}]}, {"type": "null"}]}));
    }

    #[test]
    fn a_component_reference_validates_against_the_component() {
        let document = json!({"components": {"schemas": {"A": {"type": "object", "required": ["id"]}}}});
        let root = root(&document, &json!({"$ref": "#/components/schemas/A"}), false);
        let validator = validator(&root).expect("a valid JSON Schema");
        assert!(validator.is_valid(&json!({"id": "a_1"})));
        assert!(!validator.is_valid(&json!({"name": "no id"})));
    }
}
