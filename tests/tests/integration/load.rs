//! Load: for every call shape of every spec (one operation per shape, [`cases::per_call_shape`]:
//! what load tests is the runtime, not the types), 1,000 concurrent calls from one client against
//! a loopback server that answers with the example and fails every tenth request with 503
//! (retried, unless the call is a write without an idempotency key). All complete (success or
//! typed error) within the deadline, no task panics, every attempt the server saw is accounted
//! for, and once the client is dropped every task the calls started ends on its own, within the
//! connect timeout. For every spec that declares a rate limit, a burst of 1,000 calls over it does
//! not starve the calls that follow at the documented rate.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use pspkit::CallError;
use pspkit_runtime::{Config, RateLimitSetting, RetryPolicy};
use pspkit_tests::cases::{self, Case};
use pspkit_tests::server::{Reply, TestServer};

const CALLS: usize = 1_000;

/// The clients' connect timeout: the longest a task may outlive the calls and the client.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

#[test]
fn a_thousand_concurrent_calls_with_ten_percent_503s_all_complete() {
    for case in cases::per_call_shape() {
        a_thousand_calls(case);
    }
}

fn a_thousand_calls(case: Case) {
    let provider = case.provider;
    // The server runs on its own runtime, so the client runtime's task count is the client's alone.
    let server_runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let server = server_runtime.block_on(TestServer::start(move |_| {
        if count.fetch_add(1, Ordering::SeqCst) % 10 == 9 {
            Reply::json(503, r#"{"message":"busy"}"#)
        } else {
            case.success_reply()
        }
    }));

    let client_runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let deadline = Duration::from_secs(30);
    let (succeeded, attempts) = client_runtime.block_on(async {
        // A spec's own rate limit would pace the calls: this measures the runtime under load.
        let config = Config::default()
            .with_deadline(deadline)
            .with_connect_timeout(CONNECT_TIMEOUT)
            .with_rate_limit(RateLimitSetting::Disabled)
            .with_retry(RetryPolicy::default().with_delays(Duration::from_millis(5), Duration::from_millis(50)));
        let client = case.client(server.base_url(), config);
        let started = Instant::now();
        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..CALLS {
            let client = client.clone();
            calls.spawn(async move { case.call(&client).await });
        }
        let (mut succeeded, mut attempts) = (0, 0);
        while let Some(joined) = calls.join_next().await {
            match joined.expect("no call panicked") {
                Ok(response) => {
                    succeeded += 1;
                    attempts += response.attempts() as usize;
                }
                // Typed when the spec documents a 5XX body, unexpected otherwise.
                Err(CallError::Call(error)) if error.status().is_some_and(|status| status == 503) => {
                    attempts += error.attempts() as usize;
                }
                Err(other) => panic!("{provider}: unexpected error under load: {other}"),
            }
        }
        assert!(started.elapsed() < deadline, "{provider}: took {:?}", started.elapsed());
        let pooled = tokio::runtime::Handle::current().metrics().num_alive_tasks();
        assert!(pooled > 0, "while the client lives, its pooled connections have tasks");
        drop(client);
        (succeeded, attempts)
    });

    assert_eq!(attempts, server.requests().len(), "{provider}: every attempt the server saw is accounted for");
    if case.retried() {
        assert!(succeeded >= CALLS * 99 / 100, "{provider}: only {succeeded} of {CALLS} succeeded despite retries");
        assert!(attempts > CALLS, "about one call in ten needed a retry");
    } else {
        // A write without an idempotency key is sent once: about one call in ten fails.
        assert_eq!(attempts, CALLS, "{provider}: an unkeyed write was retried");
        assert!(succeeded >= CALLS * 85 / 100, "{provider}: only {succeeded} of {CALLS} succeeded");
    }

    // Once the client (and its pool) is gone, every task its calls started ends on its own: the
    // pooled connections' at once, and a connect that lost its race to a connection the pool gave
    // back (hyper-util finishes it in the background so as not to waste the socket, and it holds
    // the pool until then) once its connection is made or its connect timeout passes. On a busy
    // machine the server's accept queue overflows and such a connect waits out a dropped SYN's
    // retransmission (a second): a fixed number of yields then saw all 1,001 tasks alive. So the
    // wait ends when the last task does, or fails at the connect timeout.
    let alive = client_runtime.block_on(tasks_after(CONNECT_TIMEOUT + Duration::from_secs(1)));
    assert_eq!(alive, 0, "{provider}: tasks outlived the calls and the client");
    drop(server);
}

/// How many tasks the current runtime still holds once none is left or `limit` has passed. The
/// runtime drives its timers and sockets between checks, so a task waiting on either can end.
async fn tasks_after(limit: Duration) -> usize {
    let alive = || tokio::runtime::Handle::current().metrics().num_alive_tasks();
    let started = Instant::now();
    let mut checks = tokio::time::interval(Duration::from_millis(1));
    while alive() > 0 && started.elapsed() < limit {
        checks.tick().await;
    }
    alive()
}

/// The spec's own rate limit (`x-pspkit-rate-limit`): requests per period.
fn spec_rate_limit(case: &Case) -> Option<(u32, Duration)> {
    let document = pspkit_tests::specs::document(case.provider.name());
    let limit = document.get("x-pspkit-rate-limit")?;
    let requests = u32::try_from(limit["requests"].as_u64()?).ok()?;
    Some((requests, Duration::from_secs(limit["period_seconds"].as_u64()?)))
}

/// The limiter never starves: for every spec that declares a rate limit, 1,000 concurrent calls
/// under the spec's default limit with a 1 s deadline get the burst and the slots that fit before
/// the deadline; every other call ends at once, unsent, with `Error::Throttled` (none waits out its
/// deadline for a slot it could never get, none keeps a slot). Then calls at the documented rate
/// are all sent and answered within their deadline, and the server counts every one.
#[test]
fn a_burst_over_the_spec_rate_limit_does_not_starve_later_calls() {
    let mut checked = 0;
    for case in cases::all() {
        let Some((requests, period)) = spec_rate_limit(&case) else { continue };
        burst_then_the_documented_rate(case, requests, period);
        checked += 1;
    }
    assert!(checked > 0, "no spec declares `x-pspkit-rate-limit`: nothing was tested");
}

fn burst_then_the_documented_rate(case: Case, requests: u32, period: Duration) {
    let provider = case.provider;
    let server_runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = server_runtime.block_on(TestServer::start(move |_| case.success_reply()));
    let client_runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let deadline = Duration::from_secs(1);
    client_runtime.block_on(async {
        // The spec's limit (the default), one attempt per call so the server's count is the calls'.
        let config = Config::default().with_deadline(deadline).with_retry(RetryPolicy::disabled());
        let client = case.client(server.base_url(), config);
        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..CALLS {
            let client = client.clone();
            calls.spawn(async move {
                let started = Instant::now();
                let result = case.call(&client).await;
                (result, started.elapsed(), started)
            });
        }
        // Answered calls, calls that ran out of time once given their slot, throttled calls.
        let (mut answered, mut late, mut throttled) = (0, 0, 0);
        // When the first and the last call started: each call's deadline runs from its own start.
        let (mut first, mut last): (Option<Instant>, Option<Instant>) = (None, None);
        while let Some(joined) = calls.join_next().await {
            let (result, elapsed, started) = joined.expect("no call panicked");
            first = Some(first.map_or(started, |first| first.min(started)));
            last = Some(last.map_or(started, |last| last.max(started)));
            match result {
                Ok(_) => answered += 1,
                Err(CallError::Call(error)) => match *error {
                    pspkit_runtime::Error::Throttled(throttled_error) => {
                        assert_eq!(throttled_error.attempts, 0, "{provider}: a throttled call sent nothing");
                        assert!(
                            throttled_error.wait >= deadline - elapsed.min(deadline),
                            "{provider}: {throttled_error}"
                        );
                        assert!(elapsed < deadline / 2, "{provider}: a throttled call waited {elapsed:?}");
                        throttled += 1;
                    }
                    // A call that had its slot near the deadline may run out of time once sent, or
                    // even before its request reached the server.
                    pspkit_runtime::Error::Timeout(timeout) if timeout.attempts == 1 => late += 1,
                    other => panic!("{provider}: unexpected error: {other}"),
                },
                Err(other) => panic!("{provider}: the call was not made: {other}"),
            }
        }
        // The burst, and one slot per interval of the limit's refill that ends within the
        // deadline; the calls start one after another, each with its own deadline, so the last
        // one's deadline ends `spread` later and the slots refilled by then count too (a slow or
        // busy machine spreads the starts wider).
        let sent = answered + late;
        let (burst, interval) = (requests as usize, period / requests);
        let spread = last.zip(first).map_or(Duration::ZERO, |(last, first)| last - first);
        let refilled = (deadline.as_secs_f64() / interval.as_secs_f64()) as usize;
        let most = ((deadline + spread).as_secs_f64() / interval.as_secs_f64()) as usize;
        assert!(
            (burst + refilled.saturating_sub(1)..=burst + most + 2).contains(&sent),
            "{provider}: {sent} calls sent of a {burst} burst and {refilled} to {most} slots refilled within the \
             deadlines (calls started over {spread:?})"
        );
        assert_eq!(sent + throttled, CALLS);
        // Every call has ended; a late call's request reaches the server within the wait, or never.
        let seen = server.requests_once(sent, Duration::from_secs(2)).await.len();
        assert!(
            (answered..=sent).contains(&seen),
            "{provider}: the server saw {seen} requests; {answered} calls were answered, {late} more ran out of time"
        );

        // At the documented rate, each call is sent and answered within its deadline.
        let mut ticks = tokio::time::interval(interval);
        for call in 1..=8 {
            ticks.tick().await;
            let started = Instant::now();
            let response = case.call(&client).await;
            assert!(response.is_ok(), "{provider}: call {call} at the documented rate failed: {:?}", response.err());
            assert!(started.elapsed() < deadline, "{provider}: call {call} took {:?}", started.elapsed());
        }
        assert_eq!(server.requests_once(seen + 8, Duration::from_secs(2)).await.len(), seen + 8, "{provider}");
    });
}
