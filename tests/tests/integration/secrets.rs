//! Distinctive credentials through every error path of every provider: they must never appear in
//! `Display`, `Debug`, the tracing output (captured at TRACE level, dependencies' events and their
//! `log` records included) or the surface listings. Customer name, email and phone, sent in undocumented and
//! undecodable bodies (and in tolerated ones, whose deviations are logged), must never be logged
//! nor appear in any error's `Display` or `Debug`.

use std::time::Duration;

use pspkit::Target;
use pspkit_runtime::{Config, RetryPolicy};
use pspkit_tests::canary;
use pspkit_tests::cases::{self, Case};
use pspkit_tests::logs::Captured;
use pspkit_tests::server::{Fault, Reply, TestServer};
use serde_json::Value;
use tracing_subscriber::fmt::format::FmtSpan;

/// Personal data in the replies below, which must never be logged.
const PERSONAL: [&str; 3] = ["Leaky Person", "leaky.person@example.com", "9876501234"];

/// Error renderings start with this marker: they, unlike a success's `Debug`, must hold no
/// personal data.
const ERROR: &str = "error: ";

fn render<T: std::fmt::Debug, E: std::fmt::Debug + std::fmt::Display>(result: Result<T, E>) -> Vec<String> {
    match result {
        Ok(value) => vec![format!("{value:?}")],
        Err(error) => [format!("{error:?}"), error.to_string(), format!("{:#}", error)]
            .map(|shown| format!("{ERROR}{shown}"))
            .to_vec(),
    }
}

/// The replies that drive every error path (and one success, for the logs): `success` holds
/// personal data, `tolerated` (when a leaf of the body tolerates it) the phone as a number. The
/// transport's paths (retried statuses, a cut body, a reset, a reply slower than the attempt
/// timeout) are the runtime's, whatever the operation: with `transport`, for the first case of
/// each call shape (`cases::per_call_shape`); the body's paths for every case.
fn scenarios(case: &Case, success: &str, tolerated: Option<&str>, transport: bool) -> Vec<Reply> {
    let ok = case.success.status;
    let mut traced = Reply::json(ok, success);
    for header in case.provider.request_id_headers() {
        traced = traced.header(header, "req_traced");
    }
    let mut replies = vec![
        traced,
        Reply::json(
            400,
            r#"{"error":{"code":"BAD_REQUEST_ERROR","description":"bad"},"success":false,"message":"bad"}"#,
        ),
        Reply::json(401, r#"{"unexpected":"9876501234"}"#),
        Reply::raw(418, "text/plain", b"teapot for leaky.person@example.com"),
        Reply::json(ok, "<html>Leaky Person: not json</html>"),
        // serde's message quotes a mistyped value: `invalid type: string "leaky.person@…"`.
        Reply::json(ok, r#""leaky.person@example.com""#),
        // No identity, personal data in keys and values: an undecodable body named by path only.
        Reply::json(ok, r#"{"leaky.person@example.com":{"name":"Leaky Person","phone":9876501234}}"#),
        Reply::json(ok, &format!("{success}{}", " ".repeat(2048))),
    ];
    if transport {
        replies.extend([
            Reply::json(429, "{}").header("retry-after", "0"),
            Reply::json(503, "{}"),
            Reply::json(ok, success).with_fault(Fault::Truncate(10)),
            Reply::reset(),
            Reply::json(ok, success).delayed(Duration::from_millis(300)),
        ]);
    }
    // The phone as a JSON number: tolerated, and logged (WARN) by path, never by value.
    replies.extend(tolerated.map(|tolerated| Reply::json(ok, tolerated)));
    replies
}

/// Fast retries, a short attempt timeout, and a body cap 1 KiB over the success body (the
/// padded reply exceeds it).
fn config(success: &str) -> Config {
    Config::default()
        .with_retry(RetryPolicy::default().with_delays(Duration::ZERO, Duration::from_millis(5)))
        .with_attempt_timeout(Duration::from_millis(100))
        .with_max_body_bytes(success.len() + 1024)
}

/// The success example with personal data in every string the decoder still accepts there, and
/// the same with the first leaf that tolerates it holding the phone as a JSON number (`None` when
/// no leaf of the body tolerates a mistyped value, e.g. a body of booleans the client needs).
fn personal_bodies(case: &Case) -> (String, Option<String>) {
    let personal = case.success_where(|index| Value::from(PERSONAL[index % PERSONAL.len()]));
    let tolerated = case.tolerated(&personal, Value::from(9_876_501_234_u64)).map(|(body, _)| body.to_string());
    (personal.to_string(), tolerated)
}

/// Distinctive values for every credential, and every way they could be shown
/// ([`pspkit_tests::canary::forms`]).
fn canaries(case: &Case) -> (Vec<String>, Vec<String>) {
    let values = case.credentials(|field| canary::value("Leak", field));
    let shown = canary::forms(&values);
    (values, shown)
}

#[tokio::test]
async fn secrets_and_personal_data_never_leak() {
    // Personal data goes into the success body's strings: operations answered with a body.
    let mut tolerated = 0;
    let shapes: Vec<(&str, &str)> =
        cases::per_call_shape().iter().map(|case| (case.provider.name(), case.operation.operation_id)).collect();
    for case in cases::with_body() {
        let transport = shapes.contains(&(case.provider.name(), case.operation.operation_id));
        tolerated += usize::from(check(case, transport).await);
    }
    assert!(tolerated > 0, "no success body tolerated the mistyped phone: its logging went unchecked");
}

/// Runs every scenario of `case` (the transport's too, with `transport`); whether a leaf of its
/// success body tolerated the mistyped phone.
async fn check(case: Case, transport: bool) -> bool {
    let provider = case.provider;
    let logs = Captured::default();
    // Before anything runs a decoder (which meets callsites of its own).
    let _guard = logs.install(tracing::Level::TRACE, FmtSpan::FULL);
    let (success, tolerated) = personal_bodies(&case);
    let (credentials, secrets) = canaries(&case);

    let mut outputs = Vec::new();
    let mut call = async |base_url: &str| {
        let target = Target::new().base_url(base_url).credentials(credentials.clone()).config(config(&success));
        outputs.push(format!("{target:?}"));
        let client = provider.client(&target).expect("valid configuration");
        outputs.push(format!("{client:?}"));
        outputs.extend(render(case.call(&client).await));
        outputs.extend(render(case.call_with_first(&client, "..").await));
    };
    for reply in scenarios(&case, &success, tolerated.as_deref(), transport) {
        let server = TestServer::always(reply).await;
        call(server.base_url()).await;
    }
    if transport {
        let refused = TestServer::always(Reply::json(case.success.status, &success)).await;
        let refused_url = refused.base_url().to_owned();
        drop(refused);
        call(&refused_url).await;
    }

    let logs = logs.text();
    assert!(logs.contains("log.target="), "{provider}: dependencies' `log` records are in the scanned logs");
    let operation = format!("operation=\"{}\"", case.operation.method);
    let status = format!("status={}", case.success.status);
    for field in ["pspkit.call{provider=", &operation, "pspkit.attempt{attempt=1", &status, "latency_ms="] {
        assert!(logs.contains(field), "{provider}: the spans carry `{field}`");
    }
    let has_request_id = !provider.request_id_headers().is_empty();
    assert_eq!(logs.contains("request_id=\"req_traced\""), has_request_id, "{provider}: the request id is traced");
    assert!(
        tolerated.is_none() || logs.contains("the response departed from the spec; tolerated"),
        "{provider} {}: the tolerated phone is logged",
        case.operation.method
    );
    for secret in &secrets {
        for output in &outputs {
            assert!(!output.contains(secret.as_str()), "{provider}: secret {secret:?} leaked in: {output}");
        }
        assert!(!logs.contains(secret.as_str()), "{provider}: secret {secret:?} leaked in the logs");
    }
    for personal in PERSONAL {
        assert!(!logs.contains(personal), "{provider}: personal data {personal:?} was logged");
        for output in outputs.iter().filter(|output| output.starts_with(ERROR)) {
            assert!(!output.contains(personal), "{provider}: personal data {personal:?} in an error: {output}");
        }
    }
    tolerated.is_some()
}

/// The log sink sees what dependencies log through the `log` crate: a secret planted in a
/// `log::trace!` record, as reqwest or rustls would write one, is in the captured text, so the
/// scans above would find a leak there.
#[test]
fn log_records_reach_the_captured_logs() {
    let logs = Captured::default();
    let _guard = logs.install(tracing::Level::TRACE, FmtSpan::NONE);
    let planted = canary::value("Planted", "api_key");
    log::trace!(target: "reqwest::connect", "Authorization: Bearer {planted}");
    assert!(canary::leaked(&[&planted], &logs.text()).is_some(), "the planted record was not captured");
}

#[test]
fn surface_listings_hold_no_credentials() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("surface");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for canary in ["LeakCanary", "LEAKCANARY", "do-not-leak", "s3cr3t", "S3cret"] {
            assert!(!text.contains(canary), "a surface listing contains {canary:?}");
        }
        read += 1;
    }
    assert!(read >= 4, "found {read} surface listings");
}
