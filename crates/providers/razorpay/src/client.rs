// generated from specs/razorpay.yaml by cargo xtask codegen; do not edit

use crate::generated::Client;
/// What the spec says about Razorpay that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "razorpay",
    user_agent: concat!("pspkit-razorpay/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &["x-razorpay-request-id"],
    rate_limit: None,
    idempotency_key: None,
};
/// The Razorpay environments named in the spec; the first is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// Razorpay API (test or live mode is chosen by the key pair). (`https://api.razorpay.com`)
    #[default]
    Production,
}
impl Environment {
    /// Every environment, in the spec's order.
    pub const ALL: &'static [Environment] = &[Environment::Production];
    /// Every environment's name in the spec, in the spec's order.
    pub const NAMES: &'static [&'static str] = &["production"];
    /// This environment's base URL.
    pub const fn base_url(self) -> &'static str {
        match self {
            Environment::Production => "https://api.razorpay.com",
        }
    }
    /// This environment's name in the spec (`x-pspkit-environment`).
    pub const fn name(self) -> &'static str {
        match self {
            Environment::Production => "production",
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
/** Razorpay credentials. `Debug` shows `[REDACTED]` in place of every value.

- `key_id`: Sent as the HTTP Basic username. HTTP Basic authentication with the API key id as the username and the key secret as the password, both from the Razorpay Dashboard.
- `key_secret`: Sent as the HTTP Basic password. HTTP Basic authentication with the API key id as the username and the key secret as the password, both from the Razorpay Dashboard.*/
#[derive(Clone, Debug)]
pub struct Credentials {
    secrets: ::std::vec::Vec<pspkit_runtime::Secret>,
}
impl Credentials {
    /// Credentials from their values: `key_id`, `key_secret`.
    pub fn new(
        key_id: impl ::std::convert::Into<::std::string::String>,
        key_secret: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            secrets: ::std::vec![
                pspkit_runtime::Secret::new(key_id),
                pspkit_runtime::Secret::new(key_secret)
            ],
        }
    }
    /// Reads the credentials from the environment variables `RAZORPAY_KEY_ID`, `RAZORPAY_KEY_SECRET`.
    pub fn from_env() -> ::std::result::Result<Self, pspkit_runtime::ConfigError> {
        <Self as pspkit_runtime::Credentials>::from_env()
    }
}
impl pspkit_runtime::Credentials for Credentials {
    const FIELDS: &'static [pspkit_runtime::CredentialField] = &[
        pspkit_runtime::CredentialField {
            name: "key_id",
            env_var: "RAZORPAY_KEY_ID",
        },
        pspkit_runtime::CredentialField {
            name: "key_secret",
            env_var: "RAZORPAY_KEY_SECRET",
        },
    ];
    const AUTH: &'static [pspkit_runtime::AuthStep] = &[
        pspkit_runtime::AuthStep::Basic {
            username: 0usize,
            password: Some(1usize),
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
