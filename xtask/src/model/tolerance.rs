//! Tolerant decoding, decided at generation from the spec (the runtime's `lenient` module does
//! the decoding): [`plan`] reads, from the validated spec, what each component schema's
//! properties are (identifying by `x-pspkit-identity`, required, nullable, money by
//! `x-pspkit-money`); [`relax`] keeps only identifying properties `required` in the document
//! progenitor reads, so every other field is an `Option` (or a defaulted list or map) in Rust.
//! `progenitor::tolerance` applies the plan to progenitor's structs, `emit::schemas` embeds its
//! strict schemas in each crate.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToPascalCase;
use serde_json::Value;

use crate::spec::document::{has_object_properties, operations, request_only_schemas, resolve};
use crate::spec::extensions::{EVENTS, IDENTITY, MONEY};

/// What generation needs to know to decode tolerantly.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Object schemas, components and the inline ones inside them, by the struct typify names.
    pub schemas: BTreeMap<String, SchemaPlan>,
    /// Every documented response body: (operation id, status key, component schema name).
    pub responses: Vec<(String, String, String)>,
    /// Every webhook event's payload schema (a component's name, from `x-webhooks`): decoded
    /// like a response.
    pub events: BTreeSet<String>,
    /// Every request body's schema: a component's name, or for an inline schema the struct
    /// progenitor names it (`{OperationId}Body`), which `strict_json` then holds under that name.
    pub requests: BTreeSet<String>,
    /// `components/schemas` as the spec writes it (strict), without descriptions and examples,
    /// and every inline request body schema.
    pub strict_json: String,
    /// The structs of schemas only request bodies use (and the inline objects inside them): sent
    /// exactly as written, never decoded tolerantly; an optional, nullable property of one can
    /// send `null` (`progenitor::tolerance`).
    pub exact: BTreeMap<String, SchemaPlan>,
}

/// One object component schema.
#[derive(Debug, Clone, Default)]
pub struct SchemaPlan {
    /// Its properties by JSON name.
    pub properties: BTreeMap<String, Property>,
}

/// One property of an object schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Property {
    /// Listed in `x-pspkit-identity`: decoded strictly.
    pub identity: bool,
    /// Listed in `required`.
    pub required: bool,
    /// `nullable: true`, on the property or on the component it references.
    pub nullable: bool,
    /// `x-pspkit-money: true`.
    pub money: bool,
    /// Which JSON containers the property's schema describes: the runtime's `fields::Shape` marker
    /// (`Object`, `List`, `ObjectOrList` or `Scalar`).
    pub shape: &'static str,
}

/// Reads the plan from a validated (untransformed) document.
pub fn plan(document: &Value) -> Plan {
    let components = document.pointer("/components/schemas").and_then(Value::as_object);
    let request_only = request_only_schemas(document);
    let (mut schemas, mut exact) = (BTreeMap::new(), BTreeMap::new());
    for (name, schema) in components.into_iter().flatten() {
        let planned = if request_only.contains(name) { &mut exact } else { &mut schemas };
        plan_object(document, rust_name(name), schema, planned);
    }
    let mut strict = document.pointer("/components/schemas").cloned().unwrap_or(Value::Object(Default::default()));
    let mut requests = BTreeSet::new();
    for (_, _, operation) in operations(document) {
        let Some(schema) = request_schema(document, operation) else { continue };
        match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/components/schemas/")) {
            Some(component) => {
                requests.insert(component.to_owned());
            }
            None => {
                // progenitor names an inline body `{operationId}-body`, in Pascal case.
                let id = operation.get("operationId").and_then(Value::as_str).unwrap_or_default();
                let name = format!("{id}-body").to_pascal_case();
                plan_object(document, name.clone(), schema, &mut exact);
                if let Some(schemas) = strict.as_object_mut() {
                    schemas.insert(name.clone(), schema.clone());
                }
                requests.insert(name);
            }
        }
    }
    Plan {
        schemas,
        responses: responses(document),
        events: events(document),
        requests,
        strict_json: strict_json(strict),
        exact,
    }
}

/// The object schemas whose properties one struct holds: `schema` itself when it lists
/// properties; else, when typify merges its `allOf` into a struct of its own (an inline part with
/// properties, or two parts or more), the parts (references resolved) that list properties. Empty
/// when `schema` is no struct of its own (`allOf` of one `$ref` is that component's type).
fn object_parts<'a>(document: &'a Value, schema: &'a Value) -> Vec<&'a Value> {
    fn parts<'a>(document: &'a Value, schema: &'a Value, depth: usize, found: &mut Vec<&'a Value>) {
        if has_object_properties(schema) {
            found.push(schema);
        } else if depth < 32 {
            for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
                parts(document, resolve(document, part), depth + 1, found);
            }
        }
    }
    if has_object_properties(schema) {
        return vec![schema];
    }
    if schema.get("properties").is_some() {
        return Vec::new();
    }
    let all_of: &[Value] = schema.get("allOf").and_then(Value::as_array).map_or(&[], Vec::as_slice);
    let inline = all_of.iter().any(|part| part.get("$ref").is_none() && part.get("properties").is_some());
    if !inline && all_of.len() < 2 {
        return Vec::new();
    }
    let mut found = Vec::new();
    parts(document, schema, 0, &mut found);
    found
}

/// The schema of an operation's request body (its one media type), when it has one.
fn request_schema<'a>(document: &'a Value, operation: &'a Value) -> Option<&'a Value> {
    let body = resolve(document, operation.get("requestBody")?);
    body.get("content")?.as_object()?.values().next()?.get("schema")
}

/// Plans the object schema typify names `name`, and the inline object schemas inside it, under
/// the names typify gives them: `{Parent}{Property}` for a property, `{Parent}{Property}Item`
/// for a list's items. A name typify does not use is caught by [`apply`].
fn plan_object(document: &Value, name: String, schema: &Value, schemas: &mut BTreeMap<String, SchemaPlan>) {
    let parts = object_parts(document, schema);
    if parts.is_empty() {
        return;
    }
    let listed = |key: &str| -> Vec<&str> {
        let lists = parts.iter().filter_map(|part| part.get(key).and_then(Value::as_array));
        lists.flatten().filter_map(Value::as_str).collect()
    };
    let (required, identity) = (listed("required"), listed(IDENTITY));
    let properties = parts.iter().filter_map(|part| part.get("properties").and_then(Value::as_object)).flatten();
    let mut planned = BTreeMap::new();
    for (property, value) in properties {
        let nullable = value.get("nullable").and_then(Value::as_bool) == Some(true)
            || resolve(document, value).get("nullable").and_then(Value::as_bool) == Some(true);
        let plan = Property {
            identity: identity.contains(&property.as_str()),
            required: required.contains(&property.as_str()),
            nullable,
            money: value.get(MONEY).and_then(Value::as_bool) == Some(true),
            shape: shape(document, value),
        };
        planned.insert(property.clone(), plan);
        let nested = format!("{name}{}", property.to_pascal_case());
        if value.get("$ref").is_none() {
            plan_object(document, nested.clone(), value, schemas);
        }
        if let Some(items) = value.get("items").filter(|items| items.get("$ref").is_none()) {
            plan_object(document, format!("{nested}Item"), items, schemas);
        }
    }
    schemas.insert(name, SchemaPlan { properties: planned });
}

/// The containers a schema describes (see [`Property::shape`]).
fn shape(document: &Value, schema: &Value) -> &'static str {
    fn kinds(document: &Value, schema: &Value, depth: usize) -> (bool, bool) {
        let schema = resolve(document, schema);
        let branches = ["allOf", "oneOf", "anyOf"]
            .iter()
            .filter_map(|keyword| schema.get(*keyword).and_then(Value::as_array))
            .flatten()
            .collect::<Vec<_>>();
        if !branches.is_empty() && depth < 8 {
            return branches.iter().fold((false, false), |(object, list), branch| {
                let (o, l) = kinds(document, branch, depth + 1);
                (object || o, list || l)
            });
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => (true, false),
            Some("array") => (false, true),
            Some(_) => (false, false),
            None if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() => (true, false),
            None => (true, true),
        }
    }
    match kinds(document, schema, 0) {
        (true, true) => "ObjectOrList",
        (true, false) => "Object",
        (false, true) => "List",
        (false, false) => "Scalar",
    }
}

fn responses(document: &Value) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for (_, _, operation) in operations(document) {
        let id = operation.get("operationId").and_then(Value::as_str).unwrap_or_default();
        for (status, response) in operation.get("responses").and_then(Value::as_object).into_iter().flatten() {
            let response = resolve(document, response);
            let reference = response.pointer("/content/application~1json/schema/$ref").and_then(Value::as_str);
            if let Some(name) = reference.and_then(|r| r.strip_prefix("#/components/schemas/")) {
                found.push((id.to_owned(), status.clone(), name.to_owned()));
            }
        }
    }
    found
}

/// The component schema of every webhook event's payload (`x-webhooks`).
fn events(document: &Value) -> BTreeSet<String> {
    let events = document.get(EVENTS).and_then(Value::as_object).into_iter().flat_map(|events| events.values());
    let references =
        events.filter_map(|event| event.pointer("/post/requestBody/content/application~1json/schema/$ref"));
    references
        .filter_map(Value::as_str)
        .filter_map(|r| r.strip_prefix("#/components/schemas/"))
        .map(str::to_owned)
        .collect()
}

/// The strict schemas, minus what only documents them (descriptions, examples, titles).
fn strict_json(mut schemas: Value) -> String {
    for schema in schemas.as_object_mut().into_iter().flat_map(|schemas| schemas.values_mut()) {
        prune(schema);
    }
    serde_json::to_string(&schemas).unwrap_or_default()
}

/// Removes documentation keywords from a schema and its subschemas. Property names are data,
/// not keywords: a property called `description` stays.
fn prune(schema: &mut Value) {
    let Some(map) = schema.as_object_mut() else { return };
    for keyword in ["description", "example", "examples", "title"] {
        map.remove(keyword);
    }
    for (keyword, child) in map.iter_mut() {
        match keyword.as_str() {
            "properties" => child.as_object_mut().into_iter().flat_map(|p| p.values_mut()).for_each(prune),
            "items" | "additionalProperties" | "not" => prune(child),
            "allOf" | "oneOf" | "anyOf" => child.as_array_mut().into_iter().flatten().for_each(prune),
            _ => {}
        }
    }
}

/// Keeps only identifying properties in every response component schema's `required`, and drops
/// the other properties' `default`s: what progenitor then generates holds every other field as an
/// `Option` (or a defaulted list or map).
/// Schemas only request bodies use stay as written.
pub fn relax(document: &mut Value) {
    /// Relaxes one object schema and the inline object schemas inside it.
    fn relax_object(schema: &mut Value) {
        let Some(object) = schema.as_object_mut() else { return };
        let identity: Vec<Value> = object.get(IDENTITY).and_then(Value::as_array).cloned().unwrap_or_default();
        if let Some(required) = object.get_mut("required").and_then(Value::as_array_mut) {
            required.retain(|name| identity.contains(name));
            if required.is_empty() {
                object.remove("required");
            }
        }
        for (name, property) in
            object.get_mut("properties").and_then(Value::as_object_mut).into_iter().flat_map(|p| p.iter_mut())
        {
            // A `default` is what the provider assumes for a request that omits the property; in
            // a response, a property that is absent is reported missing, not filled in (and
            // typify's defaulted field would be no `Option` a tolerant decoder can leave empty).
            if !identity.contains(&Value::from(name.as_str()))
                && let Some(property) = property.as_object_mut()
            {
                property.remove("default");
            }
            if let Some(items) = property.get_mut("items") {
                relax_object(items);
            }
            relax_object(property);
        }
    }
    let request_only = request_only_schemas(document);
    let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else { return };
    schemas.iter_mut().filter(|(name, _)| !request_only.contains(*name)).for_each(|(_, schema)| relax_object(schema));
}

/// The struct typify generates for a component schema.
pub fn rust_name(schema: &str) -> String {
    schema.to_pascal_case()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(schemas: &str) -> Value {
        let text = format!("{{openapi: 3.0.3, components: {{schemas: {schemas}}}}}");
        yaml_serde::from_str(&text).unwrap()
    }

    #[test]
    fn only_identity_stays_required() {
        let mut document = spec(
            "{C: {type: object, required: [id, name], x-pspkit-identity: [id], properties: {id: {type: string}, name: {type: string}}}}",
        );
        let plan = plan(&document);
        let c = &plan.schemas["C"].properties;
        assert!(c["id"].identity && c["id"].required && !c["name"].identity && c["name"].required);
        relax(&mut document);
        assert_eq!(document.pointer("/components/schemas/C/required").unwrap(), &serde_json::json!(["id"]));
    }

    #[test]
    fn documentation_is_pruned_but_a_property_named_description_is_kept() {
        let document =
            spec("{C: {type: object, description: d, properties: {description: {type: string, example: x}}}}");
        assert_eq!(
            plan(&document).strict_json,
            r#"{"C":{"type":"object","properties":{"description":{"type":"string"}}}}"#
        );
    }
}
