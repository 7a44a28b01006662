//! Emits `crates/providers/<provider>/src/client.rs` of a generated crate: provider info, environments, credentials and the
//! client glue, all from the spec's provider model, as final code (no macro), so that every public item the crate
//! offers is in the emitted syntax the surface listing reads.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::provider::{AuthScheme, Provider};
use crate::spec::naming;

/// The tokens of `crates/providers/<provider>/src/client.rs`: data (provider info, environments, credentials, how they are
/// sent) and the trait implementations through which `pspkit-runtime` acts on it.
pub fn client_module(provider: &Provider) -> TokenStream {
    let info = provider_info(provider);
    let environments = environments(provider);
    let credentials = credentials(provider);
    let glue = glue(provider);
    quote! {
        use crate::generated::Client;

        #info
        #environments
        #credentials
        #glue
    }
}

fn provider_info(provider: &Provider) -> TokenStream {
    let name = &provider.name;
    let user_agent_prefix = format!("pspkit-{name}/");
    let request_ids = &provider.request_id_headers;
    let rate_limit = match provider.rate_limit {
        Some((requests, seconds)) => quote! {
            Some(pspkit_runtime::RateLimit { requests: #requests, period: std::time::Duration::from_secs(#seconds) })
        },
        None => quote!(None),
    };
    let idempotency_key = match &provider.idempotency_key {
        Some(header) => quote!(Some(#header)),
        None => quote!(None),
    };
    let doc = format!(" What the spec says about {} that the runtime needs.", provider.display_name);
    quote! {
        #[doc = #doc]
        pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
            name: #name,
            user_agent: concat!(#user_agent_prefix, env!("CARGO_PKG_VERSION")),
            request_id_headers: &[#(#request_ids),*],
            rate_limit: #rate_limit,
            idempotency_key: #idempotency_key,
        };
    }
}

fn environments(provider: &Provider) -> TokenStream {
    if provider.environments.is_empty() {
        let doc = format!(
            " {} documents no public host: there is no environment to choose, and the base URL is required.",
            provider.display_name
        );
        return quote! {
            #[doc = #doc]
            pub type Environment = pspkit_runtime::NoEnvironment;
        };
    }
    let doc = format!(" The {} environments named in the spec; the first is the default.", provider.display_name);
    let variants: Vec<TokenStream> = provider
        .environments
        .iter()
        .enumerate()
        .map(|(index, env)| {
            let variant = format_ident!("{}", env.variant);
            let doc = format!(" {} (`{}`)", env.description.trim(), env.url);
            let default = (index == 0).then(|| quote!(#[default]));
            quote!(#[doc = #doc] #default #variant)
        })
        .collect();
    let idents: Vec<_> = provider.environments.iter().map(|env| format_ident!("{}", env.variant)).collect();
    let names: Vec<&String> = provider.environments.iter().map(|env| &env.name).collect();
    let urls: Vec<&String> = provider.environments.iter().map(|env| &env.url).collect();
    quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Environment {
            #(#variants),*
        }

        impl Environment {
            /// Every environment, in the spec's order.
            pub const ALL: &'static [Environment] = &[#(Environment::#idents),*];

            /// Every environment's name in the spec, in the spec's order.
            pub const NAMES: &'static [&'static str] = &[#(#names),*];

            /// This environment's base URL.
            pub const fn base_url(self) -> &'static str {
                match self {
                    #(Environment::#idents => #urls,)*
                }
            }

            /// This environment's name in the spec (`x-pspkit-environment`).
            pub const fn name(self) -> &'static str {
                match self {
                    #(Environment::#idents => #names,)*
                }
            }
        }

        impl pspkit_runtime::Environment for Environment {
            const ALL: &'static [Self] = Self::ALL;

            fn name(self) -> &'static str {
                Self::name(self)
            }

            fn base_url(self) -> &'static str {
                Self::base_url(self)
            }
        }

        impl ::std::str::FromStr for Environment {
            type Err = pspkit_runtime::UnknownEnvironment;

            /// Parses an environment's name in the spec.
            fn from_str(name: &str) -> ::std::result::Result<Self, Self::Err> {
                <Self as pspkit_runtime::Environment>::parse(name)
            }
        }
    }
}

fn credentials(provider: &Provider) -> TokenStream {
    let fields: Vec<_> = provider.auth.iter().flat_map(AuthScheme::credentials).collect();
    let idents: Vec<_> = fields.iter().map(|c| format_ident!("{}", c.field)).collect();
    let names: Vec<&String> = fields.iter().map(|c| &c.field).collect();
    let env_vars: Vec<String> = fields.iter().map(|c| naming::env_var(&provider.name, &c.field)).collect();
    let struct_doc = format!(
        " {} credentials. `Debug` shows `[REDACTED]` in place of every value.\n\n{}",
        provider.display_name,
        fields.iter().map(|c| format!("- `{}`: {}", c.field, c.doc)).collect::<Vec<_>>().join("\n")
    );
    let new_doc = format!(
        " Credentials from their values: {}.",
        idents.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
    );
    let env_doc = format!(
        " Reads the credentials from the environment variables {}.",
        env_vars.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
    );
    let steps = auth_steps(provider);
    quote! {
        #[doc = #struct_doc]
        #[derive(Clone, Debug)]
        pub struct Credentials {
            secrets: ::std::vec::Vec<pspkit_runtime::Secret>,
        }

        impl Credentials {
            #[doc = #new_doc]
            pub fn new(#(#idents: impl ::std::convert::Into<::std::string::String>),*) -> Self {
                Self { secrets: ::std::vec![#(pspkit_runtime::Secret::new(#idents)),*] }
            }

            #[doc = #env_doc]
            pub fn from_env() -> ::std::result::Result<Self, pspkit_runtime::ConfigError> {
                <Self as pspkit_runtime::Credentials>::from_env()
            }
        }

        impl pspkit_runtime::Credentials for Credentials {
            const FIELDS: &'static [pspkit_runtime::CredentialField] =
                &[#(pspkit_runtime::CredentialField { name: #names, env_var: #env_vars }),*];
            const AUTH: &'static [pspkit_runtime::AuthStep] = &[#(#steps),*];

            fn from_secrets(secrets: ::std::vec::Vec<pspkit_runtime::Secret>) -> Self {
                Self { secrets }
            }

            fn secrets(&self) -> &[pspkit_runtime::Secret] {
                &self.secrets
            }
        }
    }
}

/// The runtime's auth steps, each naming its credentials by their index in `FIELDS` (the order
/// `AuthScheme::credentials` lists them).
fn auth_steps(provider: &Provider) -> Vec<TokenStream> {
    let mut next_field = 0usize;
    let mut field_index = || {
        next_field += 1;
        next_field - 1
    };
    provider
        .auth
        .iter()
        .map(|scheme| match scheme {
            AuthScheme::Basic { password, .. } => {
                let username = field_index();
                let password = match password {
                    Some(_) => {
                        let password = field_index();
                        quote!(Some(#password))
                    }
                    None => quote!(None),
                };
                quote!(pspkit_runtime::AuthStep::Basic { username: #username, password: #password })
            }
            AuthScheme::Bearer { .. } => {
                let token = field_index();
                quote!(pspkit_runtime::AuthStep::Bearer { token: #token })
            }
            AuthScheme::ApiKeyHeader { header, .. } => {
                let value = field_index();
                quote!(pspkit_runtime::AuthStep::ApiKeyHeader { header: #header, value: #value })
            }
        })
        .collect()
}

fn glue(provider: &Provider) -> TokenStream {
    let builder_doc = if provider.environments.is_empty() {
        " Starts building a client. This provider documents no public host: set `base_url` before `build`."
    } else {
        " Starts building a client; requests go to the default environment unless told otherwise."
    };
    quote! {
        /// Configures and builds a [`Client`]: `pspkit-runtime`'s builder for this provider.
        pub type ClientBuilder = pspkit_runtime::ClientBuilder<Client>;

        impl Client {
            #[doc = #builder_doc]
            pub fn builder(credentials: Credentials) -> ClientBuilder {
                ClientBuilder::new(credentials)
            }
        }

        impl pspkit_runtime::Provider for Client {
            const INFO: &'static pspkit_runtime::ProviderInfo = &PROVIDER;
            const EXAMPLES: &'static [pspkit_runtime::Example] = crate::examples::ALL;
            type Environment = Environment;
            type Credentials = Credentials;

            fn from_parts(parts: pspkit_runtime::ClientParts) -> Self {
                Client::new_with_client(parts.base_url.as_str(), parts.http, parts.context)
            }
        }
    }
}
