//! Declares the per-provider modules of two targets, one file per provider named after it, found
//! here so that no hand-written list names a provider:
//!
//! - `tests/integration/quirks/<provider>.rs`: that provider's quirk tests (`quirks.rs`);
//! - `benches/overhead/<provider>.rs`: that provider's hand-written baseline for the overhead
//!   benchmark (`overhead_providers.rs`, which also lists each module's name and `calls` in
//!   `PROVIDERS`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let quirks = modules("tests/integration/quirks");
    write(&out.join("quirks.rs"), &declarations(&quirks));
    let baselines = modules("benches/overhead");
    let mut overhead = declarations(&baselines);
    let benches: Vec<String> = baselines.iter().map(|(name, _)| format!("({name:?}, {name}::calls)")).collect();
    let _ = writeln!(overhead, "const PROVIDERS: &[Provider] = &[{}];", benches.join(", "));
    write(&out.join("overhead_providers.rs"), &overhead);
}

/// `(module name, path)` of every `.rs` file in `dir` (relative to this crate), sorted.
fn modules(dir: &str) -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect())
        .unwrap_or_default();
    files.retain(|path| path.extension().is_some_and(|ext| ext == "rs"));
    files.sort();
    files.into_iter().filter_map(|path| Some((path.file_stem()?.to_str()?.to_owned(), path))).collect()
}

fn declarations(modules: &[(String, PathBuf)]) -> String {
    let mut text = String::new();
    for (name, path) in modules {
        let _ = writeln!(text, "#[path = {:?}]\nmod {name};", path.display().to_string());
    }
    text
}

fn write(path: &Path, contents: &str) {
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
