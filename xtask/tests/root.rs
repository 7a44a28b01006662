//! The xtask's executable as other programs run it.
//!
//! - It acts on the checkout it is run in. With one target directory shared by two checkouts,
//!   cargo can run the xtask binary built for one checkout in the other: a test runs this
//!   checkout's binary as `cargo xtask` would in a second checkout (cargo sets
//!   `CARGO_MANIFEST_DIR` to that checkout's `xtask/`), and the command must read that checkout's
//!   specs, not the ones it was compiled beside.
//! - Cargo runs it as rustdoc for the JSON docs builds (`public_api::run_as_rustdoc`): it must run
//!   the program it is given with the same arguments (less its own flag), `RUSTC_BOOTSTRAP=1` and
//!   nothing else of its own, exit as that program does, and pass over the crates its flag leaves
//!   out.

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

/// The xtask's executable as cargo runs it for a JSON docs build, standing in for `program`.
fn as_rustdoc(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("PSPKIT_XTASK_RUSTDOC", program)
        .env_remove("RUSTC_BOOTSTRAP")
        .output()
        .expect("the xtask runs")
}

/// `printenv NAME` stands in for rustdoc: it prints the variable and fails when it is unset.
#[cfg(unix)]
#[test]
fn as_rustdoc_the_xtask_runs_the_named_program_with_rustc_bootstrap_only() {
    let bootstrap = as_rustdoc("printenv", &["RUSTC_BOOTSTRAP"]);
    assert!(bootstrap.status.success(), "{bootstrap:?}");
    assert_eq!(String::from_utf8_lossy(&bootstrap.stdout), "1\n");
    // The variable that made it a wrapper stays behind, and the program's failure is its own.
    let own = as_rustdoc("printenv", &["PSPKIT_XTASK_RUSTDOC"]);
    assert_eq!(own.status.code(), Some(1), "{own:?}");
    assert!(own.stdout.is_empty(), "{own:?}");
    // Without the variable, the same arguments are a task the xtask does not know.
    let task = Command::new(env!("CARGO_BIN_EXE_xtask")).arg("RUSTC_BOOTSTRAP").output().expect("the xtask runs");
    assert_eq!(task.status.code(), Some(2), "{task:?}");
}

/// `echo` stands in for rustdoc: what it prints is what rustdoc would have been given.
#[cfg(unix)]
#[test]
fn as_rustdoc_the_xtask_documents_only_the_crates_its_flag_names() {
    let named = as_rustdoc("echo", &["--crate-name", "wanted", "--xtask-document-only=other,wanted", "a.rs"]);
    assert!(named.status.success(), "{named:?}");
    assert_eq!(String::from_utf8_lossy(&named.stdout), "--crate-name wanted a.rs\n");
    let passed_over = as_rustdoc("echo", &["--crate-name", "unwanted", "--xtask-document-only=other,wanted", "a.rs"]);
    assert!(passed_over.status.success(), "{passed_over:?}");
    assert!(passed_over.stdout.is_empty(), "rustdoc ran for a crate the flag leaves out: {passed_over:?}");
    // Without the flag, and for a command line that documents no crate, rustdoc always runs.
    let unfiltered = as_rustdoc("echo", &["--crate-name", "any", "a.rs"]);
    assert_eq!(String::from_utf8_lossy(&unfiltered.stdout), "--crate-name any a.rs\n");
    let query = as_rustdoc("echo", &["-vV", "--xtask-document-only=wanted"]);
    assert_eq!(String::from_utf8_lossy(&query.stdout), "-vV\n");
}
