//! Writes are sent as the caller asked, against a loopback server: a configured header never
//! stands in for the idempotency key, the body's content type or a credential (the client refuses
//! to be built with one), and a key set on one request stays that request's.

use std::time::Duration;

use pspkit_runtime::auth::AuthHeaders;
use pspkit_runtime::{Config, ConfigError, Error, RequestBuilder, Response, Secret, StatusClass};
use pspkit_tests::server::{Reply, TestServer};
use reqwest::header::{HeaderName, HeaderValue};

/// The created object.
#[derive(Debug, serde::Deserialize)]
struct Created {
    #[allow(dead_code, reason = "decoded, never read")]
    id: String,
}

static SCHEMAS: pspkit_runtime::lenient::Schemas = pspkit_runtime::lenient::Schemas::new(
    r#"{"Created":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"x-pspkit-identity":["id"]}}"#,
);

impl pspkit_runtime::lenient::Documented for Created {
    const SCHEMAS: &'static pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "Created";
}

/// A provider that tells copies of a write apart by `idempotency-key`, as Stripe does.
static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "writes",
    user_agent: "pspkit-test/0",
    request_id_headers: &[],
    rate_limit: None,
    idempotency_key: Some("idempotency-key"),
};

/// An API key sent as `x-api-key`.
fn credentials() -> AuthHeaders {
    let mut auth = AuthHeaders::new();
    auth.api_key("x-api-key", &Secret::new("sk_test_writes".to_owned()), "api_key").unwrap();
    auth
}

fn config_with(name: &'static str, value: &'static str) -> Config {
    Config::default().with_header(HeaderName::from_static(name), HeaderValue::from_static(value))
}

/// One POST to `/customers` with `body`, and `headers` set on this request alone.
#[allow(clippy::result_large_err, reason = "the runtime's public `Error`, as every generated `send` returns it")]
async fn create(
    parts: &pspkit_runtime::ClientParts,
    body: serde_json::Value,
    headers: &[(&'static str, &'static str)],
) -> Result<Response<Created>, Error<Created>> {
    let url = parts.context.endpoint(parts.base_url.as_str(), "/customers", "/customers").unwrap();
    let build = || {
        let mut request = RequestBuilder::new(reqwest::Method::POST, url.clone());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.json(&body).build()
    };
    pspkit_runtime::send(&parts.context, &parts.http, build, "create_customer", |status| match status {
        200 => StatusClass::Success,
        _ => StatusClass::Error,
    })
    .await
}

/// A configured header named like the idempotency key, `Content-Type`, `Authorization` or the
/// API-key header is refused when the client is built, naming the header (never its value).
#[test]
fn a_configured_header_the_client_sets_itself_is_refused_when_it_is_built() {
    for name in ["idempotency-key", "content-type", "authorization", "x-api-key"] {
        let config = config_with(name, "from-config");
        let built = pspkit_runtime::build_client(&PROVIDER, credentials(), Some("https://api.example.com"), &config);
        let Err(error) = built else { panic!("`{name}` was accepted as a configured header") };
        assert!(matches!(&error, ConfigError::ReservedHeader { name: refused } if refused == name), "{error:?}");
        assert!(error.to_string().contains(&format!("`{name}`")), "{error}");
        assert!(!format!("{error} {error:?}").contains("from-config"), "the value is never shown: {error}");
    }
    let other = config_with("x-trace-id", "t-1");
    assert!(pspkit_runtime::build_client(&PROVIDER, credentials(), Some("https://api.example.com"), &other).is_ok());
}

/// Three creates with different bodies, the third with the caller's own key: each carries its
/// own key, the third exactly the caller's; a configured header reaches every request but never
/// replaces a header the request sets itself, and the body's `Content-Type` is the body's.
#[tokio::test]
async fn each_write_carries_its_own_key_and_configured_headers_replace_nothing() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"cus_1"}"#)).await;
    let config = config_with("x-trace-id", "from-config")
        .with_header(HeaderName::from_static("x-note"), HeaderValue::from_static("from-config"));
    let parts = pspkit_runtime::build_client(&PROVIDER, credentials(), Some(server.base_url()), &config).unwrap();
    create(&parts, serde_json::json!({"name": "first"}), &[]).await.unwrap();
    create(&parts, serde_json::json!({"name": "second"}), &[("x-note", "the caller's")]).await.unwrap();
    create(&parts, serde_json::json!({"name": "third"}), &[("Idempotency-Key", "caller-own")]).await.unwrap();
    let seen = server.requests_once(3, Duration::from_secs(2)).await;
    let keys: Vec<&str> = seen.iter().map(|request| request.header("idempotency-key").unwrap_or("none")).collect();
    assert_ne!(keys[0], keys[1], "two calls, two keys: {keys:?}");
    assert!(!keys[..2].contains(&"none") && !keys[..2].contains(&"caller-own"), "{keys:?}");
    assert_eq!(keys[2], "caller-own", "the key the caller set on that request");
    for request in &seen {
        assert_eq!(request.header("x-trace-id"), Some("from-config"));
        assert_eq!(request.header("content-type"), Some("application/json"));
        assert_eq!(request.header("x-api-key"), Some("sk_test_writes"));
        assert_eq!(request.headers.iter().filter(|(name, _)| name == "idempotency-key").count(), 1);
    }
    let notes: Vec<Option<&str>> = seen.iter().map(|request| request.header("x-note")).collect();
    assert_eq!(notes, [Some("from-config"), Some("the caller's"), Some("from-config")]);
}

static EDIT_SCHEMAS: pspkit_runtime::lenient::Schemas = pspkit_runtime::lenient::Schemas::new(
    r#"{"CustomerEdit":{"type":"object","properties":{"name":{"type":"string"},"contact":{"type":"string","nullable":true}}}}"#,
);

/// A request type as codegen now emits one (`extra` for what the spec does not list, an optional
/// nullable property with three states).
#[derive(Debug, serde::Deserialize, serde::Serialize)]
struct CustomerEdit {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "pspkit_runtime::lenient::explicit_null"
    )]
    contact: Option<Option<String>>,
    #[serde(flatten)]
    extra: serde_json::Map<String, serde_json::Value>,
}

impl pspkit_runtime::lenient::Documented for CustomerEdit {
    const SCHEMAS: &'static pspkit_runtime::lenient::Schemas = &EDIT_SCHEMAS;
    const SCHEMA: &'static str = "CustomerEdit";
}

/// The same schema as codegen emitted it before: what it does not list, and `null`, dropped.
#[derive(Debug, serde::Deserialize, serde::Serialize)]
struct CustomerEditBefore {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contact: Option<String>,
}

impl pspkit_runtime::lenient::Documented for CustomerEditBefore {
    const SCHEMAS: &'static pspkit_runtime::lenient::Schemas = &EDIT_SCHEMAS;
    const SCHEMA: &'static str = "CustomerEdit";
}

/// A body given as JSON (the CLI's `--body`, `AnyClient::call`) reaches the server as written: a
/// property the spec does not list and an explicit `null` included. A request type that would
/// drop either refuses the body, naming the property, and nothing is sent.
#[tokio::test]
async fn a_json_body_reaches_the_server_as_written_or_is_refused() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"cus_1"}"#)).await;
    let parts =
        pspkit_runtime::build_client(&PROVIDER, credentials(), Some(server.base_url()), &Config::default()).unwrap();
    let text = r#"{"name":"Gaurav","contact":null,"capture_methd":"manual"}"#;
    let body: CustomerEdit = pspkit_runtime::lenient::request_body(text).unwrap();
    create(&parts, serde_json::to_value(&body).unwrap(), &[]).await.unwrap();
    let seen = server.requests_once(1, Duration::from_secs(2)).await;
    let received: serde_json::Value = serde_json::from_slice(&seen[0].body).unwrap();
    assert_eq!(received, serde_json::from_str::<serde_json::Value>(text).unwrap());

    for (text, dropped) in [(text, "/capture_methd"), (r#"{"contact":null}"#, "/contact")] {
        let refused = pspkit_runtime::lenient::request_body::<CustomerEditBefore>(text).unwrap_err();
        assert!(refused.to_string().starts_with(&format!("`{dropped}` cannot be sent as written")), "{refused}");
    }
}

/// A deepObject key that a bracket parser would read as other nesting (`a][b`, an empty key) is
/// an invalid input naming the property, never the key, and nothing is sent.
#[tokio::test]
#[allow(clippy::result_large_err, reason = "the runtime's public `Error`, as every generated `request` returns it")]
async fn a_form_key_that_forges_nesting_is_refused_unsent() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"cus_1"}"#)).await;
    let parts =
        pspkit_runtime::build_client(&PROVIDER, credentials(), Some(server.base_url()), &Config::default()).unwrap();
    let url = parts.context.endpoint(parts.base_url.as_str(), "/customers", "/customers").unwrap();
    for key in ["a][b", ""] {
        let body = serde_json::json!({"name": "Jane", "metadata": {key: "x", "order": "1"}});
        let build = || RequestBuilder::new(reqwest::Method::POST, url.clone()).form(&body, &["metadata"]).build();
        let sent: Result<Response<Created>, Error<Created>> =
            pspkit_runtime::send(&parts.context, &parts.http, build, "create_customer", |_| StatusClass::Success).await;
        let error = sent.unwrap_err();
        assert!(matches!(error, Error::InvalidInput(_)), "{error:?}");
        assert!(error.to_string().contains("`metadata`"), "{error}");
        assert!(key.is_empty() || !error.to_string().contains(key), "the key is never shown: {error}");
    }
    assert!(server.requests().is_empty(), "nothing was sent");
}
