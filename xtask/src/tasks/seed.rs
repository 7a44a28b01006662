//! A second target directory that starts from what the workspace's own debug build compiled.
//!
//! Two checkouts of this workspace (the semver baseline's worktree, the end-to-end test's clone)
//! must not build into one target directory: cargo names a workspace member's artifacts and
//! records its source files relative to the package, so one checkout's build passes as fresh for
//! the other's. Each builds into a target directory of its own, [`seed`]ed with `target/debug`'s
//! libraries, build-script outputs and fingerprints: cargo reuses each dependency whose
//! fingerprint still matches (same version, features, profile, flags and the environment its
//! build script reads) and builds only the checkout's own crates and whatever else differs. A
//! build whose flags or features differ from the usual ones gets a target directory of its own
//! too, so that neither replaces the other's units: rustdoc's JSON builds in one (the public-api
//! task's `DocsTarget`).

use std::path::Path;
use std::process::Command;

use anyhow::{Context as _, bail};

/// Seeds the target directory `to`'s `debug/` from the target directory `from`'s, unless it exists
/// already (a kept target directory is its own best seed) or `from` has no debug build. Libraries
/// are hard links (cargo never rewrites a unit under its own name with other content), copied
/// where the file system refuses a link; fingerprints and build-script outputs are copies (cargo
/// rewrites them in place).
pub fn seed(from: &Path, to: &Path) -> anyhow::Result<()> {
    let (from, to) = (from.join("debug"), to.join("debug"));
    if !from.join("deps").is_dir() || to.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(to.join("deps")).with_context(|| to.display().to_string())?;
    for entry in
        std::fs::read_dir(from.join("deps")).with_context(|| from.join("deps").display().to_string())?.flatten()
    {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with("lib") {
            let link = to.join("deps").join(&name);
            if std::fs::hard_link(entry.path(), &link).is_err() {
                std::fs::copy(entry.path(), &link).with_context(|| link.display().to_string())?;
            }
        }
    }
    for dir in ["build", ".fingerprint"] {
        let source = from.join(dir);
        if source.is_dir() {
            // `cp -a` keeps the modification times cargo compares its fingerprints against.
            let status = Command::new("cp").arg("-a").arg(&source).arg(&to).status().context("running cp")?;
            if !status.success() {
                bail!("copying {} failed ({status})", source.display());
            }
        }
    }
    Ok(())
}
