//! Tolerant decoding, decided at generation from the spec (the runtime's `lenient` module does
//! the decoding):
//!
//! - [`plan`] reads, from the validated spec, what each component schema's properties are:
//!   identifying (`x-pspkit-identity`), required, nullable, money (`x-pspkit-money`);
//! - [`relax`] keeps only identifying properties `required` in the document progenitor reads, so
//!   every other field is an `Option` (or a defaulted list or map) in Rust;
//! - [`apply`] gives each non-identifying field of each generated struct the runtime field
//!   decoder its spec calls for; a struct or property it cannot find is an error naming it;
//! - [`module`] emits `crates/providers/<provider>/src/schemas.rs`: the strict schemas, embedded for the runtime to list
//!   deviations against (and to say where a request body breaks its schema), and `Documented`
//!   for every response and request body type.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context as _, bail};
use heck::ToPascalCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use syn::{Fields, Item, Type, parse_quote};

use crate::extensions::{IDENTITY, MONEY};
use crate::openapi::{operations, request_only_schemas, resolve};

/// What generation needs to know to decode tolerantly.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Object schemas, components and the inline ones inside them, by the struct typify names.
    pub schemas: BTreeMap<String, SchemaPlan>,
    /// Every documented response body: (operation id, status key, component schema name).
    pub responses: Vec<(String, String, String)>,
    /// Every request body's schema: a component's name, or for an inline schema the struct
    /// progenitor names it (`{OperationId}Body`), which `strict_json` then holds under that name.
    pub requests: BTreeSet<String>,
    /// `components/schemas` as the spec writes it (strict), without descriptions and examples,
    /// and every inline request body schema.
    pub strict_json: String,
    /// The structs of schemas only request bodies use (and the inline objects inside them): sent
    /// exactly as written, never decoded tolerantly; an optional, nullable property of one can
    /// send `null` ([`explicit_nulls`]).
    pub exact: BTreeMap<String, SchemaPlan>,
}

/// One object component schema.
#[derive(Debug, Clone, Default)]
pub struct SchemaPlan {
    /// Its properties by JSON name.
    pub properties: BTreeMap<String, Property>,
}

/// One property of an object schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Property {
    /// Listed in `x-pspkit-identity`: decoded strictly.
    pub identity: bool,
    /// Listed in `required`.
    pub required: bool,
    /// `nullable: true`, on the property or on the component it references.
    pub nullable: bool,
    /// `x-pspkit-money: true`.
    pub money: bool,
    /// Which JSON containers the property's schema describes: the runtime's `fields::Shape` marker
    /// (`Object`, `List`, `ObjectOrList` or `Scalar`).
    pub shape: &'static str,
}

/// Reads the plan from a validated (untransformed) document.
pub fn plan(document: &Value) -> Plan {
    let components = document.pointer("/components/schemas").and_then(Value::as_object);
    let request_only = request_only_schemas(document);
    let (mut schemas, mut exact) = (BTreeMap::new(), BTreeMap::new());
    for (name, schema) in components.into_iter().flatten() {
        let planned = if request_only.contains(name) { &mut exact } else { &mut schemas };
        plan_object(document, rust_name(name), schema, planned);
    }
    let mut strict = document.pointer("/components/schemas").cloned().unwrap_or(Value::Object(Default::default()));
    let mut requests = BTreeSet::new();
    for (_, _, operation) in operations(document) {
        let Some(schema) = request_schema(document, operation) else { continue };
        match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/components/schemas/")) {
            Some(component) => {
                requests.insert(component.to_owned());
            }
            None => {
                // progenitor names an inline body `{operationId}-body`, in Pascal case.
                let id = operation.get("operationId").and_then(Value::as_str).unwrap_or_default();
                let name = format!("{id}-body").to_pascal_case();
                plan_object(document, name.clone(), schema, &mut exact);
                if let Some(schemas) = strict.as_object_mut() {
                    schemas.insert(name.clone(), schema.clone());
                }
                requests.insert(name);
            }
        }
    }
    Plan { schemas, responses: responses(document), requests, strict_json: strict_json(strict), exact }
}

/// The object schemas whose properties one struct holds: `schema` itself when it lists
/// properties; else, when typify merges its `allOf` into a struct of its own (an inline part with
/// properties, or two parts or more), the parts (references resolved) that list properties. Empty
/// when `schema` is no struct of its own (`allOf` of one `$ref` is that component's type).
fn object_parts<'a>(document: &'a Value, schema: &'a Value) -> Vec<&'a Value> {
    fn parts<'a>(document: &'a Value, schema: &'a Value, depth: usize, found: &mut Vec<&'a Value>) {
        if schema.get("properties").is_some() {
            found.push(schema);
        } else if depth < 32 {
            for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
                parts(document, resolve(document, part), depth + 1, found);
            }
        }
    }
    if schema.get("properties").is_some() {
        return vec![schema];
    }
    let all_of: &[Value] = schema.get("allOf").and_then(Value::as_array).map_or(&[], Vec::as_slice);
    let inline = all_of.iter().any(|part| part.get("$ref").is_none() && part.get("properties").is_some());
    if !inline && all_of.len() < 2 {
        return Vec::new();
    }
    let mut found = Vec::new();
    parts(document, schema, 0, &mut found);
    found
}

/// The schema of an operation's request body (its one media type), when it has one.
fn request_schema<'a>(document: &'a Value, operation: &'a Value) -> Option<&'a Value> {
    let body = resolve(document, operation.get("requestBody")?);
    body.get("content")?.as_object()?.values().next()?.get("schema")
}

/// Plans the object schema typify names `name`, and the inline object schemas inside it, under
/// the names typify gives them: `{Parent}{Property}` for a property, `{Parent}{Property}Item`
/// for a list's items. A name typify does not use is caught by [`apply`].
fn plan_object(document: &Value, name: String, schema: &Value, schemas: &mut BTreeMap<String, SchemaPlan>) {
    let parts = object_parts(document, schema);
    if parts.is_empty() {
        return;
    }
    let listed = |key: &str| -> Vec<&str> {
        let lists = parts.iter().filter_map(|part| part.get(key).and_then(Value::as_array));
        lists.flatten().filter_map(Value::as_str).collect()
    };
    let (required, identity) = (listed("required"), listed(IDENTITY));
    let properties = parts.iter().filter_map(|part| part.get("properties").and_then(Value::as_object)).flatten();
    let mut planned = BTreeMap::new();
    for (property, value) in properties {
        let nullable = value.get("nullable").and_then(Value::as_bool) == Some(true)
            || resolve(document, value).get("nullable").and_then(Value::as_bool) == Some(true);
        let plan = Property {
            identity: identity.contains(&property.as_str()),
            required: required.contains(&property.as_str()),
            nullable,
            money: value.get(MONEY).and_then(Value::as_bool) == Some(true),
            shape: shape(document, value),
        };
        planned.insert(property.clone(), plan);
        let nested = format!("{name}{}", property.to_pascal_case());
        if value.get("$ref").is_none() {
            plan_object(document, nested.clone(), value, schemas);
        }
        if let Some(items) = value.get("items").filter(|items| items.get("$ref").is_none()) {
            plan_object(document, format!("{nested}Item"), items, schemas);
        }
    }
    schemas.insert(name, SchemaPlan { properties: planned });
}

/// The containers a schema describes (see [`Property::shape`]).
fn shape(document: &Value, schema: &Value) -> &'static str {
    fn kinds(document: &Value, schema: &Value, depth: usize) -> (bool, bool) {
        let schema = resolve(document, schema);
        let branches = ["allOf", "oneOf", "anyOf"]
            .iter()
            .filter_map(|keyword| schema.get(*keyword).and_then(Value::as_array))
            .flatten()
            .collect::<Vec<_>>();
        if !branches.is_empty() && depth < 8 {
            return branches.iter().fold((false, false), |(object, list), branch| {
                let (o, l) = kinds(document, branch, depth + 1);
                (object || o, list || l)
            });
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => (true, false),
            Some("array") => (false, true),
            Some(_) => (false, false),
            None if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() => (true, false),
            None => (true, true),
        }
    }
    match kinds(document, schema, 0) {
        (true, true) => "ObjectOrList",
        (true, false) => "Object",
        (false, true) => "List",
        (false, false) => "Scalar",
    }
}

fn responses(document: &Value) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for (_, _, operation) in operations(document) {
        let id = operation.get("operationId").and_then(Value::as_str).unwrap_or_default();
        for (status, response) in operation.get("responses").and_then(Value::as_object).into_iter().flatten() {
            let response = resolve(document, response);
            let reference = response.pointer("/content/application~1json/schema/$ref").and_then(Value::as_str);
            if let Some(name) = reference.and_then(|r| r.strip_prefix("#/components/schemas/")) {
                found.push((id.to_owned(), status.clone(), name.to_owned()));
            }
        }
    }
    found
}

/// The strict schemas, minus what only documents them (descriptions, examples, titles).
fn strict_json(mut schemas: Value) -> String {
    for schema in schemas.as_object_mut().into_iter().flat_map(|schemas| schemas.values_mut()) {
        prune(schema);
    }
    serde_json::to_string(&schemas).unwrap_or_default()
}

/// Removes documentation keywords from a schema and its subschemas. Property names are data,
/// not keywords: a property called `description` stays.
fn prune(schema: &mut Value) {
    let Some(map) = schema.as_object_mut() else { return };
    for keyword in ["description", "example", "examples", "title"] {
        map.remove(keyword);
    }
    for (keyword, child) in map.iter_mut() {
        match keyword.as_str() {
            "properties" => child.as_object_mut().into_iter().flat_map(|p| p.values_mut()).for_each(prune),
            "items" | "additionalProperties" | "not" => prune(child),
            "allOf" | "oneOf" | "anyOf" => child.as_array_mut().into_iter().flatten().for_each(prune),
            _ => {}
        }
    }
}

/// Keeps only identifying properties in every response component schema's `required`: what
/// progenitor then generates holds every other field as an `Option` (or a defaulted list or map).
/// Schemas only request bodies use stay as written.
pub fn relax(document: &mut Value) {
    /// Relaxes one object schema and the inline object schemas inside it.
    fn relax_object(schema: &mut Value) {
        let Some(object) = schema.as_object_mut() else { return };
        let identity: Vec<Value> = object.get(IDENTITY).and_then(Value::as_array).cloned().unwrap_or_default();
        if let Some(required) = object.get_mut("required").and_then(Value::as_array_mut) {
            required.retain(|name| identity.contains(name));
            if required.is_empty() {
                object.remove("required");
            }
        }
        for property in
            object.get_mut("properties").and_then(Value::as_object_mut).into_iter().flat_map(|p| p.values_mut())
        {
            if let Some(items) = property.get_mut("items") {
                relax_object(items);
            }
            relax_object(property);
        }
    }
    let request_only = request_only_schemas(document);
    let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else { return };
    schemas.iter_mut().filter(|(name, _)| !request_only.contains(*name)).for_each(|(_, schema)| relax_object(schema));
}

/// The struct typify generates for a component schema.
fn rust_name(schema: &str) -> String {
    schema.to_pascal_case()
}

/// Gives every non-identifying field of every generated struct its tolerant field decoder.
/// Fails, naming it, on a planned schema or property it cannot find, and on a field type no
/// runtime decoder fits.
pub fn apply(file: &mut syn::File, plan: &Plan) -> anyhow::Result<()> {
    let types =
        crate::syntax::module_mut(&mut file.items, "types").context("progenitor's output has no `types` module")?;
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
    let builder = crate::syntax::module_mut(types, "builder").context("typify's output has no `builder` module")?;
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

/// `crates/providers/<provider>/src/schemas.rs`: the strict schemas and `Documented` for every response and request body type.
pub fn module(plan: &Plan) -> TokenStream {
    let json = &plan.strict_json;
    let mut responses: Vec<&str> = plan.responses.iter().map(|(_, _, schema)| schema.as_str()).collect();
    responses.sort_unstable();
    responses.dedup();
    let mut documented: Vec<&str> = responses.iter().copied().chain(plan.requests.iter().map(String::as_str)).collect();
    documented.sort_unstable();
    documented.dedup();
    let impls = documented.iter().map(|schema| {
        let ty = format_ident!("{}", rust_name(schema));
        quote! {
            impl ::pspkit_runtime::lenient::Documented for crate::types::#ty {
                const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
                const SCHEMA: &'static str = #schema;
            }
        }
    });
    let decoders = plan.responses.iter().map(|(operation, status, schema)| {
        let ty = format_ident!("{}", rust_name(schema));
        quote! {
            ::pspkit_runtime::lenient::ResponseDecoder {
                operation_id: #operation,
                status: #status,
                decode: ::pspkit_runtime::lenient::deviations::<crate::types::#ty>,
            }
        }
    });
    let exported = responses.iter().map(|schema| {
        let ty = format_ident!("{}", rust_name(schema));
        quote!((#schema, ::schemars::schema_for!(crate::types::#ty)))
    });
    quote! {
        /// The spec's `components/schemas` and inline request body schemas, strict as written
        /// (descriptions and examples removed): what the runtime lists a tolerated body's
        /// deviations against, and finds where a request body breaks its schema.
        pub(crate) static SCHEMAS: ::pspkit_runtime::lenient::Schemas = ::pspkit_runtime::lenient::Schemas::new(#json);
        #(#impls)*
        /// Every documented response body, by operation and status: decode a captured body as the
        /// client would, and get what it tolerated.
        pub static RESPONSE_DECODERS: &[::pspkit_runtime::lenient::ResponseDecoder] = &[#(#decoders),*];
        /// The JSON Schema of every documented response type, by its spec component name
        /// (feature `schemars`).
        #[cfg(feature = "schemars")]
        pub fn json_schemas() -> ::std::vec::Vec<(&'static str, ::schemars::schema::RootSchema)> {
            ::std::vec![#(#exported),*]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(schemas: &str) -> Value {
        let text = format!("{{openapi: 3.0.3, components: {{schemas: {schemas}}}}}");
        yaml_serde::from_str(&text).unwrap()
    }

    #[test]
    fn only_identity_stays_required() {
        let mut document = spec(
            "{C: {type: object, required: [id, name], x-pspkit-identity: [id], properties: {id: {type: string}, name: {type: string}}}}",
        );
        let plan = plan(&document);
        let c = &plan.schemas["C"].properties;
        assert!(c["id"].identity && c["id"].required && !c["name"].identity && c["name"].required);
        relax(&mut document);
        assert_eq!(document.pointer("/components/schemas/C/required").unwrap(), &serde_json::json!(["id"]));
    }

    #[test]
    fn documentation_is_pruned_but_a_property_named_description_is_kept() {
        let document =
            spec("{C: {type: object, description: d, properties: {description: {type: string, example: x}}}}");
        assert_eq!(
            plan(&document).strict_json,
            r#"{"C":{"type":"object","properties":{"description":{"type":"string"}}}}"#
        );
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
