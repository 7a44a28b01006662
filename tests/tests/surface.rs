//! Pins each generated crate's public surface; a spec change shows up as a snapshot diff.

use std::path::PathBuf;

fn surface(provider: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../crates").join(provider);
    pspkit_tests::surface::listing(&dir).unwrap_or_else(|error| panic!("{provider}: {error}"))
}

#[test]
fn razorpay_surface() {
    insta::assert_snapshot!("razorpay", surface("razorpay"));
}

#[test]
fn paisr_surface() {
    insta::assert_snapshot!("paisr", surface("paisr"));
}

#[test]
fn juspay_surface() {
    insta::assert_snapshot!("juspay", surface("juspay"));
}

#[test]
fn axisfi_surface() {
    insta::assert_snapshot!("axisfi", surface("axisfi"));
}
