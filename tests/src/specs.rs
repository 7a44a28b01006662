//! The specs in `specs/`, read as the spec-driven tests read them: YAML into a JSON tree.

use std::path::PathBuf;

/// `specs/<provider>.yaml` as a JSON tree; panics naming the file when it cannot be read.
pub fn document(provider: &str) -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../specs/{provider}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    yaml_serde::from_str(&text).unwrap_or_else(|e| panic!("{}: not YAML: {e}", path.display()))
}

/// The variable the end-to-end test sets (its throwaway specs hold writes, paged lists and every
/// other shape): a spec-driven test that finds nothing of its kind to check then fails.
pub const REQUIRE_EVERY_SHAPE: &str = "PSPKIT_REQUIRE_EVERY_SHAPE";

/// Ends a spec-driven test that checked `count` operations having `what`: with none, it says so,
/// and fails where [`REQUIRE_EVERY_SHAPE`] is set, so that no run that should exercise it passes
/// empty.
pub fn checked(what: &str, count: usize) {
    if count == 0 {
        assert!(std::env::var_os(REQUIRE_EVERY_SHAPE).is_none(), "no spec has {what}: nothing was checked");
        eprintln!("no spec in specs/ has {what}: nothing to check here (the end-to-end test's specs have)");
    }
}
