use std::sync::Arc;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderName};

use crate::auth::AuthHeaders;
use crate::config::{RateLimit, RateLimitSetting};
use crate::endpoint::Endpoint;
use crate::rate_limit::RateLimiter;
use crate::{BaseUrl, Config, ConfigError};

/// What the spec says about a provider, emitted by `cargo xtask codegen` into each generated crate.
#[derive(Debug)]
pub struct ProviderInfo {
    /// The provider's short name, e.g. `razorpay`.
    pub name: &'static str,
    /// The `User-Agent` every request carries, e.g. `pspkit-razorpay/0.1.0`.
    pub user_agent: &'static str,
    /// Response headers that carry the provider's request id, in order of preference.
    pub request_id_headers: &'static [&'static str],
    /// The rate limit the spec documents (`x-pspkit-rate-limit`), applied by default.
    pub rate_limit: Option<RateLimit>,
    /// The request header (lower case) by which the provider tells copies of a write apart
    /// (`x-pspkit-idempotency-key`): every POST and PATCH carries one key per call, the same on
    /// every attempt, and may then be retried. `None`: writes are sent at most once.
    pub idempotency_key: Option<&'static str>,
}

/// The state a generated client carries besides its `reqwest::Client` (progenitor's "inner type").
///
/// Only [`build_client`] makes one, so a client always has validated credentials and base URL.
/// Clones share the rate limiter.
#[derive(Clone, Debug)]
pub struct Context {
    pub(crate) provider: &'static ProviderInfo,
    pub(crate) auth: AuthHeaders,
    pub(crate) config: Config,
    pub(crate) limiter: Option<Arc<RateLimiter>>,
    pub(crate) endpoint: Endpoint,
}

impl Context {
    /// The provider this client talks to.
    pub fn provider(&self) -> &'static ProviderInfo {
        self.provider
    }

    /// The runtime settings.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The URL of a request to `path` (an operation's path, parameters already percent-encoded)
    /// under `base_url`, the generated client's base URL, built from this client's base URL parsed
    /// once when `base_url` is that one (without parsing the host on every call).
    ///
    /// `template` is the operation's path with `{name}` for each parameter: the URL's path must be
    /// the base URL's path followed by the template's segments, literal ones unchanged and exactly
    /// one non-empty, non-dot, percent-encoded segment per parameter, as URL parsing leaves it
    /// (no `\` read as `/`, no `..` resolved). Anything else is an error, and the generated
    /// operation sends nothing. The error names the template and the rule, never the URL (paths
    /// can hold personal data).
    pub fn endpoint(&self, base_url: &str, template: &str, path: &str) -> Result<reqwest::Url, String> {
        self.endpoint.url(base_url, template, path)
    }
}

/// Everything a generated `Client::new_with_client` needs.
#[derive(Debug)]
pub struct ClientParts {
    /// The validated base URL, without a trailing slash.
    pub base_url: BaseUrl,
    /// The configured HTTP client.
    pub http: reqwest::Client,
    /// The runtime state.
    pub context: Context,
}

/// Validates the base URL and builds the HTTP client and runtime state for a provider client.
pub fn build_client(
    provider: &'static ProviderInfo,
    auth: AuthHeaders,
    base_url: Option<&str>,
    config: &Config,
) -> Result<ClientParts, ConfigError> {
    let base_url = BaseUrl::parse(base_url.ok_or(ConfigError::MissingBaseUrl)?)?;
    refuse_reserved_headers(provider, &auth, config)?;
    ensure_crypto_provider()?;
    let http = reqwest::Client::builder()
        .user_agent(provider.user_agent)
        .connect_timeout(config.connect_timeout)
        // The attempts retry by building the request again. reqwest's own retry layer would copy
        // every request (headers included) in case it retries a refused HTTP/2 stream, and this
        // client speaks HTTP/1.1 only: with no retries allowed, it copies nothing.
        .retry(reqwest::retry::never().max_retries_per_request(0))
        // A redirect is answered as it is (an undocumented status): following it would send the
        // request somewhere else, and reqwest keeps credential headers other than `Authorization`
        // (API keys) on a redirect to another host.
        .redirect(reqwest::redirect::Policy::none())
        // No `.timeout()`: the attempts' one timer per call enforces the attempt timeout
        // and the deadline; a reqwest timer per request on top of it would cost every call.
        .build()
        .map_err(|e| ConfigError::HttpClient(e.without_url()))?;
    let limit = match config.rate_limit {
        RateLimitSetting::SpecDefault => provider.rate_limit,
        RateLimitSetting::Disabled => None,
        RateLimitSetting::Custom(limit) => Some(limit),
    };
    let limiter = limit.and_then(RateLimiter::new).map(Arc::new);
    let endpoint = Endpoint::new(&base_url);
    Ok(ClientParts { base_url, http, context: Context { provider, auth, config: config.clone(), limiter, endpoint } })
}

/// Refuses an extra header the client sets itself: the idempotency key (a configured one would be
/// "the caller's own key" on every call, so a provider that de-duplicates by key would answer every
/// write with the first one's result), `Content-Type` (the body's) and the credentials' headers.
fn refuse_reserved_headers(provider: &ProviderInfo, auth: &AuthHeaders, config: &Config) -> Result<(), ConfigError> {
    let reserved = |name: &HeaderName| {
        name == CONTENT_TYPE
            || name == AUTHORIZATION
            || provider.idempotency_key.is_some_and(|key| name.as_str().eq_ignore_ascii_case(key))
            || auth.iter().any(|(credential, _)| credential == name)
    };
    match config.extra_headers.keys().find(|name| reserved(name)) {
        Some(name) => Err(ConfigError::ReservedHeader { name: name.as_str().to_owned() }),
        None => Ok(()),
    }
}

/// With rustls and no crypto provider compiled in, reqwest panics when it builds a client and no
/// provider is installed: this turns that into an error the caller can handle.
#[cfg(all(feature = "rustls-no-provider", not(feature = "rustls"), not(feature = "native-tls")))]
fn ensure_crypto_provider() -> Result<(), ConfigError> {
    match rustls::crypto::CryptoProvider::get_default() {
        Some(_) => Ok(()),
        None => Err(ConfigError::NoCryptoProvider),
    }
}

/// A crypto provider is compiled in (rustls with aws-lc-rs) or not needed (native-tls).
#[cfg(not(all(feature = "rustls-no-provider", not(feature = "rustls"), not(feature = "native-tls"))))]
fn ensure_crypto_provider() -> Result<(), ConfigError> {
    Ok(())
}

#[cfg(all(test, feature = "rustls-no-provider", not(feature = "rustls"), not(feature = "native-tls")))]
mod tests {
    use super::*;

    static PROVIDER: ProviderInfo = ProviderInfo {
        name: "test",
        user_agent: "pspkit-test/0",
        request_id_headers: &[],
        rate_limit: None,
        idempotency_key: None,
    };

    /// `cargo test -p pspkit-runtime --no-default-features --features rustls-no-provider` (a CI stage).
    #[test]
    fn without_an_installed_crypto_provider_building_is_an_error_not_a_panic() {
        let built = build_client(&PROVIDER, AuthHeaders::new(), Some("https://api.example.com"), &Config::default());
        assert!(matches!(built, Err(ConfigError::NoCryptoProvider)), "{built:?}");
    }
}
