//! Reading an OpenAPI document as a JSON tree: the few helpers every stage shares.

use serde_json::Value;

/// HTTP methods an OpenAPI path item may hold.
pub const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Every operation of the document: (path template, method, operation), in document order.
pub fn operations(document: &Value) -> Vec<(&String, &'static str, &Value)> {
    let mut found = Vec::new();
    for (path, item) in document.get("paths").and_then(Value::as_object).into_iter().flatten() {
        for method in METHODS {
            if let Some(operation) = item.get(method) {
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

/// A parameter's example: its own `example`, the first of its `examples`, or its schema's `example`.
pub fn example_of(parameter: &Value) -> Option<&Value> {
    parameter
        .get("example")
        .or_else(|| parameter.get("examples")?.as_object()?.values().next()?.get("value"))
        .or_else(|| parameter.pointer("/schema/example"))
}
