// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

use pspkit_runtime::auth::AuthHeaders;
use pspkit_runtime::{Config, ConfigError, Secret};
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
impl std::str::FromStr for Environment {
    type Err = pspkit_runtime::UnknownEnvironment;
    /// Parses an environment's name in the spec.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|environment| environment.name() == name)
            .ok_or_else(|| pspkit_runtime::UnknownEnvironment {
                given: name.to_owned(),
                known: Self::NAMES,
            })
    }
}
/// Paisr credentials. `Debug` shows `[REDACTED]` in place of every value.
#[derive(Clone, Debug)]
pub struct Credentials {
    /// Sent as the HTTP Bearer token. An access token created in the Paisr dashboard, sent as `Authorization: Bearer <token>`.
    token: Secret,
}
impl Credentials {
    /// Credentials from their values: `token`.
    pub fn new(token: impl Into<String>) -> Self {
        Self { token: Secret::new(token) }
    }
    /// Reads the credentials from the environment variables `PAISR_TOKEN`.
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self::new(pspkit_runtime::env_var("PAISR_TOKEN")?))
    }
    fn auth_headers(&self) -> Result<AuthHeaders, ConfigError> {
        let mut headers = AuthHeaders::new();
        headers.bearer(&self.token, "token")?;
        Ok(headers)
    }
}
/// Configures and builds a [`Client`].
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    credentials: Credentials,
    base_url: Option<String>,
    config: Config,
}
impl ClientBuilder {
    /// Sends requests to one of the spec's environments (the default is the first).
    pub fn environment(mut self, environment: Environment) -> Self {
        self.base_url = Some(environment.base_url().to_owned());
        self
    }
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
        let parts = pspkit_runtime::build_client(
            &PROVIDER,
            auth,
            self.base_url.as_deref(),
            &self.config,
        )?;
        Ok(Client::new_with_client(parts.base_url.as_str(), parts.http, parts.context))
    }
}
impl Client {
    /// Starts building a client; requests go to the default environment unless told otherwise.
    pub fn builder(credentials: Credentials) -> ClientBuilder {
        ClientBuilder {
            credentials,
            base_url: Some(Environment::default().base_url().to_owned()),
            config: Config::default(),
        }
    }
}
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
        pspkit_runtime::hooks::execute(
                &self.inner,
                &self.client,
                request,
                info.operation_id,
            )
            .await
    }
}
