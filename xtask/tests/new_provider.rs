//! A provider is only a YAML file, end to end: in a fresh clone of the committed workspace, drop in
//! a spec for a provider pspkit does not have (`tests/new_provider/stripe.yaml`: two operations,
//! path, query, header and integer parameters, a customer mapping), run `cargo xtask codegen`, and
//! check that
//!
//! - only the spec, the new crate, the generated facade and CLI files (and `Cargo.lock`, which
//!   cargo updates for the new workspace member) differ, with no hand-written file touched;
//! - the workspace builds;
//! - `pspkit stripe get-customer <id> --mock` prints the spec's example and exits 0, the second
//!   operation takes its flags, and `--output pretty` on the operation without a mapping exits 2;
//! - the spec-driven tests already cover it: its declared normalised customer is checked, and its
//!   surface snapshot is new, for review, while every existing snapshot stays as it was;
//! - then `tests/new_provider/shapes.yaml` (every OpenAPI shape a provider's next operation
//!   brings, paged lists included) generates, compiles, and each of its operations runs through
//!   the CLI in mock mode (`--all` for the paged ones).
//!
//! It builds a second workspace (several minutes on two cores), so it is `#[ignore]`d in
//! `cargo test` and run by its own timed stage in `.ci/run`:
//! `cargo test -p xtask --test new_provider -- --ignored`. Its build goes to `target/e2e`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PROVIDER: &str = "stripe";
const EXAMPLE_ID: &str = "cus_NffrFeUfNV2Hib";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(dir: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let output = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("{program} {args:?}: {error}"));
    eprintln!("$ {program} {} -> {:?}", args.join(" "), output.status.code());
    output
}

fn succeed(dir: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let output = run(dir, program, args, env);
    assert!(
        output.status.success(),
        "{program} {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Whether a path that differs after codegen is one codegen (or cargo) may change.
fn generated_or_new(path: &str) -> bool {
    path == format!("specs/{PROVIDER}.yaml")
        || path.starts_with(&format!("crates/providers/{PROVIDER}/"))
        || path == format!("tests/surface/{PROVIDER}.txt")
        || path == "crates/pspkit/Cargo.toml"
        || path == "crates/pspkit/src/generated.rs"
        || path == "crates/pspkit/src/bin/pspkit/generated.rs"
        || path == "Cargo.lock"
}

#[test]
#[ignore = "builds a second workspace: run by .ci/run's new-provider stage"]
fn a_new_spec_is_a_new_provider_end_to_end() {
    let root = root();
    let target = root.join("target/e2e");
    let workspace = target.join("workspace");
    if workspace.exists() {
        std::fs::remove_dir_all(&workspace).expect("removing the last run's workspace");
    }
    std::fs::create_dir_all(&target).expect("target/e2e");
    let target_dir = target.to_str().expect("a UTF-8 path").to_owned();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let env = [("CARGO_TARGET_DIR", target_dir.as_str()), ("CARGO_TERM_COLOR", "never")];
    let workspace_arg = workspace.to_str().expect("a UTF-8 path");
    succeed(&root, "git", &["clone", "--quiet", "--local", "--no-hardlinks", ".", workspace_arg], &[]);

    // The spec is the only hand-made change.
    std::fs::copy(root.join("xtask/tests/new_provider/stripe.yaml"), workspace.join(format!("specs/{PROVIDER}.yaml")))
        .expect("copying the spec");
    succeed(&workspace, &cargo, &["run", "--quiet", "--offline", "-p", "xtask", "--", "codegen"], &env);

    // (b) The workspace builds, the new crate and the CLI with it.
    succeed(&workspace, &cargo, &["build", "--quiet", "--offline", "--workspace"], &env);

    // (a) Only generated files (and cargo's lock file) differ.
    let status = succeed(&workspace, "git", &["status", "--porcelain", "--untracked-files=all"], &[]);
    let changed: Vec<&str> = status.lines().map(|line| line[3..].trim()).collect();
    assert!(changed.iter().any(|path| path.starts_with(&format!("crates/providers/{PROVIDER}/src/"))), "{changed:?}");
    let unexpected: Vec<&&str> = changed.iter().filter(|path| !generated_or_new(path)).collect();
    assert!(unexpected.is_empty(), "files outside the spec and the generated ones changed: {unexpected:?}");

    // (c) The CLI serves the spec's example, with no credentials, for both operations.
    let pspkit = target.join("debug/pspkit");
    let pspkit = pspkit.to_str().expect("a UTF-8 path");
    let customer = succeed(&workspace, pspkit, &[PROVIDER, "get-customer", EXAMPLE_ID, "--mock"], &[]);
    let customer: serde_json::Value = serde_json::from_str(&customer).expect("JSON on stdout");
    assert_eq!(customer["id"], EXAMPLE_ID);
    assert_eq!(customer["name"], "Jenny Rosen");
    let flags = ["--expand", "default_source", "--stripe-version", "2025-03-31.basil", "-o", "normalized"];
    let mut args = vec![PROVIDER, "get-customer", EXAMPLE_ID, "--mock"];
    args.extend(flags);
    let normalized: serde_json::Value = serde_json::from_str(&succeed(&workspace, pspkit, &args, &[])).expect("JSON");
    assert_eq!(
        (normalized["provider"].as_str(), normalized["email"].as_str()),
        (Some(PROVIDER), Some("jennyrosen@example.com"))
    );
    let page = succeed(&workspace, pspkit, &[PROVIDER, "list-customers", "--limit", "3", "--mock"], &[]);
    assert!(page.contains(EXAMPLE_ID), "{page}");
    let pretty = run(&workspace, pspkit, &[PROVIDER, "list-customers", "--mock", "-o", "pretty"], &[]);
    assert_eq!(pretty.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&pretty.stderr).contains("declares no normalised customer"));
    let bad = run(&workspace, pspkit, &[PROVIDER, "list-customers", "--limit", "three", "--mock"], &[]);
    assert_eq!(bad.status.code(), Some(2), "an integer flag is parsed");

    // The spec-driven tests cover the new provider with no edit: the CLI in every mode, the wire,
    // hostile ids, the declared customer, tolerant decoding; every example, faults, load, secrets,
    // schemas and (where Prism is installed) the contract; its surface snapshot is written for review.
    let pspkit_tests = ["--test", "cli", "--test", "spec_suite", "--test", "normalised", "--test", "tolerance"];
    let mut args = vec!["test", "--quiet", "--offline", "-p", "pspkit"];
    args.extend(pspkit_tests);
    succeed(&workspace, &cargo, &args, &env);
    let prism = root.join(".ci/tools/node_modules/.bin/prism");
    let prism = prism.to_str().expect("a UTF-8 path");
    // `INSTA_UPDATE=always` writes the new provider's snapshot for review; it would also rewrite a
    // changed existing one, so git says afterwards that the only new file is the new snapshot and
    // that no existing snapshot changed.
    let snapshot_env = [env[0], env[1], ("INSTA_UPDATE", "always"), ("CI", ""), ("PSPKIT_PRISM", prism)];
    succeed(
        &workspace,
        &cargo,
        &["test", "--quiet", "--offline", "-p", "pspkit-tests", "--test", "integration", "--", "--skip", "quirks::"],
        &snapshot_env,
    );
    let snapshots = "tests/tests/integration/snapshots/";
    let new_snapshot = format!("{snapshots}surface__{PROVIDER}.snap");
    let after = succeed(&workspace, "git", &["status", "--porcelain", "--untracked-files=all"], &[]);
    let mut touched: Vec<&str> = after.lines().filter(|line| line[3..].trim().starts_with(snapshots)).collect();
    touched.sort_unstable();
    assert_eq!(touched, [format!("?? {new_snapshot}")], "the new snapshot is created and no existing one changes");
    let listing = std::fs::read_to_string(workspace.join(&new_snapshot)).expect("the new provider's snapshot");
    assert!(listing.contains("GetCustomer: GET") && listing.contains("ListCustomers: GET"), "{listing}");

    every_shape_compiles_and_runs(&workspace, &cargo, &env, pspkit);
}

/// Then `shapes.yaml` (every OpenAPI shape of issue "Any spec a PSP publishes", each its own
/// operation or property) joins the clone: codegen, an incremental build of its crate, the facade
/// and the CLI, and every operation through the CLI in mock mode, bodies and lists included; a body
/// that breaks the request schema, or a value out of a parameter's bounds, exits 2.
fn every_shape_compiles_and_runs(workspace: &Path, cargo: &str, env: &[(&str, &str)], pspkit: &str) {
    std::fs::copy(root().join("xtask/tests/new_provider/shapes.yaml"), workspace.join("specs/shapes.yaml"))
        .expect("copying the shapes spec");
    succeed(workspace, cargo, &["run", "--quiet", "--offline", "-p", "xtask", "--", "codegen"], env);
    succeed(workspace, cargo, &["build", "--quiet", "--offline", "--workspace"], env);
    let json = |args: &[&str]| -> serde_json::Value {
        let mut args = args.to_vec();
        args.push("--mock");
        serde_json::from_str(&succeed(workspace, pspkit, &args, &[])).expect("JSON on stdout")
    };
    let created = json(&["shapes", "create-thing", "--body", r#"{"name":"Lamp","kind":"small"}"#]);
    assert_eq!((created["id"].as_str(), created["level"].as_i64()), (Some("t_1"), Some(2)), "{created}");
    assert_eq!(created["address"]["city"], "Pune", "the inline allOf property decodes");
    let form = json(&["shapes", "create-thing-form", "--body", r#"{"name":"Desk"}"#]);
    assert_eq!(form["id"], "t_2");
    let page = json(&["shapes", "list-things", "--count", "5", "--skip", "0", "--expand", "a", "--expand", "b"]);
    assert_eq!(page["has_more"], false);
    assert_eq!(json(&["shapes", "get-thing", "t_1"])["name"], "Lamp", "path-level parameter");
    for paged in ["list-things", "list-thing-pages"] {
        let lines = succeed(workspace, pspkit, &["shapes", paged, "--all", "--mock"], &[]);
        let items: Vec<serde_json::Value> =
            lines.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect();
        assert_eq!(items.len(), 1, "{paged}: the example's one item, its page the last: {lines}");
        assert_eq!(items[0]["id"], "t_1");
    }
    assert_eq!(json(&["shapes", "delete-thing", "t_1"]), serde_json::Value::Null, "a 204 has no body");
    for args in [
        &["shapes", "create-thing", "--body", r#"{"kind":"small"}"#, "--mock"][..],
        &["shapes", "create-thing", "--body", r#"{"name":"x","kind":"huge"}"#, "--mock"],
        &["shapes", "list-things", "--count", "0", "--mock"],
        &["shapes", "get-thing", "..", "--mock"],
    ] {
        let refused = run(workspace, pspkit, args, &[]);
        assert_eq!(refused.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&refused.stderr));
        assert!(String::from_utf8_lossy(&refused.stderr).contains("nothing was sent"), "{args:?}");
    }
}
