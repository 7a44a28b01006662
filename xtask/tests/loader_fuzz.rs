//! A published document pspkit cannot read never panics the xtask: each published document
//! (verbatim, with its overlay's decisions: `xtask/tests/published/`), mutated with its own constructs (a node moved where
//! another was, removed, renamed, or replaced by a construct 3.1 allows and 3.0 does not), goes
//! through the loader (3.1 conversion, defaults, rules, model) to a spec or to spec errors that
//! each name a pointer. The mutations come from a fixed seed, so a failure names a case that
//! replays.

use std::path::PathBuf;

use serde_json::{Value, json};

/// splitmix64: a small deterministic generator, so every run tries the same cases.
struct Cases(u64);

impl Cases {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// The JSON pointer of every node of `value`.
fn pointers(value: &Value, at: String, found: &mut Vec<String>) {
    let escape = |key: &str| key.replace('~', "~0").replace('/', "~1");
    match value {
        Value::Object(map) => {
            map.iter().for_each(|(key, child)| pointers(child, format!("{at}/{}", escape(key)), found))
        }
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, child)| pointers(child, format!("{at}/{i}"), found))
        }
        _ => {}
    }
    found.push(at);
}

/// What OpenAPI 3.1 and JSON Schema allow that a 3.0 reader may not, and shapes that are wrong.
fn constructs() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(1e308),
        json!(""),
        json!([]),
        json!({}),
        json!({"$ref": "#/components/schemas/Nowhere"}),
        json!({"$ref": "#"}),
        json!({"$ref": "https://example.com/other.yaml#/x"}),
        json!({"type": ["string", "null", "integer"]}),
        json!({"type": ["null"]}),
        json!({"const": {"a": 1}}),
        json!({"prefixItems": [{"type": "string"}]}),
        json!({"if": {}, "then": {}, "else": {}}),
        json!({"allOf": []}),
        json!({"oneOf": [{"$ref": "#/components/schemas/Nowhere"}]}),
        json!({"exclusiveMinimum": "x"}),
        json!({"examples": "not a list"}),
        json!({"type": "object", "properties": {"": {"type": "string"}}, "required": ["missing"]}),
        json!({"in": "cookie", "name": "x", "schema": {"type": "string"}}),
        json!({"in": "path", "name": "id", "required": false}),
    ]
}

/// One mutation of `document`, described for the failure message.
fn mutate(document: &mut Value, cases: &mut Cases, all: &[String], constructs: &[Value]) -> String {
    let target = &all[cases.below(all.len())];
    if target.is_empty() {
        return "none (the root)".to_owned();
    }
    let (parent, last) = target.rsplit_once('/').expect("a child pointer");
    match cases.below(4) {
        0 => {
            let donor = &all[cases.below(all.len())];
            let moved = document.pointer(donor).cloned().unwrap_or(Value::Null);
            if let Some(node) = document.pointer_mut(target) {
                *node = moved;
            }
            format!("{target} replaced by the node at {donor}")
        }
        1 => {
            match document.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(items)) => {
                    if let Ok(index) = last.parse::<usize>()
                        && index < items.len()
                    {
                        items.remove(index);
                    }
                }
                _ => {}
            }
            format!("{target} removed")
        }
        2 => {
            if let Some(Value::Object(map)) = document.pointer_mut(parent) {
                let key = last.replace("~1", "/").replace("~0", "~");
                if let Some(value) = map.remove(&key) {
                    map.insert(format!("{key}_renamed"), value);
                }
            }
            format!("{target} renamed")
        }
        _ => {
            let construct = constructs[cases.below(constructs.len())].clone();
            let text = construct.to_string();
            if let Some(node) = document.pointer_mut(target) {
                *node = construct;
            }
            format!("{target} replaced by {text}")
        }
    }
}

/// Each overlay of `xtask/tests/published/` with the published document it extends applied, as the
/// loader sees it before the OpenAPI 3.1 conversion: `(name, document)`.
fn published_documents(root: &std::path::Path) -> Vec<(String, Value)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(root.join("xtask/tests/published")).expect("the overlays") {
        let path = entry.expect("an overlay").path();
        let overlay: Value = yaml_serde::from_str(&std::fs::read_to_string(&path).expect("the overlay")).expect("YAML");
        let extends = overlay["extends"].as_str().expect("extends").to_owned();
        let mut document: Value =
            yaml_serde::from_str(&std::fs::read_to_string(root.join("specs").join(&extends)).expect("the document"))
                .expect("YAML");
        assert!(xtask::spec::overlay::apply(&mut document, &overlay).is_empty(), "{}", path.display());
        document.as_object_mut().unwrap().insert("x-pspkit-published".to_owned(), Value::from(extends));
        found.push((path.file_stem().unwrap().to_string_lossy().into_owned(), document));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

#[test]
fn the_loader_answers_every_mutated_published_document_with_a_spec_or_spec_errors() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let documents = published_documents(&root);
    assert!(!documents.is_empty(), "xtask/tests/published/ has overlays");
    let constructs = constructs();
    let mut cases = Cases(0x5EED_0036);
    let (mut read, mut refused, mut panicked) = (0, 0, Vec::new());
    for (name, base) in &documents {
        let mut all = Vec::new();
        pointers(base, String::new(), &mut all);
        for case in 0..24 {
            let mut document = base.clone();
            let mutations: Vec<String> =
                (0..1 + cases.below(3)).map(|_| mutate(&mut document, &mut cases, &all, &constructs)).collect();
            match std::panic::catch_unwind(move || load(document)) {
                Ok(Ok(())) => read += 1,
                Ok(Err(pointers)) => {
                    refused += 1;
                    let unnamed: Vec<&String> = pointers.iter().filter(|pointer| !pointer.starts_with('#')).collect();
                    assert!(
                        !pointers.is_empty() && unnamed.is_empty(),
                        "{name} case {case} ({mutations:?}): an error without a pointer: {pointers:?}"
                    );
                }
                Err(_) => panicked.push(format!("{name} case {case}: {mutations:?}")),
            }
        }
    }
    println!("{} mutated documents: {read} read, {refused} refused with spec errors", 24 * documents.len());
    assert!(panicked.is_empty(), "the loader panicked on {panicked:#?}");
    assert!(read > 0 && refused > 0, "the cases reach both outcomes: {read} read, {refused} refused");
}

/// The loader on one document: the 3.1 conversion, then the defaults, rules and model; a refusal
/// as the pointers of its spec errors.
fn load(mut document: Value) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    if xtask::spec::openapi31::is_31(&document) {
        problems = xtask::spec::openapi31::convert(&mut document);
    }
    if !problems.is_empty() {
        return Err(problems.iter().map(|problem| problem.pointer.to_string()).collect());
    }
    match xtask::model::parse("fuzzed".to_owned(), "specs/fuzzed.yaml".to_owned(), document) {
        Ok(_) => Ok(()),
        Err(error) => match error.downcast_ref::<xtask::spec::diagnostics::InvalidSpec>() {
            Some(invalid) => Err(invalid.problems.iter().map(|problem| problem.pointer.to_string()).collect()),
            None => Err(vec![format!("(no pointer) {error:#}")]),
        },
    }
}
