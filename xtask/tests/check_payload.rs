//! `cargo xtask check-payload`, run as a maintainer runs it, for every spec in `specs/`: each
//! spec's own success examples conform; a planted bad payload (required properties removed, a
//! property retyped, an undocumented one added) is listed by path and fails the command.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn check_payload(provider: &str, body: &Value, dir: &Path, name: &str) -> Output {
    let file = dir.join(format!("{provider}-{name}.json"));
    std::fs::write(&file, serde_json::to_vec(body).unwrap()).unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["check-payload", provider, file.to_str().unwrap()])
        .current_dir(root())
        .output()
        .expect("the xtask runs")
}

/// Every spec: (short name, document).
fn specs() -> Vec<(String, Value)> {
    let files = xtask::spec::discover(&root(), &[]).expect("specs/");
    files
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, xtask::spec::read_document(path, "spec").expect("YAML"))
        })
        .collect()
}

/// The first operation's first 2XX response: its example bodies and its schema.
fn success(document: &Value) -> (Vec<Value>, Value) {
    let operation = document["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .find(|operation| operation.get("responses").is_some())
        .unwrap();
    let (_, response) =
        operation["responses"].as_object().unwrap().iter().find(|(status, _)| status.starts_with('2')).unwrap();
    let content = &response["content"]["application/json"];
    let examples: Vec<Value> = match content.get("examples").and_then(Value::as_object) {
        Some(examples) => examples.values().map(|example| example["value"].clone()).collect(),
        None => content.get("example").cloned().into_iter().collect(),
    };
    let reference = content["schema"]["$ref"].as_str().unwrap().trim_start_matches('#');
    (examples, document.pointer(reference).unwrap().clone())
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn every_specs_success_examples_conform() {
    let dir = tempdir();
    for (provider, document) in specs() {
        let (examples, _) = success(&document);
        assert!(!examples.is_empty(), "{provider}: no success example");
        for (index, example) in examples.iter().enumerate() {
            let output = check_payload(&provider, example, &dir, &format!("example-{index}"));
            assert!(
                output.status.success(),
                "{provider}: {}{}",
                stdout(&output),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(stdout(&output).contains("conforms to the spec"), "{provider}: {}", stdout(&output));
        }
    }
}

#[test]
fn a_planted_bad_payload_is_listed_by_path_and_fails() {
    let dir = tempdir();
    for (provider, document) in specs() {
        let (examples, schema) = success(&document);
        let mut body = examples[0].clone();
        let object = body.as_object_mut().expect("an object body");
        let required: Vec<&str> = schema["required"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        for name in &required {
            object.remove(*name);
        }
        object.insert("pspkit_planted".to_owned(), Value::Bool(true));
        let output = check_payload(&provider, &body, &dir, "planted");
        let printed = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{provider}: {printed}");
        assert!(printed.contains("violation /: required: the spec says"), "{provider}: {printed}");
        assert!(
            printed.contains("note      /pspkit_planted: a property the spec does not list"),
            "{provider}: {printed}"
        );
    }
}

/// A fresh directory for this test run's payload files.
fn tempdir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pspkit-check-payload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
