//! Distinctive credentials through every error path of every provider: they must never appear in
//! `Display`, `Debug`, the tracing output (captured at TRACE level, dependencies' events
//! included) or the snapshots. Customer name, email and phone, sent in undocumented and
//! undecodable bodies (and in tolerated ones, whose deviations are logged), must never be logged
//! nor appear in any error's `Display` or `Debug`.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use base64::Engine as _;
use pspkit_runtime::{Config, RetryPolicy};
use pspkit_tests::logs::Captured;
use pspkit_tests::server::{Fault, Reply, TestServer};
use tracing_subscriber::fmt::format::FmtSpan;

/// Runs a provider's call against `base_url` and returns the Debug and Display of what came back.
type Call = fn(String, Config) -> Pin<Box<dyn Future<Output = Vec<String>>>>;

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

/// The replies that drive every error path (and one success, for the logs).
fn scenarios(success: &str) -> Vec<Reply> {
    vec![
        Reply::json(200, success).header("x-razorpay-request-id", "req_traced").header("x-request-id", "req_traced"),
        Reply::json(
            400,
            r#"{"error":{"code":"BAD_REQUEST_ERROR","description":"bad"},"success":false,"message":"bad"}"#,
        ),
        Reply::json(401, r#"{"unexpected":"9876501234"}"#),
        Reply::raw(418, "text/plain", b"teapot for leaky.person@example.com"),
        Reply::json(200, "<html>Leaky Person: not json</html>"),
        // serde's message quotes a mistyped value: `invalid type: string "leaky.person@…"`.
        Reply::json(200, r#""leaky.person@example.com""#),
        // No identity, personal data in keys and values: an undecodable body named by path only.
        Reply::json(200, r#"{"leaky.person@example.com":{"name":"Leaky Person","phone":9876501234}}"#),
        // The phone as a JSON number: tolerated, and logged (WARN) by path, never by value.
        Reply::json(200, &success.replace(r#""9876501234""#, "9876501234")),
        Reply::json(429, "{}").header("retry-after", "0"),
        Reply::json(503, "{}"),
        Reply::json(200, success).with_fault(Fault::Truncate(10)),
        Reply::reset(),
        Reply::json(200, success).delayed(Duration::from_millis(300)),
        Reply::json(200, &format!("{success}{}", " ".repeat(2048))),
    ]
}

fn config() -> Config {
    Config::default()
        .with_retry(RetryPolicy::default().with_delays(Duration::ZERO, Duration::from_millis(5)))
        .with_attempt_timeout(Duration::from_millis(100))
        .with_max_body_bytes(1024)
}

async fn check(call: Call, success: &str, secrets: &[String], has_request_id: bool) {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::FULL)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let mut outputs = Vec::new();
    for reply in scenarios(success) {
        let server = TestServer::always(reply).await;
        outputs.extend(call(server.base_url().to_owned(), config()).await);
    }
    let refused = TestServer::always(Reply::json(200, success)).await;
    let refused_url = refused.base_url().to_owned();
    drop(refused);
    outputs.extend(call(refused_url, config()).await);

    let logs = logs.text();
    for field in
        ["pspkit.call{provider=", "operation=\"get_customer\"", "pspkit.attempt{attempt=1", "status=200", "latency_ms="]
    {
        assert!(logs.contains(field), "the spans carry `{field}`");
    }
    assert_eq!(logs.contains("request_id=\"req_traced\""), has_request_id, "the request id is traced");
    assert!(logs.contains("the response departed from the spec; tolerated"), "the tolerated phone is logged: {logs}");
    for secret in secrets {
        for output in &outputs {
            assert!(!output.contains(secret.as_str()), "secret {secret:?} leaked in: {output}");
        }
        assert!(!logs.contains(secret.as_str()), "secret {secret:?} leaked in the logs");
    }
    for personal in PERSONAL {
        assert!(!logs.contains(personal), "personal data {personal:?} was logged");
        for output in outputs.iter().filter(|output| output.starts_with(ERROR)) {
            assert!(!output.contains(personal), "personal data {personal:?} in an error: {output}");
        }
    }
}

fn basic(user: &str, password: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
}

#[tokio::test]
async fn razorpay_secrets_never_leak() {
    const KEY: &str = "rzp_live_LEAKCANARYKEY01";
    const SECRET: &str = "LeakCanarySecretRazorpay9";
    let call: Call = |base, config| {
        Box::pin(async move {
            let client = pspkit_razorpay::Client::builder(pspkit_razorpay::Credentials::new(KEY, SECRET))
                .base_url(base)
                .config(config)
                .build()
                .unwrap();
            let mut out = vec![format!("{client:?}")];
            out.extend(render(client.get_customer().id("cust_1Aa00000000001").send().await));
            out.extend(render(client.get_customer().id("..").send().await));
            out
        })
    };
    let success = r#"{"id":"cust_1Aa00000000001","entity":"customer","name":"Leaky Person","email":"leaky.person@example.com","contact":"9876501234","created_at":1}"#;
    check(call, success, &[SECRET.to_owned(), basic(KEY, SECRET)], true).await;
}

#[tokio::test]
async fn paisr_secrets_never_leak() {
    const TOKEN: &str = "paisr_LeakCanaryBearerToken7";
    let call: Call = |base, config| {
        Box::pin(async move {
            let client = pspkit_paisr::Client::builder(pspkit_paisr::Credentials::new(TOKEN))
                .base_url(base)
                .config(config)
                .build()
                .unwrap();
            let mut out = vec![format!("{client:?}")];
            out.extend(render(client.get_customer().customer_id("cus_1").send().await));
            out.extend(render(client.get_customer().customer_id("").send().await));
            out
        })
    };
    let success = r#"{"success":true,"data":{"id":"cus_1","name":"Leaky Person","email":"leaky.person@example.com","phone":"9876501234"}}"#;
    check(call, success, &[TOKEN.to_owned()], false).await;
}

#[tokio::test]
async fn juspay_secrets_never_leak() {
    const KEY: &str = "JUSPAYLEAKCANARYAPIKEY42";
    let call: Call = |base, config| {
        Box::pin(async move {
            let client = pspkit_juspay::Client::builder(pspkit_juspay::Credentials::new(KEY, "merchant_1"))
                .base_url(base)
                .config(config)
                .build()
                .unwrap();
            let mut out = vec![format!("{client:?}")];
            out.extend(render(client.get_customer().customer_id("leaky.person@example.com").send().await));
            out.extend(render(client.get_customer().customer_id("..").send().await));
            out
        })
    };
    let success = r#"{"id":"cst_1","object":"customer","object_reference_id":"leaky.person@example.com","mobile_number":"9876501234","first_name":"Leaky Person","date_created":"2020-03-17T14:29:17Z","last_updated":"2020-03-17T14:29:17Z"}"#;
    check(call, success, &[KEY.to_owned(), basic(KEY, "")], true).await;
}

#[tokio::test]
async fn axisfi_secrets_never_leak() {
    const KEY: &str = "axis_LeakCanaryApiKey55";
    const SECRET: &str = "axis_LeakCanaryApiSecret66";
    let call: Call = |base, config| {
        Box::pin(async move {
            let client = pspkit_axisfi::Client::builder(pspkit_axisfi::Credentials::new(KEY, SECRET))
                .base_url(base)
                .config(config)
                .build()
                .unwrap();
            let mut out = vec![format!("{client:?}")];
            out.extend(render(client.get_customer().partner_customer_id("leaky.person@example.com").send().await));
            out.extend(render(client.get_customer().send().await));
            out
        })
    };
    let success = r#"{"customer_id":"cus_1","primary_contact":{"contact_phone":"9876501234","contact_email":"leaky.person@example.com"}}"#;
    check(call, success, &[KEY.to_owned(), SECRET.to_owned()], false).await;
}

#[test]
fn snapshots_hold_no_credentials() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/snapshots");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for canary in ["LeakCanary", "LEAKCANARY", "do-not-leak", "s3cr3t", "S3cret"] {
            assert!(!text.contains(canary), "a snapshot contains {canary:?}");
        }
    }
}
