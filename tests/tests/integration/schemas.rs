//! With the `schemars` feature, every documented response type of every spec exports its JSON
//! Schema (`pspkit::Provider::json_schemas`), and the schema says what the spec says: the same
//! properties as the spec's component, and as required only what the spec marks identifying
//! (`x-pspkit-identity`: the rest decode tolerantly).

use std::collections::BTreeSet;

use pspkit::Provider;
use serde_json::Value;

fn spec(provider: Provider) -> &'static Value {
    pspkit_tests::specs::document(provider.name())
}

fn names(value: Option<&Value>) -> BTreeSet<String> {
    match value {
        Some(Value::Object(map)) => map.keys().cloned().collect(),
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
        _ => BTreeSet::new(),
    }
}

#[test]
fn every_response_type_exports_the_schema_its_spec_describes() {
    let mut checked = 0;
    for provider in Provider::ALL {
        let document = spec(provider);
        let schemas = provider.json_schemas();
        assert!(!schemas.is_empty(), "{provider}: no response type exports a schema");
        for (name, schema) in schemas {
            let component = document.pointer(&format!("/components/schemas/{name}")).expect("the component");
            assert!(schema.get("$schema").is_some() || schema.get("type").is_some(), "{provider} {name}: {schema}");
            if component.get("properties").is_none() {
                continue;
            }
            assert_eq!(
                names(schema.get("properties")),
                names(component.get("properties")),
                "{provider} {name}: properties"
            );
            assert_eq!(
                names(schema.get("required")),
                names(component.get("x-pspkit-identity")),
                "{provider} {name}: only identifying properties are required in Rust"
            );
            checked += 1;
        }
    }
    assert!(checked >= Provider::ALL.len(), "{checked} object schemas checked");
}

#[test]
fn runtime_types_export_as_the_json_they_read() {
    let definitions: Vec<Value> = Provider::ALL
        .iter()
        .flat_map(|provider| provider.json_schemas())
        .filter_map(|(_, schema)| schema.get("definitions").cloned())
        .collect();
    let find = |name: &str| definitions.iter().find_map(|found| found.get(name).cloned());
    assert_eq!(find("DateTime"), Some(serde_json::json!({"type": "string", "format": "date-time"})), "Timestamp");
    assert_eq!(find("OpenEnum").and_then(|open| open.get("type").cloned()), Some(Value::from("string")), "Open<T>");
}
