use std::time::Duration;

use crate::ConfigError;

/// Per-client settings that do not come from the spec.
///
/// Defaults: 10 s to connect, 30 s for a whole request (connect, send, and read the body).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Config {
    /// How long to wait for a TCP/TLS connection.
    pub connect_timeout: Duration,
    /// How long one request may take from start to the end of its body.
    pub timeout: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Self { connect_timeout: Duration::from_secs(10), timeout: Duration::from_secs(30) }
    }
}

impl Config {
    /// Sets [`Config::connect_timeout`].
    pub fn with_connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets [`Config::timeout`].
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
}

/// Reads a credential from the environment variable `name`; generated `Credentials::from_env` uses it.
pub fn env_var(name: &'static str) -> Result<String, ConfigError> {
    std::env::var(name).map_err(|_| ConfigError::MissingEnvironmentVariable { name })
}
