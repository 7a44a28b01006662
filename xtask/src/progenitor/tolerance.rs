//! The tolerance pass over progenitor's output: [`apply`] gives each non-identifying field of each
//! generated struct the runtime field decoder the plan (`model::tolerance`) calls for, and gives
//! request types three-state nullable properties; a struct or property it cannot find is an error
//! naming it.

use std::collections::BTreeMap;

use anyhow::{Context as _, bail};
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Fields, Item, Type, parse_quote};

use crate::model::tolerance::{Plan, Property, SchemaPlan};

/// Gives every non-identifying field of every generated struct its tolerant field decoder.
/// Fails, naming it, on a planned schema or property it cannot find, and on a field type no
/// runtime decoder fits.
pub fn apply(file: &mut syn::File, plan: &Plan) -> anyhow::Result<()> {
    let types = crate::progenitor::syntax::module_mut(&mut file.items, "types")
        .context("progenitor's output has no `types` module")?;
    explicit_nulls(types, plan)?;
    let mut structs: BTreeMap<String, &mut syn::ItemStruct> = types
        .iter_mut()
        .filter_map(|item| match item {
            Item::Struct(item) if matches!(item.fields, Fields::Named(_)) => Some((item.ident.to_string(), item)),
            _ => None,
        })
        .collect();
    structs.retain(|name, _| !plan.exact.contains_key(name));
    for (name, schema_plan) in &plan.schemas {
        let item = structs
            .remove(name)
            .with_context(|| format!("schema `{name}`: progenitor generated no struct `{name}` for it"))?;
        let schema = name;
        tolerate_fields(item, schema, schema_plan)?;
    }
    if let Some(name) = structs.keys().next() {
        bail!("progenitor generated struct `{name}`, which no component schema with `properties` plans");
    }
    Ok(())
}

fn tolerate_fields(item: &mut syn::ItemStruct, schema: &str, plan: &SchemaPlan) -> anyhow::Result<()> {
    let Fields::Named(fields) = &mut item.fields else { return Ok(()) };
    let mut seen = 0;
    for field in fields.named.iter_mut() {
        let json = json_name(field).with_context(|| format!("schema `{schema}`: a field without a name"))?;
        let property = plan
            .properties
            .get(&json)
            .with_context(|| format!("schema `{schema}`: field `{json}` matches no property of the spec"))?;
        seen += 1;
        if property.identity {
            continue;
        }
        let decoder = decoder(&field.ty, property)
            .with_context(|| format!("schema `{schema}`, property `{json}`: no tolerant decoder fits its Rust type"))?;
        // The field type is spelled out: schemars' derive calls the default function where
        // nothing else fixes its type.
        let ty = &field.ty;
        let default = match property.required {
            true => {
                let path = format!("::pspkit_runtime::lenient::fields::missing::<{}>", quote!(#ty)).replace(' ', "");
                quote!(default = #path)
            }
            false => quote!(default),
        };
        let kept = serde_arguments(&field.attrs)?;
        field.attrs.retain(|attr| !attr.path().is_ident("serde"));
        field.attrs.push(parse_quote!(#[serde(#(#kept,)* #default, deserialize_with = #decoder)]));
    }
    if seen != plan.properties.len() {
        bail!("schema `{schema}`: {} properties, but struct `{}` has {seen} fields", plan.properties.len(), item.ident);
    }
    Ok(())
}

/// Gives every optional, nullable property of a request type three states, so a request can clear
/// a field: typify's `Option<T>` (absent and `null` alike, and `None` never sent) becomes
/// `Option<Option<T>>`: `None` is not sent, `Some(None)` is sent as `null` (the runtime's
/// `explicit_null` reads a `null` as that), `Some(Some(value))` as the value. The builder's field
/// and setter follow (`.contact(None::<String>)` sends `null`). A planned struct, property or
/// builder setter it cannot find is an error naming it.
fn explicit_nulls(types: &mut [Item], plan: &Plan) -> anyhow::Result<()> {
    let mut wrapped: Vec<(String, syn::Ident)> = Vec::new();
    for item in types.iter_mut() {
        let Item::Struct(item) = item else { continue };
        let Some(schema) = plan.exact.get(&item.ident.to_string()) else { continue };
        let Fields::Named(fields) = &mut item.fields else { continue };
        for field in fields.named.iter_mut() {
            if serde_arguments(&field.attrs)?.iter().any(|argument| argument.to_string() == "flatten") {
                // typify's map of the properties the schema does not list (see `spec`).
                field.attrs.retain(|attr| !attr.path().is_ident("doc"));
                field.attrs.push(parse_quote!(#[doc = "Properties the spec does not list, sent as given."]));
                continue;
            }
            let Some(property) = json_name(field).and_then(|json| schema.properties.get(&json)) else { continue };
            if property.required || !property.nullable {
                continue;
            }
            let ty = &field.ty;
            field.ty = parse_quote!(::std::option::Option<#ty>);
            let kept: Vec<TokenStream> = serde_arguments(&field.attrs)?
                .into_iter()
                .filter(|argument| !argument.to_string().starts_with("skip_serializing_if"))
                .collect();
            field.attrs.retain(|attr| !attr.path().is_ident("serde"));
            field.attrs.push(parse_quote!(#[doc = ""]));
            field.attrs.push(parse_quote!(#[doc = "`None`: not sent; `Some(None)`: sent as `null`."]));
            field.attrs.push(parse_quote!(#[serde(
                #(#kept,)*
                default,
                skip_serializing_if = "::std::option::Option::is_none",
                deserialize_with = "::pspkit_runtime::lenient::explicit_null"
            )]));
            let ident = field.ident.clone().context("a named field has an identifier")?;
            wrapped.push((item.ident.to_string(), ident));
        }
    }
    if wrapped.is_empty() {
        return Ok(());
    }
    let builder =
        crate::progenitor::syntax::module_mut(types, "builder").context("typify's output has no `builder` module")?;
    for (name, field) in wrapped {
        let found = wrap_builder_field(builder, &name, &field);
        anyhow::ensure!(
            found == 2,
            "request type `{name}`: typify's builder has no field and setter `{field}` ({found} found)"
        );
    }
    Ok(())
}

/// In typify's builder `name`, wraps field `field`'s `Result<T, String>` into `Result<Option<T>,
/// String>` and its setter's `T: TryInto<X>` bound into `TryInto<Option<X>>`; how many of the two
/// it found.
fn wrap_builder_field(builder: &mut [Item], name: &str, field: &syn::Ident) -> usize {
    let mut found = 0;
    for item in builder.iter_mut() {
        match item {
            Item::Struct(item) if item.ident == name => {
                let Fields::Named(fields) = &mut item.fields else { continue };
                for candidate in fields.named.iter_mut().filter(|f| f.ident.as_ref() == Some(field)) {
                    if let Some(inner) = first_generic_argument(&mut candidate.ty) {
                        *inner = parse_quote!(::std::option::Option<#inner>);
                        found += 1;
                    }
                }
            }
            Item::Impl(block)
                if block.trait_.is_none() && matches!(&*block.self_ty, Type::Path(p) if p.path.is_ident(name)) =>
            {
                for function in block.items.iter_mut() {
                    let syn::ImplItem::Fn(function) = function else { continue };
                    if function.sig.ident != *field {
                        continue;
                    }
                    let predicates =
                        function.sig.generics.where_clause.iter_mut().flat_map(|clause| clause.predicates.iter_mut());
                    for predicate in predicates {
                        let syn::WherePredicate::Type(predicate) = predicate else { continue };
                        for bound in predicate.bounds.iter_mut() {
                            let syn::TypeParamBound::Trait(bound) = bound else { continue };
                            let Some(segment) = bound.path.segments.last_mut() else { continue };
                            if segment.ident != "TryInto" {
                                continue;
                            }
                            if let syn::PathArguments::AngleBracketed(arguments) = &mut segment.arguments
                                && let Some(syn::GenericArgument::Type(target)) = arguments.args.first_mut()
                            {
                                *target = parse_quote!(::std::option::Option<#target>);
                                found += 1;
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// The first type argument of `ty`'s last path segment (`T` of `Result<T, String>`).
fn first_generic_argument(ty: &mut Type) -> Option<&mut Type> {
    let Type::Path(path) = ty else { return None };
    let syn::PathArguments::AngleBracketed(arguments) = &mut path.path.segments.last_mut()?.arguments else {
        return None;
    };
    match arguments.args.first_mut()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// The property name a field decodes: its `#[serde(rename = "...")]`, else its identifier.
fn json_name(field: &syn::Field) -> Option<String> {
    for attr in field.attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        let mut rename = None;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                rename = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            }
            Ok(())
        });
        if rename.is_some() {
            return rename;
        }
    }
    field.ident.as_ref().map(|ident| ident.to_string().trim_start_matches("r#").to_owned())
}

/// A field's serde arguments other than `default`, which the tolerant decoder replaces.
fn serde_arguments(attrs: &[syn::Attribute]) -> anyhow::Result<Vec<TokenStream>> {
    let mut kept = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let path = meta.path.clone();
            if meta.input.peek(syn::Token![=]) {
                let value: syn::Expr = meta.value()?.parse()?;
                if !path.is_ident("default") {
                    kept.push(quote!(#path = #value));
                }
            } else if !path.is_ident("default") {
                kept.push(quote!(#path));
            }
            Ok(())
        })
        .context("a field's #[serde] attribute does not parse")?;
    }
    Ok(kept)
}

/// The runtime field decoder for a field of type `ty`, as a path with its type arguments: `text`
/// for `Option<String>`, `integer` for `Option<{integer}>` (neither for money), `value` for any
/// other `Option`, list or map; each told whether the spec allows `null` and, for `value`, which
/// containers the spec describes.
fn decoder(ty: &Type, property: &Property) -> Option<String> {
    let (outer, inner) = last_segment(ty)?;
    let null = if property.nullable { "Nullable" } else { "NotNull" };
    let fields = "::pspkit_runtime::lenient::fields";
    Some(match (outer.as_str(), inner.as_deref()) {
        ("Option", Some("String")) if !property.money => format!("{fields}::text::<_, {fields}::{null}>"),
        ("Option", Some("i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64")) if !property.money => {
            format!("{fields}::integer::<_, _, {fields}::{null}>")
        }
        ("Option" | "Vec" | "BTreeMap" | "HashMap" | "Map", _) => {
            format!("{fields}::value::<_, _, {fields}::{null}, {fields}::{}>", property.shape)
        }
        _ => return None,
    })
}

/// The last path segment of `ty` and of its first generic argument: `Option<::std::string::String>`
/// is `("Option", Some("String"))`.
fn last_segment(ty: &Type) -> Option<(String, Option<String>)> {
    let Type::Path(path) = ty else { return None };
    let segment = path.path.segments.last()?;
    let inner = match &segment.arguments {
        syn::PathArguments::AngleBracketed(arguments) => arguments.args.iter().find_map(|argument| match argument {
            syn::GenericArgument::Type(Type::Path(inner)) => inner.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        }),
        _ => None,
    };
    Some((segment.ident.to_string(), inner))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tolerance::plan;

    fn spec(schemas: &str) -> serde_json::Value {
        let text = format!("{{openapi: 3.0.3, components: {{schemas: {schemas}}}}}");
        yaml_serde::from_str(&text).unwrap()
    }

    fn struct_file(code: &str) -> syn::File {
        syn::parse_str(&format!("pub mod types {{ {code} }}")).unwrap()
    }

    #[test]
    fn each_field_gets_the_decoder_its_spec_calls_for() {
        let document = spec(
            "{C: {type: object, required: [id, phone], x-pspkit-identity: [id], properties: {id: {type: string}, phone: {type: string}, amount: {type: integer, x-pspkit-money: true, nullable: true}}}}",
        );
        let mut file = struct_file(
            "pub struct C { pub id: String, #[serde(skip_serializing_if = \"Option::is_none\")] pub phone: Option<String>, #[serde(default)] pub amount: Option<i64> }",
        );
        apply(&mut file, &plan(&document)).unwrap();
        let code = quote::quote!(#file).to_string();
        let fields = "::pspkit_runtime::lenient::fields";
        let phone = format!(
            r#"default = "{fields}::missing::<Option<String>>" , deserialize_with = "{fields}::text::<_, {fields}::NotNull>""#
        );
        assert!(code.contains(&phone), "{code}");
        let amount =
            format!(r#"default , deserialize_with = "{fields}::value::<_, _, {fields}::Nullable, {fields}::Scalar>""#);
        assert!(code.contains(&amount), "money is never converted: {code}");
        assert!(code.contains("pub id : String"), "{code}");
    }

    #[test]
    fn a_miss_is_an_error_naming_it() {
        let document = spec("{C: {type: object, properties: {id: {type: string}}}}");
        let error = apply(&mut struct_file("pub struct D { pub id: Option<String> }"), &plan(&document)).unwrap_err();
        assert!(error.to_string().contains("schema `C`: progenitor generated no struct `C`"), "{error}");
        let error =
            apply(&mut struct_file("pub struct C { pub other: Option<String> }"), &plan(&document)).unwrap_err();
        assert!(format!("{error:#}").contains("field `other` matches no property"), "{error:#}");
        let error = apply(&mut struct_file("pub struct C { pub id: Box<String> }"), &plan(&document)).unwrap_err();
        assert!(format!("{error:#}").contains("no tolerant decoder fits"), "{error:#}");
    }
}
