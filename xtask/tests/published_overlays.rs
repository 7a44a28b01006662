//! A provider's published document, verbatim under `specs/published/`, with a short overlay
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
}

#[test]
fn each_overlay_is_at_most_60_lines() {
    for overlay in ["paisr221", "paisr270"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/published/{overlay}.yaml"));
        let lines = std::fs::read_to_string(path).unwrap().lines().count();
        assert!(lines <= 60, "{overlay}: {lines} lines");
    }
}
