//! Pins each generated crate's public surface, one snapshot per spec in `specs/`
//! (`snapshots/surface__<provider>.snap`): a spec change shows up as a snapshot diff, and a new
//! spec's first snapshot shows up for review (`cargo insta review`). The listing itself is emitted
//! by `cargo xtask codegen` from its model (`tests/surface/<provider>.txt`, kept current by
//! `codegen --check`).

use std::path::PathBuf;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every provider with a spec, sorted.
fn providers() -> Vec<String> {
    let mut providers: Vec<String> = std::fs::read_dir(workspace().join("specs"))
        .expect("specs/ is readable")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "yaml").then(|| path.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    providers.sort();
    providers
}

#[test]
fn every_specs_generated_surface_matches_its_snapshot() {
    let providers = providers();
    assert!(providers.len() >= 4, "found {providers:?}");
    for provider in providers {
        let path = workspace().join("tests/surface").join(format!("{provider}.txt"));
        let emitted = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        // The first line is the do-not-edit header.
        let listing = emitted.split_once('\n').map_or("", |(_, listing)| listing);
        // Named `surface__<provider>` whatever module this test lives in.
        insta::with_settings!({ prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("surface__{provider}"), listing);
        });
    }
}
