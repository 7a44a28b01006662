// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

use pspkit_runtime::{ConfigError, Secret};
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
pspkit_runtime::environment_impls!(Environment);
/** Paisr credentials. `Debug` shows `[REDACTED]` in place of every value.

- `token`: Sent as the HTTP Bearer token. An access token created in the Paisr dashboard, sent as `Authorization: Bearer <token>`.*/
#[derive(Clone, Debug)]
pub struct Credentials {
    secrets: Vec<Secret>,
}
impl Credentials {
    /// Credentials from their values: `token`.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            secrets: vec![Secret::new(token)],
        }
    }
    /// Reads the credentials from the environment variables `PAISR_TOKEN`.
    pub fn from_env() -> Result<Self, ConfigError> {
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
    fn from_secrets(secrets: Vec<Secret>) -> Self {
        Self { secrets }
    }
    fn secrets(&self) -> &[Secret] {
        &self.secrets
    }
}
pspkit_runtime::provider_client! {
    client : Client, info : PROVIDER, examples : crate ::examples::ALL, environment :
    Environment, credentials : Credentials, builder_doc :
    " Starts building a client; requests go to the default environment unless told otherwise.",
}
