//! Credentials as request headers.
//!
//! Generated `Credentials` types hold their secrets as [`Secret`] (whose `Debug` prints
//! `[REDACTED]`) and turn them into [`AuthHeaders`] once, when a client is built. Every header
//! value is marked sensitive so that reqwest and `http` never print it either.

use std::fmt;

use base64::Engine as _;
use bytes::Bytes;
use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
use zeroize::Zeroizing;

use crate::{ConfigError, Secret};

/// The authentication headers a client adds to every request. `Debug` shows header names only.
#[derive(Clone, Default)]
pub struct AuthHeaders {
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl AuthHeaders {
    /// No authentication headers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds HTTP Basic authentication: `Authorization: Basic base64(username:password)`.
    ///
    /// `password` is `None` for schemes that send an empty password (`base64("key:")`).
    pub fn basic(&mut self, username: &Secret, password: Option<&Secret>) -> Result<(), ConfigError> {
        let password = password.map(Secret::expose).unwrap_or("");
        let pair = joined(&[username.expose(), ":", password]);
        let mut encoded = Zeroizing::new(String::with_capacity(base64::encoded_len(pair.len(), true).unwrap_or(0)));
        base64::engine::general_purpose::STANDARD.encode_string(pair.as_bytes(), &mut encoded);
        self.push(AUTHORIZATION, &joined(&["Basic ", &encoded]), "basic credentials")
    }

    /// Adds HTTP Bearer authentication: `Authorization: Bearer <token>`.
    pub fn bearer(&mut self, token: &Secret, field: &'static str) -> Result<(), ConfigError> {
        self.push(AUTHORIZATION, &joined(&["Bearer ", token.expose()]), field)
    }

    /// Adds an API key sent as the value of header `name`.
    pub fn api_key(&mut self, name: &'static str, value: &Secret, field: &'static str) -> Result<(), ConfigError> {
        let name = HeaderName::try_from(name).map_err(|_| ConfigError::InvalidCredential { field })?;
        self.push(name, value.expose(), field)
    }

    /// The headers, in the order they were added.
    pub fn iter(&self) -> impl Iterator<Item = (&HeaderName, &HeaderValue)> {
        self.headers.iter().map(|(name, value)| (name, value))
    }

    /// Adds a header holding a copy of `value` (the caller zeroes its own buffer). The copy is
    /// zeroed too, once the last request that carries it and these headers are gone: the header's
    /// bytes are owned by a [`Zeroizing`] buffer, shared (not copied) by every request.
    fn push(&mut self, name: HeaderName, value: &str, field: &'static str) -> Result<(), ConfigError> {
        let owned = Bytes::from_owner(Zeroizing::new(value.as_bytes().to_vec()));
        let mut value = HeaderValue::from_maybe_shared(owned).map_err(|_| ConfigError::InvalidCredential { field })?;
        value.set_sensitive(true);
        self.headers.push((name, value));
        Ok(())
    }
}

/// `parts` joined into one buffer allocated once at its final size (no reallocation leaves a copy
/// behind) and zeroed when dropped: the credential strings built on the way to a header never
/// linger in freed memory.
fn joined(parts: &[&str]) -> Zeroizing<String> {
    let mut text = Zeroizing::new(String::with_capacity(parts.iter().map(|part| part.len()).sum()));
    for part in parts {
        text.push_str(part);
    }
    text
}

impl fmt::Debug for AuthHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.headers.iter().map(|(name, _)| (name.as_str(), "[REDACTED]"))).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(value: &str) -> Secret {
        Secret::new(value)
    }

    #[test]
    fn basic_encodes_username_and_password_or_an_empty_password() {
        let mut headers = AuthHeaders::new();
        headers.basic(&secret("key"), Some(&secret("secret"))).unwrap();
        headers.basic(&secret("key"), None).unwrap();
        let values: Vec<&str> = headers.iter().map(|(_, value)| value.to_str().unwrap()).collect();
        assert_eq!(values, ["Basic a2V5OnNlY3JldA==", "Basic a2V5Og=="]);
        assert!(headers.iter().all(|(name, value)| name == AUTHORIZATION && value.is_sensitive()));
    }

    #[test]
    fn bearer_and_api_key_headers() {
        let mut headers = AuthHeaders::new();
        headers.bearer(&secret("tok"), "token").unwrap();
        headers.api_key("x-merchantid", &secret("m1"), "merchant_id").unwrap();
        let pairs: Vec<(String, &str)> =
            headers.iter().map(|(name, value)| (name.to_string(), value.to_str().unwrap())).collect();
        assert_eq!(pairs, [("authorization".to_owned(), "Bearer tok"), ("x-merchantid".to_owned(), "m1")]);
    }

    #[test]
    fn unsendable_values_name_the_field_but_never_the_value() {
        let mut headers = AuthHeaders::new();
        let error = headers.bearer(&secret("bad\nT0KEN"), "token").unwrap_err();
        assert!(matches!(error, ConfigError::InvalidCredential { field: "token" }));
        assert!(!error.to_string().contains("T0KEN"));
        let error = headers.api_key("bad header", &secret("v"), "api_key").unwrap_err();
        assert!(matches!(error, ConfigError::InvalidCredential { field: "api_key" }));
    }

    #[test]
    fn debug_shows_header_names_only() {
        let mut headers = AuthHeaders::new();
        headers.api_key("x-api-key", &secret("hunter2"), "api_key").unwrap();
        let debug = format!("{headers:?}");
        assert_eq!(debug, r#"{"x-api-key": "[REDACTED]"}"#);
    }
}
