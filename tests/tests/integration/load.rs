//! Load: for every operation of every spec with a success example, 1,000 concurrent calls from
//! one client against a loopback server that answers with the example and fails every tenth
//! request with 503. All complete (success or typed error) within the deadline, no
//! task panics, every attempt the server saw is accounted for, and once the client is dropped its
//! runtime holds no task: nothing the calls started outlives them.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use pspkit::CallError;
use pspkit_runtime::{Config, RateLimitSetting, RetryPolicy};
use pspkit_tests::cases::{self, Case};
use pspkit_tests::server::{Reply, TestServer};

const CALLS: usize = 1_000;

#[test]
fn a_thousand_concurrent_calls_with_ten_percent_503s_all_complete() {
    for case in cases::all() {
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
            Reply::json(200, case.success.body)
        }
    }));

    let client_runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let deadline = Duration::from_secs(30);
    let (succeeded, attempts) = client_runtime.block_on(async {
        // A spec's own rate limit would pace the calls: this measures the runtime under load.
        let config = Config::default()
            .with_deadline(deadline)
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

    assert!(succeeded >= CALLS * 99 / 100, "{provider}: only {succeeded} of {CALLS} succeeded despite retries");
    assert_eq!(attempts, server.requests().len(), "{provider}: every attempt the server saw is accounted for");
    assert!(attempts > CALLS, "about one call in ten needed a retry");

    // Pooled connections' tasks end once the client (and its pool) is gone; the runtime is
    // single-threaded, so yielding runs them to completion deterministically.
    let alive = client_runtime.block_on(async {
        for _ in 0..1_000 {
            if tokio::runtime::Handle::current().metrics().num_alive_tasks() == 0 {
                break;
            }
            tokio::task::yield_now().await;
        }
        tokio::runtime::Handle::current().metrics().num_alive_tasks()
    });
    assert_eq!(alive, 0, "{provider}: tasks outlived the calls and the client");
    drop(server);
}
