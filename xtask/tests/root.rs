//! The xtask acts on the checkout it is run in. With one target directory shared by two
//! checkouts, cargo can run the xtask binary built for one checkout in the other: this test runs
//! this checkout's binary as `cargo xtask` would in a second checkout (cargo sets
//! `CARGO_MANIFEST_DIR` to that checkout's `xtask/`), and the command must read that checkout's
//! specs, not the ones it was compiled beside.

use std::path::PathBuf;

#[test]
fn the_xtask_reads_the_specs_of_the_checkout_it_runs_in() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let other = std::env::temp_dir().join(format!("pspkit-other-checkout-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&other);
    std::fs::create_dir_all(other.join("specs")).unwrap();
    std::fs::create_dir_all(other.join("xtask")).unwrap();
    // A provider only the other checkout has.
    std::fs::copy(root.join("xtask/tests/specs/valid_minimal.yaml"), other.join("specs/othercheckout.yaml")).unwrap();
    std::fs::write(other.join("body.json"), r#"{"id": "thing_1"}"#).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["check-payload", "othercheckout", "body.json", "--operation", "getThing"])
        .env("CARGO_MANIFEST_DIR", other.join("xtask"))
        .current_dir(&other)
        .output()
        .expect("the xtask runs");
    let printed = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("conforms to the spec"), "{printed}");
    std::fs::remove_dir_all(&other).unwrap();
}
