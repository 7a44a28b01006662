// generated from specs/juspay.yaml by cargo xtask codegen; do not edit

use crate::generated::Client;
/// What the spec says about Juspay that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "juspay",
    user_agent: concat!("pspkit-juspay/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &["x-request-id", "x-response-id"],
    rate_limit: None,
    idempotency_key: None,
};
/// The Juspay environments named in the spec; the first is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// Production (`https://api.juspay.in`)
    #[default]
    Production,
    /// Sandbox (test keys) (`https://sandbox.juspay.in`)
    Sandbox,
}
impl Environment {
    /// Every environment, in the spec's order.
    pub const ALL: &'static [Environment] = &[
        Environment::Production,
        Environment::Sandbox,
    ];
    /// Every environment's name in the spec, in the spec's order.
    pub const NAMES: &'static [&'static str] = &["production", "sandbox"];
    /// This environment's base URL.
    pub const fn base_url(self) -> &'static str {
        match self {
            Environment::Production => "https://api.juspay.in",
            Environment::Sandbox => "https://sandbox.juspay.in",
        }
    }
    /// This environment's name in the spec (`x-pspkit-environment`).
    pub const fn name(self) -> &'static str {
        match self {
            Environment::Production => "production",
            Environment::Sandbox => "sandbox",
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
/** Juspay credentials. `Debug` shows `[REDACTED]` in place of every value.

- `api_key`: Sent as the HTTP Basic username. HTTP Basic with the API key from the Juspay dashboard as the username and an empty password.
- `merchant_id`: Sent as the `x-merchantid` header. The merchant id, sent with every request.*/
#[derive(Clone, Debug)]
pub struct Credentials {
    secrets: ::std::vec::Vec<pspkit_runtime::Secret>,
}
impl Credentials {
    /// Credentials from their values: `api_key`, `merchant_id`.
    pub fn new(
        api_key: impl ::std::convert::Into<::std::string::String>,
        merchant_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            secrets: ::std::vec![
                pspkit_runtime::Secret::new(api_key),
                pspkit_runtime::Secret::new(merchant_id)
            ],
        }
    }
    /// Reads the credentials from the environment variables `JUSPAY_API_KEY`, `JUSPAY_MERCHANT_ID`.
    pub fn from_env() -> ::std::result::Result<Self, pspkit_runtime::ConfigError> {
        <Self as pspkit_runtime::Credentials>::from_env()
    }
}
impl pspkit_runtime::Credentials for Credentials {
    const FIELDS: &'static [pspkit_runtime::CredentialField] = &[
        pspkit_runtime::CredentialField {
            name: "api_key",
            env_var: "JUSPAY_API_KEY",
        },
        pspkit_runtime::CredentialField {
            name: "merchant_id",
            env_var: "JUSPAY_MERCHANT_ID",
        },
    ];
    const AUTH: &'static [pspkit_runtime::AuthStep] = &[
        pspkit_runtime::AuthStep::Basic {
            username: 0usize,
            password: None,
        },
        pspkit_runtime::AuthStep::ApiKeyHeader {
            header: "x-merchantid",
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
    /// Starts building a client; requests go to the default environment unless told otherwise.
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
