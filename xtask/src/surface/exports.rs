//! Every public item of a generated crate, by the path a merchant names it with, read from the
//! crate's emitted files as rustdoc would read them: modules declared `pub`, items declared `pub`
//! in them, `pub use` re-exports (named, renamed or glob; an item of another crate as a re-export
//! line), each struct's public fields, each enum's variants, the public methods of inherent
//! `impl`s and the traits implemented for each type (derived or written). `#[cfg(test)]` items
//! are left out; items behind a feature are in (docs.rs documents every feature).
//!
//! One line per item, `<kind> <path><detail>`: `fn Client::get_customer(&self) -> …`,
//! `const examples::ALL: &[Example]`, `impls types::Customer: Clone, Debug, …`. The public-items
//! check (`cargo xtask public-api`) compares these paths with rustdoc's JSON of the built crate.

use std::collections::{BTreeMap, BTreeSet};

use syn::visit_mut::VisitMut;
use syn::{Fields, ImplItem, Item, UseTree, Visibility};

/// A crate's syntax: its root file and the files of its out-of-line modules, by name.
pub struct CrateSyntax<'a> {
    pub root: &'a syn::File,
    pub files: BTreeMap<&'a str, &'a syn::File>,
}

/// One public item: its kind, its public path and what follows the path on its line.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Export {
    pub path: String,
    /// Orders a type's `impls` line after the type's own.
    order: u8,
    pub kind: &'static str,
    pub detail: String,
}

impl Export {
    /// The listing line: `fn Client::builder(credentials: Credentials) -> ClientBuilder`.
    pub fn line(&self) -> String {
        format!("{} {}{}", self.kind, self.path, self.detail)
    }
}

/// Every public item of `krate`, sorted by path.
pub fn exports(krate: &CrateSyntax<'_>) -> Vec<Export> {
    let impls = impls(krate);
    let mut walk = Walk { krate, impls: &impls, found: BTreeSet::new() };
    walk.module(&[], &[]);
    walk.found.into_iter().collect()
}

struct Walk<'a, 'k> {
    krate: &'k CrateSyntax<'a>,
    impls: &'k BTreeMap<Vec<String>, Vec<&'a syn::ItemImpl>>,
    found: BTreeSet<Export>,
}

impl<'a> Walk<'a, '_> {
    fn push(&mut self, kind: &'static str, path: &[String], detail: String) {
        self.found.insert(Export { path: path.join("::"), order: u8::from(kind == "impls"), kind, detail });
    }

    /// The public items of the local module `local`, found at `public`.
    fn module(&mut self, local: &[String], public: &[String]) {
        for item in items(self.krate, local).iter().filter(|item| !test_only(item)) {
            match item {
                Item::Use(used) if is_pub(&used.vis) => self.re_export(local, public, &used.tree, Vec::new()),
                Item::Impl(_) | Item::Use(_) | Item::Macro(_) => {}
                item if item_visibility(item).is_some_and(is_pub) => {
                    let name = item_name(item).unwrap_or_default();
                    self.item(local, item, &join(public, &name));
                }
                _ => {}
            }
        }
    }

    /// `item`, declared in the local module `local`, at the public path `path`.
    fn item(&mut self, local: &[String], item: &'a Item, path: &[String]) {
        let own = join(local, &item_name(item).unwrap_or_default());
        match item {
            Item::Mod(_) => {
                self.push("mod", path, String::new());
                self.module(&own, path);
            }
            Item::Struct(strukt) => {
                self.push("struct", path, String::new());
                match &strukt.fields {
                    Fields::Named(fields) => {
                        for field in fields.named.iter().filter(|field| is_pub(&field.vis)) {
                            let name = field.ident.as_ref().map(ToString::to_string).unwrap_or_default();
                            self.push("field", &join(path, &name), format!(": {}", type_text(&field.ty)));
                        }
                    }
                    Fields::Unnamed(fields) => {
                        for (index, field) in fields.unnamed.iter().enumerate().filter(|(_, f)| is_pub(&f.vis)) {
                            self.push("field", &join(path, &index.to_string()), format!(": {}", type_text(&field.ty)));
                        }
                    }
                    Fields::Unit => {}
                }
                self.members(&own, &item_attrs(item), path);
            }
            Item::Enum(enumeration) => {
                self.push("enum", path, String::new());
                for variant in &enumeration.variants {
                    let fields = match &variant.fields {
                        Fields::Unnamed(fields) => {
                            let inner: Vec<String> = fields.unnamed.iter().map(|field| type_text(&field.ty)).collect();
                            format!("({})", inner.join(", "))
                        }
                        _ => String::new(),
                    };
                    self.push("variant", &join(path, &variant.ident.to_string()), fields);
                }
                self.members(&own, &item_attrs(item), path);
            }
            Item::Trait(definition) => {
                // Supertraits by name, as `impls` names traits: `Sealed` says that no other crate
                // may implement it.
                let bounds: Vec<String> = definition
                    .supertraits
                    .iter()
                    .filter_map(|bound| match bound {
                        syn::TypeParamBound::Trait(bound) => Some(path_text(&bound.path)),
                        _ => None,
                    })
                    .collect();
                let detail = if bounds.is_empty() { String::new() } else { format!(": {}", bounds.join(" + ")) };
                self.push("trait", path, detail);
                for member in &definition.items {
                    if let syn::TraitItem::Fn(function) = member {
                        let name = function.sig.ident.to_string();
                        self.push("fn", &join(path, &name), signature(&function.sig));
                    }
                }
            }
            Item::Fn(function) => self.push("fn", path, signature(&function.sig)),
            Item::Const(constant) => self.push("const", path, format!(": {}", type_text(&constant.ty))),
            Item::Static(value) => self.push("static", path, format!(": {}", type_text(&value.ty))),
            Item::Type(alias) => self.push("type", path, format!(" = {}", type_text(&alias.ty))),
            _ => self.push("item", path, String::new()),
        }
    }

    /// A type's public inherent methods and the traits implemented for it.
    fn members(&mut self, own: &[String], attrs: &[syn::Attribute], path: &[String]) {
        let mut traits: BTreeSet<String> = derived(attrs);
        for block in self.impls.get(own).into_iter().flatten() {
            match &block.trait_ {
                Some((trait_path, _)) => {
                    traits.insert(path_text(trait_path));
                }
                None => {
                    for member in &block.items {
                        if let ImplItem::Fn(function) = member
                            && is_pub(&function.vis)
                        {
                            self.push("fn", &join(path, &function.sig.ident.to_string()), signature(&function.sig));
                        }
                        if let ImplItem::Const(constant) = member
                            && is_pub(&constant.vis)
                        {
                            let ty = format!(": {}", type_text(&constant.ty));
                            self.push("const", &join(path, &constant.ident.to_string()), ty);
                        }
                    }
                }
            }
        }
        if !traits.is_empty() {
            self.push("impls", path, format!(": {}", traits.into_iter().collect::<Vec<_>>().join(", ")));
        }
    }

    /// A `pub use` in the local module `local`, whose items appear in `public`.
    fn re_export(&mut self, local: &[String], public: &[String], tree: &UseTree, prefix: Vec<String>) {
        match tree {
            UseTree::Path(path) => {
                let mut prefix = prefix;
                prefix.push(path.ident.to_string());
                self.re_export(local, public, &path.tree, prefix);
            }
            UseTree::Group(group) => {
                for tree in &group.items {
                    self.re_export(local, public, tree, prefix.clone());
                }
            }
            UseTree::Glob(_) => {
                if let Some(module) = resolve(self.krate, local, &prefix) {
                    self.module(&module, public);
                }
            }
            UseTree::Name(name) => self.named(local, public, &prefix, &name.ident.to_string(), &name.ident.to_string()),
            UseTree::Rename(rename) => {
                self.named(local, public, &prefix, &rename.ident.to_string(), &rename.rename.to_string());
            }
        }
    }

    fn named(&mut self, local: &[String], public: &[String], prefix: &[String], name: &str, shown: &str) {
        let path = join(public, shown);
        let found = resolve(self.krate, local, prefix).and_then(|module| {
            let item = items(self.krate, &module).iter().find(|item| item_name(item).as_deref() == Some(name))?;
            Some((module, item))
        });
        match found {
            Some((module, item)) => self.item(&module, item, &path),
            None => {
                let source = [prefix, &[name.to_owned()]].concat().join("::");
                self.push("use", &path, format!(" = {source}"));
            }
        }
    }
}

/// Every `impl` of the crate, by the local path of the type it is for.
fn impls<'a>(krate: &CrateSyntax<'a>) -> BTreeMap<Vec<String>, Vec<&'a syn::ItemImpl>> {
    let mut found: BTreeMap<Vec<String>, Vec<&'a syn::ItemImpl>> = BTreeMap::new();
    let mut pending: Vec<(Vec<String>, &'a [Item])> = vec![(Vec::new(), &krate.root.items)];
    while let Some((module, module_items)) = pending.pop() {
        for item in module_items.iter().filter(|item| !test_only(item)) {
            match item {
                Item::Impl(block) => {
                    let syn::Type::Path(ty) = &*block.self_ty else { continue };
                    let segments: Vec<String> = ty.path.segments.iter().map(|s| s.ident.to_string()).collect();
                    if let Some(path) = resolve_item(krate, &module, &segments) {
                        found.entry(path).or_default().push(block);
                    }
                }
                Item::Mod(inner) => {
                    let child = join(&module, &inner.ident.to_string());
                    pending.push((child.clone(), items(krate, &child)));
                }
                _ => {}
            }
        }
    }
    found
}

/// The local module a path (relative to `module`) names: `crate::a`, `super::b`, a child module,
/// or a name brought in by a `use` of `module`.
fn resolve(krate: &CrateSyntax<'_>, module: &[String], path: &[String]) -> Option<Vec<String>> {
    let Some((first, rest)) = path.split_first() else { return Some(module.to_vec()) };
    let start = match first.as_str() {
        "crate" => Vec::new(),
        "super" => module.split_last().map(|(_, parent)| parent.to_vec())?,
        "self" => module.to_vec(),
        name if items(krate, module).iter().any(|item| matches!(item, Item::Mod(m) if m.ident == name)) => {
            join(module, name)
        }
        name => {
            let used = imported(krate, module, name)?;
            let (last, parent) = used.split_last()?;
            join(&resolve(krate, module, parent)?, last)
        }
    };
    resolve(krate, &start, rest)
}

/// The local path of the item a path (relative to `module`) names: an item of a module, or a
/// name a `use` of `module` brings in.
fn resolve_item(krate: &CrateSyntax<'_>, module: &[String], path: &[String]) -> Option<Vec<String>> {
    match path {
        [name] => match imported(krate, module, name) {
            Some(used) => resolve_item(krate, module, &used),
            None => Some(join(module, name)),
        },
        [parent @ .., name] => Some(join(&resolve(krate, module, parent)?, name)),
        [] => None,
    }
}

/// The path a `use` of `module` binds `name` to.
fn imported(krate: &CrateSyntax<'_>, module: &[String], name: &str) -> Option<Vec<String>> {
    items(krate, module).iter().find_map(|item| match item {
        Item::Use(used) => used_path(&used.tree, name, Vec::new()),
        _ => None,
    })
}

/// The path a `use` tree binds `name` to.
fn used_path(tree: &UseTree, name: &str, prefix: Vec<String>) -> Option<Vec<String>> {
    match tree {
        UseTree::Path(path) => {
            let mut prefix = prefix;
            prefix.push(path.ident.to_string());
            used_path(&path.tree, name, prefix)
        }
        UseTree::Group(group) => group.items.iter().find_map(|tree| used_path(tree, name, prefix.clone())),
        UseTree::Name(used) if used.ident == name => Some(join(&prefix, name)),
        UseTree::Rename(used) if used.rename == name => Some(join(&prefix, &used.ident.to_string())),
        _ => None,
    }
}

/// The items of the local module at `path` (empty when there is none).
fn items<'a>(krate: &CrateSyntax<'a>, path: &[String]) -> &'a [Item] {
    let mut current: &'a [Item] = &krate.root.items;
    for (depth, name) in path.iter().enumerate() {
        let inline = current.iter().find_map(|item| match item {
            Item::Mod(module) if module.ident == name => {
                Some(module.content.as_ref().map(|(_, items)| items.as_slice()))
            }
            _ => None,
        });
        current = match inline {
            Some(Some(items)) => items,
            Some(None) if depth == 0 => krate.files.get(name.as_str()).map_or(&[], |file| file.items.as_slice()),
            _ => &[],
        };
    }
    current
}

fn join(path: &[String], name: &str) -> Vec<String> {
    let mut joined = path.to_vec();
    joined.push(name.to_owned());
    joined
}

fn is_pub(visibility: &Visibility) -> bool {
    matches!(visibility, Visibility::Public(_))
}

fn test_only(item: &Item) -> bool {
    item_attrs(item)
        .iter()
        .any(|attr| attr.path().is_ident("cfg") && attr.parse_args::<syn::Ident>().is_ok_and(|ident| ident == "test"))
}

fn item_name(item: &Item) -> Option<String> {
    let ident = match item {
        Item::Const(item) => &item.ident,
        Item::Enum(item) => &item.ident,
        Item::Fn(item) => &item.sig.ident,
        Item::Mod(item) => &item.ident,
        Item::Static(item) => &item.ident,
        Item::Struct(item) => &item.ident,
        Item::Trait(item) => &item.ident,
        Item::Type(item) => &item.ident,
        Item::Union(item) => &item.ident,
        _ => return None,
    };
    Some(ident.to_string())
}

fn item_visibility(item: &Item) -> Option<&Visibility> {
    match item {
        Item::Const(item) => Some(&item.vis),
        Item::Enum(item) => Some(&item.vis),
        Item::Fn(item) => Some(&item.vis),
        Item::Mod(item) => Some(&item.vis),
        Item::Static(item) => Some(&item.vis),
        Item::Struct(item) => Some(&item.vis),
        Item::Trait(item) => Some(&item.vis),
        Item::Type(item) => Some(&item.vis),
        Item::Union(item) => Some(&item.vis),
        _ => None,
    }
}

fn item_attrs(item: &Item) -> Vec<syn::Attribute> {
    match item {
        Item::Const(item) => item.attrs.clone(),
        Item::Enum(item) => item.attrs.clone(),
        Item::Fn(item) => item.attrs.clone(),
        Item::Mod(item) => item.attrs.clone(),
        Item::Static(item) => item.attrs.clone(),
        Item::Struct(item) => item.attrs.clone(),
        Item::Trait(item) => item.attrs.clone(),
        Item::Type(item) => item.attrs.clone(),
        Item::Union(item) => item.attrs.clone(),
        Item::Impl(item) => item.attrs.clone(),
        Item::Use(item) => item.attrs.clone(),
        _ => Vec::new(),
    }
}

/// The traits a type derives, directly or under `cfg_attr`, by name.
fn derived(attrs: &[syn::Attribute]) -> BTreeSet<String> {
    let mut traits = BTreeSet::new();
    for attr in attrs {
        let derive = if attr.path().is_ident("derive") {
            Some(attr.meta.clone())
        } else if attr.path().is_ident("cfg_attr") {
            attr.parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
                .ok()
                .and_then(|metas| metas.into_iter().skip(1).find(|meta| meta.path().is_ident("derive")))
        } else {
            None
        };
        let Some(syn::Meta::List(list)) = derive else { continue };
        if let Ok(paths) =
            list.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        {
            traits.extend(paths.iter().map(path_text));
        }
    }
    traits
}

/// A trait as the listing names it: its last segment, with its type arguments shortened the same
/// way and lifetimes left out (`TryFrom<&str>`, `Deserialize`).
pub fn path_text(path: &syn::Path) -> String {
    let Some(last) = path.segments.last() else { return String::new() };
    let arguments = match &last.arguments {
        syn::PathArguments::AngleBracketed(arguments) => {
            let types: Vec<String> = arguments
                .args
                .iter()
                .filter_map(|argument| match argument {
                    syn::GenericArgument::Type(ty) => Some(short_type(ty)),
                    _ => None,
                })
                .collect();
            if types.is_empty() { String::new() } else { format!("<{}>", types.join(", ")) }
        }
        _ => String::new(),
    };
    format!("{}{arguments}", last.ident)
}

/// A type by its last segments only (`&str`, `Vec<Customer>`), as a trait's arguments are named.
fn short_type(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(path) => path_text(&path.path),
        syn::Type::Reference(reference) => format!("&{}", short_type(&reference.elem)),
        other => quote::ToTokens::to_token_stream(other).to_string(),
    }
}

/// A function's signature after its name, on one line, std paths shortened:
/// `<T>(mut self, value: T) -> Self where T: TryInto<Option<String>>`.
fn signature(sig: &syn::Signature) -> String {
    let mut sig = sig.clone();
    Shorten.visit_signature_mut(&mut sig);
    let file: syn::File = syn::parse_quote!(#sig {});
    let text = prettyplease::unparse(&file);
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = one_line.trim_end_matches("{}").trim_end().trim_end_matches(',');
    let after_name = trimmed.find(['<', '(']).map_or("", |at| &trimmed[at..]);
    after_name.replace("( ", "(").replace(", )", ")").replace("< ", "<").replace(", >", ">")
}

/// A type on one line, std paths shortened: `&'static [&'static str]`.
fn type_text(ty: &syn::Type) -> String {
    let mut ty = ty.clone();
    Shorten.visit_type_mut(&mut ty);
    let file: syn::File = syn::parse_quote!(type T = #ty;);
    let text = prettyplease::unparse(&file).split_whitespace().collect::<Vec<_>>().join(" ");
    text.trim_start_matches("type T = ").trim_end_matches(';').to_owned()
}

/// Drops leading `::` and the `std::option::`-style prefixes the listing shortens everywhere.
struct Shorten;

impl VisitMut for Shorten {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        path.leading_colon = None;
        let shortened = crate::progenitor::syntax::shortened_prefix(path);
        if shortened > 0 {
            path.segments = path.segments.iter().skip(shortened).cloned().collect();
        }
        syn::visit_mut::visit_path_mut(self, path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(lib: &str, files: &[(&'static str, &str)]) -> Vec<String> {
        let root: syn::File = syn::parse_str(lib).unwrap();
        let parsed: Vec<(&'static str, syn::File)> =
            files.iter().map(|(name, code)| (*name, syn::parse_str(code).unwrap())).collect();
        let krate = CrateSyntax { root: &root, files: parsed.iter().map(|(name, file)| (*name, file)).collect() };
        exports(&krate).iter().map(Export::line).collect()
    }

    #[test]
    fn re_exports_globs_and_impls_are_followed_to_the_public_path() {
        let lines = listed(
            "mod inner; pub mod open { pub struct Shown { pub a: u8, b: u8 } struct Hidden; }\n\
             pub use inner::*; pub use inner::deep::{Renamed as Public}; pub use other::Thing;\n\
             #[cfg(test)] pub mod tests {}",
            &[(
                "inner",
                "use crate::open::Shown; pub const LIMIT: u32 = 1; const PRIVATE: u8 = 0;\n\
                 pub mod deep { #[derive(Clone, Debug)] pub enum Renamed { A(String), B } }\n\
                 impl Shown { pub fn new() -> Self { todo!() } fn private() {} }\n\
                 impl ::std::convert::TryFrom<&str> for crate::open::Shown { type Error = (); fn try_from(_: &str) -> Result<Self, ()> { todo!() } }",
            )],
        );
        assert_eq!(
            lines,
            [
                "const LIMIT: u32",
                "enum Public",
                "impls Public: Clone, Debug",
                "variant Public::A(String)",
                "variant Public::B",
                "use Thing = other::Thing",
                "mod deep",
                "enum deep::Renamed",
                "impls deep::Renamed: Clone, Debug",
                "variant deep::Renamed::A(String)",
                "variant deep::Renamed::B",
                "mod open",
                "struct open::Shown",
                "impls open::Shown: TryFrom<&str>",
                "field open::Shown::a: u8",
                "fn open::Shown::new() -> Self",
            ]
        );
    }

    #[test]
    fn signatures_are_one_line_with_std_paths_shortened() {
        let function: syn::ItemFn = syn::parse_quote! {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            { self }
        };
        assert_eq!(
            signature(&function.sig),
            "<T>(mut self, value: T) -> Self where T: std::convert::TryInto<Option<String>>, T::Error: std::fmt::Display"
        );
    }
}
