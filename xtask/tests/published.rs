//! The providers' published documents under `specs/published/` are kept verbatim: each file's
//! SHA-256 is the one `specs/published/SOURCES.md` records with its source and revision, and
//! every file is recorded.

use std::collections::BTreeMap;
use std::path::PathBuf;

use sha2::{Digest, Sha256};

#[test]
fn every_published_document_is_recorded_and_unchanged() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs/published");
    let sources = std::fs::read_to_string(dir.join("SOURCES.md")).expect("SOURCES.md");
    let recorded: BTreeMap<String, String> = sources
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let file = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            let hash = cells.get(5)?.strip_prefix('`')?.strip_suffix('`')?;
            Some((file.to_owned(), hash.to_owned()))
        })
        .collect();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("specs/published")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name != "SOURCES.md")
        .collect();
    files.sort();
    assert_eq!(files, recorded.keys().cloned().collect::<Vec<_>>(), "every file is recorded, and only those");
    for (file, hash) in &recorded {
        let bytes = std::fs::read(dir.join(file)).expect("readable");
        let actual: String = Sha256::digest(&bytes).iter().map(|byte| format!("{byte:02x}")).collect();
        assert_eq!(&actual, hash, "{file} differs from the published document");
    }
}
