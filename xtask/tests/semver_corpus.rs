//! The xtask's classification and cargo-semver-checks agree, rule by rule and in both directions:
//! each case edits one thing in `semver_corpus/base.yaml`; both specs become crates in scratch
//! workspaces (`target/semver-corpus/`), codegen's classifier compares their surface listings and
//! cargo-semver-checks their rustdoc JSON, with a patch release (nothing may break).
//!
//! What must hold: what the xtask calls additive passes cargo-semver-checks, and what
//! cargo-semver-checks flags the xtask calls breaking. Some breaking changes live in behaviour, not
//! in Rust's types (a new required parameter, a tightened pattern): cargo-semver-checks cannot see
//! them and passes them; each such case says so (`seen: false`), so the corpus pins that too.
//!
//! Needs cargo-semver-checks on PATH and builds 15 crates' docs, so it is `#[ignore]`d in
//! `cargo test`; `.ci/run`'s semver stage runs it: `cargo test --workspace --test semver_corpus -- --ignored`.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use xtask::model::release::Level;
use xtask::surface::value::Surface;
use xtask::surface::versioning::classify;

/// What a change is expected to be: its level for the xtask, and whether cargo-semver-checks
/// flags it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    Additive,
    Breaking { seen: bool },
}

struct Case {
    name: &'static str,
    edit: fn(&mut Value),
    /// Base → edited.
    forward: Expect,
    /// Edited → base.
    backward: Expect,
}

const GET: &str = "/paths/~1things~1{id}/get";

fn at<'a>(spec: &'a mut Value, pointer: &str) -> &'a mut Value {
    spec.pointer_mut(pointer).unwrap_or_else(|| panic!("the base spec has {pointer}"))
}

fn push(spec: &mut Value, pointer: &str, value: Value) {
    at(spec, pointer).as_array_mut().expect("an array").push(value);
}

fn insert(spec: &mut Value, pointer: &str, key: &str, value: Value) {
    at(spec, pointer).as_object_mut().expect("an object").insert(key.to_owned(), value);
}

fn cases() -> Vec<Case> {
    use Expect::{Additive, Breaking};
    vec![
        Case {
            name: "optional response field",
            edit: |spec| insert(spec, "/components/schemas/Thing/properties", "note", json!({"type": "string"})),
            forward: Additive,
            backward: Breaking { seen: true },
        },
        Case {
            name: "response field retyped",
            edit: |spec| *at(spec, "/components/schemas/Thing/properties/name") = json!({"type": "integer"}),
            // cargo-semver-checks 0.51 has no lint for a field whose type changed.
            forward: Breaking { seen: false },
            backward: Breaking { seen: false },
        },
        Case {
            name: "operation",
            edit: |spec| {
                let id = at(spec, &format!("{GET}/parameters/0")).clone();
                let bad = at(spec, &format!("{GET}/responses/400")).clone();
                let delete = json!({
                    "operationId": "deleteThing",
                    "parameters": [id],
                    "responses": {"204": {"description": "deleted"}, "400": bad},
                });
                insert(spec, "/paths/~1things~1{id}", "delete", delete);
            },
            forward: Additive,
            backward: Breaking { seen: true },
        },
        Case {
            name: "operation renamed",
            edit: |spec| *at(spec, &format!("{GET}/operationId")) = json!("fetchThing"),
            forward: Breaking { seen: true },
            backward: Breaking { seen: true },
        },
        Case {
            name: "optional query parameter",
            edit: |spec| {
                push(
                    spec,
                    &format!("{GET}/parameters"),
                    json!({"name": "limit", "in": "query", "schema": {"type": "integer"}}),
                );
            },
            forward: Additive,
            backward: Breaking { seen: true },
        },
        Case {
            name: "required query parameter",
            edit: |spec| {
                let region = json!({"name": "region", "in": "query", "required": true, "example": "eu", "schema": {"type": "string"}});
                push(spec, &format!("{GET}/parameters"), region);
            },
            forward: Breaking { seen: false },
            backward: Breaking { seen: true },
        },
        Case {
            name: "response enum value",
            edit: |spec| push(spec, "/components/schemas/Thing/properties/kind/enum", json!("medium")),
            forward: Additive,
            backward: Breaking { seen: true },
        },
        Case {
            name: "environment",
            edit: |spec| {
                push(
                    spec,
                    "/servers",
                    json!({"url": "https://sandbox.example.com", "x-pspkit-environment": "sandbox"}),
                );
            },
            forward: Additive,
            backward: Breaking { seen: true },
        },
        Case {
            name: "request body field",
            edit: |spec| insert(spec, "/components/schemas/ThingInput/properties", "note", json!({"type": "string"})),
            // Merchants build request bodies (they are not `#[non_exhaustive]`): a new field breaks
            // a struct literal.
            forward: Breaking { seen: true },
            backward: Breaking { seen: true },
        },
        Case {
            name: "request enum value",
            edit: |spec| push(spec, "/components/schemas/ThingInput/properties/size/enum", json!("l")),
            forward: Additive,
            backward: Breaking { seen: true },
        },
        Case {
            name: "credential renamed",
            edit: |spec| {
                *at(spec, "/components/securitySchemes/basicAuth/x-pspkit-password") = json!("api_secret");
            },
            // Its environment variable changes; `Credentials::new` keeps its arity.
            forward: Breaking { seen: false },
            backward: Breaking { seen: false },
        },
        Case {
            name: "path pattern tightened",
            edit: |spec| *at(spec, &format!("{GET}/parameters/0/schema/pattern")) = json!("^thing_[0-9]{1,4}$"),
            forward: Breaking { seen: false },
            backward: Breaking { seen: false },
        },
        Case {
            name: "success status",
            edit: |spec| {
                let ok = at(spec, &format!("{GET}/responses/200")).clone();
                insert(spec, &format!("{GET}/responses"), "203", ok);
            },
            forward: Additive,
            backward: Breaking { seen: true },
        },
        Case {
            name: "error status",
            edit: |spec| {
                let bad = at(spec, &format!("{GET}/responses/400")).clone();
                insert(spec, &format!("{GET}/responses"), "404", bad);
            },
            forward: Additive,
            backward: Breaking { seen: true },
        },
    ]
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace").to_path_buf()
}

/// A crate generated from `spec` in a scratch workspace of its own (one provider name for all, so
/// that only the edit differs): its surface listing and rustdoc JSON.
fn build(root: &Path, name: &str, spec: &Value) -> (Surface, PathBuf) {
    let dir = root.join("target/semver-corpus").join(name.replace(' ', "-"));
    xtask::tasks::semver::scratch_workspace(root, &dir, &[("corpus".to_owned(), spec.clone())])
        .expect("a scratch workspace");
    let xtask = Path::new(env!("CARGO_BIN_EXE_xtask"));
    let target = xtask::tasks::public_api::DocsTarget::beside(&root.join("target"), xtask).expect("a docs target");
    let files = xtask::tasks::public_api::build(
        &dir,
        &["pspkit-corpus".to_owned()],
        &target,
        xtask::tasks::public_api::Lock::NewMembers,
    )
    .expect("rustdoc JSON");
    let kept = dir.join("pspkit_corpus.json");
    std::fs::copy(&files[0], &kept).expect("keeping the JSON");
    let snapshot = std::fs::read_to_string(dir.join("tests/surface/corpus.snap")).expect("the listing");
    let listing = xtask::surface::listing::listing_of(&snapshot).expect("a snapshot");
    (Surface::parse(listing).expect("the listing reads"), kept)
}

fn expected_of(level: Level, passed: bool) -> Expect {
    match level {
        Level::Additive => Expect::Additive,
        Level::Breaking => Expect::Breaking { seen: !passed },
    }
}

#[test]
#[ignore = "needs cargo-semver-checks and builds 15 crates' docs: run by .ci/run's semver stage"]
fn the_xtask_and_cargo_semver_checks_agree_on_every_rule() {
    let root = root();
    let path = root.join("xtask/tests/semver_corpus/base.yaml");
    let base = xtask::model::read_document(&path, "semver_corpus/base.yaml").expect("the base spec");
    let (base_listing, base_json) = build(&root, "base", &base);
    let mut report = Vec::new();
    let mut disagreements = Vec::new();
    for case in cases() {
        let mut edited = base.clone();
        (case.edit)(&mut edited);
        let (listing, json) = build(&root, case.name, &edited);
        let directions = [
            ("applied", &base_listing, &listing, &base_json, &json, case.forward),
            ("reverted", &listing, &base_listing, &json, &base_json, case.backward),
        ];
        for (direction, old, new, old_json, new_json, expected) in directions {
            let changes = classify(old, new);
            let level = changes.iter().map(|change| change.level).max().unwrap_or(Level::Additive);
            let verdict = xtask::tasks::semver::check(old_json, new_json, "patch").expect("cargo semver-checks runs");
            let found = expected_of(level, verdict.passed);
            let flagged = if verdict.passed { "passes" } else { "flags it" };
            report.push(format!("{} {direction}: xtask {level}, cargo-semver-checks {flagged}", case.name));
            // The two judges' contract, whatever the corpus expects.
            if level == Level::Additive && !verdict.passed {
                disagreements.push(format!("{} {direction}: additive, yet flagged:\n{}", case.name, verdict.report));
            }
            if found != expected {
                let changes: Vec<String> = changes.iter().map(ToString::to_string).collect();
                disagreements.push(format!(
                    "{} {direction}: expected {expected:?}, found {found:?}; xtask: {changes:?}\n{}",
                    case.name, verdict.report
                ));
            }
            assert!(!changes.is_empty(), "{} {direction}: the xtask saw no change", case.name);
        }
    }
    println!("{}", report.join("\n"));
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n\n"));
}
