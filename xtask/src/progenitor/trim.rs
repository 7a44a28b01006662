//! A generated crate's public API, made deliberate, by structure (item kinds, trait and function
//! names, never progenitor's text).
//!
//! What progenitor emits for its own way of building and running a client, which pspkit's crates
//! do not use or offer, is removed or made private:
//!
//! - `Client::new` (a `reqwest::Client` of its own with progenitor's 15 s timeouts) is gone, and
//!   `Client::new_with_client` is `pub(crate)`: a client is built by `Client::builder(..)`, from the
//!   runtime's parts;
//! - `impl ClientInfo for Client` and progenitor's `ClientHooks` assertion are gone: pspkit's emitted
//!   `send()` (see [`crate::progenitor::operation_code`]) calls neither;
//! - `pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue}` and the builders'
//!   imports of them are gone: the crate's errors and responses are `pspkit_runtime`'s.
//!
//! And what a provider may add to is `#[non_exhaustive]`, so that adding it is not a breaking
//! change for merchants' code: every struct the responses use (a new property is a new field) and
//! every enum (a new value is a new variant). Merchants' tests build response structs with
//! `types::builder` or `serde_json`. Structs only request bodies use stay constructible: the caller
//! writes them.
//!
//! The mock module's extension trait (`MockServerExt`, one method per operation) is sealed: only
//! the crate implements it (for httpmock's server), so a new operation's method is additive, not a
//! break for code that implements the trait itself.

use anyhow::{Context as _, bail};
use syn::{Fields, ImplItem, Item, UseTree, parse_quote};

use crate::model::tolerance::Plan;

/// Trims progenitor's client plumbing from the generated file and marks what may grow.
pub fn apply(file: &mut syn::File, plan: &Plan) -> anyhow::Result<()> {
    trim_client(file)?;
    mark_growable(file, plan)
}

/// Seals every public trait of the top level of `file` (progenitor's mock module): a supertrait
/// in a private module, implemented where the trait is, so that no other crate can implement it.
pub fn seal_traits(file: &mut syn::File) {
    let mut traits: Vec<syn::Ident> = Vec::new();
    for item in &mut file.items {
        if let Item::Trait(definition) = item
            && matches!(definition.vis, syn::Visibility::Public(_))
        {
            definition.supertraits.push(parse_quote!(sealed::Sealed));
            definition.colon_token.get_or_insert_with(Default::default);
            let doc =
                " Sealed: implemented by this crate only, so that a new operation's method is not a breaking change.";
            definition.attrs.push(parse_quote!(#[doc = ""]));
            definition.attrs.push(parse_quote!(#[doc = #doc]));
            traits.push(definition.ident.clone());
        }
    }
    if traits.is_empty() {
        return;
    }
    let seals: Vec<Item> = file
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(block)
                if block
                    .trait_
                    .as_ref()
                    .and_then(|(path, _)| path.segments.last())
                    .is_some_and(|last| traits.contains(&last.ident)) =>
            {
                let ty = &block.self_ty;
                Some(parse_quote!(impl sealed::Sealed for #ty {}))
            }
            _ => None,
        })
        .collect();
    file.items.extend(seals);
    file.items.push(parse_quote! {
        mod sealed {
            /// Implemented only where this crate implements its public traits.
            pub trait Sealed {}
        }
    });
}

/// `#[non_exhaustive]` on every named-field struct of `types` but the request-only ones, and on
/// every enum.
fn mark_growable(file: &mut syn::File, plan: &Plan) -> anyhow::Result<()> {
    let types = crate::progenitor::syntax::module_mut(&mut file.items, "types")
        .context("progenitor's output has no `types` module")?;
    for item in types.iter_mut() {
        match item {
            Item::Struct(item)
                if matches!(item.fields, Fields::Named(_)) && !plan.exact.contains_key(&item.ident.to_string()) =>
            {
                let doc = format!(
                    " It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its \
                     [builder](builder::{}) or `serde_json`.",
                    item.ident
                );
                item.attrs.extend([
                    parse_quote!(#[doc = ""]),
                    parse_quote!(#[doc = #doc]),
                    parse_quote!(#[non_exhaustive]),
                ]);
            }
            Item::Enum(item) => {
                let doc = " It may gain variants as the spec grows (`#[non_exhaustive]`): match it with a `_` arm.";
                item.attrs.extend([
                    parse_quote!(#[doc = ""]),
                    parse_quote!(#[doc = #doc]),
                    parse_quote!(#[non_exhaustive]),
                ]);
            }
            _ => {}
        }
    }
    let builders = crate::progenitor::syntax::module_mut(types, "builder")
        .context("progenitor's `types` module has no `builder` module")?;
    for item in builders.iter_mut() {
        if let Item::Struct(item) = item {
            let name = &item.ident;
            let doc = format!(
                " Builds a [`{name}`](super::{name}) a field at a time: each setter checks its value, and \
                 `{name}::try_from(builder)` says which required field is missing."
            );
            item.attrs.retain(|attr| !attr.path().is_ident("doc"));
            item.attrs.push(parse_quote!(#[doc = #doc]));
        }
    }
    Ok(())
}

/// Removes progenitor's client plumbing.
fn trim_client(file: &mut syn::File) -> anyhow::Result<()> {
    let before = file.items.len();
    file.items.retain(|item| match item {
        Item::Use(item) => !imports_from(&item.tree, "progenitor_client"),
        Item::Impl(block) => !block.trait_.as_ref().is_some_and(|(path, _)| last_is(path, "ClientInfo")),
        Item::Const(item) => item.ident != "_",
        _ => true,
    });
    if before - file.items.len() != 4 {
        bail!("expected progenitor's two `progenitor_client` imports, `impl ClientInfo` and `ClientHooks` assertion");
    }
    let constructors = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Impl(block) if block.trait_.is_none() && has_fn(block, "new_with_client") => Some(block),
            _ => None,
        })
        .context("progenitor's `Client` has no `new_with_client`")?;
    constructors.items.retain(|item| !matches!(item, ImplItem::Fn(function) if function.sig.ident == "new"));
    for item in &mut constructors.items {
        if let ImplItem::Fn(function) = item {
            function.vis = parse_quote!(pub(crate));
            function.attrs.retain(|attr| !attr.path().is_ident("doc"));
            function.attrs.push(parse_quote!(
                #[doc = " The client from the runtime's parts (`pspkit_runtime::build_client`)."]
            ));
        }
    }
    let builder = crate::progenitor::syntax::module_mut(&mut file.items, "builder")
        .context("progenitor's output has no `builder` module")?;
    builder.retain(|item| !matches!(item, Item::Use(item) if imports_a_group_from(&item.tree, "super")));
    Ok(())
}

fn last_is(path: &syn::Path, name: &str) -> bool {
    path.segments.last().is_some_and(|segment| segment.ident == name)
}

fn has_fn(block: &syn::ItemImpl, name: &str) -> bool {
    block.items.iter().any(|item| matches!(item, ImplItem::Fn(function) if function.sig.ident == name))
}

/// `use <root>::...;`
fn imports_from(tree: &UseTree, root: &str) -> bool {
    matches!(tree, UseTree::Path(path) if path.ident == root)
}

/// `use <root>::{a, b, ..};` (progenitor's builders import its re-exports so from `super`).
fn imports_a_group_from(tree: &UseTree, root: &str) -> bool {
    matches!(tree, UseTree::Path(path) if path.ident == root && matches!(*path.tree, UseTree::Group(_)))
}
