//! The specs in `specs/`, read as the spec-driven tests read them: the document each crate was
//! generated from (`crates/providers/<provider>/openapi.yaml`: the spec as written, or for an
//! overlay on a published document, that document with the overlay applied and the defaults
//! filled in), YAML into a JSON tree.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

/// The document `pspkit-<provider>` was generated from, as a JSON tree, parsed once per process
/// (a published provider's document is thousands of lines, and every case reads it); panics
/// naming the file when it cannot be read.
pub fn document(provider: &str) -> &'static serde_json::Value {
    static DOCUMENTS: Mutex<BTreeMap<String, &'static serde_json::Value>> = Mutex::new(BTreeMap::new());
    let mut documents = DOCUMENTS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    documents.entry(provider.to_owned()).or_insert_with(|| {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../crates/providers/{provider}/openapi.yaml"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let document = yaml_serde::from_str(&text).unwrap_or_else(|e| panic!("{}: not YAML: {e}", path.display()));
        Box::leak(Box::new(document))
    })
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
