//! Pins each generated crate's public surface; a spec change shows up as a snapshot diff.

use std::path::PathBuf;

fn crates_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../crates")
}

#[test]
fn razorpay_surface() {
    let listing = pspkit_tests::surface::listing(&crates_dir().join("razorpay")).unwrap();
    insta::assert_snapshot!("razorpay", listing);
}
