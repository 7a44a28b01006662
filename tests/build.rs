//! Declares every provider quirk module of the integration-test binary: one file per provider
//! under `tests/integration/quirks/`, named after it. Found here, so adding a provider's quirk
//! tests needs no hand-written list that names it.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/quirks");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect())
        .unwrap_or_default();
    files.retain(|path| path.extension().is_some_and(|ext| ext == "rs"));
    files.sort();
    let mut modules = String::new();
    for path in files {
        let Some(name) = path.file_stem().and_then(|stem| stem.to_str()) else { continue };
        let _ = writeln!(modules, "#[path = {:?}]\nmod {name};", path.display().to_string());
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("quirks.rs"), modules).expect("OUT_DIR is writable");
}
