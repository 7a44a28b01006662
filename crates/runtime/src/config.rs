use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::ConfigError;

/// Per-client runtime settings. Every field has a documented default; see `docs/reliability.md`.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Config {
    /// How long to wait for a TCP/TLS connection. Default: 10 s.
    pub connect_timeout: Duration,
    /// How long one attempt may take, from connecting to the end of the body. Default: 30 s.
    pub attempt_timeout: Duration,
    /// How long a whole call may take, across retries, backoff and rate-limit waits. Default: 60 s.
    pub deadline: Duration,
    /// When and how failed attempts are retried.
    pub retry: RetryPolicy,
    /// The largest response body read into memory; a larger one is an error. Default: 4 MiB.
    pub max_body_bytes: usize,
    /// The client-side rate limit. Default: the limit the spec declares, if any.
    pub rate_limit: RateLimitSetting,
    /// Headers added to every request (e.g. `Prefer` for a mock server, a tracing header) that
    /// does not already carry one of that name: an operation's own header parameters stay as the
    /// caller set them. They are not treated as secrets: put credentials in `Credentials`. A header
    /// the client sets itself is refused when the client is built
    /// ([`ConfigError::ReservedHeader`]): the provider's idempotency key (one per call), `Content-Type`
    /// and the credentials' headers (`Authorization`, an API-key header).
    pub extra_headers: HeaderMap,
    /// The most pages a paged list's `stream()` fetches before it stops with an error (so that a
    /// provider that never says "last page" cannot keep it going forever). Default: 1,000.
    pub max_pages: u32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            attempt_timeout: Duration::from_secs(30),
            deadline: Duration::from_secs(60),
            retry: RetryPolicy::default(),
            max_body_bytes: 4 * 1024 * 1024,
            rate_limit: RateLimitSetting::SpecDefault,
            extra_headers: HeaderMap::new(),
            max_pages: 1_000,
        }
    }
}

impl Config {
    /// Sets [`Config::connect_timeout`].
    pub fn with_connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets [`Config::attempt_timeout`].
    pub fn with_attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = timeout;
        self
    }

    /// Sets [`Config::deadline`].
    pub fn with_deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Sets [`Config::retry`].
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Sets [`Config::max_body_bytes`].
    pub fn with_max_body_bytes(mut self, bytes: usize) -> Self {
        self.max_body_bytes = bytes;
        self
    }

    /// Adds a header to [`Config::extra_headers`] (see there for the names that are refused).
    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.extra_headers.insert(name, value);
        self
    }

    /// Sets [`Config::max_pages`].
    pub fn with_max_pages(mut self, pages: u32) -> Self {
        self.max_pages = pages;
        self
    }

    /// Sets [`Config::rate_limit`].
    pub fn with_rate_limit(mut self, rate_limit: RateLimitSetting) -> Self {
        self.rate_limit = rate_limit;
        self
    }
}

/// Retries of idempotent calls (GET, HEAD, OPTIONS, PUT, DELETE, and writes that carry the spec's
/// idempotency key) after connect errors, timeouts, broken bodies and HTTP 429,
/// 500, 502, 503 and 504; never after other statuses. Backoff is exponential with full jitter
/// (a random delay between zero and `min(max_delay, base_delay × 2^(retry − 1))`, retry 1 being the first); a `Retry-After`
/// header (seconds or HTTP date) replaces it when present and the wait fits in the deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 disables retries. Default: 3.
    pub max_attempts: u32,
    /// The backoff cap before the first retry. Default: 200 ms.
    pub base_delay: Duration,
    /// The largest backoff. Default: 5 s.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self { max_attempts: 3, base_delay: Duration::from_millis(200), max_delay: Duration::from_secs(5) }
    }
}

impl RetryPolicy {
    /// One attempt only.
    pub fn disabled() -> Self {
        Self { max_attempts: 1, ..Self::default() }
    }

    /// Sets [`RetryPolicy::max_attempts`].
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }

    /// Sets [`RetryPolicy::base_delay`] and [`RetryPolicy::max_delay`].
    pub fn with_delays(mut self, base_delay: Duration, max_delay: Duration) -> Self {
        self.base_delay = base_delay;
        self.max_delay = max_delay;
        self
    }
}

/// A number of requests per period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed per `period` (also the largest burst).
    pub requests: u32,
    /// The period.
    pub period: Duration,
}

/// Which client-side rate limit applies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RateLimitSetting {
    /// The spec's `x-pspkit-rate-limit`, or none when the spec declares none.
    #[default]
    SpecDefault,
    /// No client-side limit.
    Disabled,
    /// This limit instead of the spec's.
    Custom(RateLimit),
}

/// Reads a credential from the environment variable `name`; generated `Credentials::from_env` uses it.
pub fn env_var(name: &'static str) -> Result<String, ConfigError> {
    std::env::var(name).map_err(|_| ConfigError::MissingEnvironmentVariable { name })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value as the defaults table writes it: `10 s`, `200 ms`, `4 MiB`, `1,000`.
    fn documented(text: &str) -> Option<u128> {
        let (number, unit) = text.trim().split_once(' ').unwrap_or((text.trim(), ""));
        let number: u128 = number.replace(',', "").parse().ok()?;
        match unit {
            "" => Some(number),
            "ms" => Some(number * 1_000_000),
            "s" => Some(number * 1_000_000_000),
            "MiB" => Some(number * 1024 * 1024),
            _ => None,
        }
    }

    /// `docs/reliability.md`'s defaults table, `setting → value(s)`: each value in the unit the
    /// `documented` reader gives (nanoseconds, bytes, a count); `a / b` rows split in two.
    fn documented_defaults(markdown: &str) -> Vec<(String, u128)> {
        let table = markdown.split("## Defaults").nth(1).unwrap_or_default().split("\n## ").next().unwrap_or_default();
        let mut rows = Vec::new();
        for line in table.lines().filter(|line| line.starts_with("| `")) {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let (names, values) = (cells[1], cells[2]);
            for (name, value) in names.split(" / ").zip(values.split(" / ")) {
                if let Some(value) = documented(value) {
                    rows.push((name.trim_matches('`').to_owned(), value));
                }
            }
        }
        rows
    }

    /// `docs/reliability.md` states the defaults: its table is read here and each documented value
    /// compared with `Config::default()`; a setting this test does not know fails it, so a new row
    /// cannot go unchecked.
    #[test]
    fn defaults_match_the_documentation() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/reliability.md");
        let markdown = std::fs::read_to_string(path).expect("docs/reliability.md");
        let config = Config::default();
        let rows = documented_defaults(&markdown);
        assert!(rows.len() >= 8, "the defaults table was found: {rows:?}");
        for (name, value) in rows {
            let actual = match name.as_str() {
                "connect_timeout" => config.connect_timeout.as_nanos(),
                "attempt_timeout" => config.attempt_timeout.as_nanos(),
                "deadline" => config.deadline.as_nanos(),
                "retry.max_attempts" => u128::from(config.retry.max_attempts),
                "retry.base_delay" => config.retry.base_delay.as_nanos(),
                "retry.max_delay" => config.retry.max_delay.as_nanos(),
                "max_body_bytes" => config.max_body_bytes as u128,
                "max_pages" => u128::from(config.max_pages),
                other => panic!("docs/reliability.md documents `{other}`, which this test does not check"),
            };
            assert_eq!(actual, value, "docs/reliability.md's default for `{name}`");
        }
        // Stated in words, not as a number.
        assert_eq!(config.rate_limit, RateLimitSetting::SpecDefault);
    }

    /// The table reader finds a planted wrong default: the check above can fail.
    #[test]
    fn a_wrong_documented_default_is_found() {
        let planted = "## Defaults\n\n| setting | default |\n| --- | --- |\n| `deadline` | 61 s | x |\n\n## Next\n";
        assert_eq!(documented_defaults(planted), [("deadline".to_owned(), 61_000_000_000)]);
        assert_ne!(Config::default().deadline.as_nanos(), 61_000_000_000);
    }
}
