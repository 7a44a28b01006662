//! A merchant who depends on a provider crate compiles no code generator: codegen runs in the
//! xtask, and the generated code is checked in.

use std::process::Command;

const PROVIDER_CRATES: [&str; 4] = ["pspkit-axisfi", "pspkit-juspay", "pspkit-paisr", "pspkit-razorpay"];
const CODEGEN_CRATES: [&str; 7] =
    ["progenitor ", "progenitor-impl", "progenitor-macro", "typify", "openapiv3", "prettyplease", "xtask"];

fn cargo_tree(args: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["tree", "--offline", "-e", "normal", "--prefix", "none"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(output.status.success(), "cargo tree {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("utf-8")
}

/// The lines of a `cargo tree` listing that name a code generator crate.
fn codegen_crates(tree: &str) -> Vec<&str> {
    tree.lines()
        .filter(|line| {
            let name = line.split(" v").next().unwrap_or(line);
            CODEGEN_CRATES.iter().any(|codegen| format!("{name} ").starts_with(codegen))
        })
        .collect()
}

#[test]
fn the_scan_finds_the_generator_in_the_xtask() {
    let tree = cargo_tree(&["-p", "xtask"]);
    let found = codegen_crates(&tree);
    assert!(found.iter().any(|line| line.starts_with("progenitor-impl v")), "{found:?}");
    assert!(found.iter().any(|line| line.starts_with("openapiv3 v")), "{found:?}");
}

#[test]
fn provider_crates_pull_no_code_generator() {
    for provider in PROVIDER_CRATES {
        let tree = cargo_tree(&["-p", provider]);
        let found = codegen_crates(&tree);
        assert!(found.is_empty(), "{provider} depends on code generator crates: {found:?}");
        let syn3 = tree.lines().find_map(|line| line.strip_prefix("syn v3.")).map(|rest| {
            let version = rest.split(' ').next().unwrap_or(rest);
            format!("syn@3.{version}")
        });
        if let Some(syn3) = syn3 {
            let dependents = cargo_tree(&["-p", provider, "-i", &syn3, "--depth", "1"]);
            // serde_derive and thiserror-impl moved to syn 3: derive macros may bring it, nothing else.
            for line in dependents.lines().skip(1) {
                assert!(line.ends_with("(proc-macro)"), "{provider}: syn 3 is pulled by `{line}`, not a derive macro");
            }
        }
    }
}
