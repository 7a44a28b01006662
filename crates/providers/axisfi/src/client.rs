// generated from specs/axisfi.yaml by cargo xtask codegen; do not edit

use crate::generated::Client;
/// What the spec says about AxisFI that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "axisfi",
    user_agent: concat!("pspkit-axisfi/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &[],
    rate_limit: None,
    idempotency_key: None,
};
/// AxisFI documents no public host: there is no environment to choose, and the base URL is required.
pub type Environment = pspkit_runtime::NoEnvironment;
/** AxisFI credentials. `Debug` shows `[REDACTED]` in place of every value.

- `api_key`: Sent as the `x-api-key` header. The API key issued by AxisFI.
- `api_secret`: Sent as the `x-api-secret` header. The API secret issued with the key.*/
#[derive(Clone, Debug)]
pub struct Credentials {
    secrets: ::std::vec::Vec<pspkit_runtime::Secret>,
}
impl Credentials {
    /// Credentials from their values: `api_key`, `api_secret`.
    pub fn new(
        api_key: impl ::std::convert::Into<::std::string::String>,
        api_secret: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            secrets: ::std::vec![
                pspkit_runtime::Secret::new(api_key),
                pspkit_runtime::Secret::new(api_secret)
            ],
        }
    }
    /// Reads the credentials from the environment variables `AXISFI_API_KEY`, `AXISFI_API_SECRET`.
    pub fn from_env() -> ::std::result::Result<Self, pspkit_runtime::ConfigError> {
        <Self as pspkit_runtime::Credentials>::from_env()
    }
}
impl pspkit_runtime::Credentials for Credentials {
    const FIELDS: &'static [pspkit_runtime::CredentialField] = &[
        pspkit_runtime::CredentialField {
            name: "api_key",
            env_var: "AXISFI_API_KEY",
        },
        pspkit_runtime::CredentialField {
            name: "api_secret",
            env_var: "AXISFI_API_SECRET",
        },
    ];
    const AUTH: &'static [pspkit_runtime::AuthStep] = &[
        pspkit_runtime::AuthStep::ApiKeyHeader {
            header: "x-api-key",
            value: 0usize,
        },
        pspkit_runtime::AuthStep::ApiKeyHeader {
            header: "x-api-secret",
            value: 1usize,
        },
    ];
    fn from_secrets(secrets: ::std::vec::Vec<pspkit_runtime::Secret>) -> Self {
        Self { secrets }
    }
    fn secrets(&self) -> &[pspkit_runtime::Secret] {
        &self.secrets
    }
}
/// Configures and builds a [`Client`]: `pspkit-runtime`'s builder for this provider.
pub type ClientBuilder = pspkit_runtime::ClientBuilder<Client>;
impl Client {
    /// Starts building a client. This provider documents no public host: set `base_url` before `build`.
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
