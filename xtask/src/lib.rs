//! The code generator behind `cargo xtask codegen`, as a library so its tests can drive it.
//!
//! **Decision: progenitor generates the types and the operation builders; the xtask emits every
//! operation's `request()` and `send()` from its own operation model** ([`model::operation`] →
//! [`progenitor::operation_code`]). progenitor's `send` is discarded (only its documentation and
//! signature are read), its setters keep their shape and only their errors are replaced, by
//! position. Why: the earlier design rewrote progenitor's `send` by matching the shapes and
//! messages it had met, so each new OpenAPI shape (a body, an empty response, a `default`
//! response, an array query) needed another rewrite, and the pass broke whenever progenitor's
//! wording moved. Emitting from the model costs one line per shape, reads nothing progenitor
//! words and keeps the output honest (what is sent is what the spec says). progenitor stays the
//! generator of everything whose Rust shape is its business: the types (typify), their builders,
//! and the operation builders' fields and setters; every name and shape of its output pspkit
//! relies on is listed and checked on each run ([`progenitor::contract`]), and it runs once per
//! spec.
//!
//! A one-way pipeline per `specs/<provider>.yaml`, one folder per layer, in this order; a module
//! imports only from earlier layers, or from modules declared before it in its own layer's
//! `mod.rs` (whose own code comes last): `tests::modules_import_only_earlier_layers` checks it.
//!
//! 1. [`spec`]: reading a spec: the extensions it may use, JSON pointers and diagnostics, the
//!    OpenAPI tree, Rust names, and the rules that stop generation;
//! 2. [`model`]: the model of a spec, built once when it is loaded ([`model::Spec`]);
//! 3. [`progenitor`]: progenitor's run and the passes that fit its output;
//! 4. [`surface`]: a crate's public items and their reviewable listing;
//! 5. [`emit`]: one module per generated file;
//! 6. [`tasks`]: the `cargo xtask` commands;
//! 7. [`bench`](mod@bench): the generator's benchmarks.

pub mod spec;

pub mod model;

pub mod progenitor;

pub mod surface;

pub mod emit;

pub mod tasks;

pub mod bench;

/// The workspace root: the parent of this crate's manifest directory, as cargo sets it when it runs
/// the xtask (`cargo xtask` in the checkout it is run in), else as it was when the xtask was
/// compiled. The run-time value comes first (the xtask's test suites that read every spec use
/// it too, so the end-to-end test can run them in its clone): with a target directory shared by two checkouts
/// (git worktrees, a global `CARGO_TARGET_DIR`), cargo may run one checkout's build of the xtask
/// for the other, and the compile-time path would name the wrong checkout.
pub fn workspace_root() -> std::path::PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir.parent().map(std::path::PathBuf::from).unwrap_or(manifest_dir)
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    /// Every module, as its path under the crate (a layer's own `mod.rs` as the layer's name), in order: layers as
    /// `lib.rs` declares them, modules as their layer's `mod.rs` declares them, the `mod.rs` last.
    fn order(src: &Path) -> Vec<(String, PathBuf)> {
        let declared = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|line| line.strip_prefix("pub mod ")?.strip_suffix(';'))
                .map(str::to_owned)
                .collect()
        };
        let mut order = Vec::new();
        for layer in declared(&std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs")) {
            let dir = src.join(&layer);
            let own = dir.join("mod.rs");
            for module in declared(&std::fs::read_to_string(&own).expect("a layer's mod.rs")) {
                order.push((format!("{layer}::{module}"), dir.join(format!("{module}.rs"))));
            }
            order.push((layer, own));
        }
        order
    }

    /// Every module of `order` a source file names as `crate::layer::module` or `crate::layer`
    /// (in `use` items, paths and emitted tokens alike: emitted code names only modules the
    /// xtask does not have).
    fn named_modules(source: &str, order: &[String]) -> Vec<String> {
        let mut named: Vec<String> = source
            .match_indices("crate::")
            .filter_map(|(at, _)| {
                let rest = &source[at + "crate::".len()..];
                let path: String =
                    rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_' || *c == ':').collect();
                let mut segments = path.split("::").filter(|segment| !segment.is_empty());
                let layer = segments.next()?;
                let module = segments.next().map(|module| format!("{layer}::{module}"));
                module.filter(|module| order.contains(module)).or_else(|| Some(layer.to_owned()))
            })
            .filter(|name| order.contains(name))
            .collect();
        named.sort();
        named.dedup();
        named
    }

    #[test]
    fn modules_import_only_earlier_layers() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let order = order(&src);
        assert!(order.len() > 30, "{order:?}");
        let names: Vec<String> = order.iter().map(|(name, _)| name.clone()).collect();
        let mut upward = Vec::new();
        for (index, (module, path)) in order.iter().enumerate() {
            let source = std::fs::read_to_string(path).expect("a module file");
            for named in named_modules(&source, &names) {
                let position = names.iter().position(|m| *m == named).unwrap_or(0);
                if position >= index && named != *module {
                    upward.push(format!("{module} imports {named}"));
                }
            }
        }
        assert!(upward.is_empty(), "modules importing a later layer (reorder or move the item down): {upward:?}");
    }

    /// The OpenAPI document is read once, into the model: no module outside `model/` names the
    /// `openapiv3` crate (the progenitor layer hands progenitor the document the model built).
    #[test]
    fn only_the_model_reads_the_openapi_document() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let outside: Vec<String> = order(&src)
            .into_iter()
            .filter(|(module, _)| module != "model" && !module.starts_with("model::"))
            .filter(|(_, path)| std::fs::read_to_string(path).expect("a module file").contains("openapiv3"))
            .map(|(module, _)| module)
            .collect();
        assert!(outside.is_empty(), "modules reading the OpenAPI document outside the model: {outside:?}");
    }

    #[test]
    fn an_upward_import_is_caught() {
        let order: Vec<String> = ["spec::pointer", "spec", "model::provider", "model"].map(str::to_owned).to_vec();
        let named = named_modules("use crate::model::provider::Provider; quote!(crate::types::X)", &order);
        assert_eq!(named, ["model::provider"]);
        assert_eq!(named_modules("use crate::model::Spec;", &order), ["model"]);
    }
}
