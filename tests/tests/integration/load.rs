//! Load: 1,000 concurrent Get Customer calls from one client against a loopback server that fails
//! every tenth request with 503. All complete (success or typed error) within the deadline, no
//! task panics, every attempt the server saw is accounted for, and once the client is dropped its
//! runtime holds no task: nothing the calls started outlives them.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use pspkit_razorpay::{Client, Config, Credentials, Error};
use pspkit_runtime::RetryPolicy;
use pspkit_tests::server::{Reply, TestServer};

const CALLS: usize = 1_000;
const SEED: &str =
    r#"{"id":"cust_1Aa00000000001","entity":"customer","name":"Gaurav Kumar","notes":[],"created_at":1655298731}"#;

#[test]
fn a_thousand_concurrent_calls_with_ten_percent_503s_all_complete() {
    // The server runs on its own runtime, so the client runtime's task count is the client's alone.
    let server_runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let server = server_runtime.block_on(TestServer::start(move |_| {
        if count.fetch_add(1, Ordering::SeqCst) % 10 == 9 {
            Reply::json(503, r#"{"error":{"code":"SERVER_ERROR","description":"busy"}}"#)
        } else {
            Reply::json(200, SEED)
        }
    }));

    let client_runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let deadline = Duration::from_secs(30);
    let (succeeded, attempts) = client_runtime.block_on(async {
        let config = Config::default()
            .with_deadline(deadline)
            .with_retry(RetryPolicy::default().with_delays(Duration::from_millis(5), Duration::from_millis(50)));
        let client = Client::builder(Credentials::new("rzp_test_load", "load-secret"))
            .base_url(server.base_url())
            .config(config)
            .build()
            .unwrap();
        let started = Instant::now();
        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..CALLS {
            let client = client.clone();
            calls.spawn(async move { client.get_customer().id("cust_1Aa00000000001").send().await });
        }
        let (mut succeeded, mut attempts) = (0, 0);
        while let Some(joined) = calls.join_next().await {
            match joined.expect("no call panicked") {
                Ok(response) => {
                    succeeded += 1;
                    attempts += response.attempts() as usize;
                }
                Err(Error::Provider(error)) => {
                    assert_eq!(error.meta.status, 503);
                    attempts += error.meta.attempts as usize;
                }
                Err(other) => panic!("unexpected error under load: {other}"),
            }
        }
        assert!(started.elapsed() < deadline, "took {:?}", started.elapsed());
        let pooled = tokio::runtime::Handle::current().metrics().num_alive_tasks();
        assert!(pooled > 0, "while the client lives, its pooled connections have tasks");
        drop(client);
        (succeeded, attempts)
    });

    assert!(succeeded >= CALLS * 99 / 100, "only {succeeded} of {CALLS} succeeded despite retries");
    assert_eq!(attempts, server.requests().len(), "every attempt the server saw is accounted for");
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
    assert_eq!(alive, 0, "tasks outlived the calls and the client");
    drop(server);
}
