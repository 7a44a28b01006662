// generated from specs/axisfi.yaml by cargo xtask codegen; do not edit

use pspkit_runtime::{ConfigError, Secret};
use crate::generated::Client;
/// What the spec says about AxisFI that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "axisfi",
    user_agent: concat!("pspkit-axisfi/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &[],
    rate_limit: None,
};
/// AxisFI documents no public host: there is no environment to choose, and the base URL is required.
pub type Environment = pspkit_runtime::NoEnvironment;
/** AxisFI credentials. `Debug` shows `[REDACTED]` in place of every value.

- `api_key`: Sent as the `x-api-key` header. The API key issued by AxisFI.
- `api_secret`: Sent as the `x-api-secret` header. The API secret issued with the key.*/
#[derive(Clone, Debug)]
pub struct Credentials {
    secrets: Vec<Secret>,
}
impl Credentials {
    /// Credentials from their values: `api_key`, `api_secret`.
    pub fn new(api_key: impl Into<String>, api_secret: impl Into<String>) -> Self {
        Self {
            secrets: vec![Secret::new(api_key), Secret::new(api_secret)],
        }
    }
    /// Reads the credentials from the environment variables `AXISFI_API_KEY`, `AXISFI_API_SECRET`.
    pub fn from_env() -> Result<Self, ConfigError> {
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
    " Starts building a client. This provider documents no public host: set `base_url` before `build`.",
}
