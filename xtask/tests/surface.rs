//! Each generated crate's public surface is pinned by an insta snapshot,
//! `tests/surface/<provider>.snap`: the listing codegen would write for the spec as it is now,
//! asserted against the accepted one. A spec change fails `cargo test` here with the listing's diff
//! (`cargo insta review` shows it; `cargo insta accept` or `cargo xtask codegen` writes it), and a
//! PR shows it as the diff of that file.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    xtask::workspace_root()
}

#[test]
fn every_crates_surface_is_its_accepted_snapshot() {
    let root = root();
    let files = xtask::tasks::codegen::render(&root, &[]).expect("renders");
    let mut checked = 0;
    for path in xtask::model::discover(&root, &[]).expect("specs/") {
        let provider = path.file_stem().unwrap().to_string_lossy().into_owned();
        let snapshot = xtask::surface::listing::snapshot_path(&provider);
        let rendered = files.iter().find(|file| file.path == snapshot).expect("codegen renders the listing");
        let listing = xtask::surface::listing::listing_of(&rendered.contents).expect("a snapshot");
        insta::with_settings!({
            snapshot_path => root.join("tests/surface"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
            description => format!("generated from specs/{provider}.yaml by cargo xtask codegen; do not edit"),
        }, {
            insta::assert_snapshot!(provider.as_str(), listing);
        });
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} specs");
}

/// Runs `git args` in `dir`, which must succeed.
fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(["-c", "user.name=pspkit", "-c", "user.email=pspkit@example.invalid"])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// The version in `dir`'s manifest of `provider`.
fn version(dir: &Path, provider: &str) -> xtask::model::release::Version {
    let manifest = std::fs::read_to_string(dir.join(format!("crates/providers/{provider}/Cargo.toml"))).unwrap();
    let line = manifest.lines().find_map(|line| line.strip_prefix("version = \"")).unwrap().to_owned();
    xtask::model::release::Version::parse(line.trim_end_matches('"')).unwrap()
}

/// The listing codegen renders for `provider` in `dir`, and the accepted one on disk.
fn listings(dir: &Path, provider: &str) -> (String, String) {
    let files = xtask::tasks::codegen::render(dir, &[provider.to_owned()]).expect("renders");
    let snapshot = xtask::surface::listing::snapshot_path(provider);
    let rendered = files.iter().find(|file| file.path == snapshot).unwrap();
    let accepted = std::fs::read_to_string(dir.join(&snapshot)).unwrap();
    let listing = |text: &str| xtask::surface::listing::listing_of(text).unwrap().to_owned();
    (listing(&rendered.contents), listing(&accepted))
}

/// A maintainer's loop in a committed scratch workspace, on the first spec in `specs/` (no
/// provider is named): a new response field makes the rendered listing differ from the accepted
/// snapshot (the surface test's diff); then, whichever comes first, `cargo insta accept` (the new
/// listing written as the snapshot) or `cargo xtask codegen`, and codegen run again: exactly one
/// version bump, and a tree whose snapshot and crate match the spec.
#[test]
fn a_surface_change_fails_until_accepted_and_bumps_the_version_once() {
    let first = xtask::model::discover(&root(), &[]).expect("specs/").remove(0);
    let loaded = xtask::model::load(&root(), &first).expect("a valid spec");
    let provider = loaded.provider.clone();
    let (_, _, schema) =
        loaded.lenient.responses.iter().find(|(_, status, _)| status.starts_with('2')).expect("a success body");
    for accept_first in [true, false] {
        let dir = std::env::temp_dir().join(format!("pspkit-surface-{}-{accept_first}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for path in [
            format!("specs/{provider}.yaml"),
            format!("crates/providers/{provider}/Cargo.toml"),
            format!("crates/providers/{provider}/CHANGELOG.md"),
            xtask::surface::listing::snapshot_path(&provider),
        ] {
            let target = dir.join(&path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(root().join(&path), &target).unwrap();
        }
        git(&dir, &["init", "--quiet"]);
        git(&dir, &["add", "."]);
        git(&dir, &["commit", "--quiet", "-m", "the released crate"]);
        let before = version(&dir, &provider);

        let spec = dir.join(format!("specs/{provider}.yaml"));
        let mut document = xtask::model::read_document(&spec, "spec").unwrap();
        let properties = document
            .pointer_mut(&format!("/components/schemas/{schema}/properties"))
            .and_then(|p| p.as_object_mut())
            .unwrap();
        properties.insert("pspkit_added".to_owned(), serde_json::json!({"type": "string", "nullable": true}));
        std::fs::write(&spec, serde_json::to_string_pretty(&document).unwrap()).unwrap();
        let (rendered, accepted) = listings(&dir, &provider);
        assert_ne!(rendered, accepted, "the surface test fails with the listing's diff");
        assert!(rendered.contains("pspkit_added: Option<String>"), "{rendered}");

        if accept_first {
            // `cargo insta accept`: the rendered listing becomes the snapshot.
            let snapshot = dir.join(xtask::surface::listing::snapshot_path(&provider));
            let header = std::fs::read_to_string(&snapshot).unwrap();
            let metadata = &header[..header.len() - xtask::surface::listing::listing_of(&header).unwrap().len()];
            std::fs::write(&snapshot, format!("{metadata}{rendered}")).unwrap();
        }
        assert!(xtask::tasks::codegen::run(&dir, &[], xtask::tasks::codegen::Mode::Write).unwrap());
        assert!(xtask::tasks::codegen::run(&dir, &[], xtask::tasks::codegen::Mode::Write).unwrap());
        let bumped = before.bump(xtask::model::release::Level::Additive);
        assert_eq!(version(&dir, &provider), bumped, "one bump (accept first: {accept_first})");
        let changelog = std::fs::read_to_string(dir.join(format!("crates/providers/{provider}/CHANGELOG.md"))).unwrap();
        assert_eq!(changelog.matches(&format!("## [{bumped}]")).count(), 1, "{changelog}");
        let (rendered, accepted) = listings(&dir, &provider);
        assert_eq!(rendered, accepted, "the surface test passes");
        assert!(xtask::tasks::codegen::run(&dir, &[], xtask::tasks::codegen::Mode::Check).unwrap(), "nothing is stale");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
