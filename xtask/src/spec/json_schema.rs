//! An OpenAPI 3.0 schema as a JSON Schema (2020-12) document, for the `jsonschema` crate to
//! validate against: the document's component schemas become `$defs` (and `$ref`s point there),
//! `nullable` becomes `null` in the type (or an `anyOf` with `null`), `x-*` extensions, `example`
//! and `discriminator` are dropped. `cargo xtask check-payload` validates captures with it; the
//! example composer checks with it which `oneOf` member an example matches, and the defaults
//! whether a composed example conforms, both through [`Components`], converted once per document.

use serde_json::{Map, Value, json};

/// The dialect every converted schema declares.
const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Where [`Components`] registers a document's component schemas (as its `$defs`).
const COMPONENTS: &str = "urn:pspkit:components";

/// The references of a schema validated on its own ([`root`]) and of the shared components.
const LOCAL_DEFS: &str = "#/$defs/";

/// A document's component schemas converted and checked once, then shared by a validator of each
/// of its schemas: building one converts and checks only that schema, not all of them again.
pub struct Components {
    /// The components registered under [`COMPONENTS`], or why they form no valid JSON Schema.
    registry: Result<jsonschema::Registry<'static>, String>,
}

impl Components {
    /// The component schemas of `document`.
    pub fn of(document: &Value) -> Self {
        let defs = definitions(document, false, LOCAL_DEFS);
        let contents = json!({"$schema": DIALECT, "$defs": defs});
        let registry = jsonschema::meta::validate(&contents).map_err(|error| invalid(&error)).and_then(|()| {
            let resource = jsonschema::Resource::from_contents(contents);
            jsonschema::Registry::new()
                .add(COMPONENTS, resource)
                .and_then(|builder| builder.prepare())
                .map_err(|error| invalid(&error))
        });
        Self { registry }
    }

    /// A validator of `schema` (of the document, its `$ref`s to component schemas followed),
    /// formats checked; why not, when the document's schemas do not form a valid JSON Schema.
    pub fn validator(&self, schema: &Value) -> Result<jsonschema::Validator, String> {
        let registry = self.registry.as_ref().map_err(Clone::clone)?;
        let shared = format!("{COMPONENTS}{LOCAL_DEFS}");
        let root = Value::Object(with_dialect(convert_with(schema.clone(), false, &shared)));
        jsonschema::options()
            .should_validate_formats(true)
            .with_registry(registry)
            .build(&root)
            .map_err(|error| invalid(&error))
    }
}

/// Why a document's schemas are refused.
fn invalid(error: &dyn std::fmt::Display) -> String {
    format!("the spec's schemas do not form a valid JSON Schema: {error}")
}

/// Every component schema of `document`, converted, by name; a `$ref` to another starts `defs`.
fn definitions(document: &Value, closed: bool, defs: &str) -> Map<String, Value> {
    let components = document.pointer("/components/schemas").and_then(Value::as_object).cloned().unwrap_or_default();
    components.into_iter().map(|(name, schema)| (name, convert_with(schema, closed, defs))).collect()
}

/// `schema` as the root of a JSON Schema document: an object (a boolean one inside an `allOf`)
/// declaring [`DIALECT`].
fn with_dialect(schema: Value) -> Map<String, Value> {
    let mut root = match schema {
        Value::Object(map) => map,
        other => Map::from_iter([("allOf".to_owned(), json!([other]))]),
    };
    root.insert("$schema".to_owned(), json!(DIALECT));
    root
}

/// `schema` (of `document`) as the root of a JSON Schema document holding every component schema
/// in `$defs`; with `closed`, properties a schema does not list are violations too
/// (`additionalProperties: false` wherever the spec is silent).
pub fn root(document: &Value, schema: &Value, closed: bool) -> Value {
    let mut root = with_dialect(convert(schema.clone(), closed));
    root.insert("$defs".to_owned(), Value::Object(definitions(document, closed, LOCAL_DEFS)));
    Value::Object(root)
}

/// A validator of `root` ([`root`]), formats checked; why not, when the spec's schemas do not form
/// a valid JSON Schema.
pub fn validator(root: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options().should_validate_formats(true).build(root).map_err(|error| invalid(&error))
}

/// An OpenAPI 3.0 schema as JSON Schema 2020-12, its `$ref`s to component schemas pointing into
/// the `$defs` of its own document.
fn convert(schema: Value, closed: bool) -> Value {
    convert_with(schema, closed, LOCAL_DEFS)
}

/// [`convert`], a `$ref` to component schema `X` becoming `<defs>X`.
fn convert_with(schema: Value, closed: bool, defs: &str) -> Value {
    let Value::Object(mut map) = schema else { return schema };
    map.retain(|key, _| !key.starts_with("x-") && key != "example" && key != "discriminator");
    let nullable = map.remove("nullable") == Some(Value::Bool(true));
    for (key, value) in map.iter_mut() {
        match key.as_str() {
            "$ref" => {
                if let Some(reference) = value.as_str() {
                    *value = Value::String(reference.replace("#/components/schemas/", defs));
                }
            }
            "properties" => {
                if let Value::Object(properties) = value {
                    for property in properties.values_mut() {
                        *property = convert_with(property.take(), closed, defs);
                    }
                }
            }
            "items" | "additionalProperties" | "not" => *value = convert_with(value.take(), closed, defs),
            "allOf" | "oneOf" | "anyOf" => {
                if let Value::Array(parts) = value {
                    for part in parts.iter_mut() {
                        *part = convert_with(part.take(), closed, defs);
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

    #[test]
    fn shared_components_validate_a_schema_through_references_between_components() {
        let document = json!({"components": {"schemas": {
            "Amount": {"type": "object", "required": ["value"], "properties": {"value": {"type": "integer"}}},
            "Charge": {"type": "object", "required": ["amount"], "properties": {"amount": {"$ref": "#/components/schemas/Amount"}}},
        }}});
        let components = Components::of(&document);
        let charge =
            components.validator(&json!({"$ref": "#/components/schemas/Charge"})).expect("a valid JSON Schema");
        assert!(charge.is_valid(&json!({"amount": {"value": 1}})));
        assert!(!charge.is_valid(&json!({"amount": {"value": "one"}})), "Amount's schema is followed from Charge's");
        let inline = json!({"type": "array", "items": {"$ref": "#/components/schemas/Amount"}});
        let list = components.validator(&inline).expect("a valid JSON Schema");
        assert!(list.is_valid(&json!([{"value": 2}])) && !list.is_valid(&json!([{}])));
    }

    #[test]
    fn components_that_form_no_json_schema_refuse_every_validator() {
        let document = json!({"components": {"schemas": {"Broken": {"type": 7}}}});
        let error = Components::of(&document).validator(&json!({"type": "string"})).expect_err("refused");
        assert!(error.starts_with("the spec's schemas do not form a valid JSON Schema"), "{error}");
    }
}
