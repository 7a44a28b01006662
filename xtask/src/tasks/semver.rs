//! `cargo xtask semver [--baseline REV]`: cargo-semver-checks, an independent judge, on every
//! generated crate against its last committed version. The baseline is the working tree's `HEAD`
//! when a spec or generated crate has uncommitted changes, otherwise `HEAD~1` (in CI, the commit
//! being checked against its parent). Both versions are documented as rustdoc JSON in the
//! workspace's own target directory (the dependencies built once), and the release type handed to
//! cargo-semver-checks comes from the two versions codegen wrote: a crate whose version did not
//! move, or moved by a 0.x patch, may not break anything.
//!
//! [`scratch_workspace`] builds generated crates from spec documents in a workspace of their own,
//! for the corpus that shows the two judges agree (`xtask/tests/semver_corpus.rs`).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, bail};

use crate::model::release::Version;
use crate::tasks::public_api::{self, Lock};

/// The release type cargo-semver-checks checks a change from `baseline` to `current` against:
/// `major` when codegen declared it breaking (a major bump, or a minor one before 1.0), `minor`
/// for a minor bump from 1.0, `patch` otherwise (a 0.x patch, or no bump: nothing may break).
pub fn release_type(baseline: Version, current: Version) -> &'static str {
    if current.major > baseline.major || (baseline.major == 0 && current.minor > baseline.minor) {
        "major"
    } else if current.minor > baseline.minor {
        "minor"
    } else {
        "patch"
    }
}

/// What cargo-semver-checks said of one change.
pub struct Verdict {
    /// No violation for the release type.
    pub passed: bool,
    /// Its report, for the log.
    pub report: String,
}

/// Runs cargo-semver-checks on two rustdoc JSON files.
pub fn check(baseline: &Path, current: &Path, release_type: &str) -> anyhow::Result<Verdict> {
    let output = Command::new("cargo")
        .args(["semver-checks", "check-release", "--color", "never", "--release-type", release_type])
        .arg("--baseline-rustdoc")
        .arg(baseline)
        .arg("--current-rustdoc")
        .arg(current)
        .output()
        .context("running cargo semver-checks (.ci/run installs it, pinned)")?;
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    // Exit 1 is both "violations found" and "could not run": a violation report has a section
    // per failed lint, each headed `--- failure <lint>: …`.
    if !output.status.success() && !report.contains("--- failure ") {
        bail!("cargo semver-checks failed to run:\n{report}");
    }
    Ok(Verdict { passed: output.status.success(), report })
}

fn git(root: &Path, args: &[&str]) -> anyhow::Result<String> {
    let output = Command::new("git").current_dir(root).args(args).output().context("running git")?;
    if !output.status.success() {
        bail!("git {}: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim());
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The version in a generated crate's `Cargo.toml`.
fn crate_version(root: &Path, provider: &str) -> Option<Version> {
    let manifest = std::fs::read_to_string(root.join("crates/providers").join(provider).join("Cargo.toml")).ok()?;
    manifest.lines().find_map(|line| Version::parse(line.strip_prefix("version = \"")?.trim_end_matches('"')))
}

fn providers(root: &Path) -> anyhow::Result<Vec<String>> {
    Ok(crate::model::discover(root, &[])?
        .iter()
        .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
        .collect())
}

/// Checks every generated crate against `baseline` (a git revision; see the module doc for the
/// default). `Ok(false)` when cargo-semver-checks finds a change the version does not allow.
pub fn run(root: &Path, baseline: Option<&str>) -> anyhow::Result<bool> {
    let started = std::time::Instant::now();
    let dirty = !git(root, &["status", "--porcelain", "--", "specs", "crates/providers"])?.trim().is_empty();
    let revision = baseline.unwrap_or(if dirty { "HEAD" } else { "HEAD~1" }).to_owned();
    let dir = root.join("target/semver");
    let worktree = dir.join("baseline");
    if worktree.exists() {
        git(root, &["worktree", "remove", "--force", worktree.to_str().context("a UTF-8 path")?])?;
    }
    std::fs::create_dir_all(&dir)?;
    git(root, &["worktree", "add", "--quiet", "--detach", worktree.to_str().context("a UTF-8 path")?, &revision])?;
    let result = compare(root, &worktree, &dir, &revision);
    git(root, &["worktree", "remove", "--force", worktree.to_str().context("a UTF-8 path")?])?;
    println!("semver: {:.0?}", started.elapsed());
    result
}

fn compare(root: &Path, worktree: &Path, dir: &Path, revision: &str) -> anyhow::Result<bool> {
    let target = root.join("target");
    let current = providers(root)?;
    let before = providers(worktree)?;
    let shared: Vec<&String> = current.iter().filter(|provider| before.contains(provider)).collect();
    for provider in current.iter().filter(|provider| !before.contains(provider)) {
        println!("pspkit-{provider}: new since {revision}, nothing to compare");
    }
    let packages: Vec<String> = shared.iter().map(|provider| format!("pspkit-{provider}")).collect();
    // The baseline's documents first, kept aside: both builds write to the same target/doc.
    let mut baselines: Vec<PathBuf> = Vec::new();
    for file in public_api::build(worktree, &packages, &target, Lock::AsCommitted)? {
        let kept = dir.join(file.file_name().context("a rustdoc file")?);
        std::fs::copy(&file, &kept).with_context(|| kept.display().to_string())?;
        baselines.push(kept);
    }
    forget_members(root, &packages, &target)?;
    let currents = public_api::build(root, &packages, &target, Lock::AsCommitted)?;
    let mut clean = true;
    for ((provider, baseline), current) in shared.iter().zip(&baselines).zip(&currents) {
        let (Some(from), Some(to)) = (crate_version(worktree, provider), crate_version(root, provider)) else {
            bail!("pspkit-{provider}: no version in its Cargo.toml");
        };
        if to < from {
            bail!("pspkit-{provider}: version {to} is lower than {revision}'s {from}");
        }
        let release_type = release_type(from, to);
        let verdict = check(baseline, current, release_type)?;
        let outcome = if verdict.passed { "agrees" } else { "finds a change the version does not allow" };
        println!("pspkit-{provider} {from} → {to} ({release_type} against {revision}): cargo-semver-checks {outcome}");
        if !verdict.passed {
            clean = false;
            println!("{}", verdict.report);
        }
    }
    Ok(clean)
}

/// Removes what the baseline's build left in `target` of the workspace's own crates (`packages`
/// and the runtime they share). Cargo names a workspace member's artifacts and records its source
/// files relative to the package, so the baseline's would pass for the current tree's: fresh,
/// and documented again from the baseline's code (found when a change to the runtime broke the
/// current build with the baseline's runtime). The dependencies from crates.io stay built.
fn forget_members(root: &Path, packages: &[String], target: &Path) -> anyhow::Result<()> {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.current_dir(root).args(["clean", "--quiet", "--target-dir"]).arg(target);
    for package in packages.iter().map(String::as_str).chain(["pspkit-runtime"]) {
        command.args(["-p", package]);
    }
    let status = command.status().context("running cargo clean")?;
    if !status.success() {
        bail!("cargo clean of the baseline's workspace crates failed ({status})");
    }
    Ok(())
}

/// Writes a workspace at `dir` holding one generated crate per `(provider, spec document)`, with
/// the root workspace's package settings, dependency table and lock file (path dependencies made
/// absolute), so that its crates build against the versions the root workspace locked.
pub fn scratch_workspace(root: &Path, dir: &Path, specs: &[(String, serde_json::Value)]) -> anyhow::Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| dir.display().to_string())?;
    }
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).context("the root Cargo.toml")?;
    let shared = manifest
        .find("[workspace.package]")
        .map(|at| &manifest[at..])
        .context("the root Cargo.toml has no [workspace.package]")?;
    let shared = shared.replace("path = \"", &format!("path = \"{}/", root.display()));
    let members: Vec<String> = specs.iter().map(|(provider, _)| format!("\"crates/providers/{provider}\"")).collect();
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"3\"\nmembers = [{}]\n\n{shared}", members.join(", ")),
    )?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    for (provider, document) in specs {
        let file = format!("specs/{provider}.yaml");
        let spec = crate::model::parse(provider.clone(), file, document.clone())
            .with_context(|| format!("the corpus spec {provider}"))?;
        for generated in crate::emit::provider_crate::render(&spec, &crate::progenitor::generate(&spec)?)?.files {
            let path = dir.join(&generated.path);
            std::fs::create_dir_all(path.parent().context("a generated file's directory")?)?;
            std::fs::write(&path, &generated.contents)?;
        }
    }
    Ok(())
}
