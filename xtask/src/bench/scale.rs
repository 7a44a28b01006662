//! `cargo xtask bench-scale`: how a generated crate's cost grows with its spec. Synthetic specs with
//! 1, 10, 50 and 100 Get operations (each its own 5-field response object), and with one operation
//! whose response object has 5, 50 or 200 fields, each become a crate in a scratch workspace
//! (`target/bench-scale/`, the workspace's locked dependencies, built into the workspace's own
//! target directory). For each: codegen's time (the crate's files rendered in-process), the
//! crate's own debug build (`cargo build -p`, its dependencies already built by a warm-up crate
//! first; no incremental state; the faster of two builds) and the `.text` size of its library's
//! objects. Growth per operation is the slope between the smallest and largest spec; linear means
//! the largest spec's build is at most its share of operations times the next one's (+10 %).
//!
//! The providers' published documents (`xtask/tests/published/<name>.yaml`, each an overlay over
//! a document of `specs/published/`) are built in the same workspace, the same way, and reported
//! next to them with their build time per operation and per object type (a struct of the crate's
//! `types`: a synthetic operation has one, a published one several).
//!
//! Target: no worse than linear, and under 0.1 s of debug build per operation on a 2-core machine,
//! for the synthetic crates and for each published document's.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context as _, bail};
use serde_json::{Map, Value, json};

const OPERATIONS: [usize; 4] = [1, 10, 50, 100];
const FIELDS: [usize; 3] = [5, 50, 200];
const SECONDS_PER_OPERATION: f64 = 0.1;
/// Builds of each case; the fastest is kept.
const BUILDS: usize = 2;

/// A spec with `operations` Get operations, each answering with its own object of `fields` fields.
pub fn synthetic_spec(operations: usize, fields: usize) -> Value {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    for index in 0..operations {
        let id = json!({
            "name": "id", "in": "path", "required": true, "example": "thing_1",
            "schema": {"type": "string", "pattern": "^thing_[0-9]+$"},
        });
        let schema = format!("Thing{index}");
        paths.insert(
            format!("/things{index}/{{id}}"),
            json!({"get": {
                "operationId": format!("getThing{index}"),
                "parameters": [id],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}},
                    "400": {"description": "bad", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                },
            }}),
        );
        let mut properties = Map::new();
        properties.insert("id".to_owned(), json!({"type": "string"}));
        for field in 1..fields {
            let kind = match field % 3 {
                0 => json!({"type": "integer"}),
                1 => json!({"type": "string"}),
                _ => json!({"type": "boolean"}),
            };
            properties.insert(format!("field_{field}"), kind);
        }
        schemas.insert(
            schema,
            json!({"type": "object", "required": ["id"], "x-pspkit-identity": ["id"], "properties": properties}),
        );
    }
    schemas.insert("Problem".to_owned(), json!({"type": "object", "properties": {"message": {"type": "string"}}}));
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Scale", "version": "v1"},
        "servers": [{"url": "https://api.example.com", "x-pspkit-environment": "production"}],
        "security": [{"basicAuth": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic", "x-pspkit-username": "key_id", "x-pspkit-password": "key_secret"}},
            "schemas": schemas,
        },
    })
}

/// One synthetic crate's measurement.
struct Row {
    operations: usize,
    fields: usize,
    codegen_seconds: f64,
    build_seconds: f64,
    text_bytes: u64,
}

/// The sum of the `.text` sections of the objects in `rlib` (`size -A`).
fn text_size(rlib: &Path) -> anyhow::Result<u64> {
    let output = Command::new("size").arg("-A").arg(rlib).output().context("running size (binutils)")?;
    let listing = String::from_utf8_lossy(&output.stdout);
    Ok(listing
        .lines()
        .filter(|line| line.starts_with(".text"))
        .filter_map(|line| line.split_whitespace().nth(1)?.parse::<u64>().ok())
        .sum())
}

/// Runs `cargo <args>` in `dir` with the sweep's target directory, without incremental state (as
/// a merchant's build compiles a crate from crates.io; an earlier run's state would also make a
/// repeated measurement a rebuild from cache).
fn cargo(dir: &Path, target: &Path, args: &[&str]) -> anyhow::Result<()> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .status()
        .context("running cargo")?;
    if !status.success() {
        bail!("cargo {args:?} failed");
    }
    Ok(())
}

/// The seconds of `package`'s own debug build: the least of `BUILDS` builds, each after its
/// artifacts are removed (a build only ever takes longer for the machine's other work).
fn cargo_build(dir: &Path, target: &Path, package: &str) -> anyhow::Result<f64> {
    let mut least = f64::INFINITY;
    for _ in 0..BUILDS {
        cargo(dir, target, &["clean", "--quiet", "-p", package])?;
        let started = Instant::now();
        cargo(dir, target, &["build", "--quiet", "-p", package])?;
        least = least.min(started.elapsed().as_secs_f64());
    }
    Ok(least)
}

/// Runs the sweep under `root` and prints the table; `Ok(false)` when a target is missed.
pub fn run(root: &Path) -> anyhow::Result<bool> {
    let cases: Vec<(usize, usize)> = OPERATIONS
        .iter()
        .map(|&operations| (operations, 5))
        .chain(FIELDS.iter().filter(|&&fields| fields != 5).map(|&fields| (1, fields)))
        .collect();
    let name = |(operations, fields): (usize, usize)| format!("scale{operations}x{fields}");
    let mut specs = vec![("scalewarmup".to_owned(), synthetic_spec(1, 5))];
    let mut codegen = Vec::new();
    for &case in &cases {
        let spec = synthetic_spec(case.0, case.1);
        let started = Instant::now();
        let parsed = crate::model::parse(name(case), format!("specs/{}.yaml", name(case)), spec.clone())?;
        crate::emit::provider_crate::render(&parsed, &crate::progenitor::generate(&parsed)?)?;
        codegen.push(started.elapsed().as_secs_f64());
        specs.push((name(case), spec));
    }
    let workspace = root.join("target/bench-scale");
    // The workspace's own target directory: the dependencies its debug build compiled are reused.
    let target = root.join("target");
    let published = published_specs(root, &workspace)?;
    specs.extend(published.iter().cloned());
    crate::tasks::semver::scratch_workspace(root, &workspace, &specs)?;
    // Dependencies first, with a crate of the same shape, so each case times its own compile.
    cargo(&workspace, &target, &["build", "--quiet", "-p", "pspkit-scalewarmup"])?;
    let mut rows = Vec::new();
    for (&case, codegen_seconds) in cases.iter().zip(codegen) {
        let package = format!("pspkit-{}", name(case));
        let build_seconds = cargo_build(&workspace, &target, &package)?;
        // The newest of the crate's rlibs: an earlier run's may still be there under another hash.
        let prefix = format!("lib{}-", package.replace('-', "_"));
        let rlib = std::fs::read_dir(target.join("debug/deps"))?
            .filter_map(|entry| entry.ok())
            .filter(|entry| {
                entry.file_name().to_str().is_some_and(|file| file.starts_with(&prefix) && file.ends_with(".rlib"))
            })
            .max_by_key(|entry| entry.metadata().and_then(|meta| meta.modified()).ok())
            .map(|entry| entry.path())
            .with_context(|| format!("{package}'s rlib"))?;
        let text_bytes = text_size(&rlib)?;
        rows.push(Row { operations: case.0, fields: case.1, codegen_seconds, build_seconds, text_bytes });
    }
    print_rows(&rows);
    let by_operations: Vec<&Row> = rows.iter().filter(|row| row.fields == 5).collect();
    let (first, last) = (by_operations[0], by_operations[by_operations.len() - 1]);
    let span = (last.operations - first.operations) as f64;
    let per_operation = (last.build_seconds - first.build_seconds) / span;
    let text_per_operation = (last.text_bytes as f64 - first.text_bytes as f64) / span / 1024.0;
    let codegen_per_operation = (last.codegen_seconds - first.codegen_seconds) / span * 1e3;
    // Linear or better: doubling the operations (the two largest specs, whose builds are least
    // dominated by cargo's fixed cost and the machine's noise) at most doubles the build, within
    // 10 %; a quadratic cost would quadruple it.
    let middle = by_operations[by_operations.len() - 2];
    let growth = last.build_seconds / middle.build_seconds;
    let allowed = last.operations as f64 / middle.operations as f64 * 1.1;
    let linear = growth <= allowed;
    println!(
        "per operation ({} → {}): build {:.3} s (target < {SECONDS_PER_OPERATION} s), .text {:.1} KiB, codegen {:.2} ms; \
         build {} → {} operations x{growth:.2} (linear: <= x{allowed:.2}): {}",
        first.operations,
        last.operations,
        per_operation,
        text_per_operation,
        codegen_per_operation,
        middle.operations,
        last.operations,
        if linear { "linear or better" } else { "worse than linear" }
    );
    // One object type per synthetic operation.
    let published_within = build_published(&workspace, &target, &published, per_operation)?;
    Ok(per_operation < SECONDS_PER_OPERATION && linear && published_within)
}

/// The table of every synthetic crate's measurement.
fn print_rows(rows: &[Row]) {
    println!("cost as the spec grows (debug build of the crate alone, dependencies built; .text of its rlib)");
    println!("{:>10} {:>7} {:>12} {:>10} {:>12}", "operations", "fields", "codegen", "build", ".text");
    for row in rows {
        println!(
            "{:>10} {:>7} {:>9.0} ms {:>8.1} s {:>9} KiB",
            row.operations,
            row.fields,
            row.codegen_seconds * 1e3,
            row.build_seconds,
            row.text_bytes / 1024
        );
    }
}

/// Each published document's spec (its overlay applied, OpenAPI 3.1 converted), named after its
/// overlay, read from a copy of `specs/published/` under `workspace`.
fn published_specs(root: &Path, workspace: &Path) -> anyhow::Result<Vec<(String, Value)>> {
    let specs = workspace.join("published-specs");
    std::fs::create_dir_all(specs.join("published"))?;
    for entry in std::fs::read_dir(root.join("specs/published"))? {
        let path = entry?.path();
        std::fs::copy(&path, specs.join("published").join(path.file_name().context("a file name")?))?;
    }
    let mut found = Vec::new();
    for entry in std::fs::read_dir(root.join("xtask/tests/published"))? {
        let path = entry?.path();
        let Some(name) = path.file_stem().and_then(|stem| stem.to_str()).map(str::to_owned) else { continue };
        let copy = specs.join(format!("{name}.yaml"));
        std::fs::copy(&path, &copy)?;
        found.push((name.clone(), crate::model::read_document(&copy, &format!("specs/{name}.yaml"))?));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(found)
}

/// Builds each published document's crate as the synthetic ones are built and prints its time per
/// operation and per object type (the synthetic crates hold one object type per operation, a
/// published document several: `per_type` is the synthetic crates' build per object type, for
/// comparison); whether each is under the per-operation target.
fn build_published(
    workspace: &Path,
    target: &Path,
    published: &[(String, Value)],
    per_type: f64,
) -> anyhow::Result<bool> {
    let mut within = true;
    for (name, document) in published {
        let operations = crate::spec::document::operations(document).len();
        let seconds = cargo_build(workspace, target, &format!("pspkit-{name}"))?;
        let per_operation = seconds / operations as f64;
        within &= per_operation < SECONDS_PER_OPERATION;
        let types = object_types(&workspace.join(format!("crates/providers/{name}/src/generated.rs")))?;
        println!(
            "published {name}: {operations} operations, build {seconds:.1} s, {per_operation:.3} s per operation \
             (target < {SECONDS_PER_OPERATION} s); {types} object types, {:.3} s per object type (synthetic: \
             {per_type:.3} s)",
            seconds / types.max(1) as f64
        );
    }
    Ok(within)
}

/// How many object types (structs) a generated crate's `types` module holds, its builders aside:
/// what a crate's build grows with.
fn object_types(generated: &Path) -> anyhow::Result<usize> {
    let source = std::fs::read_to_string(generated).with_context(|| generated.display().to_string())?;
    let file = syn::parse_file(&source).with_context(|| generated.display().to_string())?;
    let types = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "types" => module.content.as_ref(),
        _ => None,
    });
    let structs =
        types.map_or(0, |(_, items)| items.iter().filter(|item| matches!(item, syn::Item::Struct(_))).count());
    Ok(structs)
}
