//! Emits the generated part of the `pspkit` facade from every spec: its `Cargo.toml` (one feature
//! per provider, TLS features forwarded to each) and `crates/pspkit/src/generated.rs` (the `Provider` registry,
//! `ProviderCustomer`, the normalised-customer mappings declared with `x-pspkit-customer`, and the
//! provider crates' re-exports). The rest of the facade (`Customer`, the mapping interpreter, the
//! CLI) is hand-written and names no provider.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::file::File;
use crate::model::Spec;
use crate::model::customer::{CustomerMapping, Phone, Text, Time};
use crate::progenitor::ArgumentTypes;

/// The facade's generated files, from every spec (sorted by provider name) and its progenitor
/// output (`generated`, in the same order).
pub fn render(specs: &[Spec], generated: &[crate::progenitor::Output]) -> anyhow::Result<Vec<File>> {
    let header = "generated from specs/*.yaml by cargo xtask codegen; do not edit";
    let types: Vec<ArgumentTypes> = generated.iter().map(|output| output.arguments.clone()).collect();
    let registry: syn::File = syn::parse2(registry(specs, &types))?;
    Ok(vec![
        File { path: "crates/pspkit/Cargo.toml".to_owned(), contents: manifest(specs, header) },
        File {
            path: "crates/pspkit/src/generated.rs".to_owned(),
            contents: format!("// {header}\n\n{}", prettyplease::unparse(&registry)),
        },
    ])
}

fn manifest(specs: &[Spec], header: &str) -> String {
    let provider_dependencies: String = specs
        .iter()
        .map(|spec| {
            format!(
                "pspkit-{name} = {{ version = \"{version}\", path = \"../providers/{name}\", default-features = false, optional = true }}\n",
                name = spec.provider,
                version = spec.release.version,
            )
        })
        .collect();
    format!(
        "# {header}\n\
         [package]\n\
         name = \"pspkit\"\n\
         version = \"0.1.0\"\n\
         description = \"One way to look a customer up across payment providers: a normalised Customer, and the `pspkit` CLI.\"\n\
         edition.workspace = true\n\
         rust-version.workspace = true\n\
         license.workspace = true\n\
         readme = \"README.md\"\n\
         documentation = \"https://docs.rs/pspkit\"\n\
         keywords = [\"payments\", \"customer\", \"api-client\", \"cli\", \"psp\"]\n\
         categories = [\"api-bindings\", \"finance\", \"command-line-utilities\"]\n\
         \n\
         [package.metadata.docs.rs]\n\
         all-features = true\n\
         rustdoc-args = [\"--cfg\", \"docsrs\"]\n\
         \n\
         {features}\
         \n\
         [dependencies]\n\
         chrono.workspace = true\n\
         pspkit-runtime.workspace = true\n\
         serde.workspace = true\n\
         serde_json.workspace = true\n\
         {provider_dependencies}\
         clap = {{ version = \"4.6\", features = [\"derive\", \"env\"], optional = true }}\n\
         clap_complete = {{ version = \"4.6\", optional = true }}\n\
         httpmock = {{ workspace = true, optional = true }}\n\
         reqwest = {{ workspace = true, optional = true }}\n\
         tokio = {{ workspace = true, optional = true }}\n\
         tracing-subscriber = {{ version = \"0.3\", default-features = false, features = [\"fmt\", \"std\"], optional = true }}\n\
         \n\
         [dev-dependencies]\n\
         assert_cmd = \"2\"\n\
         base64 = \"0.23\"\n\
         proptest = \"1\"\n\
         pspkit-tests = {{ path = \"../../tests\" }}\n\
         serde_json.workspace = true\n\
         tokio = {{ workspace = true, features = [\"net\", \"time\"] }}\n\
         \n\
         [[bin]]\n\
         name = \"pspkit\"\n\
         path = \"src/bin/pspkit/main.rs\"\n\
         required-features = [\"cli\"]\n",
        features = manifest_features(specs),
    )
}

/// The facade's `[features]` table: TLS, one per provider, schemars, mock and the CLI.
fn manifest_features(specs: &[Spec]) -> String {
    let names: Vec<&str> = specs.iter().map(|spec| spec.provider.as_str()).collect();
    let quoted = |items: Vec<String>| items.iter().map(|item| format!("\"{item}\"")).collect::<Vec<_>>().join(", ");
    let tls = |feature: &str| {
        let mut forwards = vec![format!("pspkit-runtime/{feature}")];
        forwards.extend(names.iter().map(|name| format!("pspkit-{name}?/{feature}")));
        format!("{feature} = [{}]\n", quoted(forwards))
    };
    let mut defaults = vec!["cli".to_owned(), "rustls".to_owned()];
    defaults.extend(names.iter().map(|name| (*name).to_owned()));
    let provider_features: String = names.iter().map(|name| format!("{name} = [\"dep:pspkit-{name}\"]\n")).collect();
    let schemars: Vec<String> = names.iter().map(|name| format!("pspkit-{name}?/schemars")).collect();
    let mock: Vec<String> = names.iter().map(|name| format!("pspkit-{name}?/mock")).collect();
    format!(
        "[features]\n\
         default = [{defaults}]\n\
         # TLS, forwarded to the runtime and to every enabled provider crate: `rustls` (the default, with\n\
         # aws-lc-rs), `rustls-no-provider` (a crypto provider the application installs) or `native-tls`.\n\
         {rustls}{no_provider}{native}\
         # One feature per spec in specs/.\n\
         {provider_features}\
         # `Provider::json_schemas`: the JSON Schema of every documented response type.\n\
         schemars = [{schemars}]\n\
         # The httpmock helpers (`<provider>::mock`) of every enabled provider crate, for tests.\n\
         mock = [{mock}]\n\
         # The `pspkit` binary and what only it needs (argument parsing, the --mock server, log output,\n\
         # `webhooks send`'s request and `webhooks verify`'s headers).\n\
         cli = [\"dep:clap\", \"dep:clap_complete\", \"dep:httpmock\", \"dep:reqwest\", \"dep:tokio\", \"dep:tracing-subscriber\"]\n",
        defaults = quoted(defaults),
        rustls = tls("rustls"),
        no_provider = tls("rustls-no-provider"),
        native = tls("native-tls"),
        schemars = quoted(schemars),
        mock = quoted(mock),
    )
}

fn registry(specs: &[Spec], types: &[ArgumentTypes]) -> TokenStream {
    let entries = entries(specs);
    let provider = provider_enum(&entries);
    let identity = identity_methods(&entries);
    let data = data_methods(&entries);
    let routing = routing_methods(&entries);
    let any_client = any_client(&entries, types);
    let operation = operation_struct();
    let customer = provider_customer(specs);
    let conversions = specs.iter().filter(|spec| spec.model.customer.is_some()).map(conversion);
    let reexports = entries.iter().map(|Entry { spec, feature, krate, .. }| {
        let alias = format_ident!("{}", spec.provider);
        let doc = format!(" The {} client crate (feature `{}`).", spec.model.display_name, spec.provider);
        quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            pub use #krate as #alias;
        }
    });
    quote! {
        use serde::Serialize;

        use crate::mapping::{CustomerMapping, Phone, Text, Time};

        #provider

        impl Provider {
            #identity
            #data
            #routing
        }

        #any_client

        #operation

        #customer

        #(#conversions)*

        #(#reexports)*
    }
}

/// One spec as the registry names it: its `Provider` variant, its feature and its crate.
struct Entry<'a> {
    spec: &'a Spec,
    variant: syn::Ident,
    feature: &'a str,
    krate: syn::Ident,
}

fn entries(specs: &[Spec]) -> Vec<Entry<'_>> {
    specs
        .iter()
        .map(|spec| Entry {
            spec,
            variant: format_ident!("{}", crate::spec::naming::pascal(&spec.provider)),
            feature: &spec.provider,
            krate: format_ident!("pspkit_{}", spec.provider),
        })
        .collect()
}

/// `#[cfg(feature = ..)] Provider::X => <body>` for every provider.
fn feature_arms<'a>(entries: &'a [Entry<'a>], body: impl Fn(&Entry<'_>) -> TokenStream + 'a) -> Vec<TokenStream> {
    entries
        .iter()
        .map(|entry| {
            let (feature, variant, body) = (entry.feature, &entry.variant, body(entry));
            quote!(#[cfg(feature = #feature)] Provider::#variant => #body)
        })
        .collect()
}

/// `enum Provider`, a variant per spec.
fn provider_enum(entries: &[Entry<'_>]) -> TokenStream {
    let variants = entries.iter().map(|entry| &entry.variant);
    let docs = entries.iter().map(|Entry { spec, .. }| {
        format!(" {} (`pspkit-{}`, from `{}`).", spec.model.display_name, spec.provider, spec.file)
    });
    quote! {
        /// The payment providers pspkit has clients for: one per spec in `specs/`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "lowercase")]
        pub enum Provider {
            #(
                #[doc = #docs]
                #variants,
            )*
        }
    }
}

/// `Provider::ALL`, `name`, `display_name` and `operations`.
fn identity_methods(entries: &[Entry<'_>]) -> TokenStream {
    let variants: Vec<&syn::Ident> = entries.iter().map(|entry| &entry.variant).collect();
    let names = entries.iter().map(|entry| entry.spec.provider.as_str());
    let display = entries.iter().map(|entry| entry.spec.model.display_name.as_str());
    let count = entries.len();
    let operations_arms = entries.iter().map(|Entry { spec, variant, .. }| {
        let operations = spec.model.operations.iter().map(operation_literal);
        quote!(Provider::#variant => &[#(#operations),*])
    });
    quote! {
        /// Every provider, in the order of their spec files.
        pub const ALL: [Provider; #count] = [#(Provider::#variants),*];

        /// The short name used on the command line and in JSON, e.g. `razorpay`.
        pub const fn name(self) -> &'static str {
            match self {
                #(Provider::#variants => #names,)*
            }
        }

        /// The provider's name for people, e.g. `Razorpay`.
        pub const fn display_name(self) -> &'static str {
            match self {
                #(Provider::#variants => #display,)*
            }
        }

        /// Every operation of the provider's spec as the `pspkit` CLI runs it.
        pub const fn operations(self) -> &'static [Operation] {
            match self {
                #(#operations_arms,)*
            }
        }
    }
}

/// One `Operation` of `Provider::operations`.
fn operation_literal(operation: &crate::model::operation::Operation) -> TokenStream {
    let command = &operation.command.name;
    let operation_id = &operation.id;
    let args = &operation.command.example_args;
    let (names, values): (Vec<String>, Vec<String>) = operation.example_arguments().into_iter().unzip();
    let flags = operation.parameters.iter().filter(|p| !p.argument.positional).map(|p| format!("--{}", p.argument.id));
    let method = &operation.method;
    quote! {
        Operation {
            command: #command,
            operation_id: #operation_id,
            method: #method,
            flags: &[#(#flags),*],
            example_args: &[#(#args),*],
            example_arguments: &[#((#names, #values)),*],
        }
    }
}

/// `Provider::examples`, `response_decoders`, `json_schemas`, `normalise` and `credential_fields`:
/// what each provider crate holds, read through its feature.
fn data_methods(entries: &[Entry<'_>]) -> TokenStream {
    let examples_arms = feature_arms(entries, |Entry { krate, .. }| quote!(#krate::examples::ALL));
    let decoders_arms = feature_arms(entries, |Entry { krate, .. }| quote!(#krate::RESPONSE_DECODERS));
    let schemas_arms = feature_arms(entries, |Entry { krate, .. }| {
        quote! {
            #krate::json_schemas()
                .into_iter()
                .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap_or_default()))
                .collect()
        }
    });
    let normalise_arms = entries.iter().filter_map(|Entry { spec, variant, feature, krate }| {
        let response_type = format_ident!("{}", spec.model.customer.as_ref()?.response_type);
        Some(quote! {
            #[cfg(feature = #feature)]
            Provider::#variant => Some(serde_json::from_str::<#krate::types::#response_type>(body).map(crate::Customer::from))
        })
    });
    let credential_arms = feature_arms(
        entries,
        |Entry { krate, .. }| quote!(<#krate::Credentials as pspkit_runtime::Credentials>::FIELDS),
    );
    quote! {
        /// Every response example in the provider's spec (its crate's `examples::ALL`); empty when
        /// the provider's feature is off.
        pub fn examples(self) -> &'static [pspkit_runtime::Example] {
            match self {
                #(#examples_arms,)*
                #[allow(unreachable_patterns)]
                _ => &[],
            }
        }

        /// Every documented response body of the provider's spec (its crate's
        /// `RESPONSE_DECODERS`): decode a captured body as the client would and list what was
        /// tolerated. Empty when the provider's feature is off.
        pub fn response_decoders(self) -> &'static [pspkit_runtime::lenient::ResponseDecoder] {
            match self {
                #(#decoders_arms,)*
                #[allow(unreachable_patterns)]
                _ => &[],
            }
        }

        /// The JSON Schema of every documented response type of the provider's spec, by its
        /// component name (feature `schemars`); empty when the provider's feature is off.
        #[cfg(feature = "schemars")]
        pub fn json_schemas(self) -> Vec<(&'static str, serde_json::Value)> {
            match self {
                #(#schemas_arms,)*
                #[allow(unreachable_patterns)]
                _ => Vec::new(),
            }
        }

        /// Decodes a success body of the operation that returns the customer and normalises it;
        /// `None` when the spec declares no mapping or the provider's feature is off.
        pub fn normalise(self, body: &str) -> Option<Result<crate::Customer, serde_json::Error>> {
            match self {
                #(#normalise_arms,)*
                #[allow(unreachable_patterns)]
                _ => None,
            }
        }

        /// The provider's credentials, in the order [`crate::Target::credentials`] takes their
        /// values, each with its environment variable; empty when the provider's feature is off.
        pub fn credential_fields(self) -> &'static [pspkit_runtime::CredentialField] {
            match self {
                #(#credential_arms,)*
                #[allow(unreachable_patterns)]
                _ => &[],
            }
        }
    }
}

/// `Provider::environments`, `request_id_headers`, `webhooks`, `verify_webhook`, `client` and
/// `customer_mapping`.
fn routing_methods(entries: &[Entry<'_>]) -> TokenStream {
    let environment_arms = entries.iter().map(|Entry { spec, variant, .. }| {
        let names = spec.model.environments.iter().map(|environment| &environment.name);
        quote!(Provider::#variant => &[#(#names),*])
    });
    let request_id_arms = feature_arms(entries, |Entry { krate, .. }| quote!(#krate::PROVIDER.request_id_headers));
    let webhook_arms = feature_arms(entries, |Entry { spec, krate, .. }| match spec.model.webhooks {
        Some(_) => quote!(Some(&#krate::webhooks::WEBHOOKS)),
        None => quote!(None),
    });
    let verify_arms = feature_arms(entries, |Entry { spec, krate, .. }| match spec.model.webhooks {
        Some(_) => {
            quote!(Some(#krate::webhooks::verify(secret, headers, body, now).map(|delivery| delivery.into_json())))
        }
        None => quote!(None),
    });
    let client_arms =
        feature_arms(entries, |Entry { variant, .. }| quote!(Ok(AnyClient::#variant(crate::call::client(target)?))));
    let mapping_arms = entries.iter().map(|Entry { spec, variant, .. }| match &spec.model.customer {
        Some(_) => {
            let constant = mapping_const_name(&spec.provider);
            quote!(Provider::#variant => Some(&#constant))
        }
        None => quote!(Provider::#variant => None),
    });
    quote! {
        /// The names of the spec's environments, the default first ([`crate::Target::environment`]);
        /// empty when the spec names no public host.
        pub const fn environments(self) -> &'static [&'static str] {
            match self {
                #(#environment_arms,)*
            }
        }

        /// The response headers that carry the provider's request id, in the order they are
        /// tried; empty when the provider's feature is off.
        pub fn request_id_headers(self) -> &'static [&'static str] {
            match self {
                #(#request_id_arms,)*
                #[allow(unreachable_patterns)]
                _ => &[],
            }
        }

        /// How the provider authenticates its webhook deliveries and the events its spec lists
        /// (`x-pspkit-webhooks`); `None` when the spec describes none or the provider's feature
        /// is off.
        pub fn webhooks(self) -> Option<&'static pspkit_runtime::webhook::Webhooks> {
            match self {
                #(#webhook_arms,)*
                #[allow(unreachable_patterns)]
                _ => None,
            }
        }

        /// Verifies a webhook delivery as the provider's crate does (its `webhooks::verify`:
        /// authenticated as its spec says, the payload decoded tolerantly as the event it names)
        /// and gives the typed event as JSON, as it serializes; `None` when the spec describes no
        /// webhooks or the provider's feature is off.
        #[allow(unused_variables, reason = "with every provider feature off, no arm reads them")]
        pub fn verify_webhook(
            self,
            secret: &pspkit_runtime::webhook::WebhookSecret<'_>,
            headers: &pspkit_runtime::webhook::HeaderMap,
            body: &[u8],
            now: std::time::SystemTime,
        ) -> Option<Result<pspkit_runtime::webhook::Delivery<serde_json::Value>, pspkit_runtime::webhook::WebhookError>> {
            match self {
                #(#verify_arms,)*
                #[allow(unreachable_patterns)]
                _ => None,
            }
        }

        /// A client of this provider for `target`, to call any operation of its spec by name
        /// ([`AnyClient::call`]). Build it once and share it (clones share one connection pool).
        #[allow(unused_variables, reason = "with every provider feature off, no arm reads it")]
        pub fn client(self, target: &crate::Target) -> Result<AnyClient, crate::CallError> {
            match self {
                #(#client_arms,)*
                #[allow(unreachable_patterns)]
                _ => Err(crate::CallError::FeatureOff { provider: self.name() }),
            }
        }

        /// How the provider's customer maps into [`crate::Customer`] (`x-pspkit-customer` in its
        /// spec); `None` when the spec declares no mapping.
        pub const fn customer_mapping(self) -> Option<&'static CustomerMapping> {
            match self {
                #(#mapping_arms,)*
            }
        }
    }
}

/// `enum AnyClient` and its `provider` and `call`.
fn any_client(entries: &[Entry<'_>], types: &[ArgumentTypes]) -> TokenStream {
    let any_variants = entries.iter().map(|Entry { spec, variant, feature, krate }| {
        let doc = format!(" A {} client.", spec.model.display_name);
        quote!(#[doc = #doc] #[cfg(feature = #feature)] #variant(#krate::Client))
    });
    let any_provider_arms = entries.iter().map(|Entry { variant, feature, .. }| {
        quote!(#[cfg(feature = #feature)] AnyClient::#variant(_) => Provider::#variant)
    });
    let call_arms = entries.iter().zip(types).flat_map(|(Entry { spec, variant, .. }, types)| {
        spec.model.operations.iter().map(move |operation| call_arm(spec, variant, operation, types))
    });
    quote! {
        /// A client of any provider, chosen at run time ([`Provider::client`]): every operation of
        /// its spec, called by `operationId` with arguments by name, through the same generated
        /// client, checks and runtime as the typed call; bodies come back as JSON.
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub enum AnyClient {
            #(#any_variants,)*
        }

        impl AnyClient {
            /// The provider this client calls.
            pub fn provider(&self) -> Provider {
                match *self {
                    #(#any_provider_arms,)*
                }
            }

            /// Calls the operation `operation_id` of the provider's spec ([`Provider::operations`])
            /// with `arguments`: `(parameter name as in the spec, value as text)`, `true`/`false`
            /// for a boolean.
            #[allow(unused_variables, reason = "with every provider feature off, no arm reads them")]
            pub async fn call(
                &self,
                operation_id: &str,
                arguments: &[(&str, &str)],
            ) -> Result<pspkit_runtime::Response<serde_json::Value>, crate::CallError> {
                #[allow(unreachable_patterns)]
                match (self, operation_id) {
                    #(#call_arms)*
                    _ => Err(crate::CallError::UnknownOperation {
                        provider: self.provider().name(),
                        operation_id: operation_id.to_owned(),
                    }),
                }
            }
        }
    }
}

/// `struct Operation`, what `Provider::operations` lists.
fn operation_struct() -> TokenStream {
    quote! {
        /// One operation of a provider's spec, as the `pspkit` CLI runs it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Operation {
            /// The CLI subcommand, e.g. `get-customer`.
            pub command: &'static str,
            /// The spec's `operationId`, e.g. `getCustomer`.
            pub operation_id: &'static str,
            /// The typed client's method, e.g. `get_customer` (also the `operation` field of its
            /// `pspkit.call` span).
            pub method: &'static str,
            /// The subcommand's flags from the spec's parameters (query and header), e.g. `--x-routing-id`.
            pub flags: &'static [&'static str],
            /// Command-line arguments that make a valid call, from the spec's parameter examples.
            pub example_args: &'static [&'static str],
            /// The same call's arguments for [`AnyClient::call`]: `(parameter name, value)`.
            pub example_arguments: &'static [(&'static str, &'static str)],
        }
    }
}

/// `enum ProviderCustomer`: each mapped provider's own customer type.
fn provider_customer(specs: &[Spec]) -> TokenStream {
    let customer_variants = specs.iter().filter_map(|spec| {
        let mapping = spec.model.customer.as_ref()?;
        let variant = format_ident!("{}", crate::spec::naming::pascal(&spec.provider));
        let krate = format_ident!("pspkit_{}", spec.provider);
        let feature = &spec.provider;
        let customer_type = format_ident!("{}", mapping.customer_type);
        let doc = format!(" A {} customer.", spec.model.display_name);
        Some(quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            #variant(Box<#krate::types::#customer_type>),
        })
    });
    quote! {
        /// The provider's own typed customer, kept beside the normalised fields.
        #[derive(Clone, Debug, Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum ProviderCustomer {
            #(#customer_variants)*
        }
    }
}

/// One `(provider, operationId)` arm of `AnyClient::call`: the typed call, a setter per argument,
/// each value parsed as the parameter's real Rust type (a list's argument repeats, one value per
/// item), the body (`body`) as JSON of the request schema.
fn call_arm(
    spec: &Spec,
    variant: &syn::Ident,
    operation: &crate::model::operation::Operation,
    types: &ArgumentTypes,
) -> TokenStream {
    let feature = &spec.provider;
    let operation_id = &operation.id;
    let method = format_ident!("{}", operation.method);
    let krate = format_ident!("pspkit_{}", spec.provider);
    let krate = quote!(#krate);
    let builder = crate::spec::naming::pascal(&operation.id);
    let mut lists = Vec::new();
    let mut setters: Vec<TokenStream> = operation
        .parameters
        .iter()
        .map(|parameter| {
            let name = &parameter.name;
            let setter = format_ident!("{}", parameter.field);
            let rule = spec.model.parameter_rules.get(&(builder.clone(), parameter.field.clone()));
            let message =
                format!("invalid `{name}`: {}", rule.map_or("not a value of the parameter's type", String::as_str));
            let ty = types.get(&builder, &parameter.field, &krate);
            match ty.as_ref().and_then(|ty| ty.item.clone()) {
                Some(item) => {
                    lists.push(setter.clone());
                    quote!(#name => { #setter.push(crate::call::parsed::<#item>(#message, value)?); call })
                }
                None => {
                    let whole = ty.map_or_else(|| quote!(String), |ty| ty.whole);
                    quote!(#name => call.#setter(crate::call::parsed::<#whole>(#message, value)?))
                }
            }
        })
        .collect();
    if let Some(body) = types.get(&builder, "body", &krate) {
        let whole = body.whole;
        setters.push(quote!("body" => call.body(crate::call::body::<#whole>(value)?)));
    }
    let collect = lists.iter().map(|list| quote!(let mut #list = Vec::new();));
    let apply = lists.iter().map(|list| quote!(if !#list.is_empty() { call = call.#list(#list); }));
    let arguments = if setters.is_empty() {
        quote! {
            if let Some((name, _)) = arguments.first() {
                return Err(crate::call::unknown(name));
            }
        }
    } else {
        quote! {
            #(#collect)*
            for (name, value) in arguments {
                call = match *name {
                    #(#setters,)*
                    _ => return Err(crate::call::unknown(name)),
                };
            }
            #(#apply)*
        }
    };
    quote! {
        #[cfg(feature = #feature)]
        (AnyClient::#variant(client), #operation_id) => {
            #[allow(unused_mut)]
            let mut call = client.#method();
            #arguments
            crate::call::finish(call.send().await)
        }
    }
}

fn mapping_const_name(provider: &str) -> syn::Ident {
    format_ident!("{}_CUSTOMER", provider.to_uppercase())
}

/// The mapping's data, and `From` impls for the customer type and (when it is wrapped in an
/// envelope) the operation's success type.
fn conversion(spec: &Spec) -> TokenStream {
    let mapping = spec.model.customer.as_ref().expect("called for specs with a mapping");
    let feature = &spec.provider;
    let krate = format_ident!("pspkit_{}", spec.provider);
    let variant = format_ident!("{}", crate::spec::naming::pascal(&spec.provider));
    let constant = mapping_const_name(&spec.provider);
    let customer_type = format_ident!("{}", mapping.customer_type);
    let data = mapping_data(mapping);
    let const_doc = format!(" {}'s `x-pspkit-customer` (`{}`).", spec.model.display_name, spec.file);
    let from_doc =
        format!(" Normalises a {} customer as its spec's `x-pspkit-customer` declares.", spec.model.display_name);
    let envelope = (!mapping.envelope.is_empty()).then(|| {
        let response_type = format_ident!("{}", mapping.response_type);
        let fields = mapping.envelope.iter().map(|field| format_ident!("{field}"));
        let doc = format!(
            " Normalises the customer inside a {} `{}` response.",
            spec.model.display_name, mapping.operation_id
        );
        quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            impl From<#krate::types::#response_type> for crate::Customer {
                fn from(response: #krate::types::#response_type) -> Self {
                    crate::Customer::from(response #(.#fields)*)
                }
            }
        }
    });
    quote! {
        #[doc = #const_doc]
        const #constant: CustomerMapping = #data;

        #[doc = #from_doc]
        #[cfg(feature = #feature)]
        impl From<#krate::types::#customer_type> for crate::Customer {
            fn from(customer: #krate::types::#customer_type) -> Self {
                crate::mapping::normalise(Provider::#variant, &#constant, customer, |customer| {
                    ProviderCustomer::#variant(Box::new(customer))
                })
            }
        }

        #envelope
    }
}

fn mapping_data(mapping: &CustomerMapping) -> TokenStream {
    let id = &mapping.id;
    let merchant_reference = text(&mapping.merchant_reference);
    let name = text(&mapping.name);
    let email = text(&mapping.email);
    let phone = match &mapping.phone {
        Phone::Text(rule) => {
            let rule = text(rule);
            quote!(Phone::Text(#rule))
        }
        Phone::CountryCode { code, number } => quote!(Phone::CountryCode { code: #code, number: #number }),
    };
    let created_at = match &mapping.created_at {
        Time::None => quote!(Time::None),
        Time::UnixSeconds(pointer) => quote!(Time::UnixSeconds(#pointer)),
        Time::DateTime(pointer) => quote!(Time::DateTime(#pointer)),
    };
    quote! {
        CustomerMapping {
            id: #id,
            merchant_reference: #merchant_reference,
            name: #name,
            email: #email,
            phone: #phone,
            created_at: #created_at,
        }
    }
}

fn text(rule: &Text) -> TokenStream {
    match rule {
        Text::None => quote!(Text::None),
        Text::First(pointers) => quote!(Text::First(&[#(#pointers),*])),
        Text::Join(pointers) => quote!(Text::Join(&[#(#pointers),*])),
    }
}
