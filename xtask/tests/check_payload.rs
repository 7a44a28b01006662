//! `cargo xtask check-payload`, run as a maintainer runs it, for every spec in `specs/`: each
//! spec's own success examples conform (the command for a spec's first, its check in this process
//! for the others); a planted bad payload (required properties removed, a
//! property retyped, an undocumented one added) is listed by path and fails the command.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

fn root() -> PathBuf {
    xtask::workspace_root()
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

/// Every spec: (short name, the document its crate was generated from, the media types whose
/// composed example codegen reported its own schema rejects: `Rule::NonConformingExample`, a
/// published document's `oneOf` that no value satisfies).
fn specs() -> Vec<(String, Value, Vec<String>)> {
    let files = xtask::model::discover(&root(), &[]).expect("specs/");
    files
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let spec = xtask::model::load(&root(), path).expect("a spec codegen reads");
            let rejected = spec
                .assumed
                .iter()
                .filter(|assumption| assumption.rule == xtask::spec::defaults::Rule::NonConformingExample)
                .map(|assumption| assumption.pointer.to_string())
                .collect();
            (name, spec.effective, rejected)
        })
        .collect()
}

/// One operation's first 2XX JSON response: the operation's id, its example bodies and its schema.
struct Success {
    /// The JSON pointer of its `application/json` media type.
    media: String,
    operation: String,
    examples: Vec<Value>,
    schema: Value,
}

/// Every operation of `document` whose first 2XX response has a JSON body with a component
/// schema: a spec may hold any number of operations, bodiless successes (a `204`) among them.
fn successes(document: &Value) -> Vec<Success> {
    let escape = |key: &str| key.replace('~', "~0").replace('/', "~1");
    let operations = document["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object().unwrap().iter().map(move |(method, operation)| (path, method, operation))
        })
        .filter(|(_, _, operation)| operation.get("responses").is_some());
    let mut found = Vec::new();
    for (path, method, operation) in operations {
        let responses = operation["responses"].as_object().unwrap();
        let Some((status, response)) = responses.iter().find(|(status, _)| status.starts_with('2')) else { continue };
        let media = format!("#/paths/{}/{method}/responses/{status}/content/application~1json", escape(path));
        let Some(content) = response.pointer("/content/application~1json") else { continue };
        let Some(reference) = content.pointer("/schema/$ref").and_then(Value::as_str) else { continue };
        let examples: Vec<Value> = match content.get("examples").and_then(Value::as_object) {
            Some(examples) => examples.values().map(|example| example["value"].clone()).collect(),
            None => content.get("example").cloned().into_iter().collect(),
        };
        found.push(Success {
            media,
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
    let dir = tempdir("examples");
    for (provider, document, rejected) in specs() {
        // The command, as a maintainer runs it, for each spec's first example; the check it
        // runs, in this process, for the rest.
        let mut run_the_command = true;
        let successes = successes(&document);
        assert!(!successes.is_empty(), "{provider}: no operation with a JSON success body");
        for success in successes {
            let operation = &success.operation;
            if rejected.contains(&success.media) {
                // Codegen said so: no value satisfies this schema as a validator reads it.
                eprintln!("{provider} {operation}: its composed example is one its own schema rejects (reported)");
                continue;
            }
            assert!(!success.examples.is_empty(), "{provider} {operation}: no success example");
            for (index, example) in success.examples.iter().enumerate() {
                if !run_the_command {
                    // The spec is loaded once: a published document's takes a second to model.
                    let request = xtask::tasks::check_payload::Request {
                        provider: provider.clone(),
                        body: serde_json::to_vec(example).unwrap(),
                        status: None,
                        operation: Some(operation.clone()),
                    };
                    let report = xtask::tasks::check_payload::check_against(&document, &provider, &request).unwrap();
                    assert!(report.conforms(), "{provider} {operation}: {:?}", report.violations);
                    continue;
                }
                run_the_command = false;
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
    let dir = tempdir("planted");
    let mut planted = 0;
    for (provider, document, _) in specs() {
        let mut run_the_command = true;
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
            planted += 1;
            if !run_the_command {
                let request = xtask::tasks::check_payload::Request {
                    provider: provider.clone(),
                    body: serde_json::to_vec(&body).unwrap(),
                    status: None,
                    operation: Some(operation.clone()),
                };
                let report = xtask::tasks::check_payload::check_against(&document, &provider, &request).unwrap();
                let violations = report.violations.join("\n");
                assert!(violations.contains("/: required: the spec says"), "{provider} {operation}: {violations}");
                assert_eq!(report.undocumented, ["/pspkit_planted"], "{provider} {operation}");
                continue;
            }
            run_the_command = false;
            let output = check_payload(&provider, operation, &body, &dir, "planted");
            let printed = stdout(&output);
            assert_eq!(output.status.code(), Some(1), "{provider} {operation}: {printed}");
            assert!(printed.contains("violation /: required: the spec says"), "{provider} {operation}: {printed}");
            assert!(
                printed.contains("note      /pspkit_planted: a property the spec does not list"),
                "{provider} {operation}: {printed}"
            );
        }
    }
    assert!(planted > 0, "no operation's success schema has required properties to remove");
}

/// A directory of one test's payload files, removed with everything in it when the test ends
/// (passed or failed).
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

/// A fresh directory for the payload files of the test `test` in this run.
fn tempdir(test: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("pspkit-check-payload-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}
