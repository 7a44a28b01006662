//! A condensed, reviewable listing of a generated crate's public surface: environments,
//! credentials, operations (method, path, parameters, responses) and types (fields with Rust types
//! and serde renames). Snapshot tests pin it, so a spec change shows up as a readable diff.

use std::fmt::Write as _;
use std::path::Path;

use quote::ToTokens;
use syn::visit::Visit;
use syn::{Attribute, Fields, ImplItem, Item, ItemImpl, ItemStruct};

/// The listing for the generated crate in `crate_dir` (e.g. `crates/providers/razorpay`).
pub fn listing(crate_dir: &Path) -> Result<String, String> {
    let client = parse(&crate_dir.join("src/client.rs"))?;
    let generated = parse(&crate_dir.join("src/generated.rs"))?;
    let mut out = String::new();
    write_client(&mut out, &client);
    write_operations(&mut out, &generated);
    write_types(&mut out, &generated);
    Ok(out)
}

fn parse(path: &Path) -> Result<syn::File, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    syn::parse_file(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Token text with the spacing `to_string` adds removed and std paths shortened.
fn compact(tokens: impl ToTokens) -> String {
    let text = tokens.to_token_stream().to_string();
    let mut text = text
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" ::", "::")
        .replace("< ", "<")
        .replace(" <", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace("& ", "&")
        .replace(" (", "(")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" . ", ".")
        .replace(" ?", "?")
        .replace(" ;", ";")
        .replace(" ..= ", "..=")
        .replace(",>", ">")
        .replace("-> ", "->");
    for prefix in [
        "::std::result::",
        "::std::option::",
        "::std::string::",
        "::std::collections::",
        "::std::vec::",
        "std::option::",
    ] {
        text = text.replace(prefix, "");
    }
    text.replace("::serde_json::", "serde_json::").replace("::pspkit_runtime::", "pspkit_runtime::")
}

fn write_client(out: &mut String, client: &syn::File) {
    let mut visitor = ClientVisitor::default();
    visitor.visit_file(client);
    let _ = writeln!(out, "environments:");
    if visitor.environments.is_empty() {
        let _ = writeln!(out, "  (none: base URL required)");
    }
    for environment in &visitor.environments {
        let _ = writeln!(out, "  {environment}");
    }
    let _ = writeln!(out, "credentials: {}", visitor.credentials.join(", "));
    let _ = writeln!(out, "auth:");
    for step in &visitor.auth {
        let _ = writeln!(out, "  {step}");
    }
    let _ = writeln!(out, "request id headers: {}", visitor.request_ids);
    let _ = writeln!(out, "rate limit: {}", visitor.rate_limit);
}

impl ClientVisitor {
    /// `Basic(username: key_id, password: key_secret)`: an `AuthStep` with its field indexes
    /// replaced by the credential names (`FIELDS` comes first in the generated impl).
    fn auth_step(&self, step: &syn::Expr) -> String {
        let syn::Expr::Struct(step) = step else { return compact(step) };
        let kind = step.path.segments.last().map(|segment| segment.ident.to_string()).unwrap_or_default();
        let name_of = |index: &str| {
            let index: usize = index.trim_end_matches("usize").parse().unwrap_or(usize::MAX);
            self.credentials.get(index).map_or("?", |field| field.split(' ').next().unwrap_or("?")).to_owned()
        };
        let fields: Vec<String> = step
            .fields
            .iter()
            .map(|field| {
                let value = compact(&field.expr);
                let value = match value.strip_prefix("Some(").and_then(|v| v.strip_suffix(')')) {
                    Some(index) => name_of(index),
                    None if value.ends_with("usize") => name_of(&value),
                    None => value,
                };
                format!("{}: {value}", compact(&field.member))
            })
            .collect();
        format!("{kind}({})", fields.join(", "))
    }
}

#[derive(Default)]
struct ClientVisitor {
    environments: Vec<String>,
    credentials: Vec<String>,
    auth: Vec<String>,
    request_ids: String,
    rate_limit: String,
}

impl<'ast> Visit<'ast> for ClientVisitor {
    /// `FIELDS` (credential names and their environment variables) and `AUTH` (how they are sent)
    /// of the `pspkit_runtime::Credentials` implementation.
    fn visit_impl_item_const(&mut self, item: &'ast syn::ImplItemConst) {
        let syn::Expr::Reference(reference) = &item.expr else { return };
        let syn::Expr::Array(array) = reference.expr.as_ref() else { return };
        match item.ident.to_string().as_str() {
            "FIELDS" => {
                self.credentials = array
                    .elems
                    .iter()
                    .filter_map(|element| match element {
                        syn::Expr::Struct(field) => {
                            let value = |name: &str| {
                                field.fields.iter().find(|f| compact(&f.member) == name).map(|f| compact(&f.expr))
                            };
                            Some(format!(
                                "{} ({})",
                                value("name")?.trim_matches('"'),
                                value("env_var")?.trim_matches('"')
                            ))
                        }
                        _ => None,
                    })
                    .collect();
            }
            "AUTH" => self.auth = array.elems.iter().map(|step| self.auth_step(step)).collect(),
            _ => {}
        }
    }

    fn visit_impl_item_fn(&mut self, function: &'ast syn::ImplItemFn) {
        match function.sig.ident.to_string().as_str() {
            "base_url" => {
                for statement in &function.block.stmts {
                    if let syn::Stmt::Expr(syn::Expr::Match(matched), _) = statement {
                        for arm in &matched.arms {
                            let line = format!("{} = {}", compact(&arm.pat), compact(&arm.body));
                            self.environments.push(line);
                        }
                    }
                }
            }
            "auth_headers" => {
                let statements = &function.block.stmts;
                let steps = statements.iter().filter(|s| matches!(s, syn::Stmt::Expr(_, Some(_))));
                self.auth = steps.map(|step| compact(step).trim_end_matches(';').to_owned()).collect();
            }
            _ => {}
        }
    }

    fn visit_item_static(&mut self, item: &'ast syn::ItemStatic) {
        if let syn::Expr::Struct(value) = item.expr.as_ref() {
            for field in &value.fields {
                match compact(&field.member).as_str() {
                    "request_id_headers" => self.request_ids = compact(&field.expr),
                    "rate_limit" => self.rate_limit = compact(&field.expr),
                    _ => {}
                }
            }
        }
    }
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

fn doc_text(attrs: &[Attribute]) -> String {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn write_operations(out: &mut String, generated: &syn::File) {
    let _ = writeln!(out, "operations:");
    let builder = module(&generated.items, "builder");
    for item in builder {
        let Item::Struct(builder_struct) = item else { continue };
        let name = builder_struct.ident.to_string();
        let Some(block) = builder.iter().find_map(|item| match item {
            Item::Impl(block) if compact(&block.self_ty).starts_with(&format!("{name}<")) => Some(block),
            _ => None,
        }) else {
            continue;
        };
        write_operation(out, builder_struct, block);
    }
}

fn write_operation(out: &mut String, builder: &ItemStruct, block: &ItemImpl) {
    let functions: Vec<&syn::ImplItemFn> = block
        .items
        .iter()
        .filter_map(|item| match item {
            ImplItem::Fn(function) => Some(function),
            _ => None,
        })
        .collect();
    let find = |name: &str| functions.iter().find(|f| f.sig.ident == name);
    let route = find("send")
        .map(|send| doc_text(&send.attrs))
        .and_then(|doc| doc.lines().find(|l| l.contains("Sends a `")).map(|l| l.trim().replace('`', "")))
        .unwrap_or_default();
    let route = route.trim_start_matches("Sends a ").replacen(" request to ", " ", 1);
    let _ = writeln!(out, "  {}: {route}", builder.ident);
    for field in builder.fields.iter().filter(|f| f.ident.as_ref().is_some_and(|i| i != "client")) {
        let ty = compact(&field.ty);
        let ty = ty.strip_prefix("Result<").and_then(|t| t.strip_suffix(", String>")).unwrap_or(&ty).to_owned();
        let requirement = if ty.starts_with("Option<") { "optional" } else { "required" };
        let _ = writeln!(
            out,
            "    param {}: {ty} ({requirement})",
            field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default()
        );
    }
    if let Some(send) = find("send") {
        let _ = writeln!(out, "    returns {}", compact(&send.sig.output).trim_start_matches("->"));
    }
    if let Some(raw) = find("send_raw") {
        let mut arms = MatchArms::default();
        arms.visit_block(&raw.block);
        for (kind, statuses) in [("success", &arms.success), ("error", &arms.error), ("otherwise", &arms.other)] {
            if !statuses.is_empty() {
                let _ = writeln!(out, "    {kind}: {}", statuses.join(", "));
            }
        }
    }
}

/// Classifies the status arms of progenitor's response `match`.
#[derive(Default)]
struct MatchArms {
    success: Vec<String>,
    error: Vec<String>,
    other: Vec<String>,
}

impl<'ast> Visit<'ast> for MatchArms {
    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        let pattern = compact(&arm.pat).replace("u16", "");
        let body = compact(&arm.body);
        if body.contains("ErrorResponse") {
            self.error.push(pattern);
        } else if body.contains("UnexpectedResponse") {
            self.other.push(format!("{pattern} => unexpected"));
        } else if body.contains("response_value") {
            self.success.push(pattern);
        }
    }
}

fn write_types(out: &mut String, generated: &syn::File) {
    let _ = writeln!(out, "types:");
    let types = module(&generated.items, "types");
    for item in types {
        match item {
            Item::Struct(item) => write_struct(out, item, types),
            Item::Enum(item) => {
                let _ = writeln!(out, "  enum {}{}", item.ident, serde_note(&item.attrs));
                for variant in &item.variants {
                    let fields = match &variant.fields {
                        Fields::Unnamed(fields) => compact(fields),
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
            let _ = writeln!(out, "  struct {}{}", item.ident, serde_note(&item.attrs));
            for field in &fields.named {
                let name = field.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                let _ = writeln!(out, "    {name}: {}{}", compact(&field.ty), serde_note(&field.attrs));
            }
        }
        Fields::Unnamed(fields) => {
            let inner = fields.unnamed.first().map(|f| compact(&f.ty)).unwrap_or_default();
            let pattern = newtype_pattern(&item.ident, types).map(|p| format!(" pattern {p}")).unwrap_or_default();
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
    impl<'ast> Visit<'ast> for RegexLiteral {
        fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
            if compact(&call.func).ends_with("Regex::new")
                && let Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })) = call.args.first()
            {
                self.0 = Some(format!("{:?}", s.value()));
            }
            syn::visit::visit_expr_call(self, call);
        }
    }
    types.iter().find_map(|item| match item {
        Item::Impl(block)
            if *ident == compact(&block.self_ty) && compact(&block.trait_.as_ref()?.1).ends_with("FromStr") =>
        {
            let mut found = RegexLiteral::default();
            found.visit_item_impl(block);
            found.0
        }
        _ => None,
    })
}

/// Serde attributes that change the wire format (renames, tags, flattening), compacted.
fn serde_note(attrs: &[Attribute]) -> String {
    let notes: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("serde"))
        .map(|attr| compact(&attr.meta))
        .map(|meta| meta.trim_start_matches("serde(").trim_end_matches(')').to_owned())
        .filter(|meta| !meta.starts_with("skip_serializing_if") && !meta.starts_with("default"))
        .collect();
    if notes.is_empty() { String::new() } else { format!("  [serde {}]", notes.join("; ")) }
}
