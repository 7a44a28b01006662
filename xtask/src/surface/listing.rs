//! Emits `tests/surface/<provider>.snap`: a condensed, reviewable listing of a generated crate's
//! public surface (environments, credentials and how they are sent, operations with parameters and
//! responses, types with fields and wire renames), stored as the insta snapshot that
//! `xtask/tests/surface.rs` asserts, so a spec or generator change fails `cargo test` with a
//! readable diff (`cargo insta review`) and shows up in a PR as the diff of this one file. What the
//! spec says comes from the model; what progenitor made of it (Rust types, response arms) from the
//! post-processed syntax tree, printed structurally; the `items` section names every other public
//! item ([`crate::surface::exports`]), so the listing is the whole contract. `cargo xtask codegen` writes it
//! (and versions the crate against the last committed one, [`crate::model::release`]); `cargo xtask
//! public-api` checks it against rustdoc.

use std::fmt::Write as _;

use syn::{Fields, ImplItem, Item, ItemStruct};

use crate::model::operation::{Class, Operation, Status};
use crate::model::provider::{AuthScheme, Provider};
use crate::progenitor::syntax::{generic_arguments, type_text};
use crate::spec::naming;
use crate::surface::exports::Export;

/// The test that asserts every listing (the snapshot's `source`).
pub const SNAPSHOT_TEST: &str = "xtask/tests/surface.rs";

/// Where `provider`'s listing is stored, relative to the workspace root.
pub fn snapshot_path(provider: &str) -> String {
    format!("tests/surface/{provider}.snap")
}

/// `listing` as the insta snapshot file the surface test reads (`header`: the do-not-edit line).
pub fn snapshot(header: &str, listing: &str) -> String {
    format!("---\nsource: {SNAPSHOT_TEST}\ndescription: {header}\n---\n{listing}")
}

/// The listing a snapshot file holds (its metadata header removed); `None` for a file that is
/// not a snapshot.
pub fn listing_of(snapshot: &str) -> Option<&str> {
    let rest = snapshot.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")?;
    Some(&rest[end + "\n---\n".len()..])
}

/// The listing for `provider` whose post-processed progenitor output is `generated` and whose
/// crate exports `exports`; a published document's `assumed` defaults first, as comment lines
/// (a reviewer reads them; the versioning does not classify them).
pub fn listing(
    provider: &Provider,
    generated: &syn::File,
    exports: &[Export],
    assumed: &[crate::spec::defaults::Assumption],
) -> String {
    let mut out = String::new();
    if !assumed.is_empty() {
        let _ = writeln!(
            out,
            "# assumed: {} defaults (specs/README.md, \"A provider's published document\")",
            assumed.len()
        );
        for assumption in assumed {
            let _ = writeln!(out, "# {assumption}");
        }
    }
    write_client(&mut out, provider);
    write_operations(&mut out, provider, generated);
    write_types(&mut out, generated);
    write_items(&mut out, exports);
    out
}

/// Every public item the sections above do not already name: the types section names each
/// `types::X` struct or enum with its named fields and variants.
fn write_items(out: &mut String, exports: &[Export]) {
    let _ = writeln!(out, "items:");
    for export in exports.iter().filter(|export| !in_types_section(export)) {
        let _ = writeln!(out, "  {}", export.line());
    }
}

/// Whether the types section names `export`: a `types::X` struct or enum, a named field or a
/// variant of one.
pub fn in_types_section(export: &Export) -> bool {
    let segments: Vec<&str> = export.path.split("::").collect();
    match (export.kind, segments.as_slice()) {
        ("struct" | "enum", ["types", _]) => true,
        ("field", ["types", _, field]) => !field.starts_with(|c: char| c.is_ascii_digit()),
        ("variant", ["types", _, _]) => true,
        _ => false,
    }
}

fn write_client(out: &mut String, provider: &Provider) {
    let _ = writeln!(out, "environments:");
    if provider.environments.is_empty() {
        let _ = writeln!(out, "  (none: base URL required)");
    }
    for environment in &provider.environments {
        let _ = writeln!(out, "  Environment::{} = {:?}", environment.variant, environment.url);
    }
    let fields: Vec<String> = provider
        .auth
        .iter()
        .flat_map(AuthScheme::credentials)
        .map(|credential| format!("{} ({})", credential.field, naming::env_var(&provider.name, &credential.field)))
        .collect();
    let _ = writeln!(out, "credentials: {}", fields.join(", "));
    let _ = writeln!(out, "auth:");
    for scheme in &provider.auth {
        let step = match scheme {
            AuthScheme::Basic { username, password: Some(password) } => {
                format!("Basic(username: {}, password: {})", username.field, password.field)
            }
            AuthScheme::Basic { username, password: None } => {
                format!("Basic(username: {}, empty password)", username.field)
            }
            AuthScheme::Bearer { token } => format!("Bearer(token: {})", token.field),
            AuthScheme::ApiKeyHeader { header, value } => {
                format!("ApiKeyHeader(header: {header:?}, value: {})", value.field)
            }
        };
        let _ = writeln!(out, "  {step}");
    }
    let _ = writeln!(out, "request id headers: {:?}", provider.request_id_headers);
    let rate_limit = match provider.rate_limit {
        Some((requests, seconds)) => format!("{requests} requests per {seconds} s"),
        None => "none".to_owned(),
    };
    let _ = writeln!(out, "rate limit: {rate_limit}");
}

fn module<'a>(items: &'a [Item], name: &str) -> &'a [Item] {
    items
        .iter()
        .find_map(|item| match item {
            Item::Mod(module) if module.ident == name => module.content.as_ref().map(|(_, items)| items.as_slice()),
            _ => None,
        })
        .unwrap_or(&[])
}

fn write_operations(out: &mut String, provider: &Provider, generated: &syn::File) {
    let _ = writeln!(out, "operations:");
    let builder = module(&generated.items, "builder");
    for operation in &provider.operations {
        let name = naming::pascal(&operation.id);
        let _ = writeln!(out, "  {name}: {}", operation.route());
        let fields = builder.iter().find_map(|item| match item {
            Item::Struct(item) if item.ident == name => Some(item),
            _ => None,
        });
        for field in fields.into_iter().flat_map(|item| item.fields.iter()) {
            let Some(ident) = field.ident.as_ref().filter(|ident| *ident != "client") else { continue };
            // progenitor holds each parameter as `Result<T, String>` until `send`.
            let ty = generic_arguments(&field.ty).into_iter().next().unwrap_or_else(|| type_text(&field.ty));
            let requirement = if ty.starts_with("Option<") { "optional" } else { "required" };
            let _ = writeln!(out, "    param {ident}: {ty} ({requirement})");
        }
        let functions: Vec<&syn::ImplItemFn> = builder
            .iter()
            .filter_map(|item| match item {
                Item::Impl(block) if self_name(&block.self_ty).as_deref() == Some(name.as_str()) => Some(block),
                _ => None,
            })
            .flat_map(|block| &block.items)
            .filter_map(|item| match item {
                ImplItem::Fn(function) => Some(function),
                _ => None,
            })
            .collect();
        if let Some(send) = functions.iter().find(|function| function.sig.ident == "send")
            && let syn::ReturnType::Type(_, ty) = &send.sig.output
        {
            let _ = writeln!(out, "    returns {}", type_text(ty));
        }
        write_statuses(out, operation);
    }
}

/// How `send` reads each status, from the model it is emitted from: success and error statuses
/// in order, then what every other status is (an error, when `default` is documented).
fn write_statuses(out: &mut String, operation: &Operation) {
    let text = |status: &Status| match status {
        Status::Code(code) => code.to_string(),
        Status::Range(hundreds) => format!("{}..={}", hundreds * 100, hundreds * 100 + 99),
    };
    let of = |wanted: Class| -> Vec<String> {
        operation.statuses.iter().filter(|(_, class)| *class == wanted).map(|(status, _)| text(status)).collect()
    };
    let (success, mut error) = (of(Class::Success), of(Class::Error));
    let mut otherwise = Vec::new();
    if operation.default_error {
        error.push("_".to_owned());
    } else {
        otherwise.push("_ => unexpected".to_owned());
    }
    for (kind, statuses) in [("success", success), ("error", error), ("otherwise", otherwise)] {
        if !statuses.is_empty() {
            let _ = writeln!(out, "    {kind}: {}", statuses.join(", "));
        }
    }
}

fn self_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|segment| segment.ident.to_string()),
        _ => None,
    }
}

fn write_types(out: &mut String, generated: &syn::File) {
    let _ = writeln!(out, "types:");
    let types = module(&generated.items, "types");
    for item in types {
        match item {
            Item::Struct(item) => write_struct(out, item, types),
            Item::Enum(item) => {
                let _ = writeln!(out, "  enum {}{}{}", item.ident, growable(&item.attrs), serde_note(&item.attrs));
                for variant in &item.variants {
                    let fields = match &variant.fields {
                        Fields::Unnamed(fields) => {
                            let inner: Vec<String> = fields.unnamed.iter().map(|field| type_text(&field.ty)).collect();
                            format!("({})", inner.join(", "))
                        }
                        _ => String::new(),
                    };
                    let _ = writeln!(out, "    {}{fields}{}", variant.ident, serde_note(&variant.attrs));
                }
            }
            _ => {}
        }
    }
}

fn write_struct(out: &mut String, item: &ItemStruct, types: &[Item]) {
    match &item.fields {
        Fields::Named(fields) => {
            let _ = writeln!(out, "  struct {}{}{}", item.ident, growable(&item.attrs), serde_note(&item.attrs));
            for field in &fields.named {
                let name = field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                let _ = writeln!(out, "    {name}: {}{}", type_text(&field.ty), serde_note(&field.attrs));
            }
        }
        Fields::Unnamed(fields) => {
            let inner = fields.unnamed.first().map(|f| type_text(&f.ty)).unwrap_or_default();
            let pattern = newtype_pattern(&item.ident, types).map(|p| format!(" pattern {p:?}")).unwrap_or_default();
            let _ = writeln!(out, "  newtype {}({inner}){pattern}", item.ident);
        }
        Fields::Unit => {
            let _ = writeln!(out, "  unit {}", item.ident);
        }
    }
}

/// The regex a validating newtype checks, from its `FromStr` impl.
fn newtype_pattern(ident: &syn::Ident, types: &[Item]) -> Option<String> {
    #[derive(Default)]
    struct RegexLiteral(Option<String>);
    impl<'ast> syn::visit::Visit<'ast> for RegexLiteral {
        fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
            let is_regex_new = matches!(&*call.func, syn::Expr::Path(path)
                if path.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().ends_with(&["Regex".to_owned(), "new".to_owned()]));
            if is_regex_new && let Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })) = call.args.first()
            {
                self.0 = Some(s.value());
            }
            syn::visit::visit_expr_call(self, call);
        }
    }
    types.iter().find_map(|item| match item {
        Item::Impl(block)
            if self_name(&block.self_ty).as_ref() == Some(&ident.to_string())
                && block
                    .trait_
                    .as_ref()
                    .and_then(|(path, _)| path.segments.last())
                    .is_some_and(|s| s.ident == "FromStr") =>
        {
            let mut found = RegexLiteral::default();
            syn::visit::Visit::visit_item_impl(&mut found, block);
            found.0
        }
        _ => None,
    })
}

/// ` (non_exhaustive)` for a type merchants' code may not build or match exhaustively: a new field
/// or variant in it is additive.
fn growable(attrs: &[syn::Attribute]) -> &'static str {
    if attrs.iter().any(|attr| attr.path().is_ident("non_exhaustive")) { " (non_exhaustive)" } else { "" }
}

/// Serde arguments that change the wire format (renames, tags, flattening); the tolerant field
/// decoders, defaults and serialisation skips are left out.
fn serde_note(attrs: &[syn::Attribute]) -> String {
    let mut notes = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let value = match meta.input.peek(syn::Token![=]) {
                true => Some(meta.value()?.parse::<syn::Expr>()?),
                false => None,
            };
            if !matches!(key.as_str(), "default" | "deserialize_with" | "skip_serializing_if") {
                notes.push(match value {
                    Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. })) => {
                        format!("{key} = {:?}", text.value())
                    }
                    Some(other) => format!("{key} = {}", quote::ToTokens::to_token_stream(&other)),
                    None => key,
                });
            }
            Ok(())
        });
    }
    if notes.is_empty() { String::new() } else { format!("  [serde {}]", notes.join("; ")) }
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn statuses_are_listed_by_how_send_reads_them() {
        let document: serde_json::Value = yaml_serde::from_str(
            r#"
paths:
  /a: {get: {operationId: a, responses: {'5XX': {description: x}, '200': {description: x}, '404': {description: x}}}}
  /b: {get: {operationId: b, responses: {'201': {description: x}, default: {description: x}}}}
"#,
        )
        .unwrap();
        let listed: Vec<String> = crate::model::operation::read(&document, &mut Vec::new())
            .iter()
            .map(|operation| {
                let mut out = String::new();
                write_statuses(&mut out, operation);
                out
            })
            .collect();
        assert_eq!(
            listed,
            [
                "    success: 200\n    error: 404, 500..=599\n    otherwise: _ => unexpected\n",
                "    success: 201\n    error: _\n",
            ]
        );
    }
}
