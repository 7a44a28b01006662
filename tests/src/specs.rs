//! The specs in `specs/`, read as the spec-driven tests read them: YAML into a JSON tree.

use std::path::PathBuf;

/// `specs/<provider>.yaml` as a JSON tree; panics naming the file when it cannot be read.
pub fn document(provider: &str) -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../specs/{provider}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    yaml_serde::from_str(&text).unwrap_or_else(|e| panic!("{}: not YAML: {e}", path.display()))
}
