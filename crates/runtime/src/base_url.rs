use std::fmt;
use std::net::IpAddr;

use reqwest::Url;

use crate::ConfigError;

/// A validated base URL: `https`, or `http` only to a loopback host; no credentials, query or
/// fragment; stored without a trailing slash so that joining `/path` never produces `//`.
#[derive(Clone, PartialEq, Eq)]
pub struct BaseUrl(String, Url);

impl BaseUrl {
    /// Validates `input` as a base URL.
    pub fn parse(input: &str) -> Result<Self, ConfigError> {
        let invalid = |reason: &'static str| ConfigError::InvalidBaseUrl { reason };
        let url = Url::parse(input.trim()).map_err(|_| invalid("it is not an absolute URL"))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(invalid("it must not contain a username or password"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(invalid("it must not contain a query or fragment"));
        }
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => return Err(invalid("plain http is only allowed to a loopback host; use https")),
            _ => return Err(invalid("its scheme must be https (or http to a loopback host)")),
        }
        let text = url.as_str().trim_end_matches('/').to_owned();
        let parsed = Url::parse(&text).map_err(|_| invalid("it is not an absolute URL without its trailing slash"))?;
        Ok(Self(text, parsed))
    }

    /// The URL as a string, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The URL, parsed.
    pub(crate) fn parsed(&self) -> &Url {
        &self.1
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

impl fmt::Debug for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("BaseUrl").field(&self.0).finish()
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_slashes_are_trimmed() {
        assert_eq!(BaseUrl::parse("https://api.example.com/").unwrap().as_str(), "https://api.example.com");
        assert_eq!(BaseUrl::parse("https://api.example.com/v2//").unwrap().as_str(), "https://api.example.com/v2");
    }

    #[test]
    fn plain_http_only_to_loopback() {
        for ok in ["http://127.0.0.1:8080", "http://localhost:1/", "http://[::1]:9", "http://127.5.6.7"] {
            assert!(BaseUrl::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["http://api.example.com", "http://10.0.0.1", "http://localhost.example.com"] {
            let err = BaseUrl::parse(bad).unwrap_err();
            assert!(err.to_string().contains("loopback"), "{bad}: {err}");
        }
    }

    #[test]
    fn rejects_credentials_query_fragment_and_other_schemes() {
        let user = BaseUrl::parse("https://user:hunter2@api.example.com").unwrap_err();
        assert!(!user.to_string().contains("hunter2"));
        assert!(BaseUrl::parse("https://api.example.com/?x=1").is_err());
        assert!(BaseUrl::parse("https://api.example.com/#f").is_err());
        assert!(BaseUrl::parse("ftp://api.example.com").is_err());
        assert!(BaseUrl::parse("api.example.com").is_err());
        assert!(BaseUrl::parse("").is_err());
    }
}
