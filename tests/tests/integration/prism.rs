//! Client ↔ spec contract, checked by Stoplight Prism.
//!
//! Per provider: `prism mock` serves the spec; the generated client's success call decodes the
//! spec's example, and a call Prism routes to each documented error status (`Prefer: code=…`)
//! decodes into the typed error, with no `sl-violations` (Prism's request validation) on any
//! response. Then `prism proxy --errors` sits in front of the loopback fixture server, so every
//! fixture the provider tests use is validated against the spec, and a body that disagrees with
//! the spec is shown to be caught. Skips with a message when Prism is not installed; `.ci/run`
//! installs it, and under CI a missing Prism fails.

use std::sync::{Arc, Mutex};

use pspkit_runtime::{Config, Error, Response, RetryPolicy};
use pspkit_tests::fixtures;
use pspkit_tests::prism::{self, Prism};
use pspkit_tests::server::{Reply, TestServer};
use reqwest::header::{HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Prism's request-validation report header.
const VIOLATIONS: &str = "sl-violations";

fn quiet() -> Config {
    Config::default().with_retry(RetryPolicy::disabled())
}

fn prefer(status: u16) -> Config {
    // RFC 7240 `Prefer`, which Prism reads to pick a response.
    quiet().with_header(HeaderName::from_static("prefer"), HeaderValue::from_str(&format!("code={status}")).unwrap())
}

/// The documented error statuses Prism can route to, from the spec's examples.
fn error_statuses(examples: &[pspkit_runtime::Example]) -> Vec<u16> {
    let mut statuses: Vec<u16> = examples.iter().map(|e| e.status).filter(|s| *s >= 400).collect();
    statuses.dedup();
    statuses
}

/// Decodes `body` into the type of `_like` (the type of a response the client decoded).
fn decode_like<T: DeserializeOwned>(_like: &T, body: &str) -> T {
    serde_json::from_str(body).expect("the spec's example decodes")
}

fn json<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap()
}

/// Checks a call's error: the documented status, decoded (429 is the runtime's RateLimited), and
/// no request violation reported.
fn assert_documented_error<E: std::fmt::Debug>(result: Result<impl Sized, Error<E>>, status: u16, context: &str) {
    let error = match result {
        Ok(_) => panic!("{context}: HTTP {status} expected, got a success"),
        Err(error) => error,
    };
    match &error {
        Error::Provider(provider) => assert_eq!(provider.meta.status, status, "{context}"),
        Error::RateLimited(limited) if status == 429 => assert_eq!(limited.meta.status, 429),
        other => panic!("{context}: HTTP {status} did not decode into the typed error: {other:?}"),
    }
    let meta = error.response_meta().expect("a response");
    assert!(meta.headers.get(VIOLATIONS).is_none(), "{context}: Prism reported {:?}", meta.headers.get(VIOLATIONS));
}

fn assert_no_violations<T>(response: &Response<T>, context: &str) {
    assert!(
        response.headers().get(VIOLATIONS).is_none(),
        "{context}: Prism reported {:?}",
        response.headers().get(VIOLATIONS)
    );
}

/// A fixture server whose reply the test switches between calls.
async fn switchable() -> (TestServer, Arc<Mutex<Reply>>) {
    let current = Arc::new(Mutex::new(Reply::json(200, "{}")));
    let reply = current.clone();
    (TestServer::start(move |_| reply.lock().unwrap().clone()).await, current)
}

macro_rules! contract {
    ($test:ident, $krate:ident, $spec:literal, credentials: ($($credential:expr),*),
     call: |$client:ident| $call:expr, fixtures: $fixtures:ident, successes: [$($success:expr),*]) => {
        #[tokio::test(flavor = "multi_thread")]
        async fn $test() {
            let Some(binary) = prism::binary() else { return };
            let spec = prism::workspace().join($spec);
            // Prism routes on the spec's paths alone: a server base path (Paisr's `/v2`) is left out.
            let build = |prism_url: &str, config: Config| {
                $krate::Client::builder($krate::Credentials::new($($credential),*))
                    .base_url(prism_url)
                    .config(config)
                    .build()
                    .expect("valid configuration")
            };

            // 1. prism mock: the success example and every documented error status.
            let mock = Prism::mock(&binary, &spec);
            let $client = build(mock.base_url(), quiet());
            let response = $call.await.unwrap_or_else(|e| panic!("mock success: {e}\n{}", mock.output()));
            assert_no_violations(&response, "mock success");
            let example = $krate::examples::ALL.iter().find(|e| e.status == 200).expect("a 200 example");
            assert_eq!(json(&*response), json(&decode_like(&*response, example.body)), "Prism served the spec's example");
            for status in error_statuses($krate::examples::ALL) {
                let $client = build(mock.base_url(), prefer(status));
                assert_documented_error($call.await, status, &format!("mock HTTP {status}"));
            }
            drop(mock);

            // 2. prism proxy --errors in front of the fixtures the provider tests use.
            let (fixture_server, current) = switchable().await;
            let proxy = Prism::proxy(&binary, &spec, fixture_server.base_url());
            let $client = build(proxy.base_url(), quiet());
            for body in [$($success),*] {
                *current.lock().unwrap() = Reply::json(200, body);
                let response = $call.await.unwrap_or_else(|e| panic!("fixture {body}: {e}\n{}", proxy.output()));
                assert_no_violations(&response, body);
            }
            for (status, body) in fixtures::$fixtures::ERRORS {
                *current.lock().unwrap() = Reply::json(status, body);
                assert_documented_error($call.await, status, &format!("fixture HTTP {status} {body}"));
            }
            let forwarded = fixture_server.requests().len();
            assert_eq!(forwarded, [$($success),*].len() + fixtures::$fixtures::ERRORS.len(), "Prism forwarded every call");

            // 3. A body that disagrees with the spec is caught by the proxy, not passed through.
            *current.lock().unwrap() = Reply::json(200, r#"{"disagrees":"with the spec"}"#);
            let caught = $call.await.expect_err("a non-conforming body must not decode");
            assert_ne!(caught.status().map(|s| s.as_u16()), Some(200), "Prism let a non-conforming 200 through");
        }
    };
}

contract!(
    razorpay_honours_its_spec,
    pspkit_razorpay,
    "specs/razorpay.yaml",
    credentials: ("rzp_test_prism", "prism-secret"),
    call: |client| client.get_customer().id("cust_1Aa00000000001").send(),
    fixtures: razorpay,
    successes: [fixtures::razorpay::SEED, fixtures::razorpay::EMPTY_NOTES]
);

contract!(
    paisr_honours_its_spec,
    pspkit_paisr,
    "specs/paisr.yaml",
    credentials: ("prism-token"),
    call: |client| client.get_customer().customer_id("cus_123456").send(),
    fixtures: paisr,
    successes: [fixtures::paisr::SEED, fixtures::paisr::WITH_ADDRESSES]
);

contract!(
    juspay_honours_its_spec,
    pspkit_juspay,
    "specs/juspay.yaml",
    credentials: ("prism-key", "prism-merchant"),
    call: |client| client.get_customer().customer_id("cst_om2l6ctlptxwxuzj").options_get_client_auth_token(true).send(),
    fixtures: juspay,
    successes: [fixtures::juspay::SEED, fixtures::juspay::WITH_TOKEN]
);

contract!(
    axisfi_honours_its_spec,
    pspkit_axisfi,
    "specs/axisfi.yaml",
    credentials: ("prism-key", "prism-secret"),
    call: |client| client.get_customer().customer_id("cus_9f86d081884c7d659a2feaa0c55ad015").send(),
    fixtures: axisfi,
    successes: [fixtures::axisfi::SEED]
);
