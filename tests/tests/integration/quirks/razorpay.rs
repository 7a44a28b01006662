//! Razorpay client against a real loopback HTTP server: the exact request on the wire, decoding
//! of the documented payloads (and their quirks), every error path, and input validation.

use base64::Engine as _;
use pspkit::razorpay::types::Customer;
use pspkit::razorpay::{Client, Config, ConfigError, Credentials, Environment, Error};
use pspkit_runtime::UnexpectedReason;
use pspkit_tests::server::{Reply, TestServer};
use serde_json::json;

const KEY_ID: &str = "rzp_test_K3yIdW1reT3st";
const KEY_SECRET: &str = "s3cr3t-RAZORPAY-do-not-leak";
const CUSTOMER_ID: &str = "cust_1Aa00000000001";

/// The spec's seed example.
const SEED: &str = pspkit::razorpay::examples::GET_CUSTOMER_200_SEED.body;

/// Documented error statuses and bodies.
/// (A variant beyond the spec's examples, as the provider sends it.)
const ERRORS: [(u16, &str); 4] = [
        (
            400,
            r#"{"error":{"code":"BAD_REQUEST_ERROR","description":"The id provided does not exist","source":"business","step":"payment_initiation","reason":"input_validation_failed","metadata":{},"field":"id"}}"#,
        ),
        (401, r#"{"error":{"code":"BAD_REQUEST_ERROR","description":"Authentication failed"}}"#),
        (
            500,
            r#"{"error":{"code":"SERVER_ERROR","description":"The server encountered an error.","source":null,"step":null,"reason":null,"metadata":null,"field":null}}"#,
        ),
        (503, r#"{"error":{"code":"SERVER_ERROR","description":"Service unavailable"}}"#),
    ];

fn client(server: &TestServer) -> Client {
    client_at(server.base_url())
}

fn client_at(base_url: &str) -> Client {
    Client::builder(Credentials::new(KEY_ID, KEY_SECRET)).base_url(base_url).build().expect("valid configuration")
}

async fn fetch(
    server: &TestServer,
) -> Result<pspkit_runtime::Response<Customer>, Error<pspkit::razorpay::types::ErrorResponse>> {
    client(server).get_customer().id(CUSTOMER_ID).send().await
}

#[tokio::test]
async fn sends_exactly_the_documented_request() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    fetch(&server).await.expect("seed example decodes");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/v1/customers/cust_1Aa00000000001");
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{KEY_ID}:{KEY_SECRET}"));
    assert_eq!(request.header("authorization"), Some(format!("Basic {basic}").as_str()));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("user-agent"), Some(concat!("pspkit-razorpay/", "0.1.0")));
    assert_eq!(
        request.header_names(),
        ["accept", "authorization", "host", "user-agent"],
        "no stray headers (api-version)"
    );
}

#[tokio::test]
async fn trailing_slash_in_base_url_does_not_double_the_path_separator() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    let client = client_at(&format!("{}/", server.base_url()));
    client.get_customer().id(CUSTOMER_ID).send().await.expect("decodes");
    assert_eq!(server.requests()[0].target, "/v1/customers/cust_1Aa00000000001");
}

#[tokio::test]
async fn decodes_the_seed_example() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    let response = fetch(&server).await.expect("seed example decodes");
    assert_eq!(response.status(), 200);
    let customer = response.into_inner();
    assert_eq!(customer.id, CUSTOMER_ID);
    assert_eq!(customer.entity.as_deref(), Some("customer"));
    assert_eq!(customer.name.as_deref(), Some("Gaurav Kumar"));
    assert_eq!(customer.email.as_deref(), Some("gaurav.kumar@example.com"));
    assert_eq!(customer.contact.as_deref(), Some("9123456780"));
    assert_eq!(customer.gstin, None);
    assert_eq!(customer.created_at, Some(1_655_298_731));
    let notes = customer.notes.expect("notes present");
    assert_eq!(notes.get("notes_key_1").map(String::as_str), Some("Tea, Earl Grey, Hot"));
    assert_eq!(notes.get("notes_key_2").map(String::as_str), Some("Tea, Earl Grey… decaf."));
}

#[tokio::test]
async fn decodes_empty_notes_sent_as_an_array_and_ignores_unknown_fields() {
    let mut body: serde_json::Value = serde_json::from_str(SEED).unwrap();
    body["notes"] = json!([]);
    body["gstin"] = json!("29XAbbA4369J1PA");
    body["a_field_added_next_year"] = json!({"nested": [1, 2, 3]});
    let server = TestServer::always(Reply::json(200, &body.to_string())).await;
    let customer = fetch(&server).await.expect("decodes").into_inner();
    assert!(customer.notes.expect("notes present").is_empty());
    assert_eq!(customer.gstin.as_deref(), Some("29XAbbA4369J1PA"));
}

#[tokio::test]
async fn a_contact_longer_than_documented_still_decodes() {
    let body = SEED.replace("\"9123456780\"", "\"+91 91234 567 8012\"");
    let server = TestServer::always(Reply::json(200, &body)).await;
    let customer = fetch(&server).await.expect("decodes").into_inner();
    assert_eq!(customer.contact.as_deref(), Some("+91 91234 567 8012"));
}

#[tokio::test]
async fn documented_errors_decode_into_the_typed_body() {
    for (status, body) in ERRORS {
        let server = TestServer::always(Reply::json(status, body).header("x-razorpay-request-id", "req_42")).await;
        let Err(Error::Provider(error)) = fetch(&server).await else {
            panic!("HTTP {status}: expected a provider error")
        };
        assert_eq!(error.meta.status, status);
        let expected: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(error.body.error.code.as_deref(), expected["error"]["code"].as_str());
        assert_eq!(error.body.error.description.as_deref(), expected["error"]["description"].as_str());
        assert_eq!(error.body.error.field.as_deref(), expected["error"]["field"].as_str());
        assert_eq!(error.meta.headers.get("x-razorpay-request-id").unwrap(), "req_42");
        assert!(Error::Provider(error).to_string().contains(&status.to_string()));
    }
}

#[tokio::test]
async fn undocumented_status_keeps_status_headers_and_raw_body() {
    let server = TestServer::always(Reply::raw(418, "text/plain", b"I'm a teapot").header("x-trace", "t1")).await;
    let Err(Error::UnexpectedResponse(error)) = fetch(&server).await else { panic!("expected an unexpected response") };
    assert_eq!(error.meta.status, 418);
    assert_eq!(error.meta.headers.get("x-trace").unwrap(), "t1");
    assert_eq!(&error.body[..], b"I'm a teapot");
    assert!(matches!(error.reason, UnexpectedReason::UndocumentedStatus));
    let message = error.to_string();
    assert!(
        message.contains("418") && message.contains("does not document") && message.contains("teapot"),
        "{message}"
    );
}

#[tokio::test]
async fn undescribed_error_body_keeps_its_status() {
    let server = TestServer::always(Reply::json(400, r#"{"message":"not razorpay's shape"}"#)).await;
    let Err(Error::UnexpectedResponse(error)) = fetch(&server).await else { panic!("expected an unexpected response") };
    assert_eq!(error.meta.status, 400);
    assert_eq!(&error.body[..], br#"{"message":"not razorpay's shape"}"#);
    assert!(matches!(error.reason, UnexpectedReason::UndecodableBody(_)));
}

#[tokio::test]
async fn non_json_truncated_and_id_less_success_bodies_are_typed_errors() {
    let bodies: [&[u8]; 4] = [b"<html>gateway</html>", &SEED.as_bytes()[..40], br#"{"created_at":1655298731}"#, b""];
    for body in bodies {
        let server = TestServer::always(Reply::raw(200, "application/json", body)).await;
        let Err(Error::UnexpectedResponse(error)) = fetch(&server).await else { panic!("{body:?}: expected an error") };
        assert_eq!(error.meta.status, 200);
        assert_eq!(&error.body[..], body);
        assert!(matches!(error.reason, UnexpectedReason::UndecodableBody(_)));
    }
}

/// The audit's case: five official SDKs' docs misspell `created_at` in their example.
#[tokio::test]
async fn a_body_with_only_the_id_decodes_and_lists_what_it_lacks() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"cust_1Aa00000000001","created_at ":1}"#)).await;
    let customer = fetch(&server).await.expect("the id is all a lookup needs");
    assert_eq!((customer.id.as_str(), customer.created_at), ("cust_1Aa00000000001", None));
    let listed: Vec<String> = customer.deviations().iter().map(ToString::to_string).collect();
    assert_eq!(listed, ["/created_at: missing"]);
}

#[tokio::test]
async fn invalid_ids_are_rejected_before_anything_is_sent() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    let client = client(&server);
    for id in [
        "",
        ".",
        "..",
        "cust_short",
        "cust_1Aa0000000000/",
        "cust_1Aa00000000001?x=1",
        "cus_1Aa00000000001",
        "cust_1Aa0000000000é",
    ] {
        let Err(Error::InvalidInput(error)) = client.get_customer().id(id).send().await else {
            panic!("{id:?} should be rejected locally");
        };
        assert!(error.message.contains("`id`") && error.message.contains("^cust_[A-Za-z0-9]{14}$"), "{error}");
    }
    let Err(Error::InvalidInput(error)) = client.get_customer().send().await else { panic!("missing id") };
    assert!(error.message.contains("required parameter `id` was not set"), "{error}");
    assert!(server.requests().is_empty(), "no request may reach the server");
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    let base_url = server.base_url().to_owned();
    drop(server);
    let error = client_at(&base_url).get_customer().id(CUSTOMER_ID).send().await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_eq!(error.status(), None);
}

#[test]
fn environments_come_from_the_spec() {
    assert_eq!(Environment::Production.base_url(), "https://api.razorpay.com");
    assert_eq!(Environment::ALL, [Environment::Production]);
    assert_eq!(Environment::default(), Environment::Production);
}

#[test]
fn unsafe_base_urls_are_configuration_errors() {
    let credentials = Credentials::new(KEY_ID, KEY_SECRET);
    for url in ["http://api.razorpay.com", "ftp://127.0.0.1", "not a url", "https://api.razorpay.com/?q=1"] {
        let error = Client::builder(credentials.clone()).base_url(url).build().unwrap_err();
        assert!(matches!(error, ConfigError::InvalidBaseUrl { .. }), "{url}: {error}");
    }
    let config = Config::default().with_attempt_timeout(std::time::Duration::from_secs(5));
    assert!(Client::builder(credentials).config(config).environment(Environment::Production).build().is_ok());
}

#[tokio::test]
async fn secrets_never_appear_in_debug_or_error_output() {
    let credentials = Credentials::new(KEY_ID, KEY_SECRET);
    let server = TestServer::always(Reply::raw(418, "text/plain", b"teapot")).await;
    let builder = Client::builder(credentials.clone()).base_url(server.base_url());
    let client = builder.clone().build().unwrap();
    let error = client.get_customer().id(CUSTOMER_ID).send().await.unwrap_err();
    let invalid = client.get_customer().id("..").send().await.unwrap_err();
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{KEY_ID}:{KEY_SECRET}"));
    let outputs = [
        format!("{credentials:?}"),
        format!("{builder:?}"),
        format!("{client:?}"),
        format!("{error:?}"),
        error.to_string(),
        format!("{invalid:?}"),
        invalid.to_string(),
    ];
    for output in outputs {
        for secret in [KEY_SECRET, basic.as_str()] {
            assert!(!output.contains(secret), "secret leaked in: {output}");
        }
    }
    assert!(format!("{credentials:?}").contains("REDACTED"));
}

/// The generated httpmock helpers serve typed error bodies.
#[tokio::test]
async fn error_helpers_serve_typed_error_bodies() {
    use pspkit::razorpay::mock::MockServerExt;
    use pspkit::razorpay::{Client, Credentials, Error, examples, types};

    let server = httpmock::MockServer::start_async().await;
    let error: types::ErrorResponse = serde_json::from_str(examples::GET_CUSTOMER_400_EXAMPLE.body).unwrap();
    server.get_customer(|when, then| {
        when.id(&"cust_1Aa00000000001".parse().unwrap());
        then.bad_request(&error);
    });
    let client = Client::builder(Credentials::new("k", "s")).base_url(server.base_url()).build().unwrap();
    let Err(Error::Provider(got)) = client.get_customer().id("cust_1Aa00000000001").send().await else {
        panic!("a provider error")
    };
    assert_eq!(got.meta.status, 400);
    assert_eq!(got.body.error.description.as_deref(), Some("The id provided does not exist"));
}
