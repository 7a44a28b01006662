//! A pass over progenitor's syntax tree that fits it to the runtime (never a hand edit: it runs on
//! every generation):
//!
//! - each operation builder's `send` is cut down to the private `request` (progenitor's code that
//!   checks the parameters and builds the request), and a new `send` hands a way to build that
//!   request (once per attempt, from a copy of the builder) to `pspkit_runtime::send` with the
//!   statuses the spec documents (read from progenitor's status
//!   `match`), which returns the runtime's `Response`/`Error`: progenitor's hooks, send and
//!   response handling never run;
//! - the request's URL is built from the client's base URL parsed once
//!   (`pspkit_runtime::Context::endpoint`), not parsed whole, host included, on every call, and
//!   path parameters are percent-encoded while the URL is formatted (`pspkit_runtime::ToPathSegment`),
//!   not through two intermediate strings each;
//! - the request is built in place (`pspkit_runtime::RequestBuilder`) when progenitor chains only
//!   the methods it has (`header`, `headers`, `query`, `build`); any other chain stays on reqwest's
//!   builder;
//! - `header_map` starts empty (`HeaderMap::new()` allocates nothing) instead of with the capacity
//!   progenitor reserves for header parameters and `api-version`;
//! - invalid-argument messages name the parameter and the spec's rule for it;
//! - progenitor's `api-version: <info.version>` request header is removed (no provider asks for it,
//!   and removing it at generation costs nothing per request);
//! - public items progenitor leaves undocumented get a doc comment.

use std::collections::BTreeSet;

use anyhow::{Context as _, bail};
use quote::format_ident;
use syn::visit_mut::VisitMut;
use syn::{Attribute, ImplItem, ImplItemFn, Item, ItemImpl, Type, Visibility, parse_quote};

use crate::model::Provider;

/// Applies every rewrite to the generated file.
pub fn apply(file: &mut syn::File, provider: &Provider) -> anyhow::Result<()> {
    let builder = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(module) if module.ident == "builder" => module.content.as_mut(),
            _ => None,
        })
        .context("progenitor's output has no `builder` module (is the builder interface selected?)")?;
    let mut matched = Matched::default();
    for item in builder.1.iter_mut() {
        if let Item::Impl(block) = item {
            rewrite_operation_builder(block, provider, &mut matched)?;
        }
    }
    matched.check(provider)?;
    // `value.path_segment()` in the operations' URLs (see `encode_while_formatting`).
    builder.1.insert(
        0,
        parse_quote!(
            #[allow(unused_imports)]
            use ::pspkit_runtime::ToPathSegment as _;
        ),
    );
    // The crate root re-exports what a user needs; progenitor's `prelude` would be an unused duplicate.
    file.items.retain(|item| !matches!(item, Item::Mod(module) if module.ident == "prelude"));
    DocFiller.visit_file_mut(file);
    let mut schemars = OptionalSchemars::default();
    schemars.visit_file_mut(file);
    if schemars.moved == 0 {
        bail!("no `#[derive(.., schemars::JsonSchema)]` found to make optional (is the derive still configured?)");
    }
    no_progenitor_message_left(file)
}

/// What the operation-builder rewrites matched, checked against what the model expects.
#[derive(Debug, Default)]
struct Matched {
    /// Builders whose `send` was wrapped.
    sends: BTreeSet<String>,
    /// Builders whose `x-pspkit-require-one-of` check was added.
    one_of: BTreeSet<String>,
    /// `(builder, parameter)` rules whose setter was documented.
    setters: BTreeSet<(String, String)>,
    /// `(builder, parameter)` rules whose progenitor conversion message was replaced.
    messages: BTreeSet<(String, String)>,
}

impl Matched {
    /// Fails, naming the operation and the rule, when a rewrite the model expects found nothing
    /// to rewrite (progenitor's output, or its names, drifted from what the xtask derives).
    fn check(&self, provider: &Provider) -> anyhow::Result<()> {
        let operations = provider.operations.len();
        if self.sends.len() != operations {
            bail!(
                "{} operation builders with a `send` to wrap, for {operations} operations in the spec",
                self.sends.len()
            );
        }
        if let Some(builder) = provider.require_one_of.keys().find(|builder| !self.one_of.contains(*builder)) {
            bail!("operation builder `{builder}`: its `x-pspkit-require-one-of` check found no `send` to guard");
        }
        for (builder, parameter) in provider.parameter_rules.keys() {
            let key = (builder.clone(), parameter.clone());
            if !self.setters.contains(&key) {
                bail!("operation builder `{builder}`: no setter `{parameter}` for the spec's parameter rule");
            }
            if !self.messages.contains(&key) {
                bail!("operation builder `{builder}`: no progenitor conversion message for `{parameter}` to replace");
            }
        }
        Ok(())
    }
}

/// Progenitor's own invalid-input wordings: none may survive the rewrite, in macro tokens neither.
const PROGENITOR_MESSAGES: [&str; 2] = ["conversion to `", " was not initialized"];

fn no_progenitor_message_left(file: &syn::File) -> anyhow::Result<()> {
    let tokens = quote::ToTokens::to_token_stream(file).to_string();
    match PROGENITOR_MESSAGES.iter().find(|message| tokens.contains(*message)) {
        Some(message) => bail!("a progenitor message (`{}`) was left unrewritten", message.trim()),
        None => Ok(()),
    }
}

/// The derive that becomes optional (the generated crates' `schemars` feature), by path segments.
const SCHEMARS_DERIVE: [&str; 2] = ["schemars", "JsonSchema"];

/// Whether `path` is `schemars::JsonSchema` (with or without a leading `::`).
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

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        self.rewrite(&mut item.attrs);
    }
}

/// Fits progenitor's httpmock helpers: path matchers escape and percent-encode the value (progenitor
/// pastes it raw into a regex, so ids with `.`, `+` or `/` matched the wrong requests), and every
/// public item is documented.
pub fn apply_to_mock(file: &mut syn::File) -> anyhow::Result<()> {
    let mut fixer = PathMatcherFixer::default();
    fixer.visit_file_mut(file);
    if let Some(error) = fixer.error {
        return Err(error);
    }
    MockDocs.visit_file_mut(file);
    DocFiller.visit_file_mut(file);
    Ok(())
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

/// Doc comments for the httpmock wrappers' methods.
struct MockDocs;

impl VisitMut for MockDocs {
    fn visit_item_impl_mut(&mut self, block: &mut ItemImpl) {
        let Some(wrapper) = self_type_name(&block.self_ty) else { return };
        let is_then = wrapper.ends_with("Then");
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

fn rewrite_operation_builder(block: &mut ItemImpl, provider: &Provider, matched: &mut Matched) -> anyhow::Result<()> {
    let Some(builder_name) = self_type_name(&block.self_ty) else { return Ok(()) };
    let mut wrapper = None;
    for item in block.items.iter_mut() {
        let ImplItem::Fn(function) = item else { continue };
        let name = function.sig.ident.to_string();
        if name == "send" {
            remove_api_version_header(function)
                .with_context(|| format!("operation builder `{builder_name}`: the `api-version` rewrite"))?;
            let one_of = provider.require_one_of.get(&builder_name);
            if one_of.is_some() {
                matched.one_of.insert(builder_name.clone());
            }
            matched.sends.insert(builder_name.clone());
            wrapper = Some(
                wrap_send(function, one_of)
                    .with_context(|| format!("operation builder `{builder_name}`: the `send` rewrite"))?,
            );
        } else if name == "new" {
            add_doc(&mut function.attrs, "Starts a request; prefer the matching method on `Client`.");
        } else {
            let key = (builder_name.clone(), name.clone());
            let rule = provider.parameter_rules.get(&key);
            if rule.is_some() {
                matched.setters.insert(key);
            }
            let doc = match rule {
                Some(rule) => format!("Sets the `{name}` parameter: {rule}."),
                None => format!("Sets the `{name}` parameter."),
            };
            add_doc(&mut function.attrs, &doc);
        }
    }
    block.items.extend(wrapper.map(ImplItem::Fn));
    MessageRewriter { builder: &builder_name, provider, matched }.visit_item_impl_mut(block);
    Ok(())
}

/// Turns progenitor's `send` into the private `request` ([`split_request`]) and returns the public
/// `send`, which enforces `x-pspkit-require-one-of` when the operation declares it, then hands the
/// runtime a way to build the request (once per attempt, from a copy of the builder: reqwest
/// consumes a request, and a copy made in advance would cost every call, not only the retried
/// ones) with the statuses the spec documents.
fn wrap_send(function: &mut ImplItemFn, require_one_of: Option<&Vec<String>>) -> anyhow::Result<ImplItemFn> {
    let (success, error) =
        result_types(&function.sig.output).context("an operation's `send` has an unexpected return type")?;
    let docs: Vec<Attribute> = function.attrs.iter().filter(|attr| attr.path().is_ident("doc")).cloned().collect();
    let SendPlan { operation, statuses } = split_request(function, &error)?;
    let arms = statuses.iter().map(|(pattern, class)| quote::quote!(#pattern => #class,));
    let one_of_check = require_one_of.map(|fields| {
        let idents = fields.iter().map(|field| format_ident!("{field}"));
        let list = fields.iter().map(|field| format!("`{field}`")).collect::<Vec<_>>().join(", ");
        let message = format!("set at least one of {list}");
        quote::quote! {
            if #(matches!(self.#idents, Ok(None)))&&* {
                return Err(::pspkit_runtime::Error::invalid_input(#message));
            }
        }
    });
    Ok(parse_quote! {
        #(#docs)*
        ///
        /// Returns the decoded body with its status, headers and request id, or a
        /// [`pspkit_runtime::Error`] that says whether the input was invalid (nothing sent), the
        /// provider answered with a documented error, the response was unexpected, or the transport failed.
        pub async fn send(self) -> ::std::result::Result<
            ::pspkit_runtime::Response<#success>,
            ::pspkit_runtime::Error<#error>,
        > {
            #one_of_check
            let build = || self.clone().request().map_err(::pspkit_runtime::unsent);
            ::pspkit_runtime::send(&self.client.inner, &self.client.client, build, #operation, |status| match status {
                #(#arms)*
            })
            .await
        }
    })
}

/// Removes the statement by which progenitor adds `api-version` to the request's `header_map`, and
/// allows `header_map` to stay `mut` when no other header is added. Fails when the statement is not
/// found: a progenitor that builds headers differently must be looked at, not silently passed.
fn remove_api_version_header(function: &mut ImplItemFn) -> anyhow::Result<()> {
    let before = function.block.stmts.len();
    function.block.stmts.retain(|stmt| !is_api_version_append(stmt));
    match before - function.block.stmts.len() {
        1 => {}
        0 => bail!("no `header_map.append(HeaderName::from_static(\"api-version\"), ..)` statement found in `send`"),
        n => bail!("{n} `api-version` statements found in `send`, expected one"),
    }
    let declaration = function
        .block
        .stmts
        .iter_mut()
        .find_map(|stmt| match stmt {
            syn::Stmt::Local(local) if pattern_ident(&local.pat).is_some_and(|ident| ident == "header_map") => {
                Some(local)
            }
            _ => None,
        })
        .context("no `let mut header_map` declaration found in `send`")?;
    declaration.attrs.push(parse_quote!(#[allow(unused_mut)]));
    shrink_capacity(declaration).context("`let mut header_map = HeaderMap::with_capacity(N)` in `send`")
}

/// Starts `header_map` empty instead of with the capacity progenitor reserves (for its header
/// parameters and the removed `api-version`): an empty `HeaderMap` allocates nothing, so an
/// operation that is given no header parameter allocates no map, and the first header appended
/// allocates room for several.
fn shrink_capacity(declaration: &mut syn::Local) -> anyhow::Result<()> {
    let init = declaration.init.as_mut().context("no initial value")?;
    let syn::Expr::Call(call) = &*init.expr else { bail!("not a call") };
    let syn::Expr::Path(constructor) = &*call.func else { bail!("not a path call") };
    if constructor.path.segments.last().is_none_or(|segment| segment.ident != "with_capacity") {
        bail!("not `HeaderMap::with_capacity`");
    }
    *init.expr = parse_quote!(::reqwest::header::HeaderMap::new());
    Ok(())
}

/// Turns `let url = format!("{}/path/{}", client.baseurl, encode_path(&value.to_string()), ..)`
/// into `let url = format!("/path/{}", value.path_segment(), ..)`: the operation's path alone
/// (`pspkit_runtime::Context::endpoint` puts it under the base URL), each path parameter
/// percent-encoded while it is formatted (a `pspkit_runtime::PathSegment`: no intermediate
/// strings); a path without parameters is a plain `&str`. Other arguments are left as progenitor
/// wrote them. Returns the path's template (`/path/{value}`, each placeholder named after the
/// argument's variable), which the runtime checks the built path against. Fails when the
/// statement does not start with the base URL: the URL must not be built another way unnoticed.
fn encode_while_formatting(local: &mut syn::Local) -> anyhow::Result<syn::LitStr> {
    use syn::punctuated::Punctuated;
    let init = local.init.as_mut().context("`let url` without a value")?;
    let syn::Expr::Macro(format) = &mut *init.expr else { bail!("`let url` is not `format!(..)`") };
    let args = format
        .mac
        .parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        .context("the arguments of `format!` for the URL")?;
    let mut args = args.into_iter();
    let (Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(template), .. })), Some(base)) =
        (args.next(), args.next())
    else {
        bail!("`format!` for the URL without a template and the base URL")
    };
    let path = template.value().strip_prefix("{}").map(str::to_owned);
    let is_base = quote::quote!(#base).to_string().replace(' ', "") == "client.baseurl";
    let (Some(path), true) = (path, is_base) else { bail!("the URL's `format!` does not start with `client.baseurl`") };
    let args: Punctuated<syn::Expr, syn::Token![,]> = args.map(path_segment).collect();
    let mut named = path.split("{}");
    let mut with_names = named.next().unwrap_or_default().to_owned();
    for (arg, rest) in args.iter().zip(named) {
        with_names.push_str(&format!("{{{}}}{rest}", placeholder_name(arg)));
    }
    let path = syn::LitStr::new(&path, template.span());
    if args.is_empty() {
        // A path without parameters needs no formatting (nor an allocation).
        *init.expr = parse_quote!(#path);
    } else {
        format.mac.tokens = quote::quote!(#path, #args);
    }
    Ok(syn::LitStr::new(&with_names, template.span()))
}

/// The name of a path argument's placeholder: the variable of `value.path_segment()` (the
/// builder's setter of that name), or `value` for any other expression.
fn placeholder_name(arg: &syn::Expr) -> String {
    match arg {
        syn::Expr::MethodCall(call) if call.method == "path_segment" => match &*call.receiver {
            syn::Expr::Path(variable) => variable.path.get_ident().map(ToString::to_string),
            _ => None,
        },
        _ => None,
    }
    .unwrap_or_else(|| "value".to_owned())
}

/// `encode_path(&value.to_string())` as `value.path_segment()` (`pspkit_runtime::ToPathSegment`,
/// imported into the builder module; a method, so it finds `Display` as `to_string` does); any
/// other expression unchanged.
fn path_segment(arg: syn::Expr) -> syn::Expr {
    let syn::Expr::Call(call) = &arg else { return arg };
    let is_encode_path = matches!(&*call.func, syn::Expr::Path(path) if path.path.is_ident("encode_path"));
    let value = match call.args.first() {
        Some(syn::Expr::Reference(reference)) if is_encode_path && call.args.len() == 1 => match &*reference.expr {
            syn::Expr::MethodCall(to_string) if to_string.method == "to_string" && to_string.args.is_empty() => {
                to_string.receiver.clone()
            }
            _ => return arg,
        },
        _ => return arg,
    };
    parse_quote!(#value.path_segment())
}

/// What progenitor's `send` says about the call, read before it is cut down to building the request.
struct SendPlan {
    /// The `operation_id` of its `OperationInfo` (the typed client's method name).
    operation: String,
    /// Each arm of its status `match`: the pattern and how the spec documents it.
    statuses: Vec<(syn::Pat, proc_macro2::TokenStream)>,
}

/// Cuts progenitor's `send` down to the private, synchronous `request`, which builds the request
/// (parameters checked and encoded, headers set; the URL from the client's parsed base URL, see
/// `pspkit_runtime::Context::endpoint`) and returns it; its hooks, send
/// and response handling go, [`pspkit_runtime::send`] does that. Reads the operation's name and its
/// status `match` first. Fails when any piece is missing, or when a response is handled another
/// way than decoding JSON (`stream`, `upgrade`): the runtime buffers and decodes every body.
fn split_request(function: &mut ImplItemFn, error: &Type) -> anyhow::Result<SendPlan> {
    let statuses = match function.block.stmts.last() {
        Some(syn::Stmt::Expr(syn::Expr::Match(status_match), None)) => status_match
            .arms
            .iter()
            .map(|arm| Ok((arm.pat.clone(), status_class(&arm.body)?)))
            .collect::<anyhow::Result<Vec<_>>>()?,
        _ => bail!("`send` does not end with a `match` on the response status"),
    };
    let info_at = function
        .block
        .stmts
        .iter()
        .position(|stmt| binds(stmt, "info"))
        .context("no `let info = OperationInfo {..}` statement found in `send`")?;
    let operation =
        operation_id(&function.block.stmts[info_at]).context("`OperationInfo` without an `operation_id` string")?;
    let request_at = function.block.stmts[..info_at]
        .iter()
        .position(|stmt| binds(stmt, "request"))
        .context("no `let request = ..` statement before `OperationInfo` in `send`")?;
    if let syn::Stmt::Local(local) = &mut function.block.stmts[request_at]
        && let Some(init) = local.init.as_mut()
    {
        build_in_place(&mut init.expr, error);
    }
    function.block.stmts.truncate(info_at);
    let url_at = function
        .block
        .stmts
        .iter()
        .position(|stmt| binds(stmt, "url"))
        .context("no `let url = format!(..)` statement in `send`")?;
    let syn::Stmt::Local(local) = &mut function.block.stmts[url_at] else { bail!("`let url` is not a statement") };
    let template = encode_while_formatting(local).context("the request URL")?;
    function.block.stmts.insert(
        url_at + 1,
        parse_quote!(let url = client.inner.endpoint(&client.baseurl, #template, &url).map_err(Error::InvalidRequest)?;),
    );
    function.block.stmts.push(syn::Stmt::Expr(parse_quote!(Ok(request)), None));
    function.sig.asyncness = None;
    function.sig.ident = format_ident!("request");
    function.sig.output = parse_quote!(-> Result<::reqwest::Request, Error<#error>>);
    function.vis = Visibility::Inherited;
    function.attrs.retain(|attr| !attr.path().is_ident("doc"));
    add_doc(&mut function.attrs, "Builds the request from the parameters (progenitor's code), for `send`.");
    Ok(SendPlan { operation, statuses })
}

/// The `reqwest::RequestBuilder` methods `pspkit_runtime::RequestBuilder` has, with the same effect.
const IN_PLACE_METHODS: [&str; 4] = ["header", "headers", "query", "build"];

/// Turns `client.client.<method>(url).<..>.build()?` into
/// `::pspkit_runtime::RequestBuilder::new(Method::<METHOD>, url).<..>.build::<E>()?` when every
/// chained method is one the runtime's builder has ([`IN_PLACE_METHODS`]): the request is built
/// in place, without reqwest's builder (a copy of the client, the request moved through each
/// call). Any other chain (a body, a form, a timeout) is left to reqwest's builder.
fn build_in_place(request: &mut syn::Expr, error: &Type) {
    let syn::Expr::Try(built) = request else { return };
    let syn::Expr::MethodCall(build) = &mut *built.expr else { return };
    if build.method != "build" || !build.args.is_empty() || build.turbofish.is_some() {
        return;
    }
    let mut call = &mut *build;
    loop {
        if !IN_PLACE_METHODS.contains(&call.method.to_string().as_str()) {
            return;
        }
        let syn::Expr::MethodCall(inner) = &*call.receiver else { return };
        let is_verb = matches!(inner.method.to_string().as_str(), "get" | "post" | "put" | "patch" | "delete" | "head");
        let receiver = &inner.receiver;
        let on_client = quote::quote!(#receiver).to_string().replace(' ', "") == "client.client";
        if is_verb && on_client && inner.args.len() == 1 {
            break;
        }
        let syn::Expr::MethodCall(inner) = &mut *call.receiver else { return };
        call = inner;
    }
    let syn::Expr::MethodCall(start) = &*call.receiver else { return };
    let method = format_ident!("{}", start.method.to_string().to_uppercase());
    let url = &start.args[0];
    *call.receiver = parse_quote!(::pspkit_runtime::RequestBuilder::new(::reqwest::Method::#method, #url));
    build.turbofish = Some(parse_quote!(::<#error>));
}

/// How a status arm of progenitor's `match` treats the response: decoded as the success type,
/// as the error type, or unexpected.
fn status_class(body: &syn::Expr) -> anyhow::Result<proc_macro2::TokenStream> {
    let code = quote::quote!(#body).to_string();
    for unsupported in ["stream", "upgrade", "empty"] {
        if code.contains(&format!("ResponseValue :: {unsupported}")) {
            bail!("`ResponseValue::{unsupported}` found in `send`: the runtime decodes every body as JSON");
        }
    }
    Ok(match (code.contains("ErrorResponse"), code.contains("UnexpectedResponse"), code.contains("from_response")) {
        (true, _, true) => quote::quote!(::pspkit_runtime::StatusClass::Error),
        (false, true, false) => quote::quote!(::pspkit_runtime::StatusClass::Undocumented),
        (false, false, true) => quote::quote!(::pspkit_runtime::StatusClass::Success),
        _ => bail!("a status arm of `send` that is neither a decoded body nor an unexpected response: `{code}`"),
    })
}

/// The string of `operation_id: ".."` in `let info = OperationInfo { .. };`.
fn operation_id(stmt: &syn::Stmt) -> Option<String> {
    let syn::Stmt::Local(local) = stmt else { return None };
    let syn::Expr::Struct(info) = &*local.init.as_ref()?.expr else { return None };
    info.fields.iter().find_map(|field| match (&field.member, &field.expr) {
        (syn::Member::Named(name), syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(value), .. }))
            if name == "operation_id" =>
        {
            Some(value.value())
        }
        _ => None,
    })
}

/// Whether `stmt` is `header_map.append(<..>::HeaderName::from_static("api-version"), ..);`.
fn is_api_version_append(stmt: &syn::Stmt) -> bool {
    let syn::Stmt::Expr(syn::Expr::MethodCall(call), _) = stmt else { return false };
    let receiver_is_header_map = matches!(&*call.receiver, syn::Expr::Path(path) if path.path.is_ident("header_map"));
    let Some(syn::Expr::Call(name)) = call.args.first() else { return false };
    let syn::Expr::Path(constructor) = &*name.func else { return false };
    let names_from_static = constructor.path.segments.last().is_some_and(|segment| segment.ident == "from_static");
    let is_api_version = matches!(
        name.args.first(),
        Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(value), .. })) if value.value() == "api-version"
    );
    call.method == "append" && receiver_is_header_map && names_from_static && is_api_version
}

/// Whether `stmt` is `let <name> = ..;` (typed or not).
fn binds(stmt: &syn::Stmt, name: &str) -> bool {
    matches!(stmt, syn::Stmt::Local(local) if pattern_ident(&local.pat).is_some_and(|ident| ident == name))
}

fn pattern_ident(pattern: &syn::Pat) -> Option<&syn::Ident> {
    match pattern {
        syn::Pat::Ident(ident) => Some(&ident.ident),
        syn::Pat::Type(typed) => pattern_ident(&typed.pat),
        _ => None,
    }
}

/// `T` and `E` from `-> Result<ResponseValue<T>, Error<E>>`.
fn result_types(output: &syn::ReturnType) -> anyhow::Result<(Type, Type)> {
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

/// Replaces progenitor's "conversion to `T` for x failed" and "x was not initialized" messages
/// with ones that name the parameter and its rule.
struct MessageRewriter<'a> {
    builder: &'a str,
    provider: &'a Provider,
    matched: &'a mut Matched,
}

impl MessageRewriter<'_> {
    fn rewrite(&mut self, message: &str) -> Option<String> {
        if let Some(parameter) = message.strip_suffix(" was not initialized") {
            return Some(format!("the required parameter `{parameter}` was not set"));
        }
        let rest = message.strip_prefix("conversion to `")?;
        let parameter = rest.split_once("` for ")?.1.strip_suffix(" failed")?;
        let key = (self.builder.to_owned(), parameter.to_owned());
        let rule = self.provider.parameter_rules.get(&key);
        if rule.is_some() {
            self.matched.messages.insert(key);
        }
        let rule = rule.map_or("it does not convert to the parameter's type", String::as_str);
        Some(format!("invalid `{parameter}`: {rule}"))
    }
}

impl VisitMut for MessageRewriter<'_> {
    fn visit_lit_str_mut(&mut self, literal: &mut syn::LitStr) {
        if let Some(message) = self.rewrite(&literal.value()) {
            *literal = syn::LitStr::new(&message, literal.span());
        }
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

    #[test]
    fn removes_the_api_version_header_and_keeps_the_others() {
        let mut function: ImplItemFn = parse_quote! {
            pub async fn send(self) -> Result<ResponseValue<T>, Error<E>> {
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                header_map.append("version", value.to_string().try_into()?);
                todo!()
            }
        };
        remove_api_version_header(&mut function).unwrap();
        let code = quote!(#function).to_string();
        assert!(!code.contains("api-version"), "{code}");
        assert!(code.contains("\"version\""), "{code}");
        assert!(
            code.contains("# [allow (unused_mut)] let mut header_map = :: reqwest :: header :: HeaderMap :: new ()"),
            "{code}"
        );
    }

    /// The URL is built from the base URL and the path; a `format!` that does not start with the
    /// base URL is not rewritten silently.
    #[test]
    fn a_url_built_another_way_is_an_error() {
        let mut function: ImplItemFn = parse_quote! {
            pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<types::Problem>> {
                let Self { client, id } = self;
                let url = format!("https://elsewhere.example/things/{}", encode_path(&id.to_string()));
                let mut request = client.client.get(url).build()?;
                let info = OperationInfo { operation_id: "get_thing" };
                match response.status().as_u16() { _ => Err(Error::UnexpectedResponse(response)) }
            }
        };
        let error = format!("{:#}", wrap_send(&mut function, None).err().expect("an error"));
        assert!(error.contains("does not start with `client.baseurl`"), "{error}");
    }

    #[test]
    fn fails_naming_the_miss_when_progenitor_adds_no_api_version_header() {
        let mut function: ImplItemFn = parse_quote! {
            pub async fn send(self) -> Result<ResponseValue<T>, Error<E>> {
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                header_map.insert(::reqwest::header::HeaderName::from_static("api-version"), value);
                todo!()
            }
        };
        let error = remove_api_version_header(&mut function).unwrap_err().to_string();
        assert!(error.contains("no `header_map.append(HeaderName::from_static(\"api-version\"), ..)`"), "{error}");
    }

    /// A `send` as progenitor writes it, with `status_arms` as its response `match`.
    fn progenitor_send(status_arms: proc_macro2::TokenStream) -> ImplItemFn {
        parse_quote! {
            pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<types::Problem>> {
                let Self { client, id } = self;
                let id = id.map_err(Error::InvalidRequest)?;
                let url = format!("{}/things/{}", client.baseurl, encode_path(&id.to_string()));
                let mut request = client.client.get(url).build()?;
                let info = OperationInfo { operation_id: "get_thing" };
                client.pre(&mut request, &info).await?;
                let result = client.exec(request, &info).await;
                client.post(&result, &info).await?;
                let response = result?;
                match response.status().as_u16() { #status_arms }
            }
        }
    }

    #[test]
    fn a_chain_of_known_methods_is_built_in_place_and_any_other_left_to_reqwest() {
        let error: Type = parse_quote!(types::Problem);
        let mut known: syn::Expr = parse_quote! {
            client.client.post(url).header(ACCEPT, value).query(&QueryParam::new("a", &a)).headers(header_map).build()?
        };
        build_in_place(&mut known, &error);
        assert_eq!(
            quote!(#known).to_string(),
            ":: pspkit_runtime :: RequestBuilder :: new (:: reqwest :: Method :: POST , url) . header (ACCEPT , value) \
             . query (& QueryParam :: new (\"a\" , & a)) . headers (header_map) . build :: < types :: Problem > () ?"
        );
        for other in [
            quote!(client.client.post(url).header(ACCEPT, value).json(&body).build()?),
            quote!(client.client.get(url).timeout(limit).build()?),
            quote!(other.client.get(url).build()?),
            quote!(client.client.get(url).build()),
            quote!(client.client.get(url, extra).build()?),
        ] {
            let mut expr: syn::Expr = syn::parse2(other.clone()).unwrap();
            build_in_place(&mut expr, &error);
            assert_eq!(quote!(#expr).to_string(), other.to_string(), "left as it was");
        }
    }

    #[test]
    fn send_hands_the_built_request_and_the_documented_statuses_to_the_runtime() {
        let mut function = progenitor_send(quote! {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)),
            _ => Err(Error::UnexpectedResponse(response)),
        });
        let send = wrap_send(&mut function, None).unwrap();
        let send = quote!(#send).to_string();
        let request = quote!(#function).to_string();
        assert!(request.starts_with("# [doc = \" Builds the request"), "{request}");
        assert!(
            request.contains("fn request (self) -> Result < :: reqwest :: Request , Error < types :: Problem > >"),
            "{request}"
        );
        assert!(request.contains("Ok (request)") && !request.contains("async"), "{request}");
        assert!(
            request.contains(
                "let mut request = :: pspkit_runtime :: RequestBuilder :: new (:: reqwest :: Method :: GET , url) . build :: < types :: Problem > () ?"
            ),
            "{request}"
        );
        assert!(request.contains("let url = format ! (\"/things/{}\" , id . path_segment ())"), "{request}");
        assert!(
            request.contains(
                "let url = client . inner . endpoint (& client . baseurl , \"/things/{id}\" , & url) . map_err (Error :: InvalidRequest) ?"
            ),
            "{request}"
        );
        assert!(
            send.contains("let build = | | self . clone () . request () . map_err (:: pspkit_runtime :: unsent)"),
            "{send}"
        );
        for gone in ["OperationInfo", "exec", "from_response", "match"] {
            assert!(!request.contains(gone), "`{gone}` is left in `request`: {request}");
        }
        assert!(send.contains("\"get_thing\""), "{send}");
        for arm in [
            "200u16 => :: pspkit_runtime :: StatusClass :: Success",
            "400u16 => :: pspkit_runtime :: StatusClass :: Error",
            "500u16 ..= 599u16 => :: pspkit_runtime :: StatusClass :: Error",
            "_ => :: pspkit_runtime :: StatusClass :: Undocumented",
        ] {
            assert!(send.contains(arm), "`{arm}` missing: {send}");
        }
        assert!(send.contains(":: pspkit_runtime :: Response < types :: Thing >"), "{send}");
    }

    #[test]
    fn a_send_that_streams_or_has_no_status_match_is_an_error() {
        let mut stream = progenitor_send(quote! {
            200u16 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        });
        let error = format!("{:#}", wrap_send(&mut stream, None).err().expect("an error"));
        assert!(error.contains("`ResponseValue::stream` found"), "{error}");
        let mut no_match: ImplItemFn = parse_quote! {
            pub async fn send(self) -> Result<ResponseValue<T>, Error<E>> { Ok(ResponseValue::empty(response)) }
        };
        let error = format!("{:#}", wrap_send(&mut no_match, None).err().expect("an error"));
        assert!(error.contains("does not end with a `match` on the response status"), "{error}");
    }

    #[test]
    fn mock_path_regexes_are_escaped_and_encoded_and_one_elsewhere_is_an_error() {
        let mut inside: syn::File = parse_quote! {
            fn id(value: &str) -> regex::Regex { regex::Regex::new(&format!("^/things/{}$", value.to_string())).unwrap() }
        };
        apply_to_mock(&mut inside).unwrap();
        let code = quote!(#inside).to_string();
        assert!(
            code.contains("regex :: escape (& progenitor_client :: encode_path (& value . to_string ()))"),
            "{code}"
        );
        let mut elsewhere: syn::File = parse_quote! {
            fn id(value: &str) -> String { format!("^/things/{}$", value) }
        };
        let error = apply_to_mock(&mut elsewhere).unwrap_err().to_string();
        assert!(error.contains("outside `Regex::new(..)`"), "{error}");
    }

    #[test]
    fn rejects_other_return_types() {
        let output: syn::ReturnType = parse_quote!(-> Option<u8>);
        assert!(result_types(&output).is_err());
    }
}
