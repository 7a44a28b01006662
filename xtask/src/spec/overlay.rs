//! [OpenAPI Overlay 1.0.0](https://spec.openapis.org/overlay/v1.0.0.html): a spec file that holds
//! only pspkit's decisions about a provider's own published document, kept verbatim under
//! `specs/published/`. The overlay's `extends` names that document (relative to the overlay's
//! folder); its `actions` apply in order, each selecting nodes by an RFC 9535 JSONPath `target`:
//!
//! - `update` is merged into every selected node: into an object, its properties replace those of
//!   the same name (objects merged recursively) and new ones are added; onto an array, its value
//!   is appended (an array's items one by one). Any other pairing is a problem.
//! - `remove: true` removes every selected node from its parent.
//!
//! A target that selects nothing is a problem naming the action: an overlay written for one
//! release of a document says so when the next release moved what it targeted, instead of
//! silently doing nothing.

use serde_json::{Map, Value};
use serde_json_path::JsonPath;

use crate::spec::diagnostics::Problem;
use crate::spec::pointer::Pointer;

/// The key that marks a spec file as an overlay.
pub const OVERLAY: &str = "overlay";

/// Whether `document` is an overlay rather than an OpenAPI document.
pub fn is_overlay(document: &Value) -> bool {
    document.get(OVERLAY).is_some()
}

/// The document an overlay extends: its `extends`, a relative path within `specs/` that stays
/// inside it; a problem at `#/extends` otherwise.
pub fn extends(overlay: &Value) -> Result<&str, Problem> {
    let at = Pointer::root().join("extends");
    let Some(extends) = overlay.get("extends").and_then(Value::as_str) else {
        return Err(Problem::new(at, "names no document: an overlay's `extends` is the published document's path"));
    };
    let inside = !extends.is_empty()
        && !extends.starts_with('/')
        && !extends.contains('\\')
        && !extends.contains("://")
        && extends.split('/').all(|segment| !segment.is_empty() && segment != "." && segment != "..");
    if !inside {
        return Err(Problem::new(
            at,
            "is a path relative to the overlay's folder, within it (e.g. `published/x.yaml`)",
        ));
    }
    Ok(extends)
}

/// Applies `overlay`'s actions to `document`, in order; every problem, each at its action's
/// pointer in the overlay.
pub fn apply(document: &mut Value, overlay: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    if overlay.get(OVERLAY).and_then(Value::as_str).is_none_or(|version| !version.starts_with("1.0.")) {
        problems.push(Problem::new(Pointer::root().join(OVERLAY), "pspkit reads Overlay 1.0.x"));
        return problems;
    }
    let Some(actions) = overlay.get("actions").and_then(Value::as_array) else {
        problems.push(Problem::new(Pointer::root().join("actions"), "an overlay needs a list of actions"));
        return problems;
    };
    for (index, action) in actions.iter().enumerate() {
        let at = Pointer::root().join("actions").join(index);
        if let Err(problem) = apply_action(document, action, &at) {
            problems.push(problem);
        }
    }
    problems
}

/// One action: its target's nodes updated or removed.
fn apply_action(document: &mut Value, action: &Value, at: &Pointer) -> Result<(), Problem> {
    let target = action
        .get("target")
        .and_then(Value::as_str)
        .ok_or_else(|| Problem::new(at.join("target"), "every action needs a `target` (a JSONPath)"))?;
    let path = JsonPath::parse(target)
        .map_err(|error| Problem::new(at.join("target"), format!("is not an RFC 9535 JSONPath: {error}")))?;
    let pointers: Vec<String> =
        path.query_located(document).locations().map(|location| location.to_json_pointer()).collect();
    if pointers.is_empty() {
        return Err(Problem::new(at.join("target"), format!("`{target}` selects nothing in the document")));
    }
    let remove = match action.get("remove") {
        None | Some(Value::Bool(false)) => false,
        Some(Value::Bool(true)) => true,
        Some(_) => return Err(Problem::new(at.join("remove"), "is `true` or `false`")),
    };
    match (action.get("update"), remove) {
        (Some(_), true) => Err(Problem::new(at.clone(), "either updates or removes, not both")),
        (None, false) => Err(Problem::new(at.clone(), "needs an `update` or `remove: true`")),
        (Some(update), false) => {
            for pointer in &pointers {
                let node = document.pointer_mut(pointer).ok_or_else(|| gone(at, pointer))?;
                merge(node, update).map_err(|message| Problem::new(at.join("update"), message))?;
            }
            Ok(())
        }
        (None, true) => {
            // Last first, so the indexes of earlier array items stay valid.
            for pointer in pointers.iter().rev() {
                remove_node(document, pointer).ok_or_else(|| gone(at, pointer))?;
            }
            Ok(())
        }
    }
}

fn gone(at: &Pointer, pointer: &str) -> Problem {
    Problem::new(at.join("target"), format!("selected `#{pointer}`, which an earlier node of the same action removed"))
}

/// Merges `update` into `node` (see the module's rules); what does not pair, as a message.
fn merge(node: &mut Value, update: &Value) -> Result<(), String> {
    match (node, update) {
        (Value::Object(node), Value::Object(update)) => {
            merge_object(node, update);
            Ok(())
        }
        (Value::Array(node), Value::Array(items)) => {
            node.extend(items.iter().cloned());
            Ok(())
        }
        (Value::Array(node), item) => {
            node.push(item.clone());
            Ok(())
        }
        (node, _) => Err(format!(
            "cannot be merged into a {}: an update targets an object or an array (target its parent to replace it)",
            kind(node)
        )),
    }
}

fn merge_object(node: &mut Map<String, Value>, update: &Map<String, Value>) {
    for (key, value) in update {
        match (node.get_mut(key), value) {
            (Some(Value::Object(inner)), Value::Object(value)) => merge_object(inner, value),
            _ => {
                node.insert(key.clone(), value.clone());
            }
        }
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Removes the node at `pointer` from its parent; `None` when there is none (the root, or gone).
fn remove_node(document: &mut Value, pointer: &str) -> Option<Value> {
    let (parent, last) = pointer.rsplit_once('/')?;
    let key = last.replace("~1", "/").replace("~0", "~");
    match document.pointer_mut(parent)? {
        Value::Object(map) => map.shift_remove(&key),
        Value::Array(items) => {
            let index: usize = key.parse().ok()?;
            (index < items.len()).then(|| items.remove(index))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(document: &str, actions: &str) -> (Value, Vec<String>) {
        let mut document: Value = yaml_serde::from_str(document).unwrap();
        let overlay: Value =
            yaml_serde::from_str(&format!("{{overlay: 1.0.0, info: {{title: t, version: '1'}}, actions: {actions}}}"))
                .unwrap();
        let problems = apply(&mut document, &overlay);
        (document, problems.iter().map(|p| format!("{}: {}", p.pointer, p.message)).collect())
    }

    const DOCUMENT: &str = r#"
paths:
  /a: {get: {summary: A, tags: [x]}, post: {summary: B}}
  /b: {get: {summary: C}}
servers: [{url: "https://one"}]
"#;

    #[test]
    fn an_update_merges_into_every_selected_object_and_appends_to_an_array() {
        let (document, problems) = applied(
            DOCUMENT,
            r#"[{target: "$.paths.*.get", update: {x-pspkit-note: n, tags: [y]}},
                {target: "$.servers", update: {url: "https://two"}},
                {target: "$.paths['/a'].get.tags", update: [z]}]"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(document.pointer("/paths/~1a/get/x-pspkit-note"), Some(&Value::from("n")));
        assert_eq!(document.pointer("/paths/~1b/get/x-pspkit-note"), Some(&Value::from("n")));
        assert_eq!(document.pointer("/paths/~1a/post/x-pspkit-note"), None, "only the targets");
        // A property of the update replaces the node's (an array inside an object is replaced);
        // an update targeting the array itself appends.
        assert_eq!(document.pointer("/paths/~1a/get/tags"), Some(&serde_json::json!(["y", "z"])));
        assert_eq!(document.pointer("/servers/1/url"), Some(&Value::from("https://two")));
    }

    #[test]
    fn remove_takes_every_selected_node_out_of_its_parent() {
        let (document, problems) =
            applied(DOCUMENT, r#"[{target: "$.paths.*.post", remove: true}, {target: "$.servers[0]", remove: true}]"#);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(document.pointer("/paths/~1a/post"), None);
        assert_eq!(document.pointer("/paths/~1a/get/summary"), Some(&Value::from("A")));
        assert_eq!(document.pointer("/servers"), Some(&serde_json::json!([])));
    }

    #[test]
    fn a_target_that_selects_nothing_or_does_not_parse_is_a_problem_naming_the_action() {
        let (_, problems) = applied(
            DOCUMENT,
            r#"[{target: "$.paths['/gone'].get", update: {summary: x}},
                {target: "$.paths[", update: {}},
                {target: "$.paths['/a'].get.summary", update: {x: 1}},
                {target: "$.paths['/a']", update: {}, remove: true},
                {target: "$.paths['/a']"}]"#,
        );
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(problems[0].starts_with("#/actions/0/target: `$.paths['/gone'].get` selects nothing"), "{problems:?}");
        assert!(problems[1].starts_with("#/actions/1/target: is not an RFC 9535 JSONPath"), "{problems:?}");
        assert!(problems[2].starts_with("#/actions/2/update: cannot be merged into a string"), "{problems:?}");
        assert!(problems[3].starts_with("#/actions/3: either updates or removes"), "{problems:?}");
        assert!(problems[4].starts_with("#/actions/4: needs an `update`"), "{problems:?}");
    }

    #[test]
    fn extends_is_a_path_inside_the_specs_folder() {
        let extends_of = |value: &str| {
            extends(&serde_json::json!({ "extends": value })).map(str::to_owned).map_err(|p| p.pointer.to_string())
        };
        assert_eq!(extends_of("published/provider-1.0.0.yaml"), Ok("published/provider-1.0.0.yaml".to_owned()));
        for outside in ["../secret.yaml", "/etc/passwd", "https://example.com/a.yaml", "a/./b.yaml", "", "a\\b"] {
            assert_eq!(extends_of(outside), Err("#/extends".to_owned()), "{outside}");
        }
    }
}
