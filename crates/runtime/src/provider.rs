//! What a generated crate declares about its provider, and the client builder every provider
//! shares.
//!
//! A generated crate's `client.rs` holds data: its [`ProviderInfo`], its environments (an enum
//! implementing [`Environment`]), its credentials (a struct implementing [`Credentials`], with
//! the spec's security schemes as [`AuthStep`]s) and an implementation of [`Provider`] for its
//! progenitor `Client`. Everything that acts on that data — building clients, reading credentials
//! from the environment, turning them into headers, parsing environment names — lives here, once.

use std::fmt;
use std::marker::PhantomData;

use crate::auth::AuthHeaders;
use crate::{ClientParts, Config, ConfigError, Example, ProviderInfo, Secret, UnknownEnvironment};

/// A provider's generated client, as the runtime sees it. Implemented by every generated crate's
/// `Client`.
pub trait Provider: Sized + 'static {
    /// What the spec says about the provider that requests need.
    const INFO: &'static ProviderInfo;
    /// Every response example in the spec, in the spec's order.
    const EXAMPLES: &'static [Example];
    /// The environments named in the spec ([`NoEnvironment`] when it names none).
    type Environment: Environment;
    /// The provider's credentials.
    type Credentials: Credentials;

    /// Wraps validated runtime parts into the generated client.
    fn from_parts(parts: ClientParts) -> Self;
}

/// A provider's environments: the spec's `servers`, named by `x-pspkit-environment`.
pub trait Environment: Copy + fmt::Debug + Eq + 'static {
    /// Every environment, in the spec's order; the first is the default.
    const ALL: &'static [Self];

    /// This environment's name in the spec.
    fn name(self) -> &'static str;

    /// This environment's base URL.
    fn base_url(self) -> &'static str;

    /// The environment named `name`.
    fn parse(name: &str) -> Result<Self, UnknownEnvironment> {
        Self::ALL.iter().copied().find(|environment| environment.name() == name).ok_or_else(|| UnknownEnvironment {
            given: name.to_owned(),
            known: Self::ALL.iter().map(|e| e.name()).collect(),
        })
    }
}

/// The environment type of a provider whose spec names no public host: it has no values, and the
/// base URL must be given (`ClientBuilder::base_url`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoEnvironment {}

impl Environment for NoEnvironment {
    const ALL: &'static [Self] = &[];

    fn name(self) -> &'static str {
        match self {}
    }

    fn base_url(self) -> &'static str {
        match self {}
    }
}

/// One credential: its field name and the environment variable `from_env` reads it from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CredentialField {
    /// The field's name, e.g. `key_id`.
    pub name: &'static str,
    /// The environment variable, e.g. `RAZORPAY_KEY_ID`.
    pub env_var: &'static str,
}

/// How credentials are sent, from the spec's security schemes. Indexes point into
/// [`Credentials::FIELDS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthStep {
    /// `Authorization: Basic base64(username:password)`; no password field sends an empty one.
    Basic {
        /// The username's field.
        username: usize,
        /// The password's field, if the scheme has one.
        password: Option<usize>,
    },
    /// `Authorization: Bearer <token>`.
    Bearer {
        /// The token's field.
        token: usize,
    },
    /// An API key as the value of a header.
    ApiKeyHeader {
        /// The header's name.
        header: &'static str,
        /// The key's field.
        value: usize,
    },
}

/// A provider's credentials: secrets in the order of [`Credentials::FIELDS`].
pub trait Credentials: Clone + fmt::Debug + Sized + 'static {
    /// Every credential field, in the spec's order.
    const FIELDS: &'static [CredentialField];
    /// How the fields become request headers.
    const AUTH: &'static [AuthStep];

    /// Credentials from secrets in the order of [`Credentials::FIELDS`].
    fn from_secrets(secrets: Vec<Secret>) -> Self;

    /// The secrets, in the order of [`Credentials::FIELDS`].
    fn secrets(&self) -> &[Secret];

    /// Reads every field from its environment variable.
    fn from_env() -> Result<Self, ConfigError> {
        let secrets = Self::FIELDS
            .iter()
            .map(|field| crate::env_var(field.env_var).map(Secret::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::from_secrets(secrets))
    }

    /// The headers every request carries.
    fn auth_headers(&self) -> Result<AuthHeaders, ConfigError> {
        let secrets = self.secrets();
        let secret = |index: usize| {
            let name = Self::FIELDS.get(index).map_or("credential", |field| field.name);
            secrets.get(index).ok_or(ConfigError::InvalidCredential { field: name }).map(|secret| (secret, name))
        };
        let mut headers = AuthHeaders::new();
        for step in Self::AUTH {
            match *step {
                AuthStep::Basic { username, password } => {
                    let (username, _) = secret(username)?;
                    let password = password.map(secret).transpose()?.map(|(password, _)| password);
                    headers.basic(username, password)?;
                }
                AuthStep::Bearer { token } => {
                    let (token, name) = secret(token)?;
                    headers.bearer(token, name)?;
                }
                AuthStep::ApiKeyHeader { header, value } => {
                    let (value, name) = secret(value)?;
                    headers.api_key(header, value, name)?;
                }
            }
        }
        Ok(headers)
    }
}

/// Configures and builds a provider's client: `Client::builder(credentials)` in every generated
/// crate returns one.
pub struct ClientBuilder<P: Provider> {
    credentials: P::Credentials,
    base_url: Option<String>,
    config: Config,
    provider: PhantomData<fn() -> P>,
}

impl<P: Provider> ClientBuilder<P> {
    /// Starts building a client for the default environment (the spec's first), or with no base
    /// URL when the spec names no public host.
    pub fn new(credentials: P::Credentials) -> Self {
        let base_url = P::Environment::ALL.first().map(|environment| environment.base_url().to_owned());
        Self { credentials, base_url, config: Config::default(), provider: PhantomData }
    }

    /// Sends requests to one of the spec's environments.
    pub fn environment(mut self, environment: P::Environment) -> Self {
        self.base_url = Some(environment.base_url().to_owned());
        self
    }

    /// Sends requests to another base URL (staging, a proxy, a mock server). It must use
    /// `https`, or plain `http` to a loopback host; a trailing slash is ignored.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// Replaces the runtime settings: timeouts and deadline, retries, body cap, rate limit and
    /// extra headers ([`Config`]).
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Validates the credentials and base URL and builds the client.
    pub fn build(self) -> Result<P, ConfigError> {
        let auth = self.credentials.auth_headers()?;
        let parts = crate::build_client(P::INFO, auth, self.base_url.as_deref(), &self.config)?;
        Ok(P::from_parts(parts))
    }
}

impl<P: Provider> Clone for ClientBuilder<P> {
    fn clone(&self) -> Self {
        Self {
            credentials: self.credentials.clone(),
            base_url: self.base_url.clone(),
            config: self.config.clone(),
            provider: PhantomData,
        }
    }
}

/// Shows the provider, base URL and settings; credentials print as `[REDACTED]`.
impl<P: Provider> fmt::Debug for ClientBuilder<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("provider", &P::INFO.name)
            .field("credentials", &self.credentials)
            .field("base_url", &self.base_url)
            .field("config", &self.config)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::AuthHeaders;

    /// A provider with three credentials sent three ways, and two environments.
    #[derive(Debug)]
    struct Fake(ClientParts);

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum FakeEnvironment {
        Live,
        Test,
    }

    impl Environment for FakeEnvironment {
        const ALL: &'static [Self] = &[FakeEnvironment::Live, FakeEnvironment::Test];

        fn name(self) -> &'static str {
            match self {
                FakeEnvironment::Live => "live",
                FakeEnvironment::Test => "test",
            }
        }

        fn base_url(self) -> &'static str {
            match self {
                FakeEnvironment::Live => "https://api.example.com",
                FakeEnvironment::Test => "https://sandbox.example.com",
            }
        }
    }

    #[derive(Clone, Debug)]
    struct FakeCredentials(Vec<Secret>);

    impl Credentials for FakeCredentials {
        const FIELDS: &'static [CredentialField] = &[
            CredentialField { name: "key", env_var: "PSPKIT_RUNTIME_TEST_UNSET_KEY" },
            CredentialField { name: "token", env_var: "PSPKIT_RUNTIME_TEST_UNSET_TOKEN" },
            CredentialField { name: "merchant", env_var: "PSPKIT_RUNTIME_TEST_UNSET_MERCHANT" },
        ];
        const AUTH: &'static [AuthStep] = &[
            AuthStep::Basic { username: 0, password: None },
            AuthStep::ApiKeyHeader { header: "x-merchant", value: 2 },
        ];

        fn from_secrets(secrets: Vec<Secret>) -> Self {
            Self(secrets)
        }

        fn secrets(&self) -> &[Secret] {
            &self.0
        }
    }

    static INFO: ProviderInfo = ProviderInfo {
        name: "fake",
        user_agent: "pspkit-fake/0",
        request_id_headers: &[],
        rate_limit: None,
        idempotency_key: None,
    };

    impl Provider for Fake {
        const INFO: &'static ProviderInfo = &INFO;
        const EXAMPLES: &'static [Example] = &[];
        type Environment = FakeEnvironment;
        type Credentials = FakeCredentials;

        fn from_parts(parts: ClientParts) -> Self {
            Fake(parts)
        }
    }

    fn credentials() -> FakeCredentials {
        FakeCredentials(["key-1", "token-1", "merchant-1"].map(Secret::new).to_vec())
    }

    fn header_list(headers: &AuthHeaders) -> Vec<(String, String)> {
        headers
            .iter()
            .map(|(name, value)| (name.to_string(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
            .collect()
    }

    #[test]
    fn auth_steps_become_sensitive_headers_in_order() {
        let headers = credentials().auth_headers().unwrap();
        assert_eq!(
            header_list(&headers),
            [
                ("authorization".to_owned(), "Basic a2V5LTE6".to_owned()),
                ("x-merchant".to_owned(), "merchant-1".to_owned())
            ]
        );
        assert!(headers.iter().all(|(_, value)| value.is_sensitive()));
    }

    #[test]
    fn a_step_naming_a_missing_field_is_an_error_not_a_panic() {
        let error = FakeCredentials(vec![Secret::new("only-one")]).auth_headers().unwrap_err();
        assert!(matches!(error, ConfigError::InvalidCredential { field: "merchant" }), "{error:?}");
    }

    #[test]
    fn from_env_names_the_first_missing_variable() {
        let error = FakeCredentials::from_env().unwrap_err();
        assert!(
            matches!(error, ConfigError::MissingEnvironmentVariable { name: "PSPKIT_RUNTIME_TEST_UNSET_KEY" }),
            "{error:?}"
        );
    }

    #[test]
    fn environments_parse_by_name_and_list_the_known_ones() {
        assert_eq!(FakeEnvironment::parse("test").unwrap(), FakeEnvironment::Test);
        let error = FakeEnvironment::parse("staging").unwrap_err();
        assert_eq!((error.given.as_str(), error.known), ("staging", vec!["live", "test"]));
        assert!(NoEnvironment::parse("production").unwrap_err().known.is_empty());
    }

    #[test]
    fn the_builder_starts_at_the_first_environment_and_can_be_pointed_elsewhere() {
        let live = ClientBuilder::<Fake>::new(credentials()).build().unwrap();
        assert_eq!(live.0.base_url.as_str(), "https://api.example.com");
        let test = ClientBuilder::<Fake>::new(credentials()).environment(FakeEnvironment::Test).build().unwrap();
        assert_eq!(test.0.base_url.as_str(), "https://sandbox.example.com");
        let local = ClientBuilder::<Fake>::new(credentials()).base_url("http://127.0.0.1:9/").build().unwrap();
        assert_eq!(local.0.base_url.as_str(), "http://127.0.0.1:9");
    }

    #[test]
    fn the_builders_debug_shows_no_secret() {
        let debug = format!("{:?}", ClientBuilder::<Fake>::new(credentials()));
        assert!(debug.contains("\"fake\"") && debug.contains("[REDACTED]"), "{debug}");
        assert!(!debug.contains("key-1") && !debug.contains("merchant-1"), "{debug}");
    }

    /// A provider whose spec names no environment: no default base URL.
    #[derive(Debug)]
    struct NoHost;

    impl Provider for NoHost {
        const INFO: &'static ProviderInfo = &INFO;
        const EXAMPLES: &'static [Example] = &[];
        type Environment = NoEnvironment;
        type Credentials = FakeCredentials;

        fn from_parts(_: ClientParts) -> Self {
            NoHost
        }
    }

    #[test]
    fn without_environments_the_base_url_is_required() {
        let error = ClientBuilder::<NoHost>::new(credentials()).build().unwrap_err();
        assert!(matches!(error, ConfigError::MissingBaseUrl), "{error:?}");
        assert!(ClientBuilder::<NoHost>::new(credentials()).base_url("https://partner.example.com").build().is_ok());
    }
}
