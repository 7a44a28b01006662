//! `cargo xtask bench-writes [--instructions]`: the overhead benchmark (`tests/benches/overhead.rs`)
//! for writes and paged lists. pspkit's own specs hold only reads, so this runs it in a scratch copy
//! of the workspace (`target/bench-writes/workspace/`, the files as they are on disk, uncommitted
//! changes included) with every throwaway provider that has a benchmark file added: its spec
//! (`xtask/tests/new_provider/<provider>.yaml`) in `specs/` and its file
//! (`xtask/tests/new_provider/overhead/<provider>.rs`) in `tests/benches/overhead/`; then
//! `cargo xtask codegen` there, and `cargo bench -p pspkit-tests --bench overhead` measuring those
//! providers alone (wall clock, or instructions with `--instructions`), built into a target
//! directory of its own (`target/bench-writes/target`, kept between runs): cargo names a workspace
//! member's build by its path relative to the workspace, so the copy's crates, sharing the
//! workspace's target directory, would overwrite the workspace's own (the benchmark's build script
//! output among them).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, bail};

use crate::tasks::codegen;

/// Where the throwaway specs and their benchmark files are.
const THROWAWAY: &str = "xtask/tests/new_provider";

/// The throwaway providers with a benchmark file, sorted.
pub fn providers(root: &Path) -> anyhow::Result<Vec<String>> {
    let dir = root.join(THROWAWAY).join("overhead");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).with_context(|| dir.display().to_string())? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "rs")
            && let Some(name) = path.file_stem().and_then(|stem| stem.to_str())
        {
            names.push(name.to_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// Copies every file git would commit from `root` (tracked, or new and not ignored; as on disk) to
/// `dir`, which is emptied first.
fn copy_workspace(root: &Path, dir: &Path) -> anyhow::Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| dir.display().to_string())?;
    }
    let listed = Command::new("git")
        .current_dir(root)
        .args(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        .output()
        .context("running git ls-files")?;
    if !listed.status.success() {
        bail!("git ls-files failed: {}", String::from_utf8_lossy(&listed.stderr));
    }
    for file in listed.stdout.split(|&byte| byte == 0).filter(|file| !file.is_empty()) {
        let file = PathBuf::from(std::str::from_utf8(file).context("a non-UTF-8 path")?);
        let source = root.join(&file);
        // A tracked file deleted on disk is not part of the workspace as it is.
        if !source.is_file() {
            continue;
        }
        let destination = dir.join(&file);
        std::fs::create_dir_all(destination.parent().context("a file's directory")?)?;
        std::fs::copy(&source, &destination).with_context(|| file.display().to_string())?;
    }
    Ok(())
}

/// Builds the scratch workspace and runs the benchmark; `Ok(false)` when it fails.
pub fn run(root: &Path, instructions: bool) -> anyhow::Result<bool> {
    let providers = providers(root)?;
    let dir = root.join("target/bench-writes/workspace");
    copy_workspace(root, &dir)?;
    for provider in &providers {
        let spec = format!("{provider}.yaml");
        std::fs::copy(root.join(THROWAWAY).join(&spec), dir.join("specs").join(&spec))
            .with_context(|| format!("copying {spec}"))?;
        let bench = format!("{provider}.rs");
        std::fs::copy(
            root.join(THROWAWAY).join("overhead").join(&bench),
            dir.join("tests/benches/overhead").join(&bench),
        )
        .with_context(|| format!("copying overhead/{bench}"))?;
    }
    if !codegen::run(&dir, &[], codegen::Mode::Write)? {
        bail!("codegen failed in {}", dir.display());
    }
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.current_dir(&dir).args(["bench", "-p", "pspkit-tests", "--bench", "overhead"]);
    if instructions {
        command.args(["--", "--instructions"]);
    }
    let status = command
        .env("CARGO_TARGET_DIR", root.join("target/bench-writes/target"))
        .env("PSPKIT_OVERHEAD_ONLY", providers.join(","))
        .status()
        .context("running cargo bench")?;
    Ok(status.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_benchmark_file_has_its_throwaway_spec() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let providers = providers(&root).expect("the benchmark files");
        assert!(!providers.is_empty(), "no benchmark file in {THROWAWAY}/overhead");
        for provider in providers {
            assert!(root.join(THROWAWAY).join(format!("{provider}.yaml")).is_file(), "{provider} has no spec");
        }
    }
}
