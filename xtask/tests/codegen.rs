//! The checked-in crates match the specs, and generation is deterministic.

use std::path::PathBuf;

fn root() -> PathBuf {
    xtask::workspace_root()
}

#[test]
fn generation_is_deterministic() {
    let first = xtask::tasks::codegen::render(&root(), &[]).expect("renders");
    let second = xtask::tasks::codegen::render(&root(), &[]).expect("renders");
    assert!(!first.is_empty());
    assert_eq!(first, second);
}

#[test]
fn checked_in_generated_crates_are_up_to_date() {
    let files = xtask::tasks::codegen::render(&root(), &[]).expect("renders");
    let drift = xtask::tasks::codegen::drift(&root(), &files);
    let diffs: String = drift.iter().map(|d| d.diff.as_str()).collect();
    assert!(drift.is_empty(), "stale generated files; run `cargo xtask codegen`:\n{diffs}");
}

#[test]
fn every_generated_file_carries_the_do_not_edit_header() {
    for file in xtask::tasks::codegen::render(&root(), &[]).expect("renders") {
        // A surface snapshot's header is insta's metadata; its description carries the line.
        let lines = if file.path.ends_with(".snap") { 4 } else { 1 };
        let head: Vec<&str> = file.contents.lines().take(lines).collect();
        assert!(
            head.iter().any(|line| line.contains("by cargo xtask codegen; do not edit")),
            "{}: {head:?}",
            file.path
        );
    }
}

#[test]
fn a_named_provider_renders_only_its_crate_and_the_facade() {
    let first = xtask::model::discover(&root(), &[]).expect("specs/").remove(0);
    let provider = first.file_stem().unwrap().to_string_lossy().into_owned();
    let files = xtask::tasks::codegen::render(&root(), std::slice::from_ref(&provider)).expect("renders");
    let own = format!("crates/providers/{provider}/");
    let listing = xtask::surface::listing::snapshot_path(&provider);
    let plain = format!("tests/benches/plain/{provider}.rs");
    // The facade's registry always comes from every spec.
    let facade = |path: &str| path.starts_with("crates/pspkit/");
    let ours = |path: &str| path.starts_with(&own) || path == listing || path == plain;
    assert!(files.iter().all(|f| ours(&f.path) || facade(&f.path)));
    assert!(files.iter().any(|f| f.path.starts_with(&own)));
    assert_eq!(files.iter().filter(|f| facade(&f.path)).count(), 3);
    let error = xtask::tasks::codegen::render(&root(), &["nosuchpsp".to_owned()]).unwrap_err();
    assert!(error.to_string().contains("specs/nosuchpsp.yaml"), "{error}");
}

/// A scratch workspace holding `provider`'s spec and its checked-in crate manifest, changelog and
/// surface listing: what codegen reads to classify a change.
fn scratch(provider: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pspkit-codegen-release-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for path in [
        format!("specs/{provider}.yaml"),
        format!("crates/providers/{provider}/Cargo.toml"),
        format!("crates/providers/{provider}/CHANGELOG.md"),
        xtask::surface::listing::snapshot_path(provider),
    ] {
        let target = dir.join(&path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(root().join(&path), &target).unwrap();
    }
    dir
}

/// Adding an optional response field is additive: the patch version, a changelog line; taking it
/// away again is breaking: the minor version. Re-running codegen changes nothing more. (On the
/// first spec in `specs/`, its success body's schema: no provider is named.)
#[test]
fn a_spec_change_is_classified_versioned_and_logged() {
    let first = xtask::model::discover(&root(), &[]).expect("specs/").remove(0);
    let loaded = xtask::model::load(&root(), &first).expect("a valid spec");
    let provider = loaded.provider.clone();
    let (_, _, schema) =
        loaded.lenient.responses.iter().find(|(_, status, _)| status.starts_with('2')).expect("a success body");
    let dir = scratch(&provider);
    let spec = dir.join(format!("specs/{provider}.yaml"));
    let original = std::fs::read_to_string(&spec).unwrap();
    // JSON is YAML: the spec with one more optional, nullable string property.
    let mut document = xtask::model::read_document(&spec, "spec").unwrap();
    let properties = document
        .pointer_mut(&format!("/components/schemas/{schema}/properties"))
        .and_then(|p| p.as_object_mut())
        .unwrap();
    properties.insert("pspkit_added".to_owned(), serde_json::json!({"type": "string", "nullable": true}));
    let added = serde_json::to_string_pretty(&document).unwrap();
    let read = |path: &str| std::fs::read_to_string(dir.join(path)).unwrap();
    let manifest = format!("crates/providers/{provider}/Cargo.toml");
    let version = || {
        let manifest = read(&manifest);
        let line = manifest.lines().find_map(|line| line.strip_prefix("version = \"")).unwrap().to_owned();
        xtask::model::release::Version::parse(line.trim_end_matches('"')).unwrap()
    };
    let changelog = format!("crates/providers/{provider}/CHANGELOG.md");
    let before = version();

    std::fs::write(&spec, added).unwrap();
    assert!(xtask::tasks::codegen::run(&dir, &[], xtask::tasks::codegen::Mode::Write).unwrap());
    let patch = before.bump(xtask::model::release::Level::Additive);
    assert_eq!((version(), patch.patch), (patch, before.patch + 1), "a patch release");
    let log = read(&changelog);
    assert!(log.contains(&format!("## [{patch}]")), "{log}");
    let line = format!("- field `{schema}.pspkit_added` added: `Option<String>` (additive)\n");
    assert!(log.contains(&line), "{log}");
    assert!(
        xtask::tasks::codegen::run(&dir, &[], xtask::tasks::codegen::Mode::Check).unwrap(),
        "a second run changes nothing"
    );

    std::fs::write(&spec, &original).unwrap();
    assert!(xtask::tasks::codegen::run(&dir, &[], xtask::tasks::codegen::Mode::Write).unwrap());
    let minor = patch.bump(xtask::model::release::Level::Breaking);
    assert_eq!((version(), minor.minor), (minor, before.minor + 1), "a minor release");
    let log = read(&changelog);
    assert!(log.contains(&format!("- field `{schema}.pspkit_added` removed (breaking)\n")), "{log}");
    let dependency = format!("pspkit-{provider} = {{ version = \"{minor}\"");
    assert!(read("crates/pspkit/Cargo.toml").contains(&dependency), "the facade requires the new version");
    std::fs::remove_dir_all(&dir).unwrap();
}
