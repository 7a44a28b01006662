//! The code generator behind `cargo xtask codegen`, as a library so its tests can drive it.
//!
//! **Decision: progenitor generates the types and the operation builders; the xtask emits every
//! operation's `request()` and `send()` from its own operation model** ([`operation`] →
//! [`request_code`]). progenitor's `send` is discarded (only its documentation and signature are
//! read), its setters keep their shape and only their errors are replaced, by position. Why: the
//! earlier design rewrote progenitor's `send` by matching the shapes and messages it had met, so
//! each new OpenAPI shape (a body, an empty response, a `default` response, an array query) needed
//! another rewrite, and the pass broke whenever progenitor's wording moved. Emitting from the
//! model costs one line per shape, reads nothing progenitor words, keeps the output honest (what is
//! sent is what the spec says), and shrank the post-pass from 933 to about 700 lines (tests
//! included) while it gained request bodies, empty responses, list matchers and paged lists. progenitor
//! stays the generator of everything whose Rust shape is its business: the types (typify), their
//! builders, and the operation builders' fields and setters.
//!
//! A one-way pipeline per `specs/<provider>.yaml`, in layers; a module imports only modules declared
//! before it below, in an earlier layer or earlier in its own (`tests::modules_import_only_earlier_layers`
//! checks it):
//!
//! 1. **base**: [`extensions`] (every `x-pspkit-*` name, the table `specs/README.md` documents),
//!    [`naming`], [`openapi`] (reading the JSON tree), [`output`] (a generated file), [`mod@pointer`],
//!    [`problem`] (what a rule reports), [`syntax`] (finding items in progenitor's output);
//! 2. **rules**: [`validate`]: every check that stops generation, each with the JSON pointer;
//! 3. **model**: [`cli`], [`customer`], [`lenient`] (the tolerant-decoding plan), [`operation`]
//!    (each operation's request and response), [`release`] (a crate's version and changelog from
//!    its surface's changes), [`model`] (the provider, built once from the validated document);
//! 4. **load and transform**: [`spec`]: YAML → rules → model → the document progenitor reads;
//! 5. **generate**: [`examples`], [`glue`] (a crate's `client.rs`), [`request_code`] (each
//!    operation's `request()` and `send()`), [`postprocess`], [`public_api`] (progenitor's
//!    client plumbing trimmed, what may grow `#[non_exhaustive]`), [`contract`] (every name and
//!    shape of progenitor's output those passes assume, checked on each run) and [`progenitor`]
//!    (progenitor's output, fitted), [`exports`] (every public item of a crate's emitted files),
//!    [`surface`] (the reviewable listing);
//! 6. **emit**, one module per output kind: [`cli_module`] (the CLI's commands), [`crate_files`]
//!    (a provider crate), [`facade`] (the `pspkit` registry);
//! 7. **tasks**: [`bench_build`], [`check_payload`], [`codegen`] (write, or check and diff),
//!    [`lint`], [`rustdoc`] (the listing checked against rustdoc's JSON of each built crate),
//!    [`semver`] (cargo-semver-checks against the last commit), [`bench_scale`] (cost as a spec
//!    grows).

// 1. base
pub mod extensions;
pub mod naming;
pub mod openapi;
pub mod output;
pub mod pointer;
pub mod problem;
pub mod syntax;

// 2. rules
pub mod validate;

// 3. model
pub mod cli;
pub mod customer;
pub mod lenient;
pub mod operation;
pub mod release;
// The provider model holds the models above.
pub mod model;

// 4. load and transform
pub mod spec;

// 5. generate
pub mod examples;
pub mod glue;
pub mod request_code;
// The post-pass places the emitted operation code into progenitor's output.
pub mod postprocess;
// Then trims the client plumbing pspkit does not offer and marks what may grow.
pub mod public_api;
// Every name and shape of progenitor's output the passes above assume, checked on each run.
pub mod contract;
// progenitor's run and both passes over its output.
pub mod progenitor;
// Every public item of a crate, which the listing names.
pub mod exports;
pub mod surface;

// 6. emit
pub mod cli_module;
pub mod crate_files;
pub mod facade;

// 7. tasks
pub mod bench_build;
pub mod check_payload;
pub mod codegen;
pub mod lint;
pub mod rustdoc;
pub mod semver;
// Synthetic specs, built: uses the semver module's scratch workspace.
pub mod bench_scale;
pub mod bench_writes;

#[cfg(test)]
mod tests {
    /// The modules in pipeline order, as declared above.
    fn order() -> Vec<String> {
        include_str!("lib.rs")
            .lines()
            .filter_map(|line| line.strip_prefix("pub mod ")?.strip_suffix(';'))
            .map(str::to_owned)
            .collect()
    }

    /// Every `crate::<module>` a source file names (in `use` items, paths and emitted tokens alike:
    /// emitted code names only modules the xtask does not have).
    fn named_modules(source: &str, modules: &[String]) -> Vec<String> {
        let mut named: Vec<String> = source
            .match_indices("crate::")
            .map(|(at, _)| {
                let rest = &source[at + "crate::".len()..];
                rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect::<String>()
            })
            .filter(|name| modules.contains(name))
            .collect();
        named.sort();
        named.dedup();
        named
    }

    #[test]
    fn modules_import_only_earlier_layers() {
        let order = order();
        assert!(order.len() > 20, "{order:?}");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut upward = Vec::new();
        for (index, module) in order.iter().enumerate() {
            let source = std::fs::read_to_string(dir.join(format!("{module}.rs"))).expect("a module file");
            for named in named_modules(&source, &order) {
                let position = order.iter().position(|m| *m == named).unwrap_or(0);
                if position >= index && named != *module {
                    upward.push(format!("{module} imports {named}"));
                }
            }
        }
        assert!(upward.is_empty(), "modules importing a later layer (reorder or move the item down): {upward:?}");
    }

    #[test]
    fn an_upward_import_is_caught() {
        let order: Vec<String> = ["pointer", "spec"].map(str::to_owned).to_vec();
        assert_eq!(named_modules("use crate::spec::Spec; quote!(crate::types::X)", &order), ["spec"]);
    }
}
