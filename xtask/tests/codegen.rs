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

/// A scratch workspace holding one provider's spec and its checked-in crate manifest, changelog
/// and surface listing: what codegen reads to classify a change.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pspkit-codegen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for path in [
        "specs/razorpay.yaml",
        "crates/providers/razorpay/Cargo.toml",
        "crates/providers/razorpay/CHANGELOG.md",
        "tests/surface/razorpay.txt",
    ] {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(root().join(path), &target).unwrap();
    }
    dir
}

/// Adding an optional response field is additive: the patch version, a changelog line; taking it
/// away again is breaking: the minor version. Re-running codegen changes nothing more.
#[test]
fn a_spec_change_is_classified_versioned_and_logged() {
    let dir = scratch("release");
    let spec = dir.join("specs/razorpay.yaml");
    let original = std::fs::read_to_string(&spec).unwrap();
    let property = "        entity:\n";
    assert!(original.contains(property));
    let added = original.replacen(property, "        nickname:\n          type: string\n          nullable: true\n          description: A nickname.\n        entity:\n", 1);
    let read = |path: &str| std::fs::read_to_string(dir.join(path)).unwrap();
    let version = || {
        let manifest = read("crates/providers/razorpay/Cargo.toml");
        let line = manifest.lines().find_map(|line| line.strip_prefix("version = \"")).unwrap().to_owned();
        xtask::release::Version::parse(line.trim_end_matches('"')).unwrap()
    };
    let before = version();

    std::fs::write(&spec, added).unwrap();
    assert!(xtask::codegen::run(&dir, &[], xtask::codegen::Mode::Write).unwrap());
    let patch = before.bump(xtask::release::Level::Additive);
    assert_eq!((version(), patch.patch), (patch, before.patch + 1), "a patch release");
    let changelog = read("crates/providers/razorpay/CHANGELOG.md");
    assert!(changelog.contains(&format!("## [{patch}]")), "{changelog}");
    assert!(changelog.contains("- field `Customer.nickname` added: `Option<String>` (additive)\n"), "{changelog}");
    assert!(xtask::codegen::run(&dir, &[], xtask::codegen::Mode::Check).unwrap(), "a second run changes nothing");

    std::fs::write(&spec, &original).unwrap();
    assert!(xtask::codegen::run(&dir, &[], xtask::codegen::Mode::Write).unwrap());
    let minor = patch.bump(xtask::release::Level::Breaking);
    assert_eq!((version(), minor.minor), (minor, before.minor + 1), "a minor release");
    let changelog = read("crates/providers/razorpay/CHANGELOG.md");
    assert!(changelog.contains("- field `Customer.nickname` removed (breaking)\n"), "{changelog}");
    let dependency = format!("pspkit-razorpay = {{ version = \"{minor}\"");
    assert!(read("crates/pspkit/Cargo.toml").contains(&dependency), "the facade requires the new version");
    std::fs::remove_dir_all(&dir).unwrap();
}
