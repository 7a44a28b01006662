//! Paisr's published documents, verbatim under `specs/published/`, each with a short overlay
//! (`xtask/tests/published/`): the overlay applies, OpenAPI 3.1 converts, the defaults fill in
//! what the document leaves out, and progenitor generates the whole API. (The end-to-end test is
//! where such a crate is built and run; here, the model and the generated code.)

use std::path::{Path, PathBuf};

fn generated(overlay: &str) -> (xtask::model::Spec, usize) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("pspkit-published-{}-{overlay}", std::process::id()));
    let specs = dir.join("specs");
    std::fs::create_dir_all(specs.join("published")).unwrap();
    for entry in std::fs::read_dir(root.join("../specs/published")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, specs.join("published").join(path.file_name().unwrap())).unwrap();
    }
    let file = specs.join(format!("{overlay}.yaml"));
    std::fs::copy(root.join("tests/published").join(format!("{overlay}.yaml")), &file).unwrap();
    let spec = xtask::model::load(&dir, Path::new(&file)).unwrap_or_else(|e| panic!("{overlay}: {e:#}"));
    let output = xtask::progenitor::generate(&spec).unwrap_or_else(|e| panic!("{overlay}: {e:#}"));
    std::fs::remove_dir_all(&dir).ok();
    (spec, output.code.len())
}

#[test]
fn paisr_2_2_1_generates_from_its_published_document_and_a_short_overlay() {
    let (spec, code) = generated("paisr221");
    assert_eq!(spec.model.operations.len(), 106);
    assert!(code > 100_000, "{code} bytes of code");
    // The 289 problems the document alone has are defaults now, each reported.
    let named = spec.assumed.iter().filter(|a| a.rule == xtask::spec::defaults::Rule::OperationIdFromSummary).count();
    assert_eq!(named, 106);
    assert!(spec.assumed.len() >= 289, "{} assumed", spec.assumed.len());
}

#[test]
fn paisr_2_7_0_openapi_3_1_generates_from_its_published_document_and_a_short_overlay() {
    let (spec, _) = generated("paisr270");
    assert_eq!(spec.model.operations.len(), 102);
    assert_eq!(spec.openapi.openapi, "3.0.3", "converted from 3.1.2");
    // 2.7.0 answers 4XX with ClientErrorResponse and 5XX with ServerErrorResponse, the same
    // object but for their docs: every operation reads both as one, with no overlay line.
    let same = spec.assumed.iter().filter(|a| a.rule == xtask::spec::defaults::Rule::SameShapeBodies).count();
    assert_eq!(same, 102, "{same} operations read their error bodies as one");
}

/// The maintainer's loop on a real release: the overlay over 2.2.1 generates the crate; the same
/// overlay over 2.7.0 regenerates it, and codegen classifies what changed for merchants, bumps
/// the version and writes the changelog entry (printed here: `-- --nocapture`).
#[test]
fn the_same_overlay_over_the_next_release_is_classified_and_versioned() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = std::env::temp_dir().join(format!("pspkit-release-loop-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("specs/published")).unwrap();
    for release in ["2.2.1", "2.7.0"] {
        let name = format!("paisr-{release}.yaml");
        std::fs::copy(root.join("specs/published").join(&name), dir.join("specs/published").join(&name)).unwrap();
    }
    let overlay = std::fs::read_to_string(root.join("xtask/tests/published/paisr221.yaml")).unwrap();
    let generate = |overlay: &str| {
        std::fs::write(dir.join("specs/paisr.yaml"), overlay).unwrap();
        for file in xtask::tasks::codegen::render(&dir, &[]).unwrap_or_else(|e| panic!("{e:#}")) {
            let path = dir.join(&file.path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, file.contents).unwrap();
        }
        let read = |file: &str| std::fs::read_to_string(dir.join("crates/providers/paisr").join(file)).unwrap();
        (read("Cargo.toml"), read("CHANGELOG.md"))
    };
    let (manifest, _) = generate(&overlay);
    assert!(manifest.contains("\nversion = \"0.1.0\"\n"), "the first release");
    let (manifest, changelog) = generate(&overlay.replace("published/paisr-2.2.1.yaml", "published/paisr-2.7.0.yaml"));
    std::fs::remove_dir_all(&dir).ok();
    assert!(manifest.contains("\nversion = \"0.2.0\"\n"), "a breaking release bumps 0.x's minor");
    let entry = &changelog[changelog.find("## [0.2.0]").expect("the new entry")..changelog.find("## [0.1.0]").unwrap()];
    println!("{entry}");
    let breaking: Vec<&str> = entry.lines().filter(|line| line.ends_with("(breaking)")).collect();
    let additive: Vec<&str> = entry.lines().filter(|line| line.ends_with("(additive)")).collect();
    // 2.2.1 has 106 operations, 2.7.0 102 under other names (its own operationIds).
    assert!(
        breaking.iter().filter(|line| line.starts_with("- operation `") && line.contains("` removed")).count() >= 4
    );
    assert!(!additive.is_empty() && entry.contains("### Changed") && entry.contains("### Added"), "{entry}");
}

#[test]
fn each_overlay_is_at_most_60_lines() {
    for overlay in ["paisr221", "paisr270"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/published/{overlay}.yaml"));
        let lines = std::fs::read_to_string(path).unwrap().lines().count();
        assert!(lines <= 60, "{overlay}: {lines} lines");
    }
}

/// The hand-written Paisr spec against Paisr's newest published document: every finding of
/// `cargo xtask drift` is accepted in the spec with its reason, and every acceptance still
/// matches a finding.
#[test]
fn the_paisr_spec_accounts_for_every_drift_from_the_published_document() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let read = |file: &str| xtask::model::read_document(&root.join(file), file).expect(file);
    let spec = read("specs/paisr.yaml");
    let findings = xtask::tasks::drift::compare(&spec, &read("specs/published/paisr-2.7.0.yaml"));
    assert!(!findings.is_empty(), "the spec is narrower than the document on purpose in places");
    let (report, clean) = xtask::tasks::drift::report(&findings, &xtask::tasks::drift::accepted(&spec));
    assert!(clean, "{report}");
}
