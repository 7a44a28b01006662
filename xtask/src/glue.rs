//! Emits `crates/providers/<provider>/src/client.rs` of a generated crate: provider info, environments, credentials and the
//! client glue, all from the spec's provider model and all expanded by `pspkit-runtime`'s macros.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::{AuthScheme, Provider};
use crate::naming;

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
    let entries: Vec<TokenStream> = provider
        .environments
        .iter()
        .map(|env| {
            let variant = format_ident!("{}", env.variant);
            let (name, url) = (&env.name, &env.url);
            let doc = format!(" {} (`{}`)", env.description.trim(), env.url);
            quote!(#variant = (#name, #url, #doc))
        })
        .collect();
    let (first, rest) = (&entries[0], &entries[1..]);
    quote! {
        pspkit_runtime::environments! {
            doc: #doc,
            default: #first,
            others: [#(#rest),*],
        }
    }
}

fn credentials(provider: &Provider) -> TokenStream {
    let fields: Vec<_> = provider.auth.iter().flat_map(AuthScheme::credentials).collect();
    let idents: Vec<_> = fields.iter().map(|c| format_ident!("{}", c.field)).collect();
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
    // Field indexes in the order `AuthScheme::credentials` lists them (the order of `FIELDS`).
    let mut next_field = 0usize;
    let mut field_index = || {
        next_field += 1;
        next_field - 1
    };
    let steps: Vec<TokenStream> = provider
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
        .collect();
    quote! {
        pspkit_runtime::credentials! {
            doc: #struct_doc,
            new_doc: #new_doc,
            from_env_doc: #env_doc,
            fields: [#(#idents => #env_vars),*],
            auth: [#(#steps),*],
        }
    }
}

fn glue(provider: &Provider) -> TokenStream {
    let builder_doc = if provider.environments.is_empty() {
        " Starts building a client. This provider documents no public host: set `base_url` before `build`."
    } else {
        " Starts building a client; requests go to the default environment unless told otherwise."
    };
    quote! {
        pspkit_runtime::provider_client! {
            client: Client,
            info: PROVIDER,
            examples: crate::examples::ALL,
            environment: Environment,
            credentials: Credentials,
            builder_doc: #builder_doc,
        }
    }
}
