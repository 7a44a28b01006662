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

use syn::{Fields, ImplItem, Item, ItemStruct};

use crate::model::operation::{Class, Operation, Status};
use crate::model::provider::{AuthScheme, Provider};
use crate::progenitor::syntax::{generic_arguments, type_text};
use crate::spec::naming;
use crate::surface::exports::Export;
use crate::surface::value::{
    Environment, ItemSurface, Member, OperationSurface, Param, Surface, TypeKind, TypeSurface,
};

/// The test that asserts every listing (the snapshot's `source`).
pub const SNAPSHOT_TEST: &str = "xtask/tests/surface.rs";

/// Where `provider`'s listing is stored, relative to the workspace root.
pub fn snapshot_path(provider: &str) -> String {
    format!("tests/surface/{provider}.snap")
}

/// `surface`'s listing as the insta snapshot file the surface test reads (`header`: the
/// do-not-edit line).
pub fn snapshot(header: &str, surface: &Surface) -> String {
    format!("---\nsource: {SNAPSHOT_TEST}\ndescription: {header}\n---\n{surface}")
}

/// The listing a snapshot file holds (its metadata header removed); `None` for a file that is
/// not a snapshot.
pub fn listing_of(snapshot: &str) -> Option<&str> {
    let rest = snapshot.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")?;
    Some(&rest[end + "\n---\n".len()..])
}

/// The surface of `provider`'s crate, whose post-processed progenitor output is `generated` and
/// whose crate exports `exports`; a published document's `assumed` defaults with it (a reviewer
/// reads them; the versioning does not classify them).
pub fn listing(
    provider: &Provider,
    generated: &syn::File,
    exports: &[Export],
    assumed: &[crate::spec::defaults::Assumption],
) -> Surface {
    let mut surface = Surface {
        assumed: assumed.iter().map(ToString::to_string).collect(),
        rate_limit: match provider.rate_limit {
            Some((requests, seconds)) => format!("{requests} requests per {seconds} s"),
            None => "none".to_owned(),
        },
        request_id_headers: provider.request_id_headers.clone(),
        ..Surface::default()
    };
    read_client(&mut surface, provider);
    surface.operations = operations(provider, generated);
    surface.types = types(generated);
    // Every public item the types section does not already name.
    surface.items = Some(
        exports
            .iter()
            .filter(|export| !in_types_section(export))
            .map(|export| ItemSurface {
                kind: export.kind.to_owned(),
                path: export.path.clone(),
                detail: export.detail.clone(),
            })
            .collect(),
    );
    surface
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

fn read_client(surface: &mut Surface, provider: &Provider) {
    surface.environments = provider
        .environments
        .iter()
        .map(|environment| Environment { variant: environment.variant.clone(), url: environment.url.clone() })
        .collect();
    surface.credentials = provider
        .auth
        .iter()
        .flat_map(AuthScheme::credentials)
        .map(|credential| format!("{} ({})", credential.field, naming::env_var(&provider.name, &credential.field)))
        .collect();
    surface.auth = provider
        .auth
        .iter()
        .map(|scheme| match scheme {
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
        })
        .collect();
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

fn operations(provider: &Provider, generated: &syn::File) -> Vec<OperationSurface> {
    let builder = module(&generated.items, "builder");
    provider.operations.iter().map(|operation| operation_surface(builder, operation)).collect()
}

fn operation_surface(builder: &[Item], operation: &Operation) -> OperationSurface {
    let name = naming::pascal(&operation.id);
    let fields = builder.iter().find_map(|item| match item {
        Item::Struct(item) if item.ident == name => Some(item),
        _ => None,
    });
    let params = fields
        .into_iter()
        .flat_map(|item| item.fields.iter())
        .filter_map(|field| {
            let ident = field.ident.as_ref().filter(|ident| *ident != "client")?;
            // progenitor holds each parameter as `Result<T, String>` until `send`.
            let ty = generic_arguments(&field.ty).into_iter().next().unwrap_or_else(|| type_text(&field.ty));
            Some(Param { name: ident.to_string(), required: !ty.starts_with("Option<"), ty })
        })
        .collect();
    let returns = builder
        .iter()
        .filter_map(|item| match item {
            Item::Impl(block) if self_name(&block.self_ty).as_deref() == Some(name.as_str()) => Some(block),
            _ => None,
        })
        .flat_map(|block| &block.items)
        .find_map(|item| match item {
            ImplItem::Fn(function) if function.sig.ident == "send" => match &function.sig.output {
                syn::ReturnType::Type(_, ty) => Some(type_text(ty)),
                syn::ReturnType::Default => None,
            },
            _ => None,
        });
    let mut surface = OperationSurface {
        name,
        route: operation.route(),
        params,
        returns,
        success: Vec::new(),
        error: Vec::new(),
        otherwise: Vec::new(),
    };
    read_statuses(&mut surface, operation);
    surface
}

/// How `send` reads each status, from the model it is emitted from: success and error statuses
/// in order, then what every other status is (an error, when `default` is documented).
fn read_statuses(surface: &mut OperationSurface, operation: &Operation) {
    let text = |status: &Status| match status {
        Status::Code(code) => code.to_string(),
        Status::Range(hundreds) => format!("{}..={}", hundreds * 100, hundreds * 100 + 99),
    };
    let of = |wanted: Class| -> Vec<String> {
        operation.statuses.iter().filter(|(_, class)| *class == wanted).map(|(status, _)| text(status)).collect()
    };
    surface.success = of(Class::Success);
    surface.error = of(Class::Error);
    if operation.default_error {
        surface.error.push("_".to_owned());
    } else {
        surface.otherwise.push("_ => unexpected".to_owned());
    }
}

fn self_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|segment| segment.ident.to_string()),
        _ => None,
    }
}

fn types(generated: &syn::File) -> Vec<TypeSurface> {
    let types = module(&generated.items, "types");
    types
        .iter()
        .filter_map(|item| match item {
            Item::Struct(item) => Some(struct_surface(item, types)),
            Item::Enum(item) => Some(TypeSurface {
                kind: TypeKind::Enum,
                name: item.ident.to_string(),
                growable: growable(&item.attrs),
                serde: serde_note(&item.attrs),
                members: item
                    .variants
                    .iter()
                    .map(|variant| {
                        let fields = match &variant.fields {
                            Fields::Unnamed(fields) => {
                                let inner: Vec<String> =
                                    fields.unnamed.iter().map(|field| type_text(&field.ty)).collect();
                                format!("({})", inner.join(", "))
                            }
                            _ => String::new(),
                        };
                        Member {
                            name: variant.ident.to_string(),
                            detail: format!("{fields}{}", serde_note(&variant.attrs)),
                        }
                    })
                    .collect(),
            }),
            _ => None,
        })
        .collect()
}

fn struct_surface(item: &ItemStruct, types: &[Item]) -> TypeSurface {
    let name = item.ident.to_string();
    let (kind, members) = match &item.fields {
        Fields::Named(fields) => {
            let members = fields
                .named
                .iter()
                .map(|field| Member {
                    name: field.ident.as_ref().map(ToString::to_string).unwrap_or_default(),
                    detail: format!("{}{}", type_text(&field.ty), serde_note(&field.attrs)),
                })
                .collect();
            (TypeKind::Struct, members)
        }
        Fields::Unnamed(fields) => {
            let inner = fields.unnamed.first().map(|f| type_text(&f.ty)).unwrap_or_default();
            (TypeKind::Newtype { inner, pattern: newtype_pattern(&item.ident, types) }, Vec::new())
        }
        Fields::Unit => (TypeKind::Unit, Vec::new()),
    };
    let named = kind == TypeKind::Struct;
    TypeSurface {
        kind,
        name,
        growable: named && growable(&item.attrs),
        serde: if named { serde_note(&item.attrs) } else { String::new() },
        members,
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

/// Whether merchants' code may neither build the type nor match it exhaustively: a new field or
/// variant in it is additive.
fn growable(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| attr.path().is_ident("non_exhaustive"))
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
        let listed: Vec<[Vec<String>; 3]> = crate::model::operation::read(&document, &mut Vec::new())
            .iter()
            .map(|operation| {
                let surface = operation_surface(&[], operation);
                [surface.success, surface.error, surface.otherwise]
            })
            .collect();
        let texts = |texts: &[&str]| texts.iter().map(|text| text.to_string()).collect::<Vec<String>>();
        assert_eq!(
            listed,
            [
                [texts(&["200"]), texts(&["404", "500..=599"]), texts(&["_ => unexpected"])],
                [texts(&["201"]), texts(&["_"]), texts(&[])],
            ]
        );
    }
}
