//! The payload corpus (`tests/payloads/`, sources in its README): every real payload copied from a
//! provider's SDK fixtures or docs decodes with the generated client's decoder, with exactly the
//! deviations its `expected.json` lists. Driven by the directory: no provider is named.

use std::collections::BTreeMap;
use std::path::PathBuf;

use pspkit::Provider;
use pspkit::runtime::lenient::ResponseDecoder;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    operation: String,
    status: u16,
    deviations: Vec<String>,
}

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/payloads")
}

#[test]
fn every_real_payload_decodes_with_its_listed_deviations() {
    let mut checked = 0;
    for entry in std::fs::read_dir(corpus()).expect("tests/payloads") {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let provider = Provider::ALL
            .iter()
            .copied()
            .find(|provider| provider.name() == name)
            .unwrap_or_else(|| panic!("tests/payloads/{name}: no such provider"));
        let expected: BTreeMap<String, Expected> =
            serde_json::from_slice(&std::fs::read(dir.join("expected.json")).expect("expected.json")).unwrap();
        let files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|file| file != "expected.json")
            .collect();
        assert_eq!(files.len(), expected.len(), "{name}: every payload has an expectation, and only those");
        for (file, expected) in &expected {
            let body = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{name}/{file}: {e}"));
            let decoder = ResponseDecoder::find(provider.response_decoders(), &expected.operation, expected.status)
                .unwrap_or_else(|| panic!("{name}/{file}: no {} {} response", expected.operation, expected.status));
            let deviations = (decoder.decode)(&body).unwrap_or_else(|e| panic!("{name}/{file} does not decode: {e}"));
            let listed: Vec<String> = deviations.iter().map(ToString::to_string).collect();
            assert_eq!(listed, expected.deviations, "{name}/{file}");
            checked += 1;
        }
    }
    assert!(checked >= 10, "the corpus holds {checked} payloads");
}
