//! A pass over progenitor's syntax tree that fits it to the runtime (never a hand edit: it runs on
//! every generation). progenitor generates the types and each operation's builder (its fields and
//! setters); the pass works by structure only, never by progenitor's wording:
//!
//! - each builder's `send` is replaced by the private `request()` and a new `send()`, emitted from
//!   the xtask's operation model ([`crate::progenitor::operation_code`]); of progenitor's `send` only its
//!   documentation and its success and error types (its signature) are kept;
//! - each setter's error (the closure of its `map_err`) and each required field's initial error
//!   (`new`) are replaced by messages that name the parameter and the spec's rule for it;
//! - identifiers that are keywords in edition 2024 (`gen`, in typify's `JsonSchema` impls) become
//!   raw identifiers;
//! - the `schemars::JsonSchema` derive moves behind the crates' `schemars` feature;
//! - public items progenitor leaves undocumented get a doc comment.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context as _, bail};
use syn::visit_mut::VisitMut;
use syn::{Attribute, ImplItem, ImplItemFn, Item, ItemImpl, Type, Visibility, parse_quote};

use crate::model::operation::{Operation, PagingStyle};
use crate::model::provider::Provider;
use crate::progenitor::operation_code;

/// Applies every rewrite to the generated file.
pub fn apply(file: &mut syn::File, provider: &Provider) -> anyhow::Result<()> {
    let types = type_fields(file);
    let builder = crate::progenitor::syntax::module_mut(&mut file.items, "builder")
        .context("progenitor's output has no `builder` module (is the builder interface selected?)")?;
    let fields = builder_fields(builder);
    let mut fitted = BTreeSet::new();
    for item in builder.iter_mut() {
        if let Item::Impl(block) = item {
            fit_operation_builder(block, provider, &fields, &types, &mut fitted)?;
        }
    }
    if let Some(operation) = provider.operations.iter().find(|operation| !fitted.contains(&operation.builder)) {
        bail!("operation `{}`: progenitor generated no builder `{}` with a `send`", operation.id, operation.builder);
    }
    // `value.path_segment()` in the operations' URLs (see `operation_code`).
    builder.insert(
        0,
        parse_quote!(
            #[allow(unused_imports)]
            use ::pspkit_runtime::ToPathSegment as _;
        ),
    );
    // The crate root re-exports what a user needs; progenitor's `prelude` would be an unused duplicate.
    file.items.retain(|item| !matches!(item, Item::Mod(module) if module.ident == "prelude"));
    client_docs(file, provider)?;
    DocFiller.visit_file_mut(file);
    RawKeywords.visit_file_mut(file);
    let mut schemars = OptionalSchemars::default();
    schemars.visit_file_mut(file);
    if schemars.moved == 0 {
        bail!("no `#[derive(.., schemars::JsonSchema)]` found to make optional (is the derive still configured?)");
    }
    Ok(())
}

/// Every struct of progenitor's `types` module: its fields' types by Rust name.
fn type_fields(file: &syn::File) -> BTreeMap<String, BTreeMap<String, Type>> {
    let types = file.items.iter().find_map(|item| match item {
        Item::Mod(module) if module.ident == "types" => module.content.as_ref(),
        _ => None,
    });
    types
        .into_iter()
        .flat_map(|(_, items)| items)
        .filter_map(|item| match item {
            Item::Struct(item) => Some((
                item.ident.to_string(),
                item.fields
                    .iter()
                    .filter_map(|field| Some((field.ident.as_ref()?.to_string(), field.ty.clone())))
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}

/// The item type of a list field's type (`Vec<T>`, or `Option<Vec<T>>`), as the `builder` module
/// names it (`types::T` for a generated type).
fn list_item(ty: &Type) -> Option<Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    let inner = args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    })?;
    match last.ident.to_string().as_str() {
        "Option" => list_item(inner),
        "Vec" => Some(match inner {
            Type::Path(item)
                if item.qself.is_none() && item.path.leading_colon.is_none() && item.path.segments.len() == 1 =>
            {
                parse_quote!(types::#item)
            }
            other => other.clone(),
        }),
        _ => None,
    }
}

/// The fields of every struct in progenitor's `builder` module but `client`: the arguments each
/// operation builder holds.
fn builder_fields(items: &[Item]) -> BTreeMap<String, Vec<String>> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(item) => Some((
                item.ident.to_string(),
                item.fields
                    .iter()
                    .filter_map(|field| field.ident.as_ref().map(ToString::to_string))
                    .filter(|name| name != "client")
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}

/// An operation builder's fields and setters must be the operation's parameters (and `body`).
fn check_fields_and_setters(
    block: &ItemImpl,
    builder: &str,
    operation: &crate::model::operation::Operation,
    fields: &BTreeMap<String, Vec<String>>,
) -> anyhow::Result<()> {
    let mut expected: Vec<String> = operation.parameters.iter().map(|p| p.field.clone()).collect();
    expected.extend(operation.body.as_ref().map(|_| "body".to_owned()));
    let mut found = fields.get(builder).cloned().unwrap_or_default();
    expected.sort();
    found.sort();
    if expected != found {
        bail!(
            "operation builder `{builder}`: progenitor's fields {found:?} are not the spec's parameters {expected:?}"
        );
    }
    let mut setters: Vec<String> = block
        .items
        .iter()
        .filter_map(|item| match item {
            ImplItem::Fn(function) => Some(function.sig.ident.to_string()),
            _ => None,
        })
        .filter(|name| !matches!(name.as_str(), "new" | "send" | "body_map"))
        .collect();
    setters.sort();
    if setters != expected {
        bail!("operation builder `{builder}`: its setters {setters:?} are not its parameters {expected:?}");
    }
    Ok(())
}

/// Fits one operation builder: its fields must be the operation's parameters (and `body`), its
/// `send` becomes the emitted `request()` and `send()`, and its setters' and `new`'s errors name
/// the parameter and its rule.
fn fit_operation_builder(
    block: &mut ItemImpl,
    provider: &Provider,
    fields: &BTreeMap<String, Vec<String>>,
    types: &BTreeMap<String, BTreeMap<String, Type>>,
    fitted: &mut BTreeSet<String>,
) -> anyhow::Result<()> {
    let Some(builder) = self_type_name(&block.self_ty) else { return Ok(()) };
    let operation = provider
        .operations
        .iter()
        .find(|operation| operation.builder == builder)
        .with_context(|| format!("progenitor's builder `{builder}` matches no operation of the spec"))?;
    check_fields_and_setters(block, &builder, operation, fields)?;
    let body_type = body_setter_type(block);
    let mut emitted = Vec::new();
    for item in block.items.iter_mut() {
        let ImplItem::Fn(function) = item else { continue };
        let name = function.sig.ident.to_string();
        let failing = || format!("operation builder `{builder}`: `{name}`");
        match name.as_str() {
            "send" => {
                emitted =
                    emitted_send(function, provider, operation, body_type.as_ref(), types).with_context(failing)?
            }
            "new" => {
                let required = operation.parameters.iter().filter(|p| p.required).map(|p| p.field.clone()).collect();
                required_messages(function, &required).with_context(failing)?;
                add_doc(&mut function.attrs, "Starts a request; prefer the matching method on `Client`.");
            }
            "body_map" => add_doc(&mut function.attrs, "Edits the body being built with `f`."),
            "body" => {
                // progenitor bounds the conversion error with `Display` for a body type with a
                // builder (a struct), not for one without (an enum of `oneOf` bodies).
                let message = if conversion_error_is_display(function) {
                    parse_quote!(|error| format!("invalid body: {error}"))
                } else {
                    parse_quote!(|_| "invalid body: it does not convert to the request body's type".to_string())
                };
                setter_message(function, message).with_context(failing)?;
                add_doc(&mut function.attrs, "Sets the request body.");
            }
            _ => {
                let rule = provider.parameter_rules.get(&(builder.clone(), name.clone()));
                let message = match rule {
                    Some(rule) => format!("invalid `{name}`: {rule}"),
                    None => format!("invalid `{name}`: it does not convert to the parameter's type"),
                };
                setter_message(function, parse_quote!(|_| #message.to_string())).with_context(failing)?;
                let doc = match rule {
                    Some(rule) => format!("Sets the `{name}` parameter: {rule}."),
                    None => format!("Sets the `{name}` parameter."),
                };
                add_doc(&mut function.attrs, &doc);
            }
        }
    }
    if emitted.is_empty() {
        bail!("operation builder `{builder}`: no `send` to replace");
    }
    block.items.retain(|item| !matches!(item, ImplItem::Fn(function) if function.sig.ident == "send"));
    block.items.extend(emitted.into_iter().map(ImplItem::Fn));
    fitted.insert(builder);
    Ok(())
}

/// What replaces progenitor's `send`: `request()`, `send()` and, for a paged list, its stream (and
/// for a list paged by link, `send_at`).
fn emitted_send(
    send: &ImplItemFn,
    provider: &Provider,
    operation: &Operation,
    body_type: Option<&Type>,
    types: &BTreeMap<String, BTreeMap<String, Type>>,
) -> anyhow::Result<Vec<ImplItemFn>> {
    let (success, error) = result_types(&send.sig.output)?;
    let docs: Vec<Attribute> = send.attrs.iter().filter(|attr| attr.path().is_ident("doc")).cloned().collect();
    let one_of = provider.require_one_of.get(&operation.builder).map(Vec::as_slice);
    let mut emitted = vec![
        operation_code::request_fn(operation, body_type, &error),
        operation_code::send_fn(operation, &success, &error, &docs, one_of),
    ];
    if let Some(paging) = &operation.paging {
        let page = self_type_name(&success).and_then(|name| types.get(&name));
        let item = page
            .and_then(|page| page.get(&paging.items))
            .and_then(list_item)
            .with_context(|| format!("`x-pspkit-paging` names no list `{}` of the success body", paging.items))?;
        emitted.push(operation_code::stream_fn(paging, &item, &error));
        if let PagingStyle::Link { .. } = paging.style {
            emitted.push(operation_code::send_at_fn(operation, &success, &error));
        }
    }
    Ok(emitted)
}

/// The type the `body` setter converts to (`V: TryInto<T>`), when the builder has one.
/// Whether `function`'s where clause bounds a qualified type (`<V as TryInto<T>>::Error`) with
/// `Display`, so its conversion error can be shown.
fn conversion_error_is_display(function: &ImplItemFn) -> bool {
    let predicates = function.sig.generics.where_clause.iter().flat_map(|clause| &clause.predicates);
    predicates.into_iter().any(|predicate| match predicate {
        syn::WherePredicate::Type(bound) => {
            matches!(&bound.bounded_ty, Type::Path(path) if path.qself.is_some())
                && bound.bounds.iter().any(|b| matches!(b, syn::TypeParamBound::Trait(t) if t.path.segments.last().is_some_and(|s| s.ident == "Display")))
        }
        _ => false,
    })
}

fn body_setter_type(block: &ItemImpl) -> Option<Type> {
    block.items.iter().find_map(|item| match item {
        ImplItem::Fn(function) if function.sig.ident == "body" => try_into_target(function),
        _ => None,
    })
}

/// `T` of the `V: TryInto<T>` bound in a setter's `where` clause.
pub fn try_into_target(function: &ImplItemFn) -> Option<Type> {
    function.sig.generics.where_clause.as_ref()?.predicates.iter().find_map(|predicate| {
        let syn::WherePredicate::Type(bound) = predicate else { return None };
        bound.bounds.iter().find_map(|bound| {
            let syn::TypeParamBound::Trait(bound) = bound else { return None };
            let last = bound.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
            args.args.iter().find_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(ty.clone()),
                _ => None,
            })
        })
    })
}

/// Replaces the closure of the setter's one `.map_err(..)` with `message`.
fn setter_message(function: &mut ImplItemFn, message: syn::Expr) -> anyhow::Result<()> {
    /// Every `.map_err(..)` call's argument.
    struct MapErr<'a> {
        message: &'a syn::Expr,
        replaced: usize,
    }
    impl VisitMut for MapErr<'_> {
        fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
            syn::visit_mut::visit_expr_method_call_mut(self, call);
            if call.method == "map_err" && call.args.len() == 1 {
                call.args[0] = self.message.clone();
                self.replaced += 1;
            }
        }
    }
    let mut visitor = MapErr { message: &message, replaced: 0 };
    visitor.visit_block_mut(&mut function.block);
    match visitor.replaced {
        1 => Ok(()),
        n => bail!("{n} `.map_err(..)` calls in the setter, expected one (its conversion error)"),
    }
}

/// In `new`, each field that starts as an error (a required parameter not yet set) starts with a
/// message naming it instead of progenitor's. The fields rewritten must be exactly the `required`
/// parameters (a request body may start either way): any other count means progenitor changed
/// how it starts a builder.
fn required_messages(function: &mut ImplItemFn, required: &BTreeSet<String>) -> anyhow::Result<()> {
    let Some(syn::Stmt::Expr(syn::Expr::Struct(init), None)) = function.block.stmts.last_mut() else {
        bail!("`new` does not end with a `Self {{ .. }}` expression");
    };
    let mut rewritten = BTreeSet::new();
    for field in init.fields.iter_mut() {
        let syn::Member::Named(name) = &field.member else { continue };
        if let syn::Expr::Call(call) = &field.expr
            && matches!(&*call.func, syn::Expr::Path(path) if path.path.is_ident("Err"))
        {
            let message = format!("the required parameter `{name}` was not set");
            field.expr = parse_quote!(Err(#message.to_string()));
            if name != "body" {
                rewritten.insert(name.to_string());
            }
        }
    }
    if rewritten != *required {
        bail!("`new` starts {rewritten:?} as unset, but the spec's required parameters are {required:?}");
    }
    Ok(())
}

/// Identifiers that edition 2024 reserves (typify writes `gen` in its `JsonSchema` impls, e.g.
/// for integer enums) become raw identifiers.
struct RawKeywords;

/// Keywords of edition 2024 that earlier editions allow as identifiers.
const EDITION_2024_KEYWORDS: [&str; 1] = ["gen"];

impl VisitMut for RawKeywords {
    fn visit_ident_mut(&mut self, ident: &mut proc_macro2::Ident) {
        if EDITION_2024_KEYWORDS.contains(&ident.to_string().as_str()) {
            *ident = proc_macro2::Ident::new_raw(&ident.to_string(), ident.span());
        }
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        mac.tokens = raw_keywords(mac.tokens.clone());
        syn::visit_mut::visit_macro_mut(self, mac);
    }
}

/// [`RawKeywords`] inside macro tokens.
fn raw_keywords(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    tokens
        .into_iter()
        .map(|token| match token {
            proc_macro2::TokenTree::Ident(ident) if EDITION_2024_KEYWORDS.contains(&ident.to_string().as_str()) => {
                proc_macro2::TokenTree::Ident(proc_macro2::Ident::new_raw(&ident.to_string(), ident.span()))
            }
            proc_macro2::TokenTree::Group(group) => {
                let mut fresh = proc_macro2::Group::new(group.delimiter(), raw_keywords(group.stream()));
                fresh.set_span(group.span());
                proc_macro2::TokenTree::Group(fresh)
            }
            other => other,
        })
        .collect()
}

/// The derive that becomes optional (the generated crates' `schemars` feature), by path segments.
const SCHEMARS_DERIVE: [&str; 2] = ["schemars", "JsonSchema"];

/// Whether `path` is `schemars::JsonSchema` (with or without a leading `::`): a derive or a trait.
fn is_schemars_derive(path: &syn::Path) -> bool {
    path.segments.iter().map(|segment| segment.ident.to_string()).eq(SCHEMARS_DERIVE)
}

/// Moves `schemars::JsonSchema` out of every `#[derive(...)]` into
/// `#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]`: schema export stays one
/// feature away, and a merchant's default build does not compile schemars' derive (and syn 2).
#[derive(Default)]
struct OptionalSchemars {
    /// How many items' derives were moved.
    moved: usize,
}

impl OptionalSchemars {
    fn rewrite(&mut self, attrs: &mut Vec<Attribute>) {
        let mut found = false;
        for attr in attrs.iter_mut().filter(|attr| attr.path().is_ident("derive")) {
            let Ok(paths) =
                attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            else {
                continue;
            };
            let kept: Vec<&syn::Path> = paths.iter().filter(|path| !is_schemars_derive(path)).collect();
            if kept.len() != paths.len() {
                found = true;
                *attr = parse_quote!(#[derive(#(#kept),*)]);
            }
        }
        if found {
            self.moved += 1;
            attrs.push(parse_quote!(#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]));
        }
    }
}

impl VisitMut for OptionalSchemars {
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        self.rewrite(&mut item.attrs);
    }

    /// A hand-made `impl schemars::JsonSchema` (typify writes one for an integer enum) goes
    /// behind the feature too.
    fn visit_item_impl_mut(&mut self, item: &mut ItemImpl) {
        if item.trait_.as_ref().is_some_and(|(path, _)| is_schemars_derive(path)) {
            item.attrs.push(parse_quote!(#[cfg(feature = "schemars")]));
        }
        syn::visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        self.rewrite(&mut item.attrs);
    }
}

/// Fits progenitor's httpmock helpers: path matchers escape and percent-encode the value (progenitor
/// pastes it raw into a regex, so ids with `.`, `+` or `/` matched the wrong requests), a list
/// parameter's matcher matches each item, and every public item is documented. `operations` is
/// the spec's operation count: each operation has exactly one `When` and one `Then` wrapper to
/// document, and any other count is an error (progenitor changed its mocks).
pub fn apply_to_mock(file: &mut syn::File, operations: usize) -> anyhow::Result<()> {
    let mut fixer = PathMatcherFixer::default();
    fixer.visit_file_mut(file);
    if let Some(error) = fixer.error {
        return Err(error);
    }
    let mut lists = ListMatchers::default();
    lists.visit_file_mut(file);
    if let Some(error) = lists.error {
        return Err(error);
    }
    let mut docs = MockDocs::default();
    docs.visit_file_mut(file);
    if docs.when != operations || docs.then != operations {
        bail!(
            "progenitor's mocks have {} `When` and {} `Then` wrappers for {operations} operations",
            docs.when,
            docs.then
        );
    }
    DocFiller.visit_file_mut(file);
    Ok(())
}

/// A list parameter's matcher (its type names a `Vec`) matches each item, as the request sends
/// them (`name=a&name=b`): progenitor writes `query_param(name, value.to_string())`, which a list
/// cannot do. Each such matcher must hold exactly one `query_param` call; any other count is an
/// error.
#[derive(Default)]
struct ListMatchers {
    error: Option<anyhow::Error>,
}

impl VisitMut for ListMatchers {
    fn visit_impl_item_fn_mut(&mut self, function: &mut ImplItemFn) {
        let bounds = &function.sig.generics.where_clause;
        if !names_vec(quote::quote!(#bounds)) {
            return;
        }
        /// `receiver.query_param(name, value.to_string())` → one `query_param` per item.
        #[derive(Default)]
        struct PerItem(usize);
        impl VisitMut for PerItem {
            fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
                syn::visit_mut::visit_expr_mut(self, expr);
                let syn::Expr::MethodCall(call) = expr else { return };
                if call.method != "query_param" || call.args.len() != 2 {
                    return;
                }
                self.0 += 1;
                let (receiver, name) = (&call.receiver, &call.args[0]);
                *expr =
                    parse_quote!(value.iter().fold(#receiver, |when, item| when.query_param(#name, item.to_string())));
            }
        }
        let mut per_item = PerItem::default();
        per_item.visit_block_mut(&mut function.block);
        if per_item.0 != 1 && self.error.is_none() {
            self.error = Some(anyhow::anyhow!(
                "the list matcher `{}` in progenitor's mocks has {} `query_param` calls, expected 1",
                function.sig.ident,
                per_item.0
            ));
        }
    }
}

/// Whether `tokens` name a `Vec` (inside groups too).
fn names_vec(tokens: proc_macro2::TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => ident == "Vec",
        proc_macro2::TokenTree::Group(group) => names_vec(group.stream()),
        _ => false,
    })
}

/// Rewrites `regex::Regex::new(&format!("^/path/{}$", value.to_string()))` into a matcher on the
/// escaped, encoded value. A path regex `format!` anywhere else is an error: progenitor changed
/// how it builds matchers, and the fix must be looked at, not silently skipped.
#[derive(Default)]
struct PathMatcherFixer {
    /// Inside the arguments of a `Regex::new(..)` call.
    in_regex: bool,
    error: Option<anyhow::Error>,
}

impl VisitMut for PathMatcherFixer {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        let names: Vec<String> = match &*call.func {
            syn::Expr::Path(path) => path.path.segments.iter().map(|segment| segment.ident.to_string()).collect(),
            _ => Vec::new(),
        };
        let is_regex_new = names.ends_with(&["Regex".to_owned(), "new".to_owned()]);
        let outer = self.in_regex;
        self.in_regex |= is_regex_new;
        syn::visit_mut::visit_expr_call_mut(self, call);
        self.in_regex = outer;
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if !mac.path.is_ident("format") {
            return;
        }
        let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        let mut args = match syn::parse::Parser::parse2(parser, mac.tokens.clone()) {
            Ok(args) => args,
            Err(error) => {
                self.error = Some(anyhow::anyhow!("a format! in progenitor's mocks does not parse: {error}"));
                return;
            }
        };
        let is_path_regex = matches!(args.first(), Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }))
            if s.value().starts_with("^/") && s.value().ends_with('$'));
        if !is_path_regex {
            return;
        }
        if !self.in_regex {
            self.error = Some(anyhow::anyhow!("a path regex `format!` outside `Regex::new(..)` in progenitor's mocks"));
            return;
        }
        for arg in args.iter_mut().skip(1) {
            *arg = parse_quote!(regex::escape(&progenitor_client::encode_path(&#arg)));
        }
        mac.tokens = quote::ToTokens::to_token_stream(&args);
    }
}

/// Doc comments for the httpmock wrappers' methods; counts the `When` and `Then` wrappers it
/// documents.
#[derive(Default)]
struct MockDocs {
    when: usize,
    then: usize,
}

impl VisitMut for MockDocs {
    fn visit_item_impl_mut(&mut self, block: &mut ItemImpl) {
        let Some(wrapper) = self_type_name(&block.self_ty) else { return };
        let is_then = wrapper.ends_with("Then");
        if block.trait_.is_none() {
            if is_then {
                self.then += 1;
            } else if wrapper.ends_with("When") {
                self.when += 1;
            }
        }
        for item in block.items.iter_mut() {
            let ImplItem::Fn(function) = item else { continue };
            let name = function.sig.ident.to_string();
            let doc = match name.as_str() {
                "new" => "Wraps httpmock's builder for this operation.".to_owned(),
                "into_inner" => "The underlying httpmock builder, to go beyond what the spec permits.".to_owned(),
                _ if is_then => format!("Responds with the spec's `{name}` response and this body."),
                _ => format!("Matches requests whose `{name}` parameter is this value."),
            };
            add_doc(&mut function.attrs, &doc);
        }
        syn::visit_mut::visit_item_impl_mut(self, block);
    }

    fn visit_trait_item_fn_mut(&mut self, function: &mut syn::TraitItemFn) {
        let name = function.sig.ident.to_string();
        add_doc(
            &mut function.attrs,
            &format!("Mocks the `{name}` operation: `config_fn` sets what to match and what to answer."),
        );
    }
}

/// `T` and `E` from `-> Result<ResponseValue<T>, Error<E>>`.
pub fn result_types(output: &syn::ReturnType) -> anyhow::Result<(Type, Type)> {
    let syn::ReturnType::Type(_, ty) = output else { bail!("no return type") };
    let args = generic_args(ty, "Result")?;
    let [ok, err] = args.as_slice() else { bail!("`Result` should have two type arguments") };
    let success = generic_args(ok, "ResponseValue")?.into_iter().next().context("`ResponseValue<T>`")?;
    let error = generic_args(err, "Error")?.into_iter().next().context("`Error<E>`")?;
    Ok((success, error))
}

fn generic_args(ty: &Type, expected: &str) -> anyhow::Result<Vec<Type>> {
    let Type::Path(path) = ty else { bail!("expected `{expected}<..>`") };
    let segment = path.path.segments.last().context("empty path")?;
    if segment.ident != expected {
        bail!("expected `{expected}<..>`, found `{}`", segment.ident);
    }
    let syn::PathArguments::AngleBracketed(args) = &segment.arguments else { bail!("`{expected}` without arguments") };
    Ok(args
        .args
        .iter()
        .filter_map(|arg| match arg {
            syn::GenericArgument::Type(ty) => Some(ty.clone()),
            _ => None,
        })
        .collect())
}

fn self_type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|segment| segment.ident.to_string()),
        _ => None,
    }
}

/// Gives undocumented public items a doc comment, so `missing_docs` holds for generated crates.
struct DocFiller;

impl VisitMut for DocFiller {
    fn visit_item_mut(&mut self, item: &mut Item) {
        match item {
            Item::Mod(module) if is_public(&module.vis) => {
                let name = module.ident.to_string();
                add_doc(&mut module.attrs, &format!("Generated `{name}` items."));
            }
            Item::Struct(item) if is_public(&item.vis) => {
                let name = item.ident.to_string();
                add_doc(&mut item.attrs, &format!("Generated type `{name}`."));
                for field in item.fields.iter_mut().filter(|field| is_public(&field.vis)) {
                    if let Some(ident) = &field.ident {
                        let doc = format!("The `{ident}` field (see its type for details).");
                        add_doc(&mut field.attrs, &doc);
                    }
                }
            }
            Item::Enum(item) if is_public(&item.vis) => {
                let name = item.ident.to_string();
                add_doc(&mut item.attrs, &format!("Generated type `{name}`."));
                for variant in item.variants.iter_mut() {
                    let name = variant.ident.to_string();
                    add_doc(&mut variant.attrs, &format!("The `{name}` case."));
                }
            }
            _ => {}
        }
        syn::visit_mut::visit_item_mut(self, item);
    }

    fn visit_impl_item_fn_mut(&mut self, function: &mut ImplItemFn) {
        if is_public(&function.vis) {
            let doc = match function.sig.ident.to_string().as_str() {
                "builder" => "Starts building a value field by field.".to_owned(),
                name => format!("Sets `{name}`."),
            };
            add_doc(&mut function.attrs, &doc);
        }
    }
}

fn is_public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

/// The `Client`'s documentation opens with what it is for and how to make one; progenitor's (the
/// spec's title, `info.description` and version: notes written for maintainers, such as where
/// each fact was checked) follows under its own heading.
fn client_docs(file: &mut syn::File, provider: &Provider) -> anyhow::Result<()> {
    let client = file.items.iter_mut().find_map(|item| match item {
        Item::Struct(item) if item.ident == "Client" => Some(item),
        _ => None,
    });
    let client = client.context("progenitor's output has no `Client` struct")?;
    let methods: Vec<String> =
        provider.operations.iter().map(|operation| format!("[`{0}`](Client::{0})", operation.method)).collect();
    let summary = format!(
        " A client for the {} API: one method per operation ({}), each returning a builder whose \
         `send()` makes the call with the runtime's retries, deadline and typed errors. Make one with \
         [`Client::builder`]; clones share the connection pool and the rate limiter.",
        provider.display_name,
        methods.join(", ")
    );
    let spec_docs: Vec<Attribute> = client.attrs.iter().filter(|attr| attr.path().is_ident("doc")).cloned().collect();
    client.attrs.retain(|attr| !attr.path().is_ident("doc"));
    client.attrs.push(parse_quote!(#[doc = #summary]));
    if !spec_docs.is_empty() {
        client.attrs.push(parse_quote!(#[doc = ""]));
        client.attrs.push(parse_quote!(#[doc = " # From the spec"]));
        client.attrs.push(parse_quote!(#[doc = ""]));
        client.attrs.extend(spec_docs);
    }
    Ok(())
}

/// Adds `doc` unless the item already has a doc comment.
fn add_doc(attrs: &mut Vec<Attribute>, doc: &str) {
    if !attrs.iter().any(|attr| attr.path().is_ident("doc")) {
        let doc = format!(" {doc}");
        attrs.push(parse_quote!(#[doc = #doc]));
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn extracts_success_and_error_types() {
        let output: syn::ReturnType = parse_quote!(-> Result<ResponseValue<types::Customer>, Error<types::ErrorBody>>);
        let (ok, err) = result_types(&output).unwrap();
        assert_eq!(quote!(#ok).to_string(), "types :: Customer");
        assert_eq!(quote!(#err).to_string(), "types :: ErrorBody");
    }

    /// A setter's conversion error and `new`'s initial errors are replaced by position, whatever
    /// progenitor wrote in them; a setter without exactly one `map_err` is an error.
    #[test]
    fn setter_and_new_messages_are_replaced_by_structure() {
        let mut setter: ImplItemFn = parse_quote! {
            pub fn id<V>(mut self, value: V) -> Self where V: std::convert::TryInto<types::ThingId> {
                self.id = value.try_into().map_err(|_| "any wording at all".to_string());
                self
            }
        };
        setter_message(&mut setter, parse_quote!(|_| "invalid `id`".to_string())).unwrap();
        let code = quote!(#setter).to_string();
        assert!(code.contains("map_err (| _ | \"invalid `id`\" . to_string ())") && !code.contains("any wording"));
        assert_eq!(try_into_target(&setter).map(|ty| quote!(#ty).to_string()).as_deref(), Some("types :: ThingId"));
        let mut twice: ImplItemFn = parse_quote! {
            pub fn id<V>(mut self, value: V) -> Self { self.id = value.map_err(a).map_err(b); self }
        };
        let error = setter_message(&mut twice, parse_quote!(|_| String::new())).unwrap_err().to_string();
        assert!(error.contains("2 `.map_err(..)` calls"), "{error}");
        let mut new: ImplItemFn = parse_quote! {
            pub fn new(client: &'a super::Client) -> Self {
                Self { client: client, id: Err("whatever".to_string()), limit: Ok(None) }
            }
        };
        required_messages(&mut new, &BTreeSet::from(["id".to_owned()])).unwrap();
        let code = quote!(#new).to_string();
        assert!(code.contains("id : Err (\"the required parameter `id` was not set\" . to_string ())"), "{code}");
        assert!(code.contains("limit : Ok (None)"), "{code}");
        // A required parameter progenitor starts as set (or an optional one it starts unset) is a
        // changed contract, reported rather than silently left with progenitor's message.
        let mut moved: ImplItemFn = parse_quote! {
            pub fn new(client: &'a super::Client) -> Self { Self { client: client, id: Ok(None), limit: Ok(None) } }
        };
        let error = required_messages(&mut moved, &BTreeSet::from(["id".to_owned()])).unwrap_err().to_string();
        assert!(error.contains("starts {} as unset, but the spec's required parameters are {\"id\"}"), "{error}");
    }

    /// `gen`, a keyword in edition 2024, becomes `r#gen`, in paths, bindings and macro tokens.
    #[test]
    fn edition_2024_keywords_become_raw_identifiers() {
        let mut file: syn::File = parse_quote! {
            impl schemars::JsonSchema for Level {
                fn json_schema(gen: &mut schemars::gen::SchemaGenerator) -> Schema { make!(gen) }
            }
        };
        RawKeywords.visit_file_mut(&mut file);
        let code = quote!(#file).to_string();
        assert!(
            code.contains("r#gen : & mut schemars :: r#gen :: SchemaGenerator") && code.contains("make ! (r#gen)"),
            "{code}"
        );
    }

    #[test]
    fn mock_path_regexes_are_escaped_and_encoded_and_one_elsewhere_is_an_error() {
        let mut inside: syn::File = parse_quote! {
            fn id(value: &str) -> regex::Regex { regex::Regex::new(&format!("^/things/{}$", value.to_string())).unwrap() }
        };
        apply_to_mock(&mut inside, 0).unwrap();
        let code = quote!(#inside).to_string();
        assert!(
            code.contains("regex :: escape (& progenitor_client :: encode_path (& value . to_string ()))"),
            "{code}"
        );
        let mut elsewhere: syn::File = parse_quote! {
            fn id(value: &str) -> String { format!("^/things/{}$", value) }
        };
        let error = apply_to_mock(&mut elsewhere, 0).unwrap_err().to_string();
        assert!(error.contains("outside `Regex::new(..)`"), "{error}");
    }

    #[test]
    fn rejects_other_return_types() {
        let output: syn::ReturnType = parse_quote!(-> Option<u8>);
        assert!(result_types(&output).is_err());
    }

    #[test]
    fn mock_wrappers_and_list_matchers_are_counted_and_an_unexpected_count_is_an_error() {
        let wrappers = |count: usize| -> syn::File {
            let items = (0..count).map(|i| {
                let (when, then) = (quote::format_ident!("Op{i}When"), quote::format_ident!("Op{i}Then"));
                quote!(impl #when { pub fn new() {} } impl #then { pub fn new() {} })
            });
            parse_quote!(#(#items)*)
        };
        apply_to_mock(&mut wrappers(2), 2).unwrap();
        let error = apply_to_mock(&mut wrappers(1), 2).unwrap_err().to_string();
        assert!(error.contains("1 `When` and 1 `Then` wrappers for 2 operations"), "{error}");
        let mut list: syn::File = parse_quote! {
            impl OpWhen {
                pub fn expand<T>(self, value: T) -> Self where T: AsRef<Vec<String>> {
                    Self(self.0.query_param("expand", value.to_string()))
                }
            }
            impl OpThen {}
        };
        apply_to_mock(&mut list, 1).unwrap();
        let code = quote!(#list).to_string();
        assert!(code.contains("value . iter () . fold"), "{code}");
        let mut twice: syn::File = parse_quote! {
            impl OpWhen {
                pub fn expand<T>(self, value: T) -> Self where T: AsRef<Vec<String>> {
                    Self(self.0.query_param("a", value.to_string()).query_param("b", value.to_string()))
                }
            }
            impl OpThen {}
        };
        let error = apply_to_mock(&mut twice, 1).unwrap_err().to_string();
        assert!(error.contains("`expand` in progenitor's mocks has 2 `query_param` calls"), "{error}");
    }
}
