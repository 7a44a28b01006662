//! Maintainer tasks for the pspkit workspace.
//!
//! `cargo xtask codegen [--check] [PROVIDER...]` reads `specs/*.yaml` and writes one client crate
//! per provider to `crates/providers/<provider>/`. With `--check` it writes nothing, prints a unified diff of
//! what would change and fails when the checked-in crates are stale. `cargo xtask lint` runs the
//! third-party spec checkers.

use xtask::tasks::codegen;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask codegen [--check | --explain] [PROVIDER...]
       cargo xtask lint
       cargo xtask public-api [PROVIDER...]
       cargo xtask semver [--baseline REV]
       cargo xtask install-tools
       cargo xtask bench-scale
       cargo xtask bench-writes [--instructions]
       cargo xtask bench-build [PROVIDER] [--tls rustls|rustls-no-provider|native-tls]...
       cargo xtask check-payload PROVIDER FILE [--status N] [--operation ID]
       cargo xtask drift PROVIDER PUBLISHED_DOCUMENT

  codegen            generate crates/providers/<provider>/ from specs/<provider>.yaml (all specs by default)
  codegen --check    write nothing; print a unified diff and fail if any generated file is stale
  codegen --explain  write nothing; list every default a published document's spec assumed
                     (codegen itself prints one line per default with its count)
  lint               run Spectral, Redocly and openapi-spec-validator over every spec
                     (pinned in .ci/tools/, installed there on first use)
  public-api         build each generated crate's docs (all providers by default) as rustdoc JSON
                     (all features) and fail unless its surface listing names exactly the public
                     items rustdoc finds
  semver             run cargo-semver-checks on every generated crate against REV (default: HEAD
                     with uncommitted spec or crate changes, else HEAD~1), with the release type
                     the two versions codegen wrote allow
  install-tools      install the pinned npm (Spectral, Redocly, Prism) and Python
                     (openapi-spec-validator) tools into .ci/tools/
  bench-build        clean-build a provider crate (default: the first spec) and the hand-written
                     baseline twice each, for each TLS choice (all by default); report the
                     time ratios and crate counts
  bench-scale        generate and build synthetic specs of 1, 10, 50, 100 operations (and 5, 50,
                     200 fields); report codegen time, each crate's own debug build time and
                     .text size, and the growth per operation
  bench-writes       the overhead benchmark for writes and paged lists, in a scratch copy of the
                     workspace with the throwaway providers that have a benchmark file
                     (xtask/tests/new_provider/overhead/); wall clock, or instructions
  check-payload      validate a captured response body strictly against the provider's spec
                     (required, nullable, types, enums, formats, patterns) and list every
                     violation by JSON path; fails when there is one
  drift              compare specs/<PROVIDER>.yaml with the provider's published document for the
                     operations the spec has (parameters, statuses, response properties, types,
                     formats, enums, required, nullable), each finding with both pointers and its
                     effect on the client; fails on a finding the spec's x-pspkit-drift does not
                     accept with a reason, or an acceptance that matches no finding";

fn main() -> ExitCode {
    if let Some(exit) = xtask::tasks::public_api::run_as_rustdoc() {
        return exit;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("codegen") => run_codegen(&args[1..]),
        Some("lint") if args.len() == 1 => xtask::tasks::lint::run(&xtask::workspace_root()),
        Some("bench-scale") if args.len() == 1 => xtask::bench::scale::run(&xtask::workspace_root()),
        Some("bench-writes") => match &args[1..] {
            [] => xtask::bench::writes::run(&xtask::workspace_root(), false),
            [flag] if flag == "--instructions" => xtask::bench::writes::run(&xtask::workspace_root(), true),
            _ => Err(anyhow::anyhow!("usage: cargo xtask bench-writes [--instructions]")),
        },
        Some("public-api") if args[1..].iter().all(|arg| !arg.starts_with('-')) => {
            let root = xtask::workspace_root();
            let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
            this_executable()
                .and_then(|xtask| xtask::tasks::public_api::DocsTarget::beside(&target, &xtask))
                .and_then(|docs| xtask::tasks::public_api::run(&root, &args[1..], &docs))
        }
        Some("semver") => match &args[1..] {
            [] => this_executable().and_then(|xtask| xtask::tasks::semver::run(&xtask::workspace_root(), None, &xtask)),
            [flag, revision] if flag == "--baseline" => this_executable()
                .and_then(|xtask| xtask::tasks::semver::run(&xtask::workspace_root(), Some(revision), &xtask)),
            _ => Err(anyhow::anyhow!("usage: cargo xtask semver [--baseline REV]")),
        },
        Some("install-tools") if args.len() == 1 => xtask::tasks::lint::install_tools(&xtask::workspace_root()),
        Some("drift") => match &args[1..] {
            [provider, published] => xtask::tasks::drift::run(&xtask::workspace_root(), provider, Path::new(published)),
            _ => Err(anyhow::anyhow!("usage: cargo xtask drift PROVIDER PUBLISHED_DOCUMENT")),
        },
        Some("check-payload") => xtask::tasks::check_payload::run(&xtask::workspace_root(), &args[1..]),
        Some("bench-build") => xtask::bench::build::parse_choices(&args[1..]).and_then(|(provider, choices)| {
            let root = xtask::workspace_root();
            let first = first_spec(&root)?;
            xtask::bench::build::run(&root, provider.unwrap_or(&first), &choices)
        }),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_codegen(args: &[String]) -> anyhow::Result<bool> {
    let mut check = false;
    let mut explain = false;
    let mut providers = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--check" => check = true,
            "--explain" => explain = true,
            flag if flag.starts_with('-') => anyhow::bail!("unknown flag `{flag}`\n{USAGE}"),
            provider => providers.push(provider.to_owned()),
        }
    }
    let root = xtask::workspace_root();
    if explain {
        print!("{}", codegen::explain(&root, &providers)?);
        return Ok(true);
    }
    let mode = if check { codegen::Mode::Check } else { codegen::Mode::Write };
    codegen::run(&root, &providers, mode)
}

/// This executable: the rustdoc that JSON docs builds run ([`xtask::tasks::public_api::run_as_rustdoc`]).
fn this_executable() -> anyhow::Result<PathBuf> {
    std::env::current_exe().map_err(|error| anyhow::anyhow!("the xtask's own executable: {error}"))
}

/// The short name of the first spec in `specs/` (sorted).
fn first_spec(root: &std::path::Path) -> anyhow::Result<String> {
    let first = xtask::model::discover(root, &[])?.into_iter().next();
    let name = first.as_ref().and_then(|path| path.file_stem()).and_then(|stem| stem.to_str());
    name.map(str::to_owned).ok_or_else(|| anyhow::anyhow!("no spec in specs/"))
}
