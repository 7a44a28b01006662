//! `cargo xtask public-api`: builds each generated crate's documentation as rustdoc's JSON (every
//! feature, as docs.rs builds it) and checks that the surface listing (`tests/surface/<provider>.snap`)
//! names exactly the public items rustdoc finds: none missing, none extra. The listing is what
//! reviewers read and what `cargo xtask codegen` versions, so an item it leaves out would change
//! unseen. rustdoc's JSON is unstable: rustdoc runs with `RUSTC_BOOTSTRAP=1`, as under
//! cargo-semver-checks, but only rustdoc ([`run_as_rustdoc`]), in a target directory of its own
//! ([`DocsTarget`]).
//!
//! What is compared: each item's kind and path, and for each type the traits it implements by name
//! (auto traits, blanket implementations and the compiler's `StructuralPartialEq` left out: nothing
//! in the generated code writes them).

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context as _, bail};
use serde_json::Value;

use crate::surface::value::Surface;

/// Traits rustdoc lists that no code writes or derives by that name.
const COMPILER_TRAITS: [&str; 1] = ["StructuralPartialEq"];

/// How a build may treat the workspace's lock file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    /// As checked in: `--locked`.
    AsCommitted,
    /// Cargo may add the workspace's own new members to it (a scratch workspace's copied lock).
    NewMembers,
}

/// The variable that makes the xtask's executable stand in for rustdoc: it names the rustdoc to
/// run ([`run_as_rustdoc`]).
const RUSTDOC_BEHIND_XTASK: &str = "PSPKIT_XTASK_RUSTDOC";

/// The flag, in `RUSTDOCFLAGS`, that names the crates (`--crate-name`s, comma-separated) rustdoc
/// documents when the xtask stands in for it: the others pass as documented. A flag rather than a
/// variable so that cargo's fingerprints see it: a crate passed over in one build is documented
/// when a later one asks for it. The xtask takes it out before rustdoc sees the arguments.
const DOCUMENT_ONLY: &str = "--xtask-document-only=";

/// When cargo started this process as a JSON docs build's rustdoc ([`build`] names the xtask's
/// executable as `RUSTDOC`), runs the real rustdoc with the same arguments and
/// `RUSTC_BOOTSTRAP=1` and returns its exit code, or returns success at once for a crate
/// `--xtask-document-only` leaves out; `None` when this process is not standing in for rustdoc.
///
/// rustdoc's JSON needs `RUSTC_BOOTSTRAP=1`, but set for the whole cargo run it reaches every
/// build script too, and some (`proc-macro2`'s, `thiserror`'s, `anyhow`'s) rerun when it changes
/// and probe for nightly features: `syn`, `serde_derive` and everything above them would build a
/// second time, apart from the normal build's units.
pub fn run_as_rustdoc() -> Option<ExitCode> {
    let rustdoc = std::env::var_os(RUSTDOC_BEHIND_XTASK)?;
    let (only, args): (Vec<OsString>, Vec<OsString>) =
        std::env::args_os().skip(1).partition(|arg| arg.to_string_lossy().starts_with(DOCUMENT_ONLY));
    let documented = |name: &str| {
        only.iter().all(|flag| flag.to_string_lossy()[DOCUMENT_ONLY.len()..].split(',').any(|wanted| wanted == name))
    };
    if crate_name(&args).is_some_and(|name| !documented(name)) {
        return Some(ExitCode::SUCCESS);
    }
    let status =
        Command::new(&rustdoc).args(&args).env("RUSTC_BOOTSTRAP", "1").env_remove(RUSTDOC_BEHIND_XTASK).status();
    Some(match status {
        Ok(status) => status.code().and_then(|code| u8::try_from(code).ok()).map_or(ExitCode::FAILURE, ExitCode::from),
        Err(error) => {
            eprintln!("error: running {}: {error}", rustdoc.to_string_lossy());
            ExitCode::FAILURE
        }
    })
}

/// The crate a rustdoc command line documents (`--crate-name NAME`); none for a query such as
/// `rustdoc -vV`.
fn crate_name(args: &[OsString]) -> Option<&str> {
    args.windows(2).find(|pair| pair[0] == "--crate-name").and_then(|pair| pair[1].to_str())
}

/// A target directory that only rustdoc JSON builds use, and the xtask executable its builds run
/// as rustdoc ([`run_as_rustdoc`]). Its own directory because the JSON docs land where the
/// workspace's HTML docs do (`doc/`) under other `RUSTDOCFLAGS`: neither build replaces the
/// other's, and each is kept between runs, like the directory it is seeded from.
#[derive(Clone, Debug)]
pub struct DocsTarget {
    dir: PathBuf,
    xtask: PathBuf,
}

impl DocsTarget {
    /// `target/rustdoc-json`, seeded from `target` (the target directory of the checkout's usual
    /// builds), documenting through `xtask` (the xtask's executable, which calls
    /// [`run_as_rustdoc`] first).
    pub fn beside(target: &Path, xtask: &Path) -> anyhow::Result<Self> {
        crate::tasks::seed::seed(target, &target.join("rustdoc-json"))?;
        Ok(Self { dir: target.join("rustdoc-json"), xtask: xtask.to_owned() })
    }

    /// A docs target at `dir`, seeded from this one once this one has built, documenting through
    /// the same executable.
    pub fn seed_another(&self, dir: PathBuf) -> anyhow::Result<Self> {
        crate::tasks::seed::seed(&self.dir, &dir)?;
        Ok(Self { dir, xtask: self.xtask.clone() })
    }
}

/// Builds the JSON docs of `packages` (`pspkit-<provider>`) of the workspace at `root` into
/// `target`, in one cargo run, and returns each one's file. Cargo runs over the whole workspace
/// (`--workspace`, every feature), as the workspace's own docs build does, so that the
/// dependencies resolve the same features and the units the target was seeded with serve:
/// `-p` alone would resolve them for the providers only, and check dozens of crates again.
/// rustdoc documents only `packages` (`--xtask-document-only`, which the xtask takes out).
pub fn build(root: &Path, packages: &[String], target: &DocsTarget, lock: Lock) -> anyhow::Result<Vec<PathBuf>> {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.current_dir(root).args(["doc", "--workspace", "--no-deps", "--all-features", "--quiet"]);
    if lock == Lock::AsCommitted {
        command.arg("--locked");
    }
    let crate_names: Vec<String> = packages.iter().map(|package| package.replace('-', "_")).collect();
    // The toolchain's rustdoc (through rustup's proxy, the toolchain cargo runs under), unless
    // the caller names another.
    let rustdoc = std::env::var_os("RUSTDOC").unwrap_or_else(|| OsString::from("rustdoc"));
    let status = command
        .env("RUSTDOC", &target.xtask)
        .env(RUSTDOC_BEHIND_XTASK, rustdoc)
        .env(
            "RUSTDOCFLAGS",
            format!("-Z unstable-options --output-format json --cfg docsrs {DOCUMENT_ONLY}{}", crate_names.join(",")),
        )
        .env("CARGO_TARGET_DIR", &target.dir)
        .status()
        .context("running cargo doc")?;
    if !status.success() {
        bail!("cargo doc --output-format json failed ({status})");
    }
    let doc = target.dir.join("doc");
    Ok(crate_names.iter().map(|name| doc.join(format!("{name}.json"))).collect())
}

/// Every public item of the crate rustdoc documented in `doc`: `<kind> <path>`, and
/// `impls <path>: <traits>` for each type that implements any.
pub fn public_items(doc: &Value) -> anyhow::Result<BTreeSet<String>> {
    let root = doc["root"].as_u64().context("rustdoc JSON without a root")?;
    let mut found = BTreeSet::new();
    walk(doc, root, &[], &mut found)?;
    Ok(found)
}

fn item(doc: &Value, id: u64) -> Option<&Value> {
    doc["index"].get(id.to_string())
}

fn ids(value: &Value) -> Vec<u64> {
    value.as_array().map(|ids| ids.iter().filter_map(Value::as_u64).collect()).unwrap_or_default()
}

fn join(path: &[String], name: &str) -> Vec<String> {
    let mut joined = path.to_vec();
    joined.push(name.to_owned());
    joined
}

/// The public items of the module `id`, found at `path`.
fn walk(doc: &Value, id: u64, path: &[String], found: &mut BTreeSet<String>) -> anyhow::Result<()> {
    let module = item(doc, id).context("a module missing from rustdoc's index")?;
    for child in ids(&module["inner"]["module"]["items"]) {
        let Some(entry) = item(doc, child) else { continue };
        if entry["visibility"] != "public" {
            continue;
        }
        if let Some(used) = entry["inner"].get("use") {
            let target = used["id"].as_u64().and_then(|target| Some((target, item(doc, target)?)));
            let name = used["name"].as_str().unwrap_or_default();
            match target {
                Some((target, _)) if used["is_glob"] == true => walk(doc, target, path, found)?,
                Some((target, _)) => named(doc, target, &join(path, name), found)?,
                None => {
                    found.insert(format!("use {}", join(path, name).join("::")));
                }
            }
            continue;
        }
        let name = entry["name"].as_str().unwrap_or_default();
        named(doc, child, &join(path, name), found)?;
    }
    Ok(())
}

/// The item `id` at `path`, with its members.
fn named(doc: &Value, id: u64, path: &[String], found: &mut BTreeSet<String>) -> anyhow::Result<()> {
    let entry = item(doc, id).context("an item missing from rustdoc's index")?;
    let Some((kind, inner)) = entry["inner"].as_object().and_then(|inner| inner.iter().next()) else {
        return Ok(());
    };
    let text = path.join("::");
    match kind.as_str() {
        "module" => {
            found.insert(format!("mod {text}"));
            walk(doc, id, path, found)?;
        }
        "struct" => {
            found.insert(format!("struct {text}"));
            let kind = &inner["kind"];
            let fields = match (kind.get("plain"), kind.get("tuple")) {
                (Some(plain), _) => ids(&plain["fields"]),
                (_, Some(tuple)) => ids(tuple),
                _ => Vec::new(),
            };
            for field in fields.into_iter().filter_map(|field| item(doc, field)) {
                let name = field["name"].as_str().unwrap_or_default();
                found.insert(format!("field {text}::{name}"));
            }
            members(doc, id, &inner["impls"], path, found);
        }
        "enum" => {
            found.insert(format!("enum {text}"));
            for variant in ids(&inner["variants"]).into_iter().filter_map(|variant| item(doc, variant)) {
                found.insert(format!("variant {text}::{}", variant["name"].as_str().unwrap_or_default()));
            }
            members(doc, id, &inner["impls"], path, found);
        }
        "trait" => {
            found.insert(format!("trait {text}"));
            for member in ids(&inner["items"]).into_iter().filter_map(|member| item(doc, member)) {
                found.insert(format!("fn {text}::{}", member["name"].as_str().unwrap_or_default()));
            }
        }
        "function" => {
            found.insert(format!("fn {text}"));
        }
        "constant" => {
            found.insert(format!("const {text}"));
        }
        "static" => {
            found.insert(format!("static {text}"));
        }
        "type_alias" => {
            found.insert(format!("type {text}"));
        }
        other => {
            found.insert(format!("{other} {text}"));
        }
    }
    Ok(())
}

/// A type's public inherent methods and constants, and the traits written or derived for it.
fn members(doc: &Value, id: u64, impls: &Value, path: &[String], found: &mut BTreeSet<String>) {
    let text = path.join("::");
    let mut traits = BTreeSet::new();
    for block in ids(impls).into_iter().filter_map(|block| item(doc, block)) {
        let block = &block["inner"]["impl"];
        let for_this = block["for"]["resolved_path"]["id"].as_u64() == Some(id);
        if !for_this || block["is_synthetic"] == true || !block["blanket_impl"].is_null() {
            continue;
        }
        match block["trait"].as_object() {
            Some(trait_path) => {
                let name = trait_text(trait_path);
                if !COMPILER_TRAITS.contains(&name.as_str()) {
                    traits.insert(name);
                }
            }
            None => {
                for member in ids(&block["items"]).into_iter().filter_map(|member| item(doc, member)) {
                    if member["visibility"] != "public" {
                        continue;
                    }
                    let name = member["name"].as_str().unwrap_or_default();
                    match member["inner"].as_object().and_then(|inner| inner.keys().next()).map(String::as_str) {
                        Some("function") => found.insert(format!("fn {text}::{name}")),
                        Some("assoc_const" | "constant") => found.insert(format!("const {text}::{name}")),
                        Some(other) => found.insert(format!("{other} {text}::{name}")),
                        None => false,
                    };
                }
            }
        }
    }
    if !traits.is_empty() {
        found.insert(format!("impls {text}: {}", traits.into_iter().collect::<Vec<_>>().join(", ")));
    }
}

/// A trait path as the listing names it: last segment, type arguments shortened, no lifetimes.
fn trait_text(path: &serde_json::Map<String, Value>) -> String {
    let name = path.get("path").and_then(Value::as_str).unwrap_or_default();
    let last = name.rsplit("::").next().unwrap_or(name);
    let arguments: Vec<String> = path
        .get("args")
        .and_then(|args| args["angle_bracketed"]["args"].as_array())
        .map(|args| args.iter().filter_map(|argument| argument.get("type")).map(type_text).collect())
        .unwrap_or_default();
    if arguments.is_empty() { last.to_owned() } else { format!("{last}<{}>", arguments.join(", ")) }
}

fn type_text(ty: &Value) -> String {
    if let Some(path) = ty.get("resolved_path").and_then(Value::as_object) {
        return trait_text(path);
    }
    if let Some(reference) = ty.get("borrowed_ref") {
        return format!("&{}", type_text(&reference["type"]));
    }
    ["primitive", "generic"]
        .iter()
        .find_map(|kind| ty.get(*kind).and_then(Value::as_str))
        .map_or_else(|| ty.to_string(), str::to_owned)
}

/// What the listing names ([`Surface::listed_items`]); a listing that does not read is an error.
pub fn listed_items(listing: &str) -> anyhow::Result<BTreeSet<String>> {
    Ok(Surface::parse(listing)?.listed_items())
}

/// The differences between what the listing names and what rustdoc found, as lines for a report:
/// `missing from the listing: …` and `listed but not public: …`.
pub fn differences(listed: &BTreeSet<String>, public: &BTreeSet<String>) -> Vec<String> {
    let missing = public.difference(listed).map(|item| format!("missing from the listing: {item}"));
    let extra = listed.difference(public).map(|item| format!("listed but not public: {item}"));
    missing.chain(extra).collect()
}

/// Runs the check for the named providers' generated crates under `root` (every one when none is
/// named), their docs built in `docs`; `Ok(false)` when any listing differs.
pub fn run(root: &Path, named: &[String], docs: &DocsTarget) -> anyhow::Result<bool> {
    let providers: Vec<String> = crate::model::discover(root, named)?
        .iter()
        .filter_map(|path| Some(path.file_stem()?.to_str()?.to_owned()))
        .collect();
    let packages: Vec<String> = providers.iter().map(|provider| format!("pspkit-{provider}")).collect();
    let started = std::time::Instant::now();
    let files = build(root, &packages, docs, Lock::AsCommitted)?;
    let mut clean = true;
    for (provider, file) in providers.iter().zip(files) {
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).with_context(|| file.display().to_string())?)
                .with_context(|| format!("{} is not JSON", file.display()))?;
        let listing_path = root.join(crate::surface::listing::snapshot_path(provider));
        let snapshot = std::fs::read_to_string(&listing_path).with_context(|| listing_path.display().to_string())?;
        let listing = crate::surface::listing::listing_of(&snapshot)
            .with_context(|| format!("{} is not a snapshot", listing_path.display()))?;
        let public = public_items(&doc)?;
        let differences = differences(&listed_items(listing)?, &public);
        if differences.is_empty() {
            println!("pspkit-{provider}: the listing names all {} public items rustdoc finds", public.len());
        } else {
            clean = false;
            println!("pspkit-{provider}: the listing and rustdoc disagree:");
            for difference in differences {
                println!("  {difference}");
            }
        }
    }
    println!("public-api: {} crates ({:.0?})", providers.len(), started.elapsed());
    Ok(clean)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// A crate as rustdoc's JSON shows it: a root module with a struct (a field, an inherent method,
    /// a derived trait, an auto trait, a blanket impl and an impl that only names it), a glob
    /// re-export of a private module's function and a re-export of another crate's item.
    fn document() -> Value {
        let impl_of = |trait_path: Option<&str>, items: Vec<u64>, synthetic: bool, blanket: bool, for_id: u64| {
            json!({"visibility": "default", "inner": {"impl": {
                "trait": trait_path.map(|path| json!({"path": path, "id": 90, "args": null})),
                "items": items, "is_synthetic": synthetic,
                "blanket_impl": if blanket { json!({"generic": "T"}) } else { Value::Null },
                "for": {"resolved_path": {"path": "Thing", "id": for_id, "args": null}},
            }}})
        };
        json!({
            "root": 0,
            "index": {
                "0": {"name": "krate", "visibility": "public", "inner": {"module": {"items": [1, 7, 9]}}},
                "1": {"name": "Thing", "visibility": "public", "inner": {"struct": {
                    "kind": {"plain": {"fields": [2]}}, "impls": [3, 4, 5, 6, 11]}}},
                "2": {"name": "id", "visibility": "public", "inner": {"struct_field": {"primitive": "u8"}}},
                "3": impl_of(None, vec![8], false, false, 1),
                "4": impl_of(Some("Clone"), vec![], false, false, 1),
                "5": impl_of(Some("Send"), vec![], true, false, 1),
                "6": impl_of(Some("Into"), vec![], false, true, 1),
                "11": impl_of(Some("From"), vec![], false, false, 12),
                "7": {"name": null, "visibility": "public", "inner": {"use": {"source": "private", "name": "private", "id": 10, "is_glob": true}}},
                "8": {"name": "new", "visibility": "public", "inner": {"function": {}}},
                "9": {"name": null, "visibility": "public", "inner": {"use": {"source": "other::Config", "name": "Config", "id": 999, "is_glob": false}}},
                "10": {"name": "private", "visibility": "default", "inner": {"module": {"items": [13]}}},
                "13": {"name": "helper", "visibility": "public", "inner": {"function": {}}},
            },
        })
    }

    #[test]
    fn rustdoc_items_are_read_by_their_public_path() {
        let items: Vec<String> = public_items(&document()).unwrap().into_iter().collect();
        assert_eq!(
            items,
            ["field Thing::id", "fn Thing::new", "fn helper", "impls Thing: Clone", "struct Thing", "use Config"]
        );
    }

    #[test]
    fn a_listing_names_its_types_and_items_sections() {
        let listing = "# header\ntypes:\n  struct Thing (non_exhaustive)\n    id: u8\n  enum Kind\n    Small  [serde rename = \"s\"]\n\
                       items:\n  fn Thing::new() -> Self\n  impls Thing: Clone\n  use Config = other::Config\n";
        let listed: Vec<String> = listed_items(listing).unwrap().into_iter().collect();
        assert_eq!(
            listed,
            [
                "enum types::Kind",
                "field types::Thing::id",
                "fn Thing::new",
                "impls Thing: Clone",
                "struct types::Thing",
                "use Config",
                "variant types::Kind::Small"
            ]
        );
    }

    #[test]
    fn differences_name_what_is_missing_and_what_is_extra() {
        let listed: BTreeSet<String> = ["fn a", "fn b"].map(str::to_owned).into();
        let public: BTreeSet<String> = ["fn b", "fn c"].map(str::to_owned).into();
        assert_eq!(differences(&listed, &public), ["missing from the listing: fn c", "listed but not public: fn a"]);
    }
}
