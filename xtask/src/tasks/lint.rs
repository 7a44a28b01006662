//! `cargo xtask lint`: the third-party OpenAPI checkers over every spec. Spectral (ruleset
//! `specs/lint/spectral.yaml`, extending `spectral:oas`), Redocly (`specs/lint/redocly.yaml`,
//! extending `recommended-strict`) and openapi-spec-validator. The tools are pinned in
//! `.ci/tools/` and installed there on first use.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, bail};

use crate::model;

/// One checker: what it is called and the command that runs it on the given spec files.
struct Checker {
    name: &'static str,
    command: Command,
}

/// Installs the tools if needed, runs every checker, and returns whether all passed.
pub fn run(root: &Path) -> anyhow::Result<bool> {
    let tools = root.join(".ci/tools");
    install(&tools)?;
    let specs: Vec<PathBuf> = model::discover(root, &[])?
        .into_iter()
        .map(|path| path.strip_prefix(root).map(Path::to_path_buf).unwrap_or(path))
        .collect();
    let mut passed = true;
    for mut checker in checkers(root, &tools, &specs) {
        eprintln!("== {}", checker.name);
        let status = checker.command.current_dir(root).status().with_context(|| format!("running {}", checker.name))?;
        if !status.success() {
            eprintln!("{} reported problems (see above: file, line and rule)", checker.name);
            passed = false;
        }
    }
    Ok(passed)
}

fn checkers(root: &Path, tools: &Path, specs: &[PathBuf]) -> Vec<Checker> {
    let bin = tools.join("node_modules/.bin");
    let mut spectral = Command::new(bin.join("spectral"));
    spectral.args(["lint", "--fail-severity=warn", "--ruleset"]).arg(root.join("specs/lint/spectral.yaml")).args(specs);
    let mut redocly = Command::new(bin.join("redocly"));
    redocly.args(["lint", "--format=stylish", "--config"]).arg(root.join("specs/lint/redocly.yaml")).args(specs);
    redocly.env("REDOCLY_TELEMETRY", "off").env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    let mut validator = Command::new(tools.join("venv/bin/openapi-spec-validator"));
    validator.args(specs);
    vec![
        Checker { name: "spectral (spectral:oas + specs/lint/spectral.yaml)", command: spectral },
        Checker { name: "redocly (recommended-strict + specs/lint/redocly.yaml)", command: redocly },
        Checker { name: "openapi-spec-validator", command: validator },
    ]
}

/// `cargo xtask install-tools`: the pinned third-party tools (Spectral, Redocly, Prism via npm;
/// openapi-spec-validator via pip) into `.ci/tools`. The one place they are installed: `.ci/run`
/// calls this, and `lint` calls it on first use.
pub fn install_tools(root: &Path) -> anyhow::Result<bool> {
    install(&root.join(".ci/tools"))?;
    Ok(true)
}

/// `npm ci` and a Python venv in `.ci/tools`, unless already there.
fn install(tools: &Path) -> anyhow::Result<()> {
    if !tools.join("node_modules/.bin/spectral").exists() {
        eprintln!("installing the pinned npm tools into .ci/tools (npm ci)");
        run_step(
            Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error", "--prefix"]).arg(tools),
        )?;
    }
    let venv = tools.join("venv");
    if !venv.join("bin/openapi-spec-validator").exists() {
        eprintln!("installing openapi-spec-validator into .ci/tools/venv");
        run_step(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        run_step(
            Command::new(venv.join("bin/pip")).args(["install", "--quiet", "-r"]).arg(tools.join("requirements.txt")),
        )?;
    }
    Ok(())
}

fn run_step(command: &mut Command) -> anyhow::Result<()> {
    let status = command.status().with_context(|| format!("running {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed with {status}");
    }
    Ok(())
}
