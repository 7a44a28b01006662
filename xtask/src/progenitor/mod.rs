//! progenitor with pspkit's settings, run once per spec, and the passes that fit its output to the
//! runtime: [`operation_code`] (each operation's `request()`/`send()` from the model), [`fit`]
//! (the post-pass), [`tolerance`], [`trim`] (progenitor's client plumbing removed), checked first
//! against the [`contract`].

// In layer order: a module imports only those above it (blank lines keep rustfmt from sorting them).
// Finding items in progenitor's output.
pub mod syntax;

// Each operation's `request()` and `send()`, emitted from the model.
pub mod operation_code;

// The post-pass: places the emitted operation code, names parameters in errors.
pub mod fit;

// Gives each response field its tolerant decoder.
pub mod tolerance;

// Removes the client plumbing pspkit does not offer, marks what may grow.
pub mod trim;

// Every name and shape the passes above assume, checked on each run.
pub mod contract;

use std::collections::BTreeMap;

use anyhow::Context as _;
use progenitor_impl::{CrateVers, GenerationSettings, Generator, HooksMode, InterfaceStyle, TypeImpl};
use quote::quote;
use schemars::schema::{InstanceType, SchemaObject};
use syn::Type;
use syn::visit_mut::VisitMut;

use crate::model::Spec;

/// progenitor's output for one spec, post-processed, plus what the generated crate must depend on.
pub struct Output {
    /// `crates/providers/<provider>/src/generated.rs`, formatted by prettyplease.
    pub code: String,
    /// The same, as the syntax tree the listing of the crate's surface is read from.
    pub file: syn::File,
    /// `crates/providers/<provider>/src/mock.rs`: progenitor's httpmock helpers, formatted by prettyplease.
    pub mock: String,
    /// Optional dependencies the generated types use.
    pub uses: Uses,
    /// What each operation builder's setters take: the facade's and the CLI's argument types.
    pub arguments: ArgumentTypes,
    /// The client progenitor generates with its own defaults, the benchmarks' peer ([`plain`]);
    /// `None` for a published document's crate, which no benchmark measures.
    pub plain: Option<String>,
}

/// Optional dependencies of generated code.
#[derive(Debug, Clone, Copy, Default)]
pub struct Uses {
    pub chrono: bool,
    pub uuid: bool,
    pub regress: bool,
    pub futures: bool,
    pub serde_json: bool,
}

fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_inner_type(quote!(pspkit_runtime::Context))
        .with_hooks(HooksMode::Expected)
        .with_derive("schemars::JsonSchema")
        .with_map_type("::std::collections::BTreeMap")
        .with_crate("pspkit-runtime", CrateVers::parse("0.1.0").expect("a literal version parses"), None)
        .with_conversion(
            date_time(),
            "::pspkit_runtime::types::Timestamp",
            [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
        );
    settings
}

/// `{type: string, format: date-time}`: decoded by the runtime's lenient `Timestamp`, which also
/// accepts offsets without a colon (`+0000`) that chrono's RFC 3339 parser rejects.
fn date_time() -> SchemaObject {
    SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        format: Some("date-time".to_owned()),
        ..Default::default()
    }
}

/// Whether the identifier `name` occurs anywhere in `tokens`, inside groups (macro bodies) too.
fn names_ident(tokens: proc_macro2::TokenStream, name: &str) -> bool {
    tokens.into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => names_ident(group.stream(), name),
        _ => false,
    })
}

/// How many times progenitor has generated a client with pspkit's settings in this process: once
/// per spec and codegen run ([`generate`] makes the client, its mocks and the argument types from
/// one run), which `xtask/tests/progenitor_runs.rs` checks.
static CLIENT_RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many times progenitor has generated a client with pspkit's settings in this process.
pub fn client_runs() -> usize {
    CLIENT_RUNS.load(std::sync::atomic::Ordering::Relaxed)
}

/// progenitor's output for `spec` before any rewrite, and the generator that made it.
fn raw(spec: &Spec) -> anyhow::Result<(syn::File, Generator)> {
    CLIENT_RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut generator = Generator::new(&settings());
    // progenitor and typify stop with a panic on some shapes the spec rules do not catch yet:
    // that is an error naming the spec, never a crash of the xtask.
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| generator.generate_tokens(&spec.openapi)));
    let tokens = run
        .map_err(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("a panic");
            anyhow::anyhow!("progenitor stopped on a shape it cannot read: {message}")
        })?
        .map_err(|error| anyhow::anyhow!("{error}"))
        .with_context(|| format!("progenitor could not generate {}", spec.file))?;
    let file = syn::parse2(tokens).with_context(|| format!("progenitor's output for {} does not parse", spec.file))?;
    Ok((file, generator))
}

/// The client progenitor generates from `spec` with its own defaults (positional methods, its own
/// `reqwest::Client`, its own errors, no retries, deadline, tolerant decoding or redaction):
/// the peer a maintainer would pick instead of pspkit, which the benchmarks measure against.
/// `None` when progenitor cannot generate it for this spec (an error or a panic inside it).
pub fn plain(spec: &Spec) -> Option<String> {
    let document = std::panic::AssertUnwindSafe(&spec.openapi);
    let tokens = std::panic::catch_unwind(move || {
        let document = document;
        Generator::new(&GenerationSettings::default()).generate_tokens(document.0)
    })
    .ok()?
    .ok()?;
    let file: syn::File = syn::parse2(tokens).ok()?;
    Some(prettyplease::unparse(&file))
}

/// progenitor's output for `spec`, unrewritten: what the post-pass tests feed it, altered.
pub fn unrewritten(spec: &Spec) -> anyhow::Result<syn::File> {
    raw(spec).map(|(file, _)| file)
}

/// What each setter of an operation builder takes, read from progenitor's builders (the `T` of
/// its `V: TryInto<T>` bound), so that the CLI and the facade convert text into the parameter's
/// real Rust type.
#[derive(Clone, Default)]
pub struct ArgumentTypes(BTreeMap<(String, String), Type>);

/// An argument's Rust type, with `types::` paths qualified by the provider crate's path.
#[derive(Clone)]
pub struct ArgumentType {
    /// The whole type, e.g. `::std::vec::Vec<::std::string::String>`.
    pub whole: proc_macro2::TokenStream,
    /// For a list (`Vec<T>`), the item type `T`: the argument repeats, one value per item.
    pub item: Option<proc_macro2::TokenStream>,
}

impl ArgumentTypes {
    /// The type the setter `setter` of operation builder `builder` takes, `types::` paths under
    /// `krate` (e.g. `pspkit_razorpay` or `crate::razorpay`).
    pub fn get(&self, builder: &str, setter: &str, krate: &proc_macro2::TokenStream) -> Option<ArgumentType> {
        let ty = self.0.get(&(builder.to_owned(), setter.to_owned()))?;
        let mut whole = ty.clone();
        Qualify(krate).visit_type_mut(&mut whole);
        let item = list_item(&whole).map(|item| quote!(#item));
        Some(ArgumentType { whole: quote!(#whole), item })
    }
}

/// Prefixes `types::…` paths with the provider crate's path.
struct Qualify<'a>(&'a proc_macro2::TokenStream);

impl VisitMut for Qualify<'_> {
    fn visit_type_path_mut(&mut self, path: &mut syn::TypePath) {
        syn::visit_mut::visit_type_path_mut(self, path);
        if path.qself.is_none()
            && path.path.leading_colon.is_none()
            && path.path.segments.first().is_some_and(|segment| segment.ident == "types")
        {
            let krate = self.0;
            let rest = &path.path;
            *path = syn::parse_quote!(#krate::#rest);
        }
    }
}

/// `T` of `Vec<T>` (any path ending in `Vec`).
fn list_item(ty: &Type) -> Option<Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last().filter(|segment| segment.ident == "Vec")?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(item) => Some(item.clone()),
        _ => None,
    })
}

/// Every operation builder's setter types in progenitor's output `file` (before the post-pass).
fn argument_types(file: &syn::File) -> ArgumentTypes {
    let mut types = BTreeMap::new();
    let builder = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "builder" => module.content.as_ref(),
        _ => None,
    });
    for item in builder.into_iter().flat_map(|(_, items)| items) {
        let syn::Item::Impl(block) = item else { continue };
        let syn::Type::Path(name) = &*block.self_ty else { continue };
        let Some(builder) = name.path.segments.last().map(|segment| segment.ident.to_string()) else { continue };
        for item in &block.items {
            let syn::ImplItem::Fn(function) = item else { continue };
            if let Some(target) = fit::try_into_target(function) {
                types.insert((builder.clone(), function.sig.ident.to_string()), target);
            }
        }
    }
    ArgumentTypes(types)
}

/// Generates the client code for `spec`.
pub fn generate(spec: &Spec) -> anyhow::Result<Output> {
    let (mut file, mut generator) = raw(spec)?;
    let arguments = argument_types(&file);
    // The same generator's mocks: the same output as a fresh generator's, without a second run.
    let mock = generator
        .httpmock(&spec.openapi, "crate")
        .map_err(|error| anyhow::anyhow!("{error}"))
        .with_context(|| format!("progenitor could not generate mocks for {}", spec.file))?;
    let mut mock: syn::File =
        syn::parse2(mock).with_context(|| format!("progenitor's mocks for {} do not parse", spec.file))?;
    let broken = crate::progenitor::contract::check(&file, &mock, &spec.model);
    if !broken.is_empty() {
        let lines: Vec<String> = broken.iter().map(|(entry, found)| format!("  {entry:?}: {found}")).collect();
        anyhow::bail!(
            "{}: progenitor's output breaks pspkit's progenitor contract (xtask/src/progenitor/contract.rs):\n{}",
            spec.file,
            lines.join("\n")
        );
    }
    let space = generator.get_type_space();
    let uses = Uses {
        chrono: space.uses_chrono(),
        uuid: space.uses_uuid(),
        regress: space.uses_regress(),
        futures: generator.uses_futures(),
        // typify's `uses_serde_json()` over-reports (Juspay's code names no serde_json item);
        // the rewritten code is checked for the identifier instead (macro tokens included).
        serde_json: false,
    };
    fit::apply(&mut file, &spec.model)?;
    crate::progenitor::trim::apply(&mut file, &spec.lenient)
        .with_context(|| format!("{}: the public API", spec.file))?;
    crate::progenitor::tolerance::apply(&mut file, &spec.lenient)
        .with_context(|| format!("{}: tolerant decoding", spec.file))?;
    fit::apply_to_mock(&mut mock, spec.model.operations.len())?;
    trim::seal_traits(&mut mock);
    let uses = Uses { serde_json: names_ident(quote::ToTokens::to_token_stream(&file), "serde_json"), ..uses };
    let code = prettyplease::unparse(&file);
    // The benchmarks measure the hand-written specs' crates; a published document's peer would cost
    // a second progenitor run over its whole API for nothing.
    let plain = if crate::spec::defaults::is_published(&spec.effective) { None } else { plain(spec) };
    Ok(Output { code, file, mock: prettyplease::unparse(&mock), uses, arguments, plain })
}

#[cfg(test)]
mod tests {
    //! The post-pass fed progenitor's real output, altered the ways a progenitor upgrade could alter
    //! it: each miss is an error naming the operation and rule.

    /// A one-operation spec.
    fn tests_spec() -> crate::model::Spec {
        let yaml = r#"
openapi: 3.0.3
info: {title: Acme, version: v1}
servers: [{url: 'https://api.acme.example', x-pspkit-environment: production}]
security: [{basicAuth: []}]
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - {name: id, in: path, required: true, example: t_1, schema: {type: string, pattern: '^t_[0-9]+$'}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
components:
  securitySchemes:
    basicAuth: {type: http, scheme: basic, x-pspkit-username: key}
  schemas:
    Thing: {type: object, properties: {id: {type: string}}}
"#;
        crate::model::parse("acme".to_owned(), "acme.yaml".to_owned(), yaml_serde::from_str(yaml).unwrap()).unwrap()
    }

    /// progenitor's real output for a one-operation spec, altered by `edit`, through the post-pass.
    fn apply_altered(edit: impl Fn(String) -> String) -> anyhow::Result<()> {
        let spec = tests_spec();
        let original = prettyplease::unparse(&super::unrewritten(&spec)?);
        let altered = edit(original.clone());
        assert_ne!(altered, original, "the edit must change progenitor's output");
        let mut file: syn::File = syn::parse_str(&altered)?;
        crate::progenitor::fit::apply(&mut file, &spec.model)
    }

    #[test]
    fn inline_object_schemas_are_planned_under_typifys_names() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/new_provider/stripe.yaml");
        let document = crate::model::read_document(&path, "stripe.yaml").unwrap();
        let spec = crate::model::parse("stripe".to_owned(), "stripe.yaml".to_owned(), document).unwrap();
        assert!(spec.lenient.schemas.contains_key("ErrorBodyError"), "{:?}", spec.lenient.schemas.keys());
        let output = super::generate(&spec).unwrap_or_else(|error| panic!("{error:#}"));
        assert!(output.code.contains("pub struct ErrorBodyError"), "the inline `error` object is a struct");
    }

    #[test]
    fn progenitors_unaltered_output_passes() {
        apply_altered(|code| code + "\n").unwrap();
    }

    #[test]
    fn a_renamed_setter_fails_naming_the_operation() {
        let error = apply_altered(|code| code.replace("pub fn id<", "pub fn thing_id<")).unwrap_err().to_string();
        assert!(
            error.contains("operation builder `GetThing`: its setters [\"thing_id\"] are not its parameters"),
            "{error}"
        );
    }

    /// Messages are replaced by position: whatever progenitor writes in them, the output names the
    /// parameter and its rule, and progenitor's words are gone.
    #[test]
    fn a_reworded_conversion_message_is_replaced_all_the_same() {
        let yaml_spec = tests_spec();
        let mut file = super::unrewritten(&yaml_spec).unwrap();
        let reworded = prettyplease::unparse(&file).replace("conversion to `", "cannot convert to `");
        file = syn::parse_str(&reworded).unwrap();
        crate::progenitor::fit::apply(&mut file, &yaml_spec.model).unwrap();
        let code = prettyplease::unparse(&file);
        assert!(!code.contains("cannot convert to"), "progenitor's wording is gone");
        assert!(code.contains("invalid `id`: it must match the pattern `^t_[0-9]+$`"), "{code}");
    }

    #[test]
    fn a_missing_schemars_derive_is_an_error() {
        let error = apply_altered(|code| code.replace("schemars::JsonSchema", "PartialEq")).unwrap_err().to_string();
        assert!(error.contains("no `#[derive(.., schemars::JsonSchema)]` found"), "{error}");
    }

    #[test]
    fn a_builder_without_send_fails_naming_the_operation() {
        let error = apply_altered(|code| code.replace("pub async fn send(", "pub async fn dispatch(")).unwrap_err();
        let error = format!("{error:#}");
        assert!(error.contains("operation builder `GetThing`: its setters [\"dispatch\", \"id\"]"), "{error}");
    }

    #[test]
    fn an_identifier_is_found_in_macro_bodies_but_not_in_strings() {
        let tokens = quote::quote!(
            fn f() {
                format!("{}", serde_json::to_string(&1).unwrap())
            }
        );
        assert!(super::names_ident(tokens, "serde_json"));
        assert!(!super::names_ident(
            quote::quote!(
                fn f() -> &'static str {
                    "serde_json::Value"
                }
            ),
            "serde_json"
        ));
    }

    /// progenitor's unrewritten client and mocks for `tests_spec`, as text.
    fn raw_texts() -> (String, String) {
        let spec = tests_spec();
        let (file, mut generator) = super::raw(&spec).unwrap();
        let mock: syn::File = syn::parse2(generator.httpmock(&spec.openapi, "crate").unwrap()).unwrap();
        (prettyplease::unparse(&file), prettyplease::unparse(&mock))
    }

    /// The contract entries `tests_spec`'s output breaks once `edit_client` and `edit_mock` alter it.
    fn broken(
        edit_client: impl Fn(&str) -> String,
        edit_mock: impl Fn(&str) -> String,
    ) -> Vec<crate::progenitor::contract::Entry> {
        let spec = tests_spec();
        let (client, mock) = raw_texts();
        let (altered_client, altered_mock) = (edit_client(&client), edit_mock(&mock));
        assert!(altered_client != client || altered_mock != mock, "the edit must change progenitor's output");
        let client: syn::File = syn::parse_str(&altered_client).unwrap();
        let mock: syn::File = syn::parse_str(&altered_mock).unwrap();
        crate::progenitor::contract::check(&client, &mock, &spec.model).into_iter().map(|(entry, _)| entry).collect()
    }

    /// progenitor's real output keeps the contract; each simulated upgrade that moves one of its
    /// names or shapes breaks exactly that entry.
    #[test]
    fn each_contract_entry_catches_the_upgrade_that_breaks_it() {
        use crate::progenitor::contract::Entry;
        let same = |text: &str| text.to_owned();
        assert_eq!(broken(|text| format!("{text}\n"), same), [], "the unaltered output keeps the contract");
        let client_edits: [(&str, &str, Entry); 5] = [
            ("\npub mod builder {", "\npub mod builders {", Entry::RootModules),
            ("pub(crate) baseurl: String", "pub(crate) base_url: String", Entry::ClientFields),
            ("pub fn new_with_client(", "pub fn with_client(", Entry::ClientConstructors),
            (
                "        id: Result<types::GetThingId, String>,",
                "        thing_id: Result<types::GetThingId, String>,",
                Entry::Builders,
            ),
            ("pub async fn send(", "pub async fn dispatch(", Entry::BuilderMethods),
        ];
        for (from, to, entry) in client_edits {
            let found = broken(|text| text.replacen(from, to, 1), same);
            assert!(found.contains(&entry), "{entry:?}: {found:?}");
        }
        let found = broken(same, |text| text.replace("GetThingThen", "GetThingResponds"));
        assert!(found.contains(&Entry::MockWrappers), "{found:?}");
        let found = broken(same, |text| text.replace("\"^/things/", "\"/things/"));
        assert_eq!(found, [Entry::MockPathMatchers]);
        let pattern = "::regress::Regex::new(\"^t_[0-9]+$\")";
        let found = broken(|text| text.replace(pattern, "::regress::Regex::new(&String::from(\"^t_[0-9]+$\"))"), same);
        assert_eq!(found, [Entry::PatternNewtypes]);
    }

    /// A merchant reading the `Client`'s docs first learns what it is for; the spec's own notes
    /// (`info.description`, written for maintainers) follow under a heading.
    #[test]
    fn the_client_docs_open_with_what_it_is_for_and_keep_the_spec_s_notes_below() {
        let mut spec = tests_spec();
        spec.openapi.info.description = Some("Checked on 2026-12-02 against the provider's notes.".to_owned());
        let output = super::generate(&spec).unwrap();
        let client = output.file.items.iter().find_map(|item| match item {
            syn::Item::Struct(item) if item.ident == "Client" => Some(item),
            _ => None,
        });
        let docs: Vec<String> = client
            .unwrap()
            .attrs
            .iter()
            .filter_map(|attr| match &attr.meta {
                syn::Meta::NameValue(doc) if attr.path().is_ident("doc") => Some(tokens(&doc.value)),
                _ => None,
            })
            .collect();
        assert!(
            docs[0].starts_with("\" A client for the Acme API: one method per operation ([`get_thing`]"),
            "{docs:?}"
        );
        let heading = docs.iter().position(|doc| doc.contains("# From the spec")).expect("the spec's heading");
        let notes = docs.iter().position(|doc| doc.contains("Checked on 2026-12-02")).expect("the spec's notes");
        assert!(heading < notes, "{docs:?}");
    }

    /// The request type and its builder of `yaml`'s `CustomerEdit` body, from the generated file.
    fn request_type(yaml: &str) -> (syn::ItemStruct, syn::ItemStruct, syn::ImplItemFn) {
        let document = yaml_serde::from_str(yaml).unwrap();
        let spec = crate::model::parse("acme".to_owned(), "acme.yaml".to_owned(), document).unwrap();
        let output = super::generate(&spec).unwrap_or_else(|error| panic!("{error:#}"));
        let types = output.file.items.iter().find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "types" => module.content.as_ref().map(|(_, items)| items),
            _ => None,
        });
        let types = types.expect("a types module");
        let find_struct = |items: &[syn::Item]| {
            items.iter().find_map(|item| match item {
                syn::Item::Struct(item) if item.ident == "CustomerEdit" => Some(item.clone()),
                _ => None,
            })
        };
        let builder = types.iter().find_map(|item| match item {
            syn::Item::Mod(module) if module.ident == "builder" => module.content.as_ref().map(|(_, items)| items),
            _ => None,
        });
        let builder = builder.expect("a builder module");
        let setter = builder.iter().find_map(|item| match item {
            syn::Item::Impl(block)
                if block.trait_.is_none() && quote::quote!(#block).to_string().contains("CustomerEdit") =>
            {
                block.items.iter().find_map(|item| match item {
                    syn::ImplItem::Fn(function) if function.sig.ident == "contact" => Some(function.clone()),
                    _ => None,
                })
            }
            _ => None,
        });
        (
            find_struct(types).expect("struct CustomerEdit"),
            find_struct(builder).expect("builder"),
            setter.expect("setter"),
        )
    }

    /// Both as tokens (syn's types have no `PartialEq` without its `extra-traits` feature): equal
    /// syntax trees print the same tokens.
    fn tokens(item: &impl quote::ToTokens) -> String {
        quote::ToTokens::to_token_stream(item).to_string()
    }

    fn field_type(item: &syn::ItemStruct, name: &str) -> syn::Type {
        item.fields.iter().find(|field| field.ident.as_ref().is_some_and(|ident| ident == name)).unwrap().ty.clone()
    }

    /// A request body is sent as written: its type keeps what the spec does not list (`extra`)
    /// unless the schema forbids it, and an optional nullable property can be sent as `null`
    /// (`Option<Option<T>>`), in the type, its builder and the builder's setter alike.
    #[test]
    fn a_request_type_keeps_unlisted_properties_and_explicit_nulls() {
        let yaml = |additional: &str| {
            format!(
                r#"
openapi: 3.0.3
info: {{title: Acme, version: v1}}
servers: [{{url: 'https://api.acme.example', x-pspkit-environment: production}}]
security: [{{basicAuth: []}}]
paths:
  /customers/{{id}}:
    patch:
      operationId: editCustomer
      parameters:
        - {{name: id, in: path, required: true, example: c_1, schema: {{type: string, pattern: '^c_[0-9]+$'}}}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/CustomerEdit'}}
            example: {{name: Gaurav, contact: null}}
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Customer'}}}}}}}}
components:
  securitySchemes:
    basicAuth: {{type: http, scheme: basic, x-pspkit-username: key}}
  schemas:
    Customer: {{type: object, required: [id], x-pspkit-identity: [id], properties: {{id: {{type: string}}}}}}
    CustomerEdit:
      type: object
      {additional}
      properties:
        name: {{type: string}}
        contact: {{type: string, nullable: true}}
"#
            )
        };
        let (item, builder, setter) = request_type(&yaml(""));
        let option = |inner: syn::Type| -> syn::Type { syn::parse_quote!(::std::option::Option<#inner>) };
        let string: syn::Type = syn::parse_quote!(::std::string::String);
        assert_eq!(tokens(&field_type(&item, "contact")), tokens(&option(option(string.clone()))));
        assert_eq!(tokens(&field_type(&item, "name")), tokens(&option(string.clone())));
        let extra: syn::Type = syn::parse_quote!(::serde_json::Map<::std::string::String, ::serde_json::Value>);
        assert_eq!(tokens(&field_type(&item, "extra")), tokens(&extra));
        let contact = option(option(string.clone()));
        let result: syn::Type = syn::parse_quote!(::std::result::Result<#contact, ::std::string::String>);
        assert_eq!(tokens(&field_type(&builder, "contact")), tokens(&result));
        let bound: syn::WherePredicate = syn::parse_quote!(T: ::std::convert::TryInto<#contact>);
        let predicates = setter.sig.generics.where_clause.unwrap().predicates;
        assert_eq!(predicates.first().map(tokens), Some(tokens(&bound)));

        let (closed, _, _) = request_type(&yaml("additionalProperties: false"));
        assert!(closed.fields.iter().all(|field| field.ident.as_ref().is_some_and(|ident| ident != "extra")));
        let deny: syn::Attribute = syn::parse_quote!(#[serde(deny_unknown_fields)]);
        assert!(
            closed.attrs.iter().any(|attr| tokens(attr) == tokens(&deny)),
            "a closed schema refuses what it does not list"
        );
    }
}
