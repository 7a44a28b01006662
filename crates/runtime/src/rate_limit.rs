//! A client-side rate limiter (GCRA: the generic cell rate algorithm).
//!
//! Hand-written rather than `governor`: the direct limiter needed here is one mutex-guarded instant,
//! and governor's `std` feature adds about 15 crates to every merchant build (measured with
//! `cargo tree`), against a build-cost budget of 5.
//!
//! A slot is only reserved when it can be had within the caller's budget (the time left before its
//! deadline), and a reserved slot the caller never uses (it gave up or was cancelled while waiting)
//! is given back: a burst of calls that cannot be served never pushes the schedule beyond what is
//! actually sent.

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use crate::config::RateLimit;

/// Lets through `requests` per `period`, bursts of up to `requests` included; callers over the
/// limit wait for their slot in arrival order, if it comes within their budget.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    /// Time between two requests at the sustained rate.
    interval: Duration,
    /// How far ahead of now the schedule may run (the burst allowance).
    tolerance: Duration,
    /// The theoretical arrival time of the next request.
    next: Mutex<Instant>,
}

/// A reserved slot: wait [`Slot::wait`], then send and call [`Slot::used`]. Dropped unused (the
/// call gave up or was cancelled), it is given back.
#[derive(Debug)]
pub(crate) struct Slot<'a> {
    limiter: &'a RateLimiter,
    /// How long to wait before the slot starts.
    pub(crate) wait: Duration,
    used: bool,
}

impl Slot<'_> {
    /// The request is being sent: the slot is spent.
    pub(crate) fn used(mut self) {
        self.used = true;
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if !self.used {
            let mut next = self.limiter.lock();
            *next = next.checked_sub(self.limiter.interval).unwrap_or(*next);
        }
    }
}

impl RateLimiter {
    pub(crate) fn new(limit: RateLimit) -> Option<Self> {
        let requests = limit.requests.max(1);
        let interval = limit.period.checked_div(requests)?;
        if interval.is_zero() {
            return None;
        }
        let tolerance = interval.saturating_mul(requests - 1);
        Some(Self { interval, tolerance, next: Mutex::new(Instant::now()) })
    }

    /// Reserves the next slot if its wait is shorter than `budget`; otherwise reserves nothing and
    /// returns the wait the next slot would need (`Duration::MAX` for a schedule so far ahead that
    /// the clock cannot represent it).
    pub(crate) fn reserve_within(&self, budget: Duration) -> Result<Slot<'_>, Duration> {
        let now = Instant::now();
        let mut next = self.lock();
        let arrival = (*next).max(now);
        let wait = arrival.saturating_duration_since(now).saturating_sub(self.tolerance);
        if !wait.is_zero() && wait >= budget {
            return Err(wait);
        }
        *next = arrival.checked_add(self.interval).ok_or(Duration::MAX)?;
        Ok(Slot { limiter: self, wait, used: false })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Instant> {
        self.next.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FOREVER: Duration = Duration::MAX;

    /// Reserves and spends a slot; its wait.
    fn take(limiter: &RateLimiter, budget: Duration) -> Result<Duration, Duration> {
        limiter.reserve_within(budget).map(|slot| {
            let wait = slot.wait;
            slot.used();
            wait
        })
    }

    #[tokio::test(start_paused = true)]
    async fn allows_a_burst_then_the_sustained_rate() {
        let limiter = RateLimiter::new(RateLimit { requests: 4, period: Duration::from_secs(60) }).unwrap();
        let waits: Vec<Duration> = (0..6).map(|_| take(&limiter, FOREVER).unwrap()).collect();
        assert_eq!(&waits[..4], [Duration::ZERO; 4]);
        assert_eq!(waits[4], Duration::from_secs(15));
        assert_eq!(waits[5], Duration::from_secs(30));
    }

    #[tokio::test(start_paused = true)]
    async fn two_hundred_fifty_per_minute_lets_250_through_at_once_and_the_251st_waits() {
        let limiter = RateLimiter::new(RateLimit { requests: 250, period: Duration::from_secs(60) }).unwrap();
        for _ in 0..250 {
            assert_eq!(take(&limiter, FOREVER), Ok(Duration::ZERO));
        }
        assert_eq!(take(&limiter, FOREVER), Ok(Duration::from_millis(240)));
        tokio::time::advance(Duration::from_secs(60)).await;
        assert_eq!(take(&limiter, FOREVER), Ok(Duration::ZERO));
    }

    /// A slot beyond the budget is refused and not reserved: a thousand refusals leave the
    /// schedule where it was.
    #[tokio::test(start_paused = true)]
    async fn a_slot_beyond_the_budget_is_refused_and_reserves_nothing() {
        let limiter = RateLimiter::new(RateLimit { requests: 2, period: Duration::from_secs(60) }).unwrap();
        assert_eq!(take(&limiter, Duration::from_secs(1)), Ok(Duration::ZERO));
        assert_eq!(take(&limiter, Duration::from_secs(1)), Ok(Duration::ZERO));
        for _ in 0..1_000 {
            assert_eq!(take(&limiter, Duration::from_secs(1)), Err(Duration::from_secs(30)));
        }
        assert_eq!(take(&limiter, FOREVER), Ok(Duration::from_secs(30)), "the next slot did not move");
    }

    /// A slot dropped unused (its call gave up or was cancelled while waiting) is given back.
    #[tokio::test(start_paused = true)]
    async fn an_unused_slot_is_given_back() {
        let limiter = RateLimiter::new(RateLimit { requests: 1, period: Duration::from_secs(10) }).unwrap();
        assert_eq!(take(&limiter, FOREVER), Ok(Duration::ZERO));
        for _ in 0..100 {
            let slot = limiter.reserve_within(FOREVER).unwrap();
            assert_eq!(slot.wait, Duration::from_secs(10));
            drop(slot);
        }
        assert_eq!(take(&limiter, FOREVER), Ok(Duration::from_secs(10)));
    }

    #[test]
    fn a_zero_period_means_no_limiter() {
        assert!(RateLimiter::new(RateLimit { requests: 10, period: Duration::ZERO }).is_none());
    }

    /// Extreme settings never overflow: a schedule the clock cannot represent refuses the slot.
    #[tokio::test(start_paused = true)]
    async fn a_schedule_beyond_the_clock_refuses_instead_of_overflowing() {
        let limiter = RateLimiter::new(RateLimit { requests: 1, period: Duration::from_secs(u64::MAX / 4) }).unwrap();
        assert_eq!(take(&limiter, FOREVER), Ok(Duration::ZERO));
        assert_eq!(take(&limiter, Duration::from_secs(1)), Err(Duration::from_secs(u64::MAX / 4)));
        assert_eq!(take(&limiter, FOREVER), Err(Duration::MAX), "the next slot cannot be scheduled");
        assert!(RateLimiter::new(RateLimit { requests: u32::MAX, period: Duration::MAX }).is_some());
    }
}
