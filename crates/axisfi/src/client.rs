// generated from specs/axisfi.yaml by cargo xtask codegen; do not edit

use pspkit_runtime::auth::AuthHeaders;
use pspkit_runtime::{Config, ConfigError, Secret};
use crate::generated::Client;
/// What the spec says about AxisFI that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "axisfi",
    user_agent: concat!("pspkit-axisfi/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &[],
    rate_limit: None,
};
/// AxisFI credentials. `Debug` shows `[REDACTED]` in place of every value.
#[derive(Clone, Debug)]
pub struct Credentials {
    /// Sent as the `x-api-key` header. The API key issued by AxisFI.
    api_key: Secret,
    /// Sent as the `x-api-secret` header. The API secret issued with the key.
    api_secret: Secret,
}
impl Credentials {
    /// Credentials from their values: `api_key`, `api_secret`.
    pub fn new(api_key: impl Into<String>, api_secret: impl Into<String>) -> Self {
        Self {
            api_key: Secret::new(api_key),
            api_secret: Secret::new(api_secret),
        }
    }
    /// Reads the credentials from the environment variables `AXISFI_API_KEY`, `AXISFI_API_SECRET`.
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(
            Self::new(
                pspkit_runtime::env_var("AXISFI_API_KEY")?,
                pspkit_runtime::env_var("AXISFI_API_SECRET")?,
            ),
        )
    }
    fn auth_headers(&self) -> Result<AuthHeaders, ConfigError> {
        let mut headers = AuthHeaders::new();
        headers.api_key("x-api-key", &self.api_key, "api_key")?;
        headers.api_key("x-api-secret", &self.api_secret, "api_secret")?;
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
    /// Starts building a client. This provider documents no public host: set `base_url` before `build`.
    pub fn builder(credentials: Credentials) -> ClientBuilder {
        ClientBuilder {
            credentials,
            base_url: None,
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
