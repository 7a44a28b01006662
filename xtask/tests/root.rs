//! The xtask's executable as other programs run it.
//!
//! - It acts on the checkout it is run in. With one target directory shared by two checkouts,
//!   cargo can run the xtask binary built for one checkout in the other: a test runs this
//!   checkout's binary as `cargo xtask` would in a second checkout (cargo sets
//!   `CARGO_MANIFEST_DIR` to that checkout's `xtask/`), and the command must read that checkout's
//!   specs, not the ones it was compiled beside.
//! - Cargo runs it as rustdoc for the JSON docs builds (`public_api::run_as_rustdoc`): it must run
//!   the program it is given with the same arguments, `RUSTC_BOOTSTRAP=1` and nothing of its own,
//!   and exit as that program does.

use std::path::PathBuf;
use std::process::Command;

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
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
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

/// `printenv NAME` stands in for rustdoc: it prints the variable and fails when it is unset.
#[cfg(unix)]
#[test]
fn as_rustdoc_the_xtask_runs_the_named_program_with_rustc_bootstrap_only() {
    let as_rustdoc = |variable: &str| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .arg(variable)
            .env("PSPKIT_XTASK_RUSTDOC", "printenv")
            .env_remove("RUSTC_BOOTSTRAP")
            .output()
            .expect("the xtask runs")
    };
    let bootstrap = as_rustdoc("RUSTC_BOOTSTRAP");
    assert!(bootstrap.status.success(), "{bootstrap:?}");
    assert_eq!(String::from_utf8_lossy(&bootstrap.stdout), "1\n");
    // The variable that made it a wrapper stays behind, and the program's failure is its own.
    let own = as_rustdoc("PSPKIT_XTASK_RUSTDOC");
    assert_eq!(own.status.code(), Some(1), "{own:?}");
    assert!(own.stdout.is_empty(), "{own:?}");
    // Without the variable, the same arguments are a task the xtask does not know.
    let task = Command::new(env!("CARGO_BIN_EXE_xtask")).arg("RUSTC_BOOTSTRAP").output().expect("the xtask runs");
    assert_eq!(task.status.code(), Some(2), "{task:?}");
}
