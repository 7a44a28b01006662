//! Emits `src/client.rs` of a generated crate: provider info, environments, credentials, the client
//! builder and the progenitor hooks, all from the spec's provider model and all delegating to
//! `pspkit-runtime`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{AuthScheme, Provider};
use crate::naming;

/// The tokens of `src/client.rs`.
pub fn client_module(provider: &Provider) -> TokenStream {
    let info = provider_info(provider);
    let environments = environments(provider);
    let credentials = credentials(provider);
    let builder = builder(provider);
    let hooks = hooks();
    quote! {
        use pspkit_runtime::auth::AuthHeaders;
        use pspkit_runtime::{Config, ConfigError, Secret};

        use crate::generated::Client;

        #info
        #environments
        #credentials
        #builder
        #hooks
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
    let doc = format!(" What the spec says about {} that the runtime needs.", provider.display_name);
    quote! {
        #[doc = #doc]
        pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
            name: #name,
            user_agent: concat!(#user_agent_prefix, env!("CARGO_PKG_VERSION")),
            request_id_headers: &[#(#request_ids),*],
            rate_limit: #rate_limit,
        };
    }
}

fn environments(provider: &Provider) -> TokenStream {
    if provider.environments.is_empty() {
        return quote! {};
    }
    let doc = format!(" The {} environments named in the spec; the first is the default.", provider.display_name);
    let variants: Vec<_> = provider.environments.iter().map(|env| format_ident!("{}", env.variant)).collect();
    let docs: Vec<String> =
        provider.environments.iter().map(|env| format!(" {} (`{}`)", env.description.trim(), env.url)).collect();
    let urls = provider.environments.iter().map(|env| &env.url);
    let names: Vec<&String> = provider.environments.iter().map(|env| &env.name).collect();
    let (first, rest) = (&variants[0], &variants[1..]);
    let (first_doc, rest_docs) = (&docs[0], &docs[1..]);
    quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Environment {
            #[doc = #first_doc]
            #[default]
            #first,
            #(
                #[doc = #rest_docs]
                #rest,
            )*
        }

        impl Environment {
            /// Every environment, in the spec's order.
            pub const ALL: &'static [Environment] = &[#(Environment::#variants),*];

            /// Every environment's name in the spec, in the spec's order.
            pub const NAMES: &'static [&'static str] = &[#(#names),*];

            /// This environment's base URL.
            pub const fn base_url(self) -> &'static str {
                match self {
                    #(Environment::#variants => #urls,)*
                }
            }

            /// This environment's name in the spec (`x-pspkit-environment`).
            pub const fn name(self) -> &'static str {
                match self {
                    #(Environment::#variants => #names,)*
                }
            }
        }

        impl std::str::FromStr for Environment {
            type Err = pspkit_runtime::UnknownEnvironment;

            /// Parses an environment's name in the spec.
            fn from_str(name: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|environment| environment.name() == name)
                    .ok_or_else(|| pspkit_runtime::UnknownEnvironment { given: name.to_owned(), known: Self::NAMES })
            }
        }
    }
}

fn credentials(provider: &Provider) -> TokenStream {
    let fields: Vec<_> = provider.auth.iter().flat_map(AuthScheme::credentials).collect();
    let idents: Vec<_> = fields.iter().map(|c| format_ident!("{}", c.field)).collect();
    let field_docs = fields.iter().map(|c| format!(" {}", c.doc));
    let env_vars: Vec<String> = fields.iter().map(|c| naming::env_var(&provider.name, &c.field)).collect();
    let struct_doc =
        format!(" {} credentials. `Debug` shows `[REDACTED]` in place of every value.", provider.display_name);
    let new_doc = format!(
        " Credentials from their values: {}.",
        idents.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
    );
    let env_doc = format!(
        " Reads the credentials from the environment variables {}.",
        env_vars.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
    );
    let steps = provider.auth.iter().map(|scheme| match scheme {
        AuthScheme::Basic { username, password } => {
            let user = format_ident!("{}", username.field);
            let pass = match password {
                Some(password) => {
                    let pass = format_ident!("{}", password.field);
                    quote!(Some(&self.#pass))
                }
                None => quote!(None),
            };
            quote!(headers.basic(&self.#user, #pass)?;)
        }
        AuthScheme::Bearer { token } => {
            let field = &token.field;
            let token = format_ident!("{}", token.field);
            quote!(headers.bearer(&self.#token, #field)?;)
        }
        AuthScheme::ApiKeyHeader { header, value } => {
            let field = &value.field;
            let value = format_ident!("{}", value.field);
            quote!(headers.api_key(#header, &self.#value, #field)?;)
        }
    });
    quote! {
        #[doc = #struct_doc]
        #[derive(Clone, Debug)]
        pub struct Credentials {
            #(
                #[doc = #field_docs]
                #idents: Secret,
            )*
        }

        impl Credentials {
            #[doc = #new_doc]
            pub fn new(#(#idents: impl Into<String>),*) -> Self {
                Self { #(#idents: Secret::new(#idents)),* }
            }

            #[doc = #env_doc]
            pub fn from_env() -> Result<Self, ConfigError> {
                Ok(Self::new(#(pspkit_runtime::env_var(#env_vars)?),*))
            }

            fn auth_headers(&self) -> Result<AuthHeaders, ConfigError> {
                let mut headers = AuthHeaders::new();
                #(#steps)*
                Ok(headers)
            }
        }
    }
}

fn builder(provider: &Provider) -> TokenStream {
    let has_environments = !provider.environments.is_empty();
    let default_base_url =
        if has_environments { quote!(Some(Environment::default().base_url().to_owned())) } else { quote!(None) };
    let environment_method = has_environments.then(|| {
        quote! {
            /// Sends requests to one of the spec's environments (the default is the first).
            pub fn environment(mut self, environment: Environment) -> Self {
                self.base_url = Some(environment.base_url().to_owned());
                self
            }
        }
    });
    let builder_doc = if has_environments {
        " Starts building a client; requests go to the default environment unless told otherwise."
    } else {
        " Starts building a client. This provider documents no public host: set `base_url` before `build`."
    };
    quote! {
        /// Configures and builds a [`Client`].
        #[derive(Clone, Debug)]
        pub struct ClientBuilder {
            credentials: Credentials,
            base_url: Option<String>,
            config: Config,
        }

        impl ClientBuilder {
            #environment_method

            /// Sends requests to another base URL (staging, a proxy, a mock server). It must use
            /// `https`, or plain `http` to a loopback host; a trailing slash is ignored.
            pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
                self.base_url = Some(base_url.into());
                self
            }

            /// Replaces the runtime settings (timeouts).
            pub fn config(mut self, config: Config) -> Self {
                self.config = config;
                self
            }

            /// Validates the credentials and base URL and builds the client.
            pub fn build(self) -> Result<Client, ConfigError> {
                let auth = self.credentials.auth_headers()?;
                let parts = pspkit_runtime::build_client(&PROVIDER, auth, self.base_url.as_deref(), &self.config)?;
                Ok(Client::new_with_client(parts.base_url.as_str(), parts.http, parts.context))
            }
        }

        impl Client {
            #[doc = #builder_doc]
            pub fn builder(credentials: Credentials) -> ClientBuilder {
                ClientBuilder { credentials, base_url: #default_base_url, config: Config::default() }
            }
        }
    }
}

fn hooks() -> TokenStream {
    quote! {
        impl progenitor_client::ClientHooks<pspkit_runtime::Context> for Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                _info: &progenitor_client::OperationInfo,
            ) -> Result<(), progenitor_client::Error<E>> {
                pspkit_runtime::hooks::prepare(&self.inner, request);
                Ok(())
            }

            async fn exec(
                &self,
                request: reqwest::Request,
                info: &progenitor_client::OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                pspkit_runtime::hooks::execute(&self.inner, &self.client, request, info.operation_id).await
            }
        }
    }
}
