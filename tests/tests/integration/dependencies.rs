//! A merchant who depends on a provider crate compiles no code generator: codegen runs in the
//! xtask, and the generated code is checked in. The provider crates are those of `specs/`.

use std::process::Command;

/// `pspkit-<provider>` for every spec in `specs/`.
fn provider_crates() -> Vec<String> {
    let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut crates: Vec<String> = std::fs::read_dir(specs)
        .expect("specs/")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_stem()?.to_str()?.to_owned();
            (path.extension()? == "yaml").then(|| format!("pspkit-{name}"))
        })
        .collect();
    crates.sort();
    assert!(!crates.is_empty(), "no spec found");
    crates
}
const CODEGEN_CRATES: [&str; 7] =
    ["progenitor ", "progenitor-impl", "progenitor-macro", "typify", "openapiv3", "prettyplease", "xtask"];

/// `cargo tree` of the locked workspace. Not `--offline`: a feature set that no build of `cargo
/// test` compiles (`native-tls`) has crates a fresh machine has never downloaded, so cargo fetches
/// what the listing needs itself (crates.io only, at the locked versions), and the listing never
/// depends on what an earlier command happened to download.
fn cargo_tree(args: &[&str]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["tree", "--locked", "-e", "normal", "--prefix", "none"])
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
    for provider in provider_crates() {
        let provider = provider.as_str();
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

/// Every crate a merchant can depend on: the runtime, each provider crate, the facade.
fn published_crates() -> Vec<String> {
    let mut crates = vec!["pspkit-runtime".to_owned(), "pspkit".to_owned()];
    crates.extend(provider_crates());
    crates
}

/// One provider crate, standing for all (they share the runtime and its features).
fn a_provider_crate() -> String {
    provider_crates().remove(0)
}
/// Crates that mean OpenSSL (or the platform TLS library) is in the build.
const OPENSSL_CRATES: [&str; 5] = ["openssl", "openssl-sys", "native-tls", "hyper-tls", "tokio-native-tls"];

/// The lines of a `cargo tree` listing that name an OpenSSL crate.
fn openssl_crates(tree: &str) -> Vec<&str> {
    tree.lines().filter(|line| OPENSSL_CRATES.contains(&line.split(" v").next().unwrap_or(line))).collect()
}

#[test]
fn the_default_build_of_every_published_crate_pulls_no_openssl() {
    for krate in published_crates() {
        let krate = krate.as_str();
        let tree = cargo_tree(&["-p", krate]);
        assert!(tree.lines().any(|line| line.starts_with("rustls v")), "{krate}: rustls is the default TLS");
        let found = openssl_crates(&tree);
        assert!(found.is_empty(), "{krate}'s default build pulls OpenSSL: {found:?}");
    }
}

#[test]
fn native_tls_is_one_feature_away_and_drops_rustls() {
    for krate in [a_provider_crate().as_str(), "pspkit"] {
        let tree = cargo_tree(&["-p", krate, "--no-default-features", "--features", "native-tls"]);
        let found = openssl_crates(&tree);
        assert!(found.iter().any(|line| line.starts_with("native-tls v")), "{krate}: {found:?}");
        assert!(!tree.lines().any(|line| line.starts_with("rustls v")), "{krate}: rustls is not built with native-tls");
    }
}

#[test]
fn rustls_without_a_provider_compiles_no_aws_lc() {
    let provider = a_provider_crate();
    let tree = cargo_tree(&["-p", &provider, "--no-default-features", "--features", "rustls-no-provider"]);
    assert!(tree.lines().any(|line| line.starts_with("rustls v")));
    assert!(!tree.lines().any(|line| line.starts_with("aws-lc-")), "no crypto provider is compiled in");
    assert!(openssl_crates(&tree).is_empty());
    let default = cargo_tree(&["-p", &provider]);
    assert!(default.lines().any(|line| line.starts_with("aws-lc-rs v")), "the default compiles aws-lc-rs");
}
