// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

use crate::generated::Client;
/// What the spec says about Paisr that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "paisr",
    user_agent: concat!("pspkit-paisr/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &[],
    rate_limit: Some(pspkit_runtime::RateLimit {
        requests: 250u32,
        period: std::time::Duration::from_secs(60u64),
    }),
    idempotency_key: None,
};
/// The Paisr environments named in the spec; the first is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// Live (`https://api.live.paisr.tech/v2`)
    #[default]
    Live,
    /// Staging (`https://api.staging.paisr.tech/v2`)
    Staging,
}
impl Environment {
    /// Every environment, in the spec's order.
    pub const ALL: &'static [Environment] = &[Environment::Live, Environment::Staging];
    /// Every environment's name in the spec, in the spec's order.
    pub const NAMES: &'static [&'static str] = &["live", "staging"];
    /// This environment's base URL.
    pub const fn base_url(self) -> &'static str {
        match self {
            Environment::Live => "https://api.live.paisr.tech/v2",
            Environment::Staging => "https://api.staging.paisr.tech/v2",
        }
    }
    /// This environment's name in the spec (`x-pspkit-environment`).
    pub const fn name(self) -> &'static str {
        match self {
            Environment::Live => "live",
            Environment::Staging => "staging",
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
/** Paisr credentials. `Debug` shows `[REDACTED]` in place of every value.

- `token`: Sent as the HTTP Bearer token. An access token created in the Paisr dashboard (a JWT, as Paisr's official document says), sent as `Authorization: Bearer <token>`.*/
#[derive(Clone, Debug)]
pub struct Credentials {
    secrets: ::std::vec::Vec<pspkit_runtime::Secret>,
}
impl Credentials {
    /// Credentials from their values: `token`.
    pub fn new(token: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            secrets: ::std::vec![pspkit_runtime::Secret::new(token)],
        }
    }
    /// Reads the credentials from the environment variables `PAISR_TOKEN`.
    pub fn from_env() -> ::std::result::Result<Self, pspkit_runtime::ConfigError> {
        <Self as pspkit_runtime::Credentials>::from_env()
    }
}
impl pspkit_runtime::Credentials for Credentials {
    const FIELDS: &'static [pspkit_runtime::CredentialField] = &[
        pspkit_runtime::CredentialField {
            name: "token",
            env_var: "PAISR_TOKEN",
        },
    ];
    const AUTH: &'static [pspkit_runtime::AuthStep] = &[
        pspkit_runtime::AuthStep::Bearer {
            token: 0usize,
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
