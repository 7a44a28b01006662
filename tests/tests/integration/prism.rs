//! Client ↔ spec contract, checked by Stoplight Prism.
//!
//! For every operation of every spec with a success example (no provider named): `prism mock`
//! serves the spec (one Prism per spec, for all of its operations); the generated client's success call decodes the spec's example, and a call
//! Prism routes to each documented error status (`Prefer: code=…`) decodes into the typed error,
//! with no `sl-violations` (Prism's request validation) on any response. Then `prism proxy
//! --errors` sits in front of a loopback server answering with each of the spec's examples in
//! turn, so every request and every example is validated against the spec, and a body that
//! disagrees with the spec is shown to be caught (for every operation that answers with a body). Skips with a message when Prism is not installed; `.ci/run`
//! installs it, and under CI a missing Prism fails.

use std::sync::{Arc, Mutex};

use pspkit::CallError;
use pspkit_runtime::{Config, Error, Response, RetryPolicy};
use pspkit_tests::cases;
use pspkit_tests::prism::{self, Prism};
use pspkit_tests::server::{Reply, TestServer};
use reqwest::header::{HeaderName, HeaderValue};

/// The variable that narrows this suite further than `cases::ONLY_PROVIDERS`, by provider name,
/// comma-separated; unset, every provider the cases hold. The end-to-end test sets it to the
/// specs written for it and leaves out the providers made of a published document: such a
/// document can contradict itself where Prism is strict (Paisr 2.2.1's batch transfer `details`
/// is a `oneOf` of two members of one shape, so no body matches exactly one; its payment answer a
/// `oneOf` of four members that require nothing, so every object matches all four), and no
/// client can honour it until its overlay decides.
const PRISM_PROVIDERS: &str = "PSPKIT_PRISM_PROVIDERS";

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
fn error_statuses<'a>(examples: impl Iterator<Item = &'a pspkit_runtime::Example>) -> Vec<u16> {
    let mut statuses: Vec<u16> = examples.map(|e| e.status).filter(|s| *s >= 400).collect();
    statuses.dedup();
    statuses
}

/// Checks a call's error: the documented status, decoded (429 is the runtime's RateLimited), and
/// no request violation reported.
fn assert_documented_error(result: Result<impl Sized, CallError>, status: u16, context: &str) {
    let error = match result {
        Ok(_) => panic!("{context}: HTTP {status} expected, got a success"),
        Err(CallError::Call(error)) => *error,
        Err(other) => panic!("{context}: the call was not made: {other}"),
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

/// An upstream server whose reply the test switches between calls.
async fn switchable() -> (TestServer, Arc<Mutex<Reply>>) {
    let current = Arc::new(Mutex::new(Reply::json(200, "{}")));
    let reply = current.clone();
    (TestServer::start(move |_| reply.lock().unwrap().clone()).await, current)
}

#[tokio::test(flavor = "multi_thread")]
async fn every_spec_is_honoured_by_its_client() {
    let Some(binary) = prism::binary() else { return };
    let only = cases::named_by(PRISM_PROVIDERS);
    let cases: Vec<cases::Case> = cases::all()
        .into_iter()
        .filter(|case| only.as_ref().is_none_or(|names| names.iter().any(|name| name == case.provider.name())))
        .collect();
    // One `prism mock` and one `prism proxy` per spec, for all of its operations (Prism routes a
    // request by path and method; each start takes about a second).
    for provider in pspkit::Provider::ALL {
        let cases: Vec<&cases::Case> = cases.iter().filter(|case| case.provider == provider).collect();
        if cases.is_empty() {
            continue;
        }
        // Prism routes on the spec's paths alone: a server base path (e.g. `/v2`) is left out. It
        // reads the document the crate was generated from (the spec as pspkit read it: an overlay
        // applied to its published document, the defaults filled in), not `specs/`, which may be an
        // overlay.
        let spec = prism::workspace().join(format!("crates/providers/{provider}/openapi.yaml"));

        // 1. prism mock: the success example and every documented error status.
        let mock = Prism::mock(&binary, &spec);
        for case in &cases {
            let operation = case.operation.operation_id;
            let client = case.client(mock.base_url(), quiet());
            let response = case
                .call(&client)
                .await
                .unwrap_or_else(|e| panic!("{provider} {operation} mock success: {e}\n{}", mock.output()));
            assert_no_violations(&response, "mock success");
            assert_eq!(
                *response,
                case.decoded_success().await,
                "{provider} {operation}: Prism served the spec's example"
            );
            for status in error_statuses(case.examples()) {
                let client = case.client(mock.base_url(), prefer(status));
                let context = format!("{provider} {operation} mock HTTP {status}");
                assert_documented_error(case.call(&client).await, status, &context);
            }
        }
        drop(mock);

        // 2. prism proxy --errors in front of a server answering with each of the spec's examples.
        let (upstream, current) = switchable().await;
        let proxy = Prism::proxy(&binary, &spec, upstream.base_url());
        for case in &cases {
            let operation = case.operation.operation_id;
            let client = case.client(proxy.base_url(), quiet());
            let examples: Vec<_> = case.examples().collect();
            let forwarded = upstream.requests().len();
            for example in &examples {
                *current.lock().unwrap() = Reply::example(example);
                let context = format!("{provider} {operation} example {} `{}`", example.status, example.name);
                if example.status < 400 {
                    let response =
                        case.call(&client).await.unwrap_or_else(|e| panic!("{context}: {e}\n{}", proxy.output()));
                    assert_no_violations(&response, &context);
                } else {
                    assert_documented_error(case.call(&client).await, example.status, &context);
                }
            }
            assert_eq!(
                upstream.requests().len() - forwarded,
                examples.len(),
                "{provider} {operation}: Prism forwarded every call"
            );

            // 3. A body that disagrees with the spec is caught by the proxy, not passed through.
            if case.has_body() {
                let ok = case.success.status;
                // A JSON string where the spec documents an object or a list.
                *current.lock().unwrap() = Reply::json(ok, r#""disagrees with the spec""#);
                let caught = case.call(&client).await.expect_err("a non-conforming body must not decode");
                let status = match &caught {
                    CallError::Call(error) => error.status().map(|s| s.as_u16()),
                    other => panic!("{provider} {operation}: the call was not made: {other}"),
                };
                assert_ne!(status, Some(ok), "{provider} {operation}: Prism let a non-conforming {ok} through");
            }
        }
    }
}
