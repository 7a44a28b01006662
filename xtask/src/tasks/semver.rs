//! `cargo xtask semver [--baseline REV]`: cargo-semver-checks, an independent judge, on every
//! generated crate against its last committed version. The baseline is the working tree's `HEAD`
//! when a spec or generated crate has uncommitted changes, otherwise `HEAD~1` (in CI, the commit
//! being checked against its parent). Both versions are documented as rustdoc JSON, each in a
//! target directory of its own, kept between runs: the current one in `target/rustdoc-json/`
//! (shared with `cargo xtask public-api`, seeded with the workspace's build), the baseline, from a
//! worktree, in `target/semver/` (seeded with the current one's). The release type handed to
//! cargo-semver-checks comes from the two versions codegen wrote: a crate whose version did not
//! move, or moved by a 0.x patch, may not break anything.
//!
//! [`scratch_workspace`] builds generated crates from spec documents in a workspace of their own,
//! for the corpus that shows the two judges agree (`xtask/tests/semver_corpus.rs`).

use std::path::Path;
use std::process::Command;

use anyhow::{Context as _, bail};

use crate::model::release::Version;
use crate::tasks::public_api::{self, DocsTarget, Lock};

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
/// default), documenting through `xtask` (see [`DocsTarget`]). `Ok(false)` when
/// cargo-semver-checks finds a change the version does not allow.
pub fn run(root: &Path, baseline: Option<&str>, xtask: &Path) -> anyhow::Result<bool> {
    let started = std::time::Instant::now();
    let dirty = !git(root, &["status", "--porcelain", "--", "specs", "crates/providers"])?.trim().is_empty();
    let revision = baseline.unwrap_or(if dirty { "HEAD" } else { "HEAD~1" }).to_owned();
    let dir = root.join("target/semver");
    let worktree = dir.join("baseline");
    check_out(root, &worktree, &revision)?;
    let result = compare(root, &worktree, &dir.join("target"), &revision, xtask);
    println!("semver: {:.0?}", started.elapsed());
    result
}

/// Puts `revision` in the worktree at `worktree`, kept from the last run when there is one: git
/// rewrites only the files that differ, so cargo rebuilds only what the revisions change.
fn check_out(root: &Path, worktree: &Path, revision: &str) -> anyhow::Result<()> {
    let path = worktree.to_str().context("a UTF-8 path")?;
    if worktree.join(".git").exists()
        && git(worktree, &["checkout", "--quiet", "--force", "--detach", revision]).is_ok()
        && git(worktree, &["clean", "--quiet", "-d", "--force", "-x"]).is_ok()
    {
        return Ok(());
    }
    if worktree.exists() {
        std::fs::remove_dir_all(worktree).with_context(|| path.to_owned())?;
    }
    git(root, &["worktree", "prune"])?;
    std::fs::create_dir_all(worktree.parent().context("the worktree's parent")?)?;
    git(root, &["worktree", "add", "--quiet", "--detach", path, revision])?;
    Ok(())
}

/// Documents the current crates beside the workspace's target directory and the baseline's in
/// `baseline_target` (a target directory of its own: see [`DocsTarget`]), and hands each pair to
/// cargo-semver-checks. The current side goes first: its docs target then holds the units the
/// baseline shares (the dependencies, checked with the same features and flags), so it is the
/// baseline's seed.
fn compare(root: &Path, worktree: &Path, baseline_target: &Path, revision: &str, xtask: &Path) -> anyhow::Result<bool> {
    let current = providers(root)?;
    let before = providers(worktree)?;
    let shared: Vec<&String> = current.iter().filter(|provider| before.contains(provider)).collect();
    for provider in current.iter().filter(|provider| !before.contains(provider)) {
        println!("pspkit-{provider}: new since {revision}, nothing to compare");
    }
    let packages: Vec<String> = shared.iter().map(|provider| format!("pspkit-{provider}")).collect();
    let current_docs = DocsTarget::beside(&root.join("target"), xtask)?;
    let currents = public_api::build(root, &packages, &current_docs, Lock::AsCommitted)?;
    let baseline_docs = current_docs.seed_another(baseline_target.to_owned())?;
    let baselines = public_api::build(worktree, &packages, &baseline_docs, Lock::AsCommitted)?;
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
