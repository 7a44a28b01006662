//! Retry decisions: which outcomes are retried, and how long to wait before the next attempt.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

use crate::config::RetryPolicy;

/// Methods HTTP defines as idempotent (RFC 9110 §9.2.2): retried as they are. Any other (POST,
/// PATCH) is retried only with an idempotency key.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE)
}

/// A fresh idempotency key: 128 random bits as a UUID (version 4 layout), from std's randomly
/// keyed SipHash, like the backoff's jitter: unique per call, no random-number crate in any build.
pub(crate) fn idempotency_key() -> String {
    let (high, low) = (random_u64(), random_u64());
    let high = (high & !0xf000) | 0x4000;
    let low = (low & !(0xc000 << 48)) | (0x8000 << 48);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xffff,
        high & 0xffff,
        low >> 48,
        low & 0xffff_ffff_ffff
    )
}

/// Statuses worth another attempt: rate limiting and transient server failures.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// Transport failures worth another attempt: no connection, a timeout, or a broken body.
pub(crate) fn is_retryable_error(error: &reqwest::Error) -> bool {
    error.is_connect() || error.is_timeout() || error.is_body() || error.is_request() || error.is_decode()
}

/// The wait a `Retry-After` header asks for: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
/// Seconds are read leniently, never as "no wait asked": a fraction is rounded up and more
/// seconds than a `u64` holds saturate, so a provider that writes `1.5` or a huge number is not
/// retried at once.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Some(wait) = delay_seconds(value) {
        return Some(wait);
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// `digits[.digits]` as whole seconds, rounded up and saturating; `None` for anything else.
fn delay_seconds(value: &str) -> Option<Duration> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    let digits = |text: &str| text.bytes().all(|byte| byte.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let seconds = whole.parse::<u64>().unwrap_or(u64::MAX);
    let round_up = u64::from(fraction.bytes().any(|digit| digit != b'0'));
    Some(Duration::from_secs(seconds.saturating_add(round_up)))
}

/// Full-jitter exponential backoff before retry number `retry` (1 for the first retry).
pub(crate) fn backoff(policy: &RetryPolicy, retry: u32) -> Duration {
    let factor = 2u32.saturating_pow(retry.saturating_sub(1));
    let cap = policy.base_delay.saturating_mul(factor).min(policy.max_delay);
    let cap_micros = u64::try_from(cap.as_micros()).unwrap_or(u64::MAX);
    Duration::from_micros(random_u64() % cap_micros.saturating_add(1))
}

/// A random number from std's randomly keyed SipHash (a fresh key per `RandomState`); jitter needs
/// spread, not cryptographic strength, and this keeps a random-number crate out of every build.
fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, value.parse().unwrap());
        headers
    }

    #[test]
    fn retries_only_transient_statuses_and_idempotent_methods() {
        for status in [429, 500, 502, 503, 504] {
            assert!(is_retryable_status(StatusCode::from_u16(status).unwrap()), "{status}");
        }
        for status in [200, 400, 401, 403, 404, 409, 422, 501] {
            assert!(!is_retryable_status(StatusCode::from_u16(status).unwrap()), "{status}");
        }
        assert!(is_idempotent(&Method::GET) && is_idempotent(&Method::PUT) && is_idempotent(&Method::DELETE));
        assert!(!is_idempotent(&Method::POST) && !is_idempotent(&Method::PATCH));
    }

    #[test]
    fn idempotency_keys_are_distinct_uuids() {
        let keys: std::collections::BTreeSet<String> = (0..1_000).map(|_| idempotency_key()).collect();
        assert_eq!(keys.len(), 1_000);
        for key in &keys {
            let parts: Vec<&str> = key.split('-').collect();
            assert_eq!(parts.iter().map(|part| part.len()).collect::<Vec<_>>(), [8, 4, 4, 4, 12], "{key}");
            assert!(parts[2].starts_with('4') && matches!(&parts[3][..1], "8" | "9" | "a" | "b"), "{key}");
        }
    }

    #[test]
    fn parses_retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(retry_after(&headers("7"), now), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(retry_after(&headers(&later), now), Some(Duration::from_secs(30)));
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(retry_after(&headers(&earlier), now), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers("soon"), now), None);
        assert_eq!(retry_after(&headers("1.5"), now), Some(Duration::from_secs(2)));
        assert_eq!(retry_after(&headers("3.000"), now), Some(Duration::from_secs(3)));
        assert_eq!(retry_after(&headers("0.1"), now), Some(Duration::from_secs(1)));
        let huge = "184467440737095516160";
        assert_eq!(retry_after(&headers(huge), now), Some(Duration::from_secs(u64::MAX)));
        for invalid in ["-1", ".5", "1e3", "1.5s", ""] {
            assert_eq!(delay_seconds(invalid), None, "{invalid:?}");
        }
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    /// The cap doubles with each retry (100, 200, 400, 800, 1,600 ms) and the waits reach it: the
    /// largest of 2,000 draws is within 10 % of each cap (a draw misses that band with
    /// probability 0.9, so all 2,000 miss it with probability below 10⁻⁹¹).
    #[test]
    fn backoff_grows_exponentially_with_each_retry() {
        let policy = RetryPolicy::default().with_delays(Duration::from_millis(100), Duration::from_secs(60));
        for retry in 1..=5u32 {
            let cap = Duration::from_millis(100) * 2u32.pow(retry - 1);
            let largest = (0..2_000).map(|_| backoff(&policy, retry)).max().unwrap();
            assert!(largest <= cap && largest > cap * 9 / 10, "retry {retry}: largest {largest:?}, cap {cap:?}");
        }
    }

    #[test]
    fn backoff_stays_within_the_exponential_cap() {
        let policy = RetryPolicy::default().with_delays(Duration::from_millis(100), Duration::from_millis(350));
        for _ in 0..1000 {
            assert!(backoff(&policy, 1) <= Duration::from_millis(100));
            assert!(backoff(&policy, 2) <= Duration::from_millis(200));
            assert!(backoff(&policy, 3) <= Duration::from_millis(350));
            assert!(backoff(&policy, 40) <= Duration::from_millis(350));
        }
        let spread: std::collections::BTreeSet<Duration> = (0..50).map(|_| backoff(&policy, 3)).collect();
        assert!(spread.len() > 10, "full jitter spreads the delays");
    }
}
