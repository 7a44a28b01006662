//! The progenitor contract: every name and shape pspkit assumes of progenitor's and typify's
//! output, in one place, each checked on the output of every run before any pass rewrites it.
//! An upgrade of progenitor that moves one of them fails codegen here, naming the entry, instead
//! of a pass silently matching nothing or emitting code that does not compile.
//!
//! Where each entry is relied on:
//!
//! | entry | relied on by |
//! | --- | --- |
//! | [`Entry::RootModules`] | the post-pass, the tolerance pass and the surface listing find `types` and `builder` |
//! | [`Entry::ClientFields`] | `operation_code`: emitted `request()`/`send()` read `client.baseurl`, `client.client`, `client.inner` |
//! | [`Entry::ClientConstructors`] | `trim`: the inherent `impl Client` with `new_with_client` is trimmed to the runtime's constructor |
//! | [`Entry::Builders`] | `fit`: one builder per operation, its fields the parameters named as `spec::naming::progenitor_snake` names them |
//! | [`Entry::BuilderMethods`] | `fit`: `new` ends in `Self { .. }`, `send` returns `Result<ResponseValue<T>, Error<E>>`, each setter takes `V: TryInto<T>` and has one `map_err` |
//! | [`Entry::MockWrappers`] | `fit::apply_to_mock`: a `<Builder>When` and `<Builder>Then` wrapper per operation, and `MockServerExt` |
//! | [`Entry::MockPathMatchers`] | `fit::apply_to_mock`: one `Regex::new(&format!("^/…$", ..))` per path parameter |
//! | (counted by the pass) | `fit::apply_to_mock`: exactly one inherent `impl` per `When`/`Then` wrapper and one `query_param` per list matcher; `fit`'s `required_messages`: one per required parameter |
//! | [`Entry::PatternNewtypes`] | `surface`: a validating newtype's regex is the literal its `FromStr` impl compiles |
//!
//! `progenitor_client::QueryParam` and `progenitor_client::encode_path`, which emitted code calls,
//! are checked by the compiler: each generated crate names them, and `cargo xtask codegen --check`
//! is followed by a build in CI.

use std::collections::BTreeSet;

use syn::{Fields, ImplItem, Item};

use crate::model::operation::Location;
use crate::model::provider::Provider;
use crate::spec::naming;

/// One assumption about progenitor's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// The output's root holds the modules `types` and `builder`.
    RootModules,
    /// `Client` has the fields `baseurl`, `client` and `inner`.
    ClientFields,
    /// An inherent `impl Client` holds `new` and `new_with_client`.
    ClientConstructors,
    /// `builder::<Builder>` exists for every operation, with `client` and one field per parameter
    /// (and `body` for a request body), named as `spec::naming::progenitor_snake` names them.
    Builders,
    /// Every operation builder's `new` ends in `Self { .. }`, its `send` returns
    /// `Result<ResponseValue<T>, Error<E>>`, and each setter takes `V: TryInto<T>` with one `map_err`.
    BuilderMethods,
    /// The mocks hold `MockServerExt` and a `<Builder>When` and `<Builder>Then` per operation.
    MockWrappers,
    /// The mocks build one `Regex::new(&format!("^/…$", ..))` per path parameter.
    MockPathMatchers,
    /// Every newtype with a `pattern` compiles its regex from a string literal in its `FromStr` impl.
    PatternNewtypes,
}

impl Entry {
    /// Every entry, in the order they are checked.
    pub const ALL: [Entry; 8] = [
        Entry::RootModules,
        Entry::ClientFields,
        Entry::ClientConstructors,
        Entry::Builders,
        Entry::BuilderMethods,
        Entry::MockWrappers,
        Entry::MockPathMatchers,
        Entry::PatternNewtypes,
    ];
}

/// Checks every entry on progenitor's unrewritten output `client` and mocks `mock` for `provider`:
/// the broken entries, each with what was found (empty when the contract holds).
pub fn check(client: &syn::File, mock: &syn::File, provider: &Provider) -> Vec<(Entry, String)> {
    let mut broken = Vec::new();
    let mut fail = |entry: Entry, message: String| broken.push((entry, message));
    let module = |name: &str| {
        client.items.iter().find_map(|item| match item {
            Item::Mod(module) if module.ident == name => module.content.as_ref().map(|(_, items)| items.as_slice()),
            _ => None,
        })
    };
    let (types, builder) = (module("types"), module("builder"));
    if types.is_none() || builder.is_none() {
        fail(Entry::RootModules, format!("`types`: {}, `builder`: {}", types.is_some(), builder.is_some()));
    }
    let fields = named_fields(&client.items, "Client");
    let missing: Vec<&str> = ["baseurl", "client", "inner"].into_iter().filter(|f| !fields.contains(*f)).collect();
    if !missing.is_empty() {
        fail(Entry::ClientFields, format!("`Client` has no field {missing:?} (it has {fields:?})"));
    }
    let constructors = inherent_fns(&client.items, "Client");
    if !constructors.iter().any(|names| names.contains("new") && names.contains("new_with_client")) {
        fail(Entry::ClientConstructors, format!("no `impl Client` with `new` and `new_with_client`: {constructors:?}"));
    }
    let builder = builder.unwrap_or_default();
    for operation in &provider.operations {
        let fields = named_fields(builder, &operation.builder);
        let mut expected: BTreeSet<String> =
            operation.parameters.iter().map(|p| naming::progenitor_snake(&p.name)).collect();
        expected.insert("client".to_owned());
        if operation.body.is_some() {
            expected.insert("body".to_owned());
        }
        if fields != expected {
            fail(
                Entry::Builders,
                format!("`builder::{}` has fields {fields:?}, expected {expected:?}", operation.builder),
            );
        }
        if let Some(problem) = builder_methods(builder, &operation.builder) {
            fail(Entry::BuilderMethods, format!("`builder::{}`: {problem}", operation.builder));
        }
    }
    let wrappers: BTreeSet<String> = all_structs(&mock.items).into_iter().collect();
    let has_trait = mock.items.iter().any(|item| matches!(item, Item::Trait(t) if t.ident == "MockServerExt"));
    for operation in &provider.operations {
        for suffix in ["When", "Then"] {
            let name = format!("{}{suffix}", operation.builder);
            if !wrappers.contains(&name) {
                fail(Entry::MockWrappers, format!("no mock wrapper `{name}`"));
            }
        }
    }
    if !has_trait {
        fail(Entry::MockWrappers, "no trait `MockServerExt`".to_owned());
    }
    let path_parameters =
        provider.operations.iter().flat_map(|op| &op.parameters).filter(|p| p.location == Location::Path).count();
    let matchers = path_regexes(mock);
    if matchers != path_parameters {
        fail(Entry::MockPathMatchers, format!("{matchers} path regexes for {path_parameters} path parameters"));
    }
    for newtype in pattern_newtypes(types.unwrap_or_default()) {
        fail(Entry::PatternNewtypes, format!("`types::{newtype}` validates a pattern from no regex literal"));
    }
    broken
}

/// Every struct's name in `items`, inside modules too.
fn all_structs(items: &[Item]) -> Vec<String> {
    let mut found = Vec::new();
    for item in items {
        match item {
            Item::Struct(item) => found.push(item.ident.to_string()),
            Item::Mod(module) => found.extend(module.content.iter().flat_map(|(_, items)| all_structs(items))),
            _ => {}
        }
    }
    found
}

/// The named fields of struct `name` in `items`.
fn named_fields(items: &[Item], name: &str) -> BTreeSet<String> {
    let fields = items.iter().find_map(|item| match item {
        Item::Struct(item) if item.ident == name => match &item.fields {
            Fields::Named(fields) => Some(fields),
            _ => None,
        },
        _ => None,
    });
    fields
        .into_iter()
        .flat_map(|fields| &fields.named)
        .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
        .collect()
}

/// The function names of each inherent `impl name` block in `items`.
fn inherent_fns(items: &[Item], name: &str) -> Vec<BTreeSet<String>> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(block) if block.trait_.is_none() && self_is(&block.self_ty, name) => Some(
                block
                    .items
                    .iter()
                    .filter_map(|item| match item {
                        ImplItem::Fn(function) => Some(function.sig.ident.to_string()),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => None,
        })
        .collect()
}

fn self_is(ty: &syn::Type, name: &str) -> bool {
    matches!(ty, syn::Type::Path(path) if path.path.segments.last().is_some_and(|segment| segment.ident == name))
}

/// What breaks the builder methods' shapes of `builder::name`, if anything.
fn builder_methods(items: &[Item], name: &str) -> Option<String> {
    let block = items.iter().find_map(|item| match item {
        Item::Impl(block) if block.trait_.is_none() && self_is(&block.self_ty, name) => Some(block),
        _ => None,
    })?;
    let functions: Vec<&syn::ImplItemFn> = block
        .items
        .iter()
        .filter_map(|item| match item {
            ImplItem::Fn(function) => Some(function),
            _ => None,
        })
        .collect();
    let named = |wanted: &str| functions.iter().find(|function| function.sig.ident == wanted);
    let Some(new) = named("new") else { return Some("no `new`".to_owned()) };
    if !matches!(new.block.stmts.last(), Some(syn::Stmt::Expr(syn::Expr::Struct(_), None))) {
        return Some("`new` does not end in `Self { .. }`".to_owned());
    }
    let Some(send) = named("send") else { return Some("no `send`".to_owned()) };
    if crate::progenitor::fit::result_types(&send.sig.output).is_err() {
        return Some("`send` does not return `Result<ResponseValue<T>, Error<E>>`".to_owned());
    }
    for setter in functions
        .iter()
        .filter(|function| !["new", "send", "body_map"].contains(&function.sig.ident.to_string().as_str()))
    {
        let map_errs = calls(&setter.block, |call| call.method == "map_err");
        if crate::progenitor::fit::try_into_target(setter).is_none() || map_errs != 1 {
            return Some(format!("setter `{}` lacks a `V: TryInto<T>` bound or one `map_err`", setter.sig.ident));
        }
    }
    None
}

/// How many `Regex::new(&format!("^/…$", ..))` path matchers the mocks build.
fn path_regexes(mock: &syn::File) -> usize {
    #[derive(Default)]
    struct Count(usize);
    impl<'ast> syn::visit::Visit<'ast> for Count {
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            let first = syn::parse::Parser::parse2(
                syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
                mac.tokens.clone(),
            )
            .ok()
            .and_then(|args| args.into_iter().next());
            if mac.path.is_ident("format")
                && let Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. })) = first
                && text.value().starts_with("^/")
                && text.value().ends_with('$')
            {
                self.0 += 1;
            }
        }
    }
    let mut count = Count::default();
    syn::visit::Visit::visit_file(&mut count, mock);
    count.0
}

/// How many method calls in `block` `matches`.
fn calls(block: &syn::Block, matches: impl Fn(&syn::ExprMethodCall) -> bool) -> usize {
    struct Count<F>(usize, F);
    impl<'ast, F: Fn(&syn::ExprMethodCall) -> bool> syn::visit::Visit<'ast> for Count<F> {
        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            if (self.1)(call) {
                self.0 += 1;
            }
            syn::visit::visit_expr_method_call(self, call);
        }
    }
    let mut count = Count(0, matches);
    syn::visit::Visit::visit_block(&mut count, block);
    count.0
}

/// The newtypes of `types` whose `FromStr` impl calls `Regex::new` with anything but a string
/// literal (the surface listing reads a pattern from that literal).
fn pattern_newtypes(types: &[Item]) -> Vec<String> {
    /// `Regex::new(..)` calls: how many, and how many of them take a string literal.
    #[derive(Default)]
    struct RegexCalls {
        all: usize,
        literal: usize,
    }
    impl<'ast> syn::visit::Visit<'ast> for RegexCalls {
        fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
            let names: Vec<String> = match &*call.func {
                syn::Expr::Path(path) => path.path.segments.iter().map(|segment| segment.ident.to_string()).collect(),
                _ => Vec::new(),
            };
            if names.ends_with(&["Regex".to_owned(), "new".to_owned()]) {
                self.all += 1;
                if matches!(call.args.first(), Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(_), .. }))) {
                    self.literal += 1;
                }
            }
            syn::visit::visit_expr_call(self, call);
        }
    }
    let mut broken = Vec::new();
    for item in types {
        let Item::Impl(block) = item else { continue };
        let from_str =
            block.trait_.as_ref().and_then(|(path, _)| path.segments.last()).is_some_and(|s| s.ident == "FromStr");
        let mut regexes = RegexCalls::default();
        syn::visit::Visit::visit_item_impl(&mut regexes, block);
        if from_str
            && regexes.literal < regexes.all
            && let syn::Type::Path(path) = &*block.self_ty
        {
            broken.extend(path.path.segments.last().map(|segment| segment.ident.to_string()));
        }
    }
    broken
}
