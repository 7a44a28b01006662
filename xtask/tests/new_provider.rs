//! A provider is only a YAML file, end to end: in a fresh clone of the committed workspace, drop in
//! specs for providers pspkit does not have, run `cargo xtask codegen` once, build once, and check
//! that
//!
//! - only the specs, the new crates, the generated facade and CLI files (and `Cargo.lock`, which
//!   cargo updates for the new workspace members) differ, with no hand-written file touched;
//! - the new crates, the facade and the CLI are clippy-clean (`-D warnings`);
//! - the CLI runs their operations in mock mode: `tests/new_provider/stripe.yaml` (Stripe's
//!   Customers resource: a form-encoded create with an idempotency key, retrieve with `expand[]`,
//!   a cursor-paged list, delete), `customers.yaml` (Razorpay's documented Customers resource: a
//!   JSON create, edit, an offset-paged list, fetch) and `shapes.yaml` (every OpenAPI shape a provider's next operation
//!   brings, each its own operation or property);
//! - a provider's published API, whole: each overlay of `tests/published/` (a few lines of
//!   pspkit's decisions over a document kept verbatim in `specs/published/`, e.g. Paisr 2.2.1 and
//!   2.7.0, over a hundred operations each) is a provider too, and every GET operation it has
//!   answers in mock mode with the arguments its examples give;
//! - the whole spec-driven suite covers them with no edit: the CLI in every mode, the wire (method,
//!   path, query, headers, body), hostile ids, the declared customer, tolerant decoding, webhooks;
//!   every example, faults (writes included), load, secrets, schemas and Prism's mock and proxy;
//!   the new crates' doctests; the xtask's suites that read every spec (codegen, surface listings,
//!   check-payload, tidy);
//! - their surface listings name exactly the public items rustdoc finds (`cargo xtask public-api`),
//!   and the tests leave every file as codegen wrote it;
//! - the overhead benchmark's files for them (`new_provider/overhead/`, a write and a paged list,
//!   run by `cargo xtask bench-writes`) are lint-clean against their generated crates.
//!
//! It builds a second workspace (several minutes on two cores), so it is `#[ignore]`d in
//! `cargo test` and run by its own timed stage in `.ci/run`:
//! `cargo test --workspace --test new_provider -- --ignored`. Its build goes to `target/e2e`, seeded
//! with the dependencies `target/debug` already holds (the JSON docs of the public-api check to
//! `target/e2e/rustdoc-json`, seeded from `target/rustdoc-json`), and kept: the clone is fresh
//! each run, but each file whose content the last run built gets back that run's modification
//! time, so a rerun builds only what changed. Codegen and the public-api check run in this
//! process, through the xtask's library (built from the sources under test: on CI's clean clone,
//! the clone's own), so the clone never builds an xtask of its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The throwaway specs (`tests/new_provider/<name>.yaml`), each a provider pspkit does not have.
const PROVIDERS: [&str; 3] = ["stripe", "customers", "shapes"];

/// The xtask's test suites that read every spec in `specs/` (the others read fixtures of their own),
/// each finding the checkout with `xtask::workspace_root`.
const SPEC_READING_XTASK_SUITES: [&str; 5] = ["codegen", "surface", "check_payload", "tidy", "progenitor_runs"];

/// The overlays on published documents (`tests/published/<name>.yaml`, each extending a document
/// in `specs/published/`), by name: throwaway providers too.
fn published() -> Vec<String> {
    let dir = root().join("xtask/tests/published");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/published")
        .filter_map(|entry| Some(entry.ok()?.path().file_stem()?.to_str()?.to_owned()))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no overlay in tests/published");
    names
}

/// Every throwaway provider: the specs written for the test, then the published documents.
fn new_providers() -> Vec<String> {
    PROVIDERS.iter().map(|provider| (*provider).to_owned()).chain(published()).collect()
}
const EXAMPLE_ID: &str = "cus_NffrFeUfNV2Hib";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(dir: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let started = std::time::Instant::now();
    let output = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("{program} {args:?}: {error}"));
    eprintln!("$ {program} {} -> {:?} ({:.1?})", args.join(" "), output.status.code(), started.elapsed());
    output
}

fn succeed(dir: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let output = run(dir, program, args, env);
    assert!(
        output.status.success(),
        "{program} {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Where each run records, for every file and directory of its workspace, the content it built
/// and its modification time (`<sha-256> <nanoseconds> <path>`, a line each), for the next run.
const STAMPS: &str = "workspace-stamps.txt";

/// Gives each file and directory of `workspace` whose content is what the last run built (as
/// `stamps` recorded it) the modification time it had then, and records this run's. A
/// directory's content is the list of its entries' names: build scripts declare
/// `rerun-if-changed` on directories, and cargo compares their times too. The workspace is a
/// fresh clone each run, so every file and directory is new to cargo, which compares modification
/// times: without this, a kept `target/e2e` would rebuild every crate of the clone, the published
/// documents' large ones included, on every run.
fn reuse_modification_times(workspace: &Path, stamps: &Path) {
    use sha2::Digest as _;
    let last: std::collections::HashMap<String, (String, u128)> = std::fs::read_to_string(stamps)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let mut fields = line.splitn(3, ' ');
            let (hash, nanos, path) = (fields.next()?, fields.next()?.parse().ok()?, fields.next()?);
            Some((path.to_owned(), (hash.to_owned(), nanos)))
        })
        .collect();
    let mut record = String::new();
    let mut reused = 0;
    for path in entries(workspace) {
        let relative = path.strip_prefix(workspace).expect("under the workspace").to_string_lossy().into_owned();
        let hash = format!("{:x}", sha2::Sha256::digest(content(&path)));
        let nanos = match last.get(&relative) {
            Some((built, nanos)) if *built == hash => {
                let time = std::time::UNIX_EPOCH + std::time::Duration::from_nanos(*nanos as u64);
                // Setting a time needs ownership, not write access: a read-only handle does, and
                // is the only kind a directory opens with.
                let handle = std::fs::File::open(&path).expect("a workspace file or directory");
                handle.set_modified(time).expect("setting a modification time");
                reused += 1;
                *nanos
            }
            _ => {
                let modified = std::fs::metadata(&path).and_then(|metadata| metadata.modified());
                let modified = modified.expect("a modification time");
                modified.duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_nanos()
            }
        };
        record.push_str(&format!("{hash} {nanos} {relative}\n"));
    }
    std::fs::write(stamps, record).expect("recording the workspace's stamps");
    eprintln!("{reused} files and directories as the last run built them");
}

/// A file's bytes, or a directory's sorted entry names (a line each, after a line that tells the
/// two kinds apart).
fn content(path: &Path) -> Vec<u8> {
    if path.is_dir() {
        let mut names: Vec<String> = std::fs::read_dir(path)
            .expect("a workspace directory")
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        format!("directory\n{}", names.join("\n")).into_bytes()
    } else {
        std::fs::read(path).expect("a workspace file")
    }
}

/// Every file and directory under `dir` but git's own.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a workspace directory").flatten() {
        let path = entry.path();
        if entry.file_type().expect("a file type").is_dir() {
            if entry.file_name() != ".git" {
                found.extend(entries(&path));
                found.push(path);
            }
        } else {
            found.push(path);
        }
    }
    found
}

/// The mechanism that lets a warm run reuse `target/e2e`: a file or directory whose content did
/// not change gets the last run's modification time back; one that changed keeps its own.
#[test]
fn unchanged_files_and_directories_get_the_last_runs_times_back() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("reuse-modification-times");
    let workspace = scratch.join("workspace");
    let stamps = scratch.join("stamps.txt");
    let _ = std::fs::remove_dir_all(&scratch);
    let write = |path: &str, text: &str| {
        let path = workspace.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a directory");
        std::fs::write(path, text).expect("a file");
    };
    let time_of = |path: &str| std::fs::metadata(workspace.join(path)).and_then(|m| m.modified()).expect("a time");
    let set_all = |time: std::time::SystemTime| {
        for path in entries(&workspace) {
            std::fs::File::open(path).and_then(|handle| handle.set_modified(time)).expect("setting a time");
        }
    };
    let built = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    let cloned = built + std::time::Duration::from_secs(1_000);

    // The last run: a clone, built at `built`.
    write("same/kept.rs", "kept");
    write("same/edited.rs", "before");
    write("grown/old.rs", "old");
    set_all(built);
    reuse_modification_times(&workspace, &stamps);

    // This run: a fresh clone (every entry new, at `cloned`), with one file edited and one added.
    std::fs::remove_dir_all(&workspace).expect("removing the last clone");
    write("same/kept.rs", "kept");
    write("same/edited.rs", "after");
    write("grown/old.rs", "old");
    write("grown/new.rs", "new");
    set_all(cloned);
    reuse_modification_times(&workspace, &stamps);

    assert_eq!(time_of("same/kept.rs"), built, "an unchanged file");
    assert_eq!(time_of("same"), built, "a directory with the same entries");
    assert_eq!(time_of("grown/old.rs"), built, "an unchanged file in a changed directory");
    assert_eq!(time_of("same/edited.rs"), cloned, "an edited file keeps its own time");
    assert_eq!(time_of("grown"), cloned, "a directory that gained an entry keeps its own time");
    assert_eq!(time_of("grown/new.rs"), cloned, "a new file keeps its own time");
}

/// The seed specs the test grows (`tests/new_provider/grown/<provider>.yaml`: operations and
/// schemas merged into the committed `specs/<provider>.yaml`, as a maintainer grows a spec), each
/// with its grown document, read from `workspace`.
fn grown_specs(workspace: &Path) -> Vec<(String, serde_json::Value)> {
    let dir = root().join("xtask/tests/new_provider/grown");
    let mut grown = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/new_provider/grown").flatten() {
        let path = entry.path();
        let provider = path.file_stem().expect("a file name").to_string_lossy().into_owned();
        let seed = workspace.join("specs").join(format!("{provider}.yaml"));
        let mut document = xtask::model::read_document(&seed, "seed").expect("the seed spec");
        merge(&mut document, xtask::model::read_document(&path, "growth").expect("the growth"));
        grown.push((provider, document));
    }
    grown.sort_by(|a, b| a.0.cmp(&b.0));
    grown
}

/// Merges `addition` into `base`, object by object; anything else in `addition` replaces.
fn merge(base: &mut serde_json::Value, addition: serde_json::Value) {
    match (base, addition) {
        (serde_json::Value::Object(base), serde_json::Value::Object(addition)) => {
            for (key, value) in addition {
                match base.get_mut(&key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (base, addition) => *base = addition,
    }
}

/// Every grown seed spec validates and renders, with the operations it gained (a cheap check of
/// what the end-to-end test builds, run by every `cargo test`).
#[test]
fn grown_seed_specs_render_with_their_new_operations() {
    let grown = grown_specs(&root());
    assert!(!grown.is_empty(), "no grown spec");
    for (provider, document) in grown {
        let spec = xtask::model::parse(provider.clone(), format!("specs/{provider}.yaml"), document)
            .unwrap_or_else(|error| panic!("{provider}: {error:#}"));
        assert!(spec.model.operations.len() >= 4, "{provider}: {} operations", spec.model.operations.len());
        assert!(spec.model.operations.iter().any(|operation| operation.body.is_some()), "{provider}: a write");
        assert!(spec.model.operations.iter().any(|operation| operation.paging.is_some()), "{provider}: a list");
        let generated = xtask::progenitor::generate(&spec).unwrap_or_else(|error| panic!("{provider}: {error:#}"));
        xtask::emit::provider_crate::render(&spec, &generated).unwrap_or_else(|error| panic!("{provider}: {error:#}"));
    }
}

/// Whether a path that differs after codegen is one codegen (or cargo) may change: `grown` names
/// the seed specs the test grew.
fn generated_or_new(path: &str, grown: &[String]) -> bool {
    new_providers().iter().chain(grown).any(|provider| {
        path == format!("specs/{provider}.yaml")
            || path.starts_with(&format!("crates/providers/{provider}/"))
            || path == format!("tests/surface/{provider}.snap")
            || path == format!("tests/benches/plain/{provider}.rs")
    }) || path == "crates/pspkit/Cargo.toml"
        || path == "crates/pspkit/src/generated.rs"
        || path == "crates/pspkit/src/bin/pspkit/generated.rs"
        || path == "Cargo.lock"
}

#[test]
#[ignore = "builds a second workspace: run by .ci/run's new-provider stage"]
fn new_specs_are_new_providers_end_to_end() {
    let root = root();
    let target = root.join("target/e2e");
    let workspace = target.join("workspace");
    if workspace.exists() {
        std::fs::remove_dir_all(&workspace).expect("removing the last run's workspace");
    }
    std::fs::create_dir_all(&target).expect("target/e2e");
    xtask::tasks::seed::seed(&root.join("target"), &target).expect("seeding target/e2e");
    let target_dir = target.to_str().expect("a UTF-8 path").to_owned();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let env = [("CARGO_TARGET_DIR", target_dir.as_str()), ("CARGO_TERM_COLOR", "never")];
    let workspace_arg = workspace.to_str().expect("a UTF-8 path");
    succeed(&root, "git", &["clone", "--quiet", "--local", "--no-hardlinks", ".", workspace_arg], &[]);

    // The specs are the only hand-made change: new providers, and seed specs grown by operations
    // (JSON is YAML); then one codegen, one build.
    for provider in PROVIDERS {
        let spec = format!("{provider}.yaml");
        std::fs::copy(root.join("xtask/tests/new_provider").join(&spec), workspace.join("specs").join(&spec))
            .expect("copying a spec");
    }
    for provider in published() {
        let overlay = format!("{provider}.yaml");
        std::fs::copy(root.join("xtask/tests/published").join(&overlay), workspace.join("specs").join(&overlay))
            .expect("copying an overlay");
    }
    let grown: Vec<String> = grown_specs(&workspace)
        .into_iter()
        .map(|(provider, document)| {
            let yaml = serde_json::to_string_pretty(&document).expect("JSON");
            std::fs::write(workspace.join("specs").join(format!("{provider}.yaml")), yaml).expect("a grown spec");
            provider
        })
        .collect();
    // `cargo xtask codegen`, in this process: the clone's xtask would be the same sources, built
    // again.
    let started = std::time::Instant::now();
    let generated =
        xtask::tasks::codegen::run(&workspace, &[], xtask::tasks::codegen::Mode::Write).expect("codegen runs");
    eprintln!("$ cargo xtask codegen (in-process) -> {generated} ({:.1?})", started.elapsed());
    assert!(generated, "codegen refused the throwaway specs");
    // The overhead benchmark's files for the throwaway providers (`new_provider/overhead/`, which
    // `cargo xtask bench-writes` runs in a copy like this one), linted below.
    let mut benches = Vec::new();
    for entry in
        std::fs::read_dir(root.join("xtask/tests/new_provider/overhead")).expect("the benchmark files").flatten()
    {
        let copy = format!("tests/benches/overhead/{}", entry.file_name().to_string_lossy());
        std::fs::copy(entry.path(), workspace.join(&copy)).expect("copying a benchmark file");
        benches.push(copy);
    }
    reuse_modification_times(&workspace, &target.join(STAMPS));
    // The suites whose answer depends on `specs/`, as a maintainer runs them after codegen
    // (`--locked`: codegen keeps `Cargo.lock` in step): the facade's and the CLI's, the
    // spec-driven suites, the doctests of every new and grown crate (below), then the xtask's
    // suites that read every spec (codegen staleness and determinism, the surface snapshots,
    // check-payload, tidy, one progenitor run per spec). The rest of the workspace's tests (the
    // runtime's, the xtask's own fixtures, its loader fuzzing, the benchmarks' baseline) read no
    // spec and passed in the test stage on this same commit. The operation-by-operation suites
    // (faults, load, secrets, Prism, ...) run for the new and grown providers only: the test stage
    // has run them for the committed ones.
    let only = new_providers().into_iter().chain(grown.iter().cloned()).collect::<Vec<_>>();
    let mut packages = vec!["-p", "pspkit", "-p", "pspkit-tests"];
    let crates: Vec<String> = only.iter().map(|provider| format!("pspkit-{provider}")).collect();
    for package in &crates {
        packages.extend(["-p", package.as_str()]);
    }
    let test = ["test", "--quiet", "--offline", "--locked"];
    let only = only.join(",");
    let only = ("PSPKIT_TEST_PROVIDERS", only.as_str());
    // Prism judges the specs written for the test and the grown ones; a published document can
    // contradict itself where Prism is strict (`tests/tests/integration/prism.rs` says where).
    let judged = PROVIDERS.iter().map(|provider| (*provider).to_owned()).chain(grown.iter().cloned());
    let judged = judged.collect::<Vec<_>>().join(",");
    let judged = ("PSPKIT_PRISM_PROVIDERS", judged.as_str());
    let prism = root.join(".ci/tools/node_modules/.bin/prism");
    let prism = prism.to_str().expect("a UTF-8 path");
    // These specs hold every shape: a spec-driven test that finds none of its kind fails.
    let every_shape = ("PSPKIT_REQUIRE_EVERY_SHAPE", "1");
    // Under `CI`, a missing Prism fails the contract test.
    let suites_env = [env[0], env[1], every_shape, only, judged, ("CI", "true"), ("PSPKIT_PRISM", prism)];
    // One build serves the CLI runs and the suites below: the suites' binaries, and the CLI and
    // every crate they depend on as `cargo test` resolves their features (a `cargo build` of the
    // workspace resolves them otherwise, `pspkit-runtime`'s default ones among them, and would
    // compile each crate that depends on the runtime a second time).
    let build = [&test[..], &["--no-run"], &packages].concat();
    succeed(&workspace, &cargo, &build, &suites_env);

    // Only generated files (and cargo's lock file) differ.
    let status = succeed(&workspace, "git", &["status", "--porcelain", "--untracked-files=all"], &[]);
    let changed: Vec<&str> =
        status.lines().map(|line| line[3..].trim()).filter(|path| !benches.iter().any(|bench| path == bench)).collect();
    for provider in new_providers() {
        let crate_source = format!("crates/providers/{provider}/src/");
        assert!(changed.iter().any(|path| path.starts_with(&crate_source)), "{provider}: {changed:?}");
    }
    let unexpected: Vec<&&str> = changed.iter().filter(|path| !generated_or_new(path, &grown)).collect();
    assert!(unexpected.is_empty(), "files outside the specs and the generated ones changed: {unexpected:?}");
    // A grown crate's surface gained operations: codegen bumped its version and logged them.
    for provider in &grown {
        let manifest = format!("crates/providers/{provider}/Cargo.toml");
        let committed = succeed(&workspace, "git", &["show", &format!("HEAD:{manifest}")], &[]);
        let now = std::fs::read_to_string(workspace.join(&manifest)).expect("the manifest");
        let version = |text: &str| text.lines().find(|line| line.starts_with("version = ")).unwrap_or("").to_owned();
        assert_ne!(version(&now), version(&committed), "{provider}: the version was bumped");
        let changelog = std::fs::read_to_string(workspace.join(format!("crates/providers/{provider}/CHANGELOG.md")))
            .expect("the changelog");
        assert!(changelog.contains("fn `Client::list_customers` added (additive)"), "{provider}: {changelog}");
    }

    // The generated crates, the facade and the CLI are as lint-clean as the committed workspace;
    // so are the overhead benchmark's files for the throwaway providers against their crates.
    let mut clippy = vec!["clippy", "--quiet", "--offline", "--lib", "--bins", "--bench", "overhead", "-p", "pspkit"];
    let linted: Vec<String> = new_providers().iter().map(|provider| format!("pspkit-{provider}")).collect();
    for package in &linted {
        clippy.extend(["-p", package.as_str()]);
    }
    clippy.extend(["-p", "pspkit-tests", "--", "-D", "warnings"]);
    succeed(&workspace, &cargo, &clippy, &env);

    let pspkit = target.join("debug/pspkit");
    let pspkit = pspkit.to_str().expect("a UTF-8 path");
    stripe_runs_in_mock_mode(&workspace, pspkit);
    customers_run_in_mock_mode(&workspace, pspkit);
    every_shape_runs_in_mock_mode(&workspace, pspkit);
    for provider in published() {
        every_read_runs_in_mock_mode(&workspace, pspkit, &provider);
    }

    // The spec-driven tests cover the new providers with no edit: the CLI in every mode, the wire,
    // hostile ids, the declared customer, tolerant decoding; every example, faults, load, secrets,
    // schemas and the Prism contract.
    let run = [&test[..], &["--no-fail-fast"], &packages, &["--", "--skip", "quirks::"]].concat();
    succeed(&workspace, &cargo, &run, &suites_env);
    // The xtask's suites that read every spec, as this checkout built them (its sources are the
    // clone's), run in the clone: cargo names the checkout in `CARGO_MANIFEST_DIR`.
    let manifest_dir = workspace.join("xtask");
    let manifest_dir = ("CARGO_MANIFEST_DIR", manifest_dir.to_str().expect("a UTF-8 path"));
    for suite in spec_reading_xtask_suites(&root, &cargo) {
        let suite = suite.to_str().expect("a UTF-8 path");
        let env = [manifest_dir, env[0], env[1], ("CI", "true")];
        succeed(&workspace.join("xtask"), suite, &["--quiet"], &env);
    }
    let after = succeed(&workspace, "git", &["status", "--porcelain", "--untracked-files=all"], &[]);
    assert_eq!(after, status, "the tests changed no file");

    // Each new crate's listing is its whole public surface, as rustdoc sees it.
    let listing = std::fs::read_to_string(workspace.join("tests/surface/stripe.snap")).expect("stripe's listing");
    assert!(listing.contains("GetCustomer: GET") && listing.contains("CreateCustomer: POST"), "{listing}");
    let started = std::time::Instant::now();
    let providers = new_providers();
    // Seeded from the workspace's own JSON docs build (the public-api stage's, on CI): the clone's
    // workspace resolves the same features for the dependencies.
    let xtask = Path::new(env!("CARGO_BIN_EXE_xtask"));
    let workspace_docs =
        xtask::tasks::public_api::DocsTarget::beside(&root.join("target"), xtask).expect("a docs target");
    let docs = workspace_docs.seed_another(target.join("rustdoc-json")).expect("a docs target");
    let listed =
        xtask::tasks::public_api::run(&workspace, &providers, &docs).expect("rustdoc builds the new crates' docs");
    eprintln!("$ cargo xtask public-api {} (in-process) -> {listed} ({:.1?})", providers.join(" "), started.elapsed());
    assert!(listed, "a surface listing and rustdoc disagree");
}

/// The test executables of [`SPEC_READING_XTASK_SUITES`], built in this checkout as its test stage
/// builds them (`--workspace`: the same features, so nothing is rebuilt).
fn spec_reading_xtask_suites(root: &Path, cargo: &str) -> Vec<PathBuf> {
    let mut args = vec!["test", "--workspace", "--locked", "--no-run", "--message-format=json"];
    for suite in SPEC_READING_XTASK_SUITES {
        args.extend(["--test", suite]);
    }
    let messages = succeed(root, cargo, &args, &[]);
    let executables: Vec<PathBuf> = messages
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| {
            let name = message.pointer("/target/name").and_then(serde_json::Value::as_str);
            name.is_some_and(|name| SPEC_READING_XTASK_SUITES.contains(&name))
        })
        .filter_map(|message| message.get("executable")?.as_str().map(PathBuf::from))
        .collect();
    assert_eq!(executables.len(), SPEC_READING_XTASK_SUITES.len(), "every suite was built: {executables:?}");
    executables
}

/// `pspkit <args> --mock`'s stdout, as JSON.
fn mock_json(workspace: &Path, pspkit: &str, args: &[&str]) -> serde_json::Value {
    let mut args = args.to_vec();
    args.push("--mock");
    serde_json::from_str(&succeed(workspace, pspkit, &args, &[])).expect("JSON on stdout")
}

/// `pspkit <args> --all --mock`'s stdout: one JSON item per line.
fn mock_items(workspace: &Path, pspkit: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let mut args = args.to_vec();
    args.extend(["--all", "--mock"]);
    let lines = succeed(workspace, pspkit, &args, &[]);
    lines.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect()
}

/// Runs `args` (with `--mock`) and checks it is refused with exit 2, nothing sent, and that the
/// message says `says`.
fn refused(workspace: &Path, pspkit: &str, args: &[&str], says: &str) {
    let mut args = args.to_vec();
    args.push("--mock");
    let output = run(workspace, pspkit, &args, &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains("nothing was sent") && stderr.contains(says), "{args:?}: {stderr}");
}

/// Stripe's Customers resource: retrieve with its flags (and the normalised customer), create from
/// a form body (its address a deep object, in brackets), a cursor-paged list with `--all`, delete; a pretty listing of an operation without
/// a customer mapping and a non-integer `--limit` exit 2.
fn stripe_runs_in_mock_mode(workspace: &Path, pspkit: &str) {
    let customer = mock_json(workspace, pspkit, &["stripe", "get-customer", EXAMPLE_ID]);
    assert_eq!((customer["id"].as_str(), customer["name"].as_str()), (Some(EXAMPLE_ID), Some("Jenny Rosen")));
    let flags = ["--expand", "default_source", "--expand", "sources", "--stripe-version", "2025-03-31.basil"];
    let mut args = vec!["stripe", "get-customer", EXAMPLE_ID, "-o", "normalized"];
    args.extend(flags);
    let normalized = mock_json(workspace, pspkit, &args);
    assert_eq!(
        (normalized["provider"].as_str(), normalized["email"].as_str()),
        (Some("stripe"), Some("jennyrosen@example.com"))
    );
    let body = r#"{"name":"Jenny Rosen","email":"jennyrosen@example.com","address":{"city":"South San Francisco"}}"#;
    assert_eq!(mock_json(workspace, pspkit, &["stripe", "create-customer", "--body", body])["id"], EXAMPLE_ID);
    let page = mock_json(workspace, pspkit, &["stripe", "list-customers", "--limit", "3"]);
    assert_eq!(page["data"][0]["id"], EXAMPLE_ID, "{page}");
    let items = mock_items(workspace, pspkit, &["stripe", "list-customers"]);
    assert_eq!(items.len(), 1, "the example's one customer, its page the last: {items:?}");
    assert_eq!(mock_json(workspace, pspkit, &["stripe", "delete-customer", EXAMPLE_ID])["deleted"], true);
    let pretty = run(workspace, pspkit, &["stripe", "list-customers", "--mock", "-o", "pretty"], &[]);
    assert_eq!(pretty.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&pretty.stderr).contains("declares no normalised customer"));
    refused(workspace, pspkit, &["stripe", "list-customers", "--limit", "three"], "--limit");
    refused(workspace, pspkit, &["stripe", "list-customers", "--limit", "0"], "--limit");
}

/// `customers.yaml` (Razorpay's documented Customers resource): create and edit from JSON bodies, fetch by id, every customer
/// through the offset-paged list; a body missing its required name, or with a value its enum does
/// not list, exits 2.
fn customers_run_in_mock_mode(workspace: &Path, pspkit: &str) {
    let provider = "customers";
    let id = "cust_1Aa00000000004";
    let body = r#"{"name":"Gaurav Kumar","email":"gaurav.kumar@example.com","fail_existing":"0"}"#;
    assert_eq!(mock_json(workspace, pspkit, &[provider, "create-customer", "--body", body])["id"], id);
    let edit = r#"{"contact":"9123456789"}"#;
    assert_eq!(mock_json(workspace, pspkit, &[provider, "edit-customer", id, "--body", edit])["contact"], "9123456789");
    assert_eq!(mock_json(workspace, pspkit, &[provider, "get-customer", id])["name"], "Gaurav Kumar");
    let items = mock_items(workspace, pspkit, &[provider, "list-customers", "--count", "5"]);
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["id"], id);
    refused(workspace, pspkit, &[provider, "create-customer", "--body", r#"{"email":"x@example.com"}"#], "/name");
    refused(
        workspace,
        pspkit,
        &[provider, "create-customer", "--body", r#"{"name":"x","fail_existing":"2"}"#],
        "/fail_existing",
    );
    refused(workspace, pspkit, &[provider, "list-customers", "--count", "0"], "--count");
    // `--max-pages`: the list's next page would be the second; one page allowed, an error after it.
    let capped = run(workspace, pspkit, &[provider, "list-customers", "--all", "--max-pages", "1", "--mock"], &[]);
    let stderr = String::from_utf8_lossy(&capped.stderr);
    assert_eq!(capped.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("stopped after 1 pages"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&capped.stdout).lines().count(), 1, "the first page's one customer");
}

/// `shapes.yaml` (every OpenAPI shape of issue "Any spec a PSP publishes", each its own operation or
/// property): every operation through the CLI in mock mode, bodies and lists included; a body that
/// breaks the request schema, or a value out of a parameter's bounds, exits 2.
fn every_shape_runs_in_mock_mode(workspace: &Path, pspkit: &str) {
    let json = |args: &[&str]| mock_json(workspace, pspkit, args);
    let created = json(&["shapes", "create-thing", "--body", r#"{"name":"Lamp","kind":"small"}"#]);
    assert_eq!((created["id"].as_str(), created["level"].as_i64()), (Some("t_1"), Some(2)), "{created}");
    assert_eq!(created["address"]["city"], "Pune", "the inline allOf property decodes");
    let form = json(&["shapes", "create-thing-form", "--body", r#"{"name":"Desk"}"#]);
    assert_eq!(form["id"], "t_2");
    let page = json(&["shapes", "list-things", "--count", "5", "--skip", "0", "--expand", "a", "--expand", "b"]);
    assert_eq!(page["has_more"], false);
    assert_eq!(json(&["shapes", "get-thing", "t_1"])["name"], "Lamp", "path-level parameter");
    for paged in ["list-things", "list-thing-pages", "list-things-by-link"] {
        let items = mock_items(workspace, pspkit, &["shapes", paged]);
        assert_eq!(items.len(), 1, "{paged}: the example's one item, its page the last: {items:?}");
        assert_eq!(items[0]["id"], "t_1");
    }
    assert_eq!(json(&["shapes", "delete-thing", "t_1"]), serde_json::Value::Null, "a 204 has no body");
    refused(workspace, pspkit, &["shapes", "create-thing", "--body", r#"{"kind":"small"}"#], "/name");
    refused(workspace, pspkit, &["shapes", "create-thing", "--body", r#"{"name":"x","kind":"huge"}"#], "/kind");
    refused(workspace, pspkit, &["shapes", "list-things", "--count", "0"], "--count");
    refused(workspace, pspkit, &["shapes", "get-thing", ".."], "id");
}

/// Every GET operation of a published document's provider, in mock mode, with the arguments its
/// examples give (`example_args`: its required parameters, the documented ones or those codegen
/// composed), answers with a JSON value: its success example, decoded and printed.
fn every_read_runs_in_mock_mode(workspace: &Path, pspkit: &str, provider: &str) {
    let spec = xtask::model::load(workspace, &workspace.join(format!("specs/{provider}.yaml")))
        .unwrap_or_else(|error| panic!("{provider}: {error:#}"));
    let reads: Vec<_> = spec.model.operations.iter().filter(|operation| operation.verb == "GET").collect();
    assert!(reads.len() >= 10, "{provider}: only {} GET operations", reads.len());
    for operation in &reads {
        let mut args = vec![provider, operation.command.name.as_str()];
        args.extend(operation.command.example_args.iter().map(String::as_str));
        let answer = mock_json(workspace, pspkit, &args);
        assert!(!answer.is_null(), "{provider} {}: answered with no value", operation.route());
    }
    eprintln!(
        "{provider}: {} of {} operations are GETs; each answered in mock mode",
        reads.len(),
        spec.model.operations.len()
    );
}
