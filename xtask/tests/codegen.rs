//! The checked-in crates match the specs, and generation is deterministic.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn generation_is_deterministic() {
    let first = xtask::codegen::render(&root(), &[]).expect("renders");
    let second = xtask::codegen::render(&root(), &[]).expect("renders");
    assert!(!first.is_empty());
    assert_eq!(first, second);
}

#[test]
fn checked_in_generated_crates_are_up_to_date() {
    let files = xtask::codegen::render(&root(), &[]).expect("renders");
    let drift = xtask::codegen::drift(&root(), &files);
    let diffs: String = drift.iter().map(|d| d.diff.as_str()).collect();
    assert!(drift.is_empty(), "stale generated files; run `cargo xtask codegen`:\n{diffs}");
}

#[test]
fn every_generated_file_carries_the_do_not_edit_header() {
    for file in xtask::codegen::render(&root(), &[]).expect("renders") {
        let first_line = file.contents.lines().next().unwrap_or_default();
        assert!(first_line.contains("by cargo xtask codegen; do not edit"), "{}: {first_line}", file.path);
    }
}

#[test]
fn a_named_provider_renders_only_its_crate_and_the_facade() {
    let first = xtask::spec::discover(&root(), &[]).expect("specs/").remove(0);
    let provider = first.file_stem().unwrap().to_string_lossy().into_owned();
    let files = xtask::codegen::render(&root(), std::slice::from_ref(&provider)).expect("renders");
    let own = format!("crates/providers/{provider}/");
    let listing = format!("tests/surface/{provider}.txt");
    // The facade's registry always comes from every spec.
    let facade = |path: &str| path.starts_with("crates/pspkit/");
    assert!(files.iter().all(|f| f.path.starts_with(&own) || f.path == listing || facade(&f.path)));
    assert!(files.iter().any(|f| f.path.starts_with(&own)));
    assert_eq!(files.iter().filter(|f| facade(&f.path)).count(), 3);
    let error = xtask::codegen::render(&root(), &["nosuchpsp".to_owned()]).unwrap_err();
    assert!(error.to_string().contains("specs/nosuchpsp.yaml"), "{error}");
}
