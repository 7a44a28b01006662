//! `cargo xtask codegen`: write the generated crates, or check that they are up to date.

use std::path::Path;

use anyhow::Context as _;

use crate::emit::file::File;
use crate::surface::value::Surface;
use crate::{emit::cli_commands, emit::facade, emit::provider_crate, model, model::release, progenitor};

/// Whether to write files or only report drift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// A generated file whose checked-in contents differ from what the spec produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    pub path: String,
    /// A unified diff from the checked-in file (or nothing) to the expected one.
    pub diff: String,
}

/// Renders the crates of the named providers (all when `providers` is empty), and the facade's
/// and the CLI's generated files, which always come from every spec. A crate whose surface
/// changes gets its next version and changelog entry ([`release`]); what changed is printed.
pub fn render(root: &Path, providers: &[String]) -> anyhow::Result<Vec<File>> {
    let mut files = Vec::new();
    let mut specs =
        model::discover(root, &[])?.iter().map(|path| model::load(root, path)).collect::<anyhow::Result<Vec<_>>>()?;
    let named = model::discover(root, providers)?;
    for spec in &specs {
        eprint!("{}", assumed(spec, false));
    }
    // progenitor runs once per spec: the crate, the facade and the CLI all read its output.
    let generated = specs.iter().map(progenitor::generate).collect::<anyhow::Result<Vec<_>>>()?;
    for (spec, generated) in specs.iter_mut().zip(&generated) {
        if named.iter().any(|path| path.file_stem().is_some_and(|stem| stem == spec.provider.as_str())) {
            files.extend(release_files(root, spec, generated)?);
        }
    }
    files.extend(facade::render(&specs, &generated)?);
    files.push(cli_commands::render(&specs, &generated)?);
    Ok(files)
}

/// What `spec`'s defaults assumed ([`crate::spec::defaults`]): a line per rule with its count,
/// and with `explain` every instance; nothing for a spec that states everything.
pub fn assumed(spec: &model::Spec, explain: bool) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if spec.assumed.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{}: {} defaults assumed (cargo xtask codegen --explain lists each)",
        spec.file,
        spec.assumed.len()
    );
    let mut rules: Vec<crate::spec::defaults::Rule> = spec.assumed.iter().map(|a| a.rule).collect();
    rules.dedup();
    for rule in rules {
        let instances: Vec<_> = spec.assumed.iter().filter(|assumption| assumption.rule == rule).collect();
        let _ = writeln!(out, "  {:>4} × {}", instances.len(), rule.describe());
        if explain {
            for assumption in instances {
                let _ = writeln!(out, "         {}: {}", assumption.pointer, assumption.detail);
            }
        }
    }
    out
}

/// Every default each named spec (all when `providers` is empty) assumed, instance by instance.
pub fn explain(root: &Path, providers: &[String]) -> anyhow::Result<String> {
    let mut out = String::new();
    for path in model::discover(root, providers)? {
        out.push_str(&assumed(&model::load(root, &path)?, true));
    }
    Ok(out)
}

/// The crate's files, at the version its surface's changes call for: classified against the last
/// committed listing ([`release::committed`]; none for a new crate), printed per crate, and when
/// anything changed, rendered again at the next version with the changes in its changelog.
fn release_files(root: &Path, spec: &mut model::Spec, generated: &progenitor::Output) -> anyhow::Result<Vec<File>> {
    let rendered = provider_crate::render(spec, generated)?;
    let snapshot = crate::surface::listing::snapshot_path(&spec.provider);
    let Some(before) = release::committed(root, &snapshot) else {
        eprintln!("pspkit-{}: new crate, {}", spec.provider, spec.release.version);
        return Ok(rendered.files);
    };
    let before = crate::surface::listing::listing_of(&before)
        .map(Surface::parse)
        .with_context(|| format!("the committed {snapshot} is not a snapshot"))?
        .with_context(|| format!("the committed {snapshot}"))?;
    let changes = crate::surface::versioning::classify(&before, &rendered.surface);
    if changes.is_empty() {
        let crate_dir = format!("crates/providers/{}/", spec.provider);
        let ours: Vec<File> = rendered.files.iter().filter(|file| file.path.starts_with(&crate_dir)).cloned().collect();
        if !drift(root, &ours).is_empty() {
            eprintln!("pspkit-{}: docs-only (the surface is unchanged: no new version)", spec.provider);
        }
        return Ok(rendered.files);
    }
    let level = changes.iter().map(|change| change.level).max().unwrap_or(release::Level::Additive);
    spec.release = spec.release.next(&changes, &release::today());
    eprintln!("pspkit-{}: {level}, {}", spec.provider, spec.release.version);
    for change in &changes {
        eprintln!("  {change}");
    }
    Ok(provider_crate::render(spec, generated)?.files)
}

/// Every rendered file that differs from the one on disk.
pub fn drift(root: &Path, files: &[File]) -> Vec<Drift> {
    files
        .iter()
        .filter_map(|file| {
            let current = std::fs::read_to_string(root.join(&file.path)).unwrap_or_default();
            (current != file.contents).then(|| Drift {
                path: file.path.clone(),
                diff: similar::TextDiff::from_lines(&current, &file.contents)
                    .unified_diff()
                    .header(&format!("a/{}", file.path), &format!("b/{}", file.path))
                    .to_string(),
            })
        })
        .collect()
}

/// Runs codegen; `Ok(false)` means `--check` found drift.
pub fn run(root: &Path, providers: &[String], mode: Mode) -> anyhow::Result<bool> {
    let started = std::time::Instant::now();
    let files = render(root, providers)?;
    let drifted = drift(root, &files);
    match mode {
        Mode::Check => {
            for drift in &drifted {
                print!("{}", drift.diff);
            }
            if drifted.is_empty() {
                eprintln!("codegen --check: {} files up to date ({:.0?})", files.len(), started.elapsed());
            } else {
                eprintln!(
                    "codegen --check: {} generated files are stale; run `cargo xtask codegen` and commit the result",
                    drifted.len()
                );
            }
            Ok(drifted.is_empty())
        }
        Mode::Write => {
            for drift in &drifted {
                let file = files.iter().find(|f| f.path == drift.path).context("a drifted file was rendered")?;
                let path = root.join(&file.path);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
                }
                std::fs::write(&path, &file.contents).with_context(|| format!("writing {}", path.display()))?;
                eprintln!("wrote {}", file.path);
            }
            if drifted.iter().any(|drift| drift.path.ends_with("Cargo.toml")) {
                update_lock(root)?;
            }
            eprintln!("codegen: {} files, {} changed ({:.0?})", files.len(), drifted.len(), started.elapsed());
            Ok(true)
        }
    }
}

/// Brings `Cargo.lock` in step with the manifests codegen wrote (a new crate, a version bump), so
/// that `cargo test --locked` passes right after codegen: `cargo update --workspace` touches the
/// workspace's own entries only, from the local index first. A directory without `Cargo.lock`
/// (a scratch copy of some specs) has nothing to update.
fn update_lock(root: &Path) -> anyhow::Result<()> {
    if !root.join("Cargo.lock").exists() {
        return Ok(());
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let update = |offline: bool| {
        let mut command = std::process::Command::new(&cargo);
        command.args(["update", "--workspace", "--quiet"]).current_dir(root);
        if offline {
            command.arg("--offline");
        }
        command.status().is_ok_and(|status| status.success())
    };
    anyhow::ensure!(update(true) || update(false), "`cargo update --workspace` could not update Cargo.lock");
    eprintln!("updated Cargo.lock for the workspace's crates");
    Ok(())
}
