//! `cargo xtask check-payload`, run as a maintainer runs it, for every spec in `specs/`: each
//! spec's own success examples conform; a planted bad payload (required properties removed, a
//! property retyped, an undocumented one added) is listed by path and fails the command.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn check_payload(provider: &str, operation: &str, body: &Value, dir: &Path, name: &str) -> Output {
    let file = dir.join(format!("{provider}-{operation}-{name}.json"));
    std::fs::write(&file, serde_json::to_vec(body).unwrap()).unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["check-payload", provider, file.to_str().unwrap(), "--operation", operation])
        .current_dir(root())
        .output()
        .expect("the xtask runs")
}

/// Every spec: (short name, the document its crate was generated from).
fn specs() -> Vec<(String, Value)> {
    let files = xtask::model::discover(&root(), &[]).expect("specs/");
    files
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, xtask::model::load(&root(), path).expect("a spec codegen reads").effective)
        })
        .collect()
}

/// One operation's first 2XX JSON response: the operation's id, its example bodies and its schema.
struct Success {
    operation: String,
    examples: Vec<Value>,
    schema: Value,
}

/// Every operation of `document` whose first 2XX response has a JSON body with a component
/// schema: a spec may hold any number of operations, bodiless successes (a `204`) among them.
fn successes(document: &Value) -> Vec<Success> {
    let operations = document["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .filter(|operation| operation.get("responses").is_some());
    let mut found = Vec::new();
    for operation in operations {
        let responses = operation["responses"].as_object().unwrap();
        let Some((_, response)) = responses.iter().find(|(status, _)| status.starts_with('2')) else { continue };
        let Some(content) = response.pointer("/content/application~1json") else { continue };
        let Some(reference) = content.pointer("/schema/$ref").and_then(Value::as_str) else { continue };
        let examples: Vec<Value> = match content.get("examples").and_then(Value::as_object) {
            Some(examples) => examples.values().map(|example| example["value"].clone()).collect(),
            None => content.get("example").cloned().into_iter().collect(),
        };
        found.push(Success {
            operation: operation["operationId"].as_str().unwrap().to_owned(),
            examples,
            schema: document.pointer(reference.trim_start_matches('#')).unwrap().clone(),
        });
    }
    found
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn every_specs_success_examples_conform() {
    let dir = tempdir();
    for (provider, document) in specs() {
        let successes = successes(&document);
        assert!(!successes.is_empty(), "{provider}: no operation with a JSON success body");
        for success in successes {
            let operation = &success.operation;
            assert!(!success.examples.is_empty(), "{provider} {operation}: no success example");
            for (index, example) in success.examples.iter().enumerate() {
                let output = check_payload(&provider, operation, example, &dir, &format!("example-{index}"));
                let printed = stdout(&output);
                let stderr = String::from_utf8_lossy(&output.stderr);
                assert!(output.status.success(), "{provider} {operation}: {printed}{stderr}");
                assert!(printed.contains("conforms to the spec"), "{provider} {operation}: {printed}");
            }
        }
    }
}

#[test]
fn a_planted_bad_payload_is_listed_by_path_and_fails() {
    let dir = tempdir();
    let mut planted = 0;
    for (provider, document) in specs() {
        for success in successes(&document) {
            let operation = &success.operation;
            let required: Vec<&str> =
                success.schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            let Some(mut body) = success.examples.first().cloned().filter(|body| body.is_object()) else { continue };
            if required.is_empty() {
                continue;
            }
            let object = body.as_object_mut().unwrap();
            for name in &required {
                object.remove(*name);
            }
            object.insert("pspkit_planted".to_owned(), Value::Bool(true));
            let output = check_payload(&provider, operation, &body, &dir, "planted");
            let printed = stdout(&output);
            assert_eq!(output.status.code(), Some(1), "{provider} {operation}: {printed}");
            assert!(printed.contains("violation /: required: the spec says"), "{provider} {operation}: {printed}");
            assert!(
                printed.contains("note      /pspkit_planted: a property the spec does not list"),
                "{provider} {operation}: {printed}"
            );
            planted += 1;
        }
    }
    assert!(planted > 0, "no operation's success schema has required properties to remove");
}

/// A fresh directory for this test run's payload files.
fn tempdir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pspkit-check-payload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
