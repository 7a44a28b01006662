//! No panic from configuration: every duration and count of `Config` at its extremes (zero, one
//! millisecond, 2⁶⁴ − 1 seconds, `Duration::MAX`, anything between; `Duration::MAX` is the
//! natural "no deadline"), against a loopback server that answers 503 then 200 in turn. Each call
//! ends with a response or a typed error, or is still waiting (a long backoff or rate-limit slot)
//! when the test stops waiting for it; none panics.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::{Config as Cases, TestRunner};
use pspkit_runtime::{Config, RateLimit, RateLimitSetting, RetryPolicy};
use pspkit_tests::cases;
use pspkit_tests::server::{Reply, TestServer};

/// Durations at and near the edges, and anything between.
fn duration() -> impl Strategy<Value = Duration> {
    prop_oneof![
        Just(Duration::ZERO),
        Just(Duration::from_millis(1)),
        Just(Duration::MAX),
        Just(Duration::from_secs(u64::MAX)),
        (0..5_000u64).prop_map(Duration::from_millis),
        any::<u64>().prop_map(Duration::from_secs),
    ]
}

fn config() -> impl Strategy<Value = Config> {
    let timeouts = (duration(), duration(), duration());
    let retry = (any::<u32>(), duration(), duration());
    let limit = prop_oneof![
        Just(RateLimitSetting::SpecDefault),
        Just(RateLimitSetting::Disabled),
        (any::<u32>(), duration())
            .prop_map(|(requests, period)| RateLimitSetting::Custom(RateLimit { requests, period })),
    ];
    (timeouts, retry, limit, any::<usize>()).prop_map(
        |((connect, attempt, deadline), (attempts, base, max), limit, cap)| {
            Config::default()
                .with_connect_timeout(connect)
                .with_attempt_timeout(attempt)
                .with_deadline(deadline)
                .with_retry(RetryPolicy::default().with_max_attempts(attempts).with_delays(base, max))
                .with_rate_limit(limit)
                .with_max_body_bytes(cap)
        },
    )
}

#[test]
fn extreme_configurations_never_panic() {
    let case = cases::all().into_iter().next().expect("a spec with a success example");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let server = runtime.block_on(TestServer::start(move |_| match count.fetch_add(1, Ordering::SeqCst) % 2 {
        0 => Reply::json(503, r#"{"message":"busy"}"#),
        _ => case.success_reply(),
    }));
    let mut runner = TestRunner::new(Cases { cases: 48, failure_persistence: None, ..Cases::default() });
    runner
        .run(&config(), |config| {
            runtime.block_on(async {
                let client = case.client(server.base_url(), config);
                // Ended (any outcome) or still waiting: either way it did not panic.
                let _ended = tokio::time::timeout(Duration::from_millis(150), case.call(&client)).await;
            });
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{}: {failure}", case.provider));
}
