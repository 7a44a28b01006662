//! Reading an OpenAPI document as a JSON tree: the few helpers every stage shares.

use serde_json::Value;

use crate::spec::extensions::EVENTS;

/// HTTP methods an OpenAPI path item may hold.
pub const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Every operation of the document: (path template, method, operation), in document order (the
/// paths as written, each path item's methods as written): the one order every emitter uses.
pub fn operations(document: &Value) -> Vec<(&String, &'static str, &Value)> {
    let mut found = Vec::new();
    for (path, item) in document.get("paths").and_then(Value::as_object).into_iter().flatten() {
        for (key, operation) in item.as_object().into_iter().flatten() {
            if let Some(method) = METHODS.into_iter().find(|method| method == key) {
                found.push((path, method, operation));
            }
        }
    }
    found
}

/// Follows a local `$ref` (one level, which is all the spec conventions allow).
pub fn resolve<'a>(document: &'a Value, node: &'a Value) -> &'a Value {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.strip_prefix('#'))
        .and_then(|pointer| document.pointer(pointer))
        .unwrap_or(node)
}

/// Where a parameter of an operation is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declared {
    /// In the path item's `parameters` (shared by its operations), at this index.
    PathItem(usize),
    /// In the operation's own `parameters`, at this index.
    Operation(usize),
}

/// The parameters of the operation at `path` (references followed): the path item's first, but
/// those the operation redefines (same name and location, OpenAPI's rule), then the operation's.
pub fn parameters<'a>(document: &'a Value, path: &str, operation: &'a Value) -> Vec<(Declared, &'a Value)> {
    let list = |node: Option<&'a Value>| -> Vec<&'a Value> {
        node.and_then(|node| node.get("parameters")).and_then(Value::as_array).into_iter().flatten().collect()
    };
    let key = |parameter: &Value| (parameter.get("name").cloned(), parameter.get("in").cloned());
    let own: Vec<&Value> = list(Some(operation)).into_iter().map(|p| resolve(document, p)).collect();
    let item = document.get("paths").and_then(|paths| paths.get(path));
    let mut found: Vec<(Declared, &Value)> = list(item)
        .into_iter()
        .enumerate()
        .map(|(index, p)| (Declared::PathItem(index), resolve(document, p)))
        .filter(|(_, shared)| !own.iter().any(|own| key(own) == key(shared)))
        .collect();
    found.extend(own.into_iter().enumerate().map(|(index, p)| (Declared::Operation(index), p)));
    found
}

/// A parameter's example: its own `example`, the first of its `examples`, or its schema's `example`.
pub fn example_of(parameter: &Value) -> Option<&Value> {
    parameter
        .get("example")
        .or_else(|| parameter.get("examples")?.as_object()?.values().next()?.get("value"))
        .or_else(|| parameter.pointer("/schema/example"))
}

/// The schema (references resolved) of an operation's first 2XX JSON response body.
pub fn success_schema<'a>(document: &'a Value, operation: &'a Value) -> Option<&'a Value> {
    let responses = operation.get("responses")?.as_object()?;
    let (_, response) = responses.iter().find(|(status, _)| status.starts_with('2'))?;
    let schema = resolve(document, response).pointer("/content/application~1json/schema")?;
    Some(resolve(document, schema))
}

/// The schema (references resolved) of the items of a paged list's `items` property: the array
/// property of the operation's success body.
pub fn paged_item_schema<'a>(document: &'a Value, operation: &'a Value, items: &str) -> Option<&'a Value> {
    let list = resolve(document, success_schema(document, operation)?.get("properties")?.get(items)?);
    Some(resolve(document, list.get("items")?))
}

/// The properties a form media type's `encoding` sends as `style: deepObject`, in name order.
pub fn deep_object(media: &Value) -> Vec<String> {
    let encoding = media.get("encoding").and_then(Value::as_object).into_iter().flatten();
    encoding
        .filter(|(_, encoding)| encoding.get("style").and_then(Value::as_str) == Some("deepObject"))
        .map(|(name, _)| name.clone())
        .collect()
}

/// The component schemas a request body reaches (through `$ref`s, transitively) that nothing
/// decoded reaches: they are sent exactly as written, while the schemas of responses and webhook
/// payloads (`decoded_schemas`) are read tolerantly.
pub fn request_only_schemas(document: &Value) -> std::collections::BTreeSet<String> {
    let decoded = decoded_schemas(document);
    reached_by(document, "requestBody").into_iter().filter(|name| !decoded.contains(name)).collect()
}

/// The component schemas both a request body and something decoded reach (see
/// [`request_only_schemas`]).
pub fn shared_schemas(document: &Value) -> std::collections::BTreeSet<String> {
    decoded_schemas(document).intersection(&reached_by(document, "requestBody")).cloned().collect()
}

/// The component schemas the client decodes: those a response or a webhook event's payload
/// (`x-webhooks`) reaches.
fn decoded_schemas(document: &Value) -> std::collections::BTreeSet<String> {
    let mut decoded = reached_by(document, "responses");
    let events = document.get(EVENTS).and_then(Value::as_object).into_iter().flat_map(|events| events.values());
    let payloads: Vec<&Value> = events.filter_map(|event| event.pointer("/post/requestBody")).collect();
    decoded.extend(reachable_schemas(document, &payloads));
    decoded
}

/// The component schemas every operation's `part` (`requestBody` or `responses`) reaches.
fn reached_by(document: &Value, part: &str) -> std::collections::BTreeSet<String> {
    let roots: Vec<&Value> =
        operations(document).into_iter().filter_map(|(_, _, operation)| operation.get(part)).collect();
    reachable_schemas(document, &roots)
}

/// Every component schema `roots` reach through `$ref`s, transitively.
fn reachable_schemas(document: &Value, roots: &[&Value]) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let mut pending: Vec<&Value> = roots.to_vec();
    while let Some(node) = pending.pop() {
        match node {
            Value::Object(map) => {
                if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                    let target = reference.strip_prefix('#').and_then(|pointer| document.pointer(pointer));
                    let name = reference.strip_prefix("#/components/schemas/");
                    if let (Some(name), Some(target)) = (name, target)
                        && found.insert(name.to_owned())
                    {
                        pending.push(target);
                    } else if name.is_none()
                        && let Some(target) = target
                    {
                        pending.push(target);
                    }
                }
                pending.extend(map.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    found
}

/// Whether `schema` describes an object by its `properties` (a `type` other than `object` beside
/// them, e.g. an array with properties and no items, makes them meaningless, and typify ignores
/// them).
pub fn has_object_properties(schema: &Value) -> bool {
    schema.get("properties").is_some() && schema.get("type").is_none_or(|kind| kind == "object")
}

/// Every inline object schema inside a component schema (a property's, or a property's list
/// items'), at its pointer, with the Rust name typify gives its struct: the component's name, then
/// each property's in Pascal case (`Payment.billing_details` is `PaymentBillingDetails`), `Item`
/// for list items. typify gives a name to one type only: an inline object named like a component
/// schema silently takes that schema's type.
pub fn inline_object_names(document: &Value) -> Vec<(crate::spec::pointer::Pointer, String)> {
    use heck::ToPascalCase;
    fn walk(
        schema: &Value,
        at: &crate::spec::pointer::Pointer,
        name: &str,
        found: &mut Vec<(crate::spec::pointer::Pointer, String)>,
    ) {
        for (property, value) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            let nested = format!("{name}{}", property.to_pascal_case());
            let here = at.join("properties").join(property);
            if value.get("$ref").is_none() && has_object_properties(value) {
                found.push((here.clone(), nested.clone()));
                walk(value, &here, &nested, found);
            }
            if let Some(items) =
                value.get("items").filter(|items| items.get("$ref").is_none() && has_object_properties(items))
            {
                let item = format!("{nested}Item");
                found.push((here.join("items"), item.clone()));
                walk(items, &here.join("items"), &item, found);
            }
        }
    }
    let mut found = Vec::new();
    let schemas = crate::spec::pointer::Pointer::root().join("components").join("schemas");
    for (name, schema) in document.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten() {
        walk(schema, &schemas.join(name), &name.to_pascal_case(), &mut found);
    }
    found
}

/// The Rust names of the component schemas (Pascal case, as typify names them).
pub fn component_type_names(document: &Value) -> std::collections::BTreeSet<String> {
    use heck::ToPascalCase;
    let schemas = document.pointer("/components/schemas").and_then(Value::as_object);
    schemas.into_iter().flatten().map(|(name, _)| name.to_pascal_case()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemas_only_requests_reach_are_told_from_shared_ones() {
        let document: Value = yaml_serde::from_str(
            r#"
paths:
  /things:
    post:
      requestBody: {$ref: '#/components/requestBodies/Create'}
      responses:
        '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
components:
  requestBodies:
    Create: {content: {application/json: {schema: {$ref: '#/components/schemas/ThingCreate'}}}}
  schemas:
    ThingCreate: {type: object, properties: {kind: {$ref: '#/components/schemas/Kind'}, address: {$ref: '#/components/schemas/Address'}}}
    Thing: {type: object, properties: {kind: {$ref: '#/components/schemas/Kind'}}}
    Kind: {type: string, enum: [a, b]}
    Address: {type: object, properties: {city: {type: string}}}
"#,
        )
        .unwrap();
        let only: Vec<String> = request_only_schemas(&document).into_iter().collect();
        assert_eq!(only, ["Address", "ThingCreate"]);
        let shared: Vec<String> = shared_schemas(&document).into_iter().collect();
        assert_eq!(shared, ["Kind"]);
    }
}
