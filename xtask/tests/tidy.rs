//! Docs that cannot lie (after rust-analyzer's `tidy.rs`): every Markdown file and every doc
//! comment of the workspace is read, and the test fails when one
//!
//! - names an `x-pspkit-*` extension the xtask does not know (`xtask::spec::extensions::ALL`), or
//!   `specs/README.md`'s extension table and that list disagree;
//! - names a crate path (`` `some_crate::Item` ``) whose crate is not in `Cargo.lock`;
//! - names a variant of one of the runtime's public enums (`` `Error::Gone` ``) that does not
//!   exist;
//! - names a repository path (`` `crates/runtime/src/retry.rs` ``) that does not exist;
//! - (the README's "Maintainer commands" table) lists other `cargo xtask` commands than the
//!   xtask's usage text.
//!
//! Each check is a function over text; the planted-name tests below show each one failing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    xtask::workspace_root()
}

/// Directories a checkout gets only when something runs: the tools `cargo xtask install-tools`
/// installs, CI's own cargo home.
const CREATED_BY_RUNS: [&str; 2] = [".ci/tools", ".ci/cargo-home"];

/// Directories never read: build output, installed third-party tools, VCS data.
const SKIPPED: [&str; 4] = ["target", ".git", ".ci", "node_modules"];

/// Every Markdown and Rust file of the workspace (this file aside: it plants stale names).
fn files() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !SKIPPED.contains(&name.as_str()) {
                    walk(&path, found);
                }
            } else if (name.ends_with(".md") || name.ends_with(".rs")) && !path.ends_with("xtask/tests/tidy.rs") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&root(), &mut found);
    found.sort();
    found
}

/// The text a reader sees: a Markdown file whole; of a Rust file, its doc comments.
fn prose(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    if path.extension().is_some_and(|ext| ext == "md") {
        return text;
    }
    text.lines()
        .filter_map(|line| {
            let line = line.trim_start();
            line.strip_prefix("///").or_else(|| line.strip_prefix("//!"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `x-pspkit-*` name in `text`.
fn extensions_named(text: &str) -> BTreeSet<String> {
    text.match_indices("x-pspkit-")
        .map(|(at, _)| {
            let rest = &text[at + "x-pspkit-".len()..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
            format!("x-pspkit-{}", name.trim_end_matches('-'))
        })
        .filter(|name| name != "x-pspkit-")
        .collect()
}

/// Extensions `text` names that the xtask does not know.
fn unknown_extensions(text: &str) -> Vec<String> {
    let known: Vec<&str> = xtask::spec::extensions::ALL.iter().map(|extension| extension.name).collect();
    extensions_named(text).into_iter().filter(|name| !known.contains(&name.as_str())).collect()
}

/// The extensions the first column of `specs/README.md`'s "## Extensions" table names.
fn documented_extensions(readme: &str) -> BTreeSet<String> {
    let section = readme.split("## Extensions").nth(1).unwrap_or_default();
    let section = section.split("\n## ").next().unwrap_or_default();
    section
        .lines()
        .filter(|line| line.starts_with("| `x-pspkit-"))
        .flat_map(|line| extensions_named(line.split('|').nth(1).unwrap_or_default()))
        .collect()
}

/// The crates a workspace build can name: every package in `Cargo.lock`, plus the language's own;
/// and, since docs also write module-relative paths (`lenient::decode`), the workspace's modules.
fn known_crates() -> BTreeSet<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).expect("Cargo.lock");
    let mut crates: BTreeSet<String> = lock
        .lines()
        .filter_map(|line| line.strip_prefix("name = \""))
        .map(|name| name.trim_end_matches('"').replace('-', "_"))
        .collect();
    crates.extend(["std", "core", "alloc", "crate", "self", "super", "tests"].map(str::to_owned));
    for file in files() {
        let module = match file.file_stem().and_then(|stem| stem.to_str()) {
            Some("mod") => file.parent().and_then(|dir| dir.file_name()).and_then(|name| name.to_str()),
            stem => stem,
        };
        crates.extend(module.map(str::to_owned));
        if file.extension().is_some_and(|ext| ext == "rs") {
            crates.extend(inline_modules(&std::fs::read_to_string(&file).unwrap_or_default()));
        }
    }
    crates
}

/// The modules `source` declares inline (`pub mod builder {`): a generated crate's `builder` and
/// `types` modules live inside `generated.rs`, and its changelog names their items.
fn inline_modules(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let line = line.strip_prefix("pub ").or_else(|| line.strip_prefix("pub(crate) ")).unwrap_or(line);
            let name = line.strip_prefix("mod ")?.strip_suffix('{')?.trim();
            name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_').then(|| name.to_owned())
        })
        .collect()
}

/// Crate paths in backticks (`` `name::Item` ``) whose crate is unknown.
fn unknown_crates(text: &str, known: &BTreeSet<String>) -> Vec<String> {
    let mut unknown = Vec::new();
    for span in text.split('`').skip(1).step_by(2) {
        let Some((first, _)) = span.split_once("::") else { continue };
        let first = first.trim_start_matches(['&', '<', '(', '!', '#', '[']);
        let plain =
            !first.is_empty() && first.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if plain && !known.contains(first) {
            unknown.push(span.to_owned());
        }
    }
    unknown
}

/// The variants of the runtime's public enums, by enum name.
fn runtime_variants() -> Vec<(String, BTreeSet<String>)> {
    let mut enums = Vec::new();
    for file in ["crates/runtime/src/error.rs", "crates/runtime/src/lenient/deviation.rs"] {
        let source = std::fs::read_to_string(root().join(file)).expect("runtime source");
        for (at, _) in source.match_indices("pub enum ") {
            let rest = &source[at + "pub enum ".len()..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            let body = rest.split_once('{').map(|(_, body)| body).unwrap_or_default();
            let mut depth = 0;
            let mut variants = BTreeSet::new();
            for line in body.lines() {
                let trimmed = line.trim();
                if depth == 0 && trimmed.starts_with(|c: char| c.is_ascii_uppercase()) {
                    variants.insert(trimmed.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>());
                }
                depth += line.matches(['{', '(']).count() as i32 - line.matches(['}', ')']).count() as i32;
                if depth < 0 {
                    break;
                }
            }
            enums.push((name, variants));
        }
    }
    enums
}

/// `Enum::Variant` mentions of the runtime's enums that name no variant (another crate's path,
/// such as `progenitor_client::Error::…`, is not the runtime's).
fn unknown_variants(text: &str, enums: &[(String, BTreeSet<String>)]) -> Vec<String> {
    let mut unknown = Vec::new();
    for (name, variants) in enums {
        let pattern = format!("{name}::");
        for (at, _) in text.match_indices(&pattern) {
            let before = &text[..at];
            let qualified =
                before.ends_with("::") && !before.ends_with("pspkit_runtime::") && !before.ends_with("runtime::");
            let preceded_by_word = before.chars().last().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            if qualified || preceded_by_word {
                continue;
            }
            let variant: String =
                text[at + pattern.len()..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            if variant.starts_with(|c: char| c.is_ascii_uppercase()) && !variants.contains(&variant) {
                unknown.push(format!("{name}::{variant}"));
            }
        }
    }
    unknown
}

#[test]
fn the_extension_table_documents_exactly_the_extensions_the_xtask_knows() {
    let readme = std::fs::read_to_string(root().join("specs/README.md")).unwrap();
    let documented = documented_extensions(&readme);
    let known: BTreeSet<String> =
        xtask::spec::extensions::ALL.iter().map(|extension| extension.name.to_owned()).collect();
    assert_eq!(documented, known, "specs/README.md's extension table and xtask::spec::extensions::ALL differ");
}

#[test]
fn docs_name_only_extensions_crates_and_variants_that_exist() {
    let known = known_crates();
    let enums = runtime_variants();
    assert!(
        enums.iter().any(|(name, variants)| name == "Error" && variants.contains("UnexpectedResponse")),
        "{enums:?}"
    );
    let mut stale = Vec::new();
    let files = files();
    assert!(files.len() > 50, "the walk found the workspace: {}", files.len());
    for path in files {
        let text = prose(&path);
        let shown = path.strip_prefix(root()).unwrap_or(&path).display().to_string();
        stale.extend(unknown_extensions(&text).into_iter().map(|name| format!("{shown}: extension {name}")));
        stale.extend(unknown_crates(&text, &known).into_iter().map(|name| format!("{shown}: crate path `{name}`")));
        stale.extend(unknown_variants(&text, &enums).into_iter().map(|name| format!("{shown}: variant {name}")));
        let package = path.ancestors().find(|dir| dir.join("Cargo.toml").exists()).unwrap_or(&root()).to_path_buf();
        stale.extend(missing_paths(&text, &package).into_iter().map(|path| format!("{shown}: path `{path}`")));
    }
    assert!(stale.is_empty(), "docs name things that do not exist:\n{}", stale.join("\n"));
}

/// The `cargo xtask` subcommands named at the start of a line of `text` (a usage text's lines, or
/// a Markdown table's first cells).
fn xtask_commands(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim_start_matches(['|', ' ', '`']).trim_start_matches("usage:").trim_start();
            let command = line.strip_prefix("cargo xtask ")?;
            Some(command.split([' ', '`']).next()?.to_owned())
        })
        .collect()
}

#[test]
fn the_readme_lists_exactly_the_xtask_commands() {
    let main = std::fs::read_to_string(root().join("xtask/src/main.rs")).unwrap();
    let usage = main.split("const USAGE: &str = \"").nth(1).and_then(|rest| rest.split("\";").next()).unwrap();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let table = readme.split("## Maintainer commands").nth(1).and_then(|rest| rest.split("\n## ").next()).unwrap();
    let known = xtask_commands(usage);
    assert!(known.contains("codegen") && known.contains("bench-writes"), "{known:?}");
    assert_eq!(xtask_commands(table), known, "README.md's maintainer commands and the xtask's usage differ");
}

#[test]
fn a_planted_stale_extension_crate_and_variant_are_each_caught() {
    let planted = "Set `x-pspkit-retired: true`; credentials are `secrecy::SecretString`; see `Error::Gone`.";
    assert_eq!(unknown_extensions(planted), ["x-pspkit-retired"]);
    assert_eq!(unknown_crates(planted, &known_crates()), ["secrecy::SecretString"]);
    let changelog = "- `builder::CreateCustomer::body_map` and `buildr::CreateCustomer` (additive)";
    assert_eq!(unknown_crates(changelog, &known_crates()), ["buildr::CreateCustomer"], "inline modules are known");
    assert_eq!(unknown_variants(planted, &runtime_variants()), ["Error::Gone"]);
    let readme = "## Extensions\n\n| `x-pspkit-cli` | a parameter | x |\n\n## Next\n| `x-pspkit-money` |";
    assert_eq!(documented_extensions(readme), BTreeSet::from(["x-pspkit-cli".to_owned()]));
    let fine = "`Error::UnexpectedResponse`, `pspkit_runtime::Error::Timeout`, `progenitor_client::Error::Custom`";
    assert!(unknown_variants(fine, &runtime_variants()).is_empty());
    let paths =
        "See `crates/runtime/src/retry.rs`, `crates/runtime/src/retries.rs`, `tests/surface/<provider>.snap`, `docs/`.";
    assert_eq!(missing_paths(paths, &root()), ["crates/runtime/src/retries.rs"]);
    let in_a_crate = "`tests/new_provider.rs` here, `tests/no_such.rs` not";
    assert_eq!(missing_paths(in_a_crate, &root().join("xtask")), ["tests/no_such.rs"]);
    let usage = "usage: cargo xtask codegen [--check]\n       cargo xtask lint\n  codegen  writes";
    let table = "| `cargo xtask codegen [--check]` | x |\n| `cargo xtask retired` | y |";
    assert_eq!(xtask_commands(usage), BTreeSet::from(["codegen".to_owned(), "lint".to_owned()]));
    assert_eq!(xtask_commands(table), BTreeSet::from(["codegen".to_owned(), "retired".to_owned()]));
}

/// Repository paths in backticks (`` `crates/runtime/src/retry.rs` ``, a file or a directory, from
/// one of the repository's top-level entries) that exist neither from the root nor from `package`
/// (the package the text is in: its docs may name its own `tests/`). A path with a placeholder
/// (`<provider>`, `*`, `{..}`) names a pattern, not a file; build output (`target/`) and installed
/// tools (`.ci/tools/`) exist only after a run.
fn missing_paths(text: &str, package: &Path) -> Vec<String> {
    let root = root();
    let top: BTreeSet<String> = [root.as_path(), package]
        .into_iter()
        .flat_map(|dir| std::fs::read_dir(dir).into_iter().flatten().flatten())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !["target", ".git"].contains(&name.as_str()))
        .collect();
    let mut missing = Vec::new();
    for span in text.split('`').skip(1).step_by(2) {
        let path = span.trim().trim_end_matches('/');
        let first = path.split('/').next().unwrap_or_default();
        let pattern = path.contains(['<', '>', '*', '{', '}', ' ', '#', '$', '…'])
            || CREATED_BY_RUNS.iter().any(|created| path.starts_with(created));
        if !path.contains('/') || pattern || !top.contains(first) {
            continue;
        }
        if !root.join(path).exists() && !package.join(path).exists() {
            missing.push(path.to_owned());
        }
    }
    missing
}
