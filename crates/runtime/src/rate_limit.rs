//! A client-side rate limiter (GCRA: the generic cell rate algorithm).
//!
//! Hand-written rather than `governor`: the direct limiter needed here is one mutex-guarded instant,
//! and governor's `std` feature adds about 15 crates to every merchant build (measured with
//! `cargo tree`), against a build-cost budget of 5.

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use crate::config::RateLimit;

/// Lets through `requests` per `period`, bursts of up to `requests` included; callers over the
/// limit wait for their slot in arrival order.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    /// Time between two requests at the sustained rate.
    interval: Duration,
    /// How far ahead of now the schedule may run (the burst allowance).
    tolerance: Duration,
    /// The theoretical arrival time of the next request.
    next: Mutex<Instant>,
}

impl RateLimiter {
    pub(crate) fn new(limit: RateLimit) -> Option<Self> {
        let requests = limit.requests.max(1);
        let interval = limit.period.checked_div(requests)?;
        if interval.is_zero() {
            return None;
        }
        let tolerance = interval * (requests - 1);
        Some(Self { interval, tolerance, next: Mutex::new(Instant::now()) })
    }

    /// Reserves the next slot and returns how long to wait for it.
    pub(crate) fn reserve(&self) -> Duration {
        let now = Instant::now();
        let mut next = self.next.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let arrival = (*next).max(now);
        *next = arrival + self.interval;
        arrival.saturating_duration_since(now).saturating_sub(self.tolerance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn allows_a_burst_then_the_sustained_rate() {
        let limiter = RateLimiter::new(RateLimit { requests: 4, period: Duration::from_secs(60) }).unwrap();
        let waits: Vec<Duration> = (0..6).map(|_| limiter.reserve()).collect();
        assert_eq!(&waits[..4], [Duration::ZERO; 4]);
        assert_eq!(waits[4], Duration::from_secs(15));
        assert_eq!(waits[5], Duration::from_secs(30));
    }

    #[tokio::test(start_paused = true)]
    async fn two_hundred_fifty_per_minute_lets_250_through_at_once_and_the_251st_waits() {
        let limiter = RateLimiter::new(RateLimit { requests: 250, period: Duration::from_secs(60) }).unwrap();
        for _ in 0..250 {
            assert_eq!(limiter.reserve(), Duration::ZERO);
        }
        assert_eq!(limiter.reserve(), Duration::from_millis(240));
        tokio::time::advance(Duration::from_secs(60)).await;
        assert_eq!(limiter.reserve(), Duration::ZERO);
    }

    #[test]
    fn a_zero_period_means_no_limiter() {
        assert!(RateLimiter::new(RateLimit { requests: 10, period: Duration::ZERO }).is_none());
    }
}
