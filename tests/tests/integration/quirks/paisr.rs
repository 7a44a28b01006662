//! Paisr's quirks, against a real loopback HTTP server: the versioned base path, addresses and
//! metadata, open currencies, every status of its error ranges, its rate limit, its id pattern.

use pspkit::paisr::types::{CurrencyCodeKnown, CustomerResponse, ErrorResponse};
use pspkit::paisr::{Client, Config, Credentials, Environment, Error};
use pspkit_runtime::RetryPolicy;
use pspkit_runtime::types::Open;
use pspkit_tests::server::{Reply, TestServer};
use serde_json::json;

const TOKEN: &str = "paisr_tok_S3cretBearer-do-not-leak";

/// The spec's seed example.
const SEED: &str = pspkit::paisr::examples::GET_CUSTOMER_200_SEED.body;

/// Addresses and metadata present.
/// (A variant beyond the spec's examples, as the provider sends it.)
const WITH_ADDRESSES: &str = r#"{"success":true,"data":{"id":"cus_654321","default_currency":"USD","metadata":{"crm_id":"8812","tier":2},"billing_details":{"line_1":"Example Street 10","city":"Paramaribo","country":"SR","zip_code":null},"shipping_details":{"name":"Raj","line_1":"Example Street 10","city":"Paramaribo","country":"SR"},"created_at":"2024-05-02T16:01:07Z"}}"#;

/// Documented error statuses and bodies.
/// (A variant beyond the spec's examples, as the provider sends it.)
const ERRORS: [(u16, &str); 4] = [
        (401, r#"{"success":false,"message":"Unauthorized."}"#),
        (404, r#"{"success":false,"message":"Customer not found."}"#),
        (429, r#"{"success":false,"message":"Too many requests."}"#),
        (503, r#"{"success":false,"message":"Down."}"#),
    ];

fn client_at(base_url: &str) -> Client {
    Client::builder(Credentials::new(TOKEN)).base_url(base_url).build().expect("valid configuration")
}

async fn fetch(
    server: &TestServer,
    id: &str,
) -> Result<pspkit_runtime::Response<CustomerResponse>, Error<ErrorResponse>> {
    client_at(server.base_url()).get_customer().customer_id(id).send().await
}

#[test]
fn environments_substitute_the_version_variable() {
    assert_eq!(Environment::Live.base_url(), "https://api.live.paisr.tech/v2");
    assert_eq!(Environment::Staging.base_url(), "https://api.staging.paisr.tech/v2");
    assert_eq!(Environment::default(), Environment::Live);
}

#[tokio::test]
async fn sends_a_bearer_request_under_the_base_path() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    let client = client_at(&format!("{}/v2/", server.base_url()));
    client.get_customer().customer_id("cus_123456").send().await.expect("decodes");
    let request = &server.requests()[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, "/v2/customers/cus_123456");
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    // The crate's own version, which codegen moves with the spec (its CHANGELOG.md says why).
    let version = request.header("user-agent").and_then(|agent| agent.strip_prefix("pspkit-paisr/"));
    let changelog = include_str!("../../../../crates/providers/paisr/CHANGELOG.md");
    assert!(version.is_some_and(|v| changelog.contains(&format!("## [{v}]"))), "{:?}", request.header("user-agent"));
    assert_eq!(request.header_names(), ["accept", "authorization", "host", "user-agent"]);
}

#[tokio::test]
async fn decodes_addresses_and_metadata() {
    let server = TestServer::always(Reply::json(200, WITH_ADDRESSES)).await;
    let customer = fetch(&server, "cus_654321").await.expect("decodes").into_inner().data;
    assert_eq!(customer.default_currency, Some(Open::Known(CurrencyCodeKnown::Usd)));
    assert_eq!(customer.billing_details.expect("billing").city.as_deref(), Some("Paramaribo"));
    assert_eq!(customer.shipping_details.expect("shipping").name.as_deref(), Some("Raj"));
    assert_eq!(customer.metadata.expect("metadata")["tier"], json!(2));
}

/// Beyond the spec on purpose: a currency Paisr adds later, and a field it adds later.
#[tokio::test]
async fn decodes_a_currency_and_a_field_added_later() {
    let mut body: serde_json::Value = serde_json::from_str(WITH_ADDRESSES).unwrap();
    body["data"]["default_currency"] = json!("XCG");
    body["data"]["added_later"] = json!(true);
    let server = TestServer::always(Reply::json(200, &body.to_string())).await;
    let customer = fetch(&server, "cus_654321").await.expect("decodes").into_inner().data;
    assert_eq!(customer.default_currency, Some(Open::Unknown("XCG".to_owned())));
}

#[tokio::test]
async fn errors_of_every_status_class_decode_into_the_typed_body() {
    let config = Config::default().with_retry(RetryPolicy::disabled());
    for (status, body) in ERRORS.into_iter().filter(|(status, _)| *status != 429) {
        let message = serde_json::from_str::<serde_json::Value>(body).unwrap()["message"].as_str().unwrap().to_owned();
        let server = TestServer::always(Reply::json(status, body)).await;
        let client = Client::builder(Credentials::new(TOKEN))
            .base_url(server.base_url())
            .config(config.clone())
            .build()
            .unwrap();
        let Err(Error::Provider(error)) = client.get_customer().customer_id("cus_1").send().await else {
            panic!("{status}: provider error")
        };
        assert_eq!(error.meta.status, status);
        assert_eq!(error.body.message, Some(message));
        assert_eq!(error.body.success, Some(false));
    }
}

#[tokio::test]
async fn a_final_429_is_rate_limited_with_the_providers_wait() {
    let (_, body) = ERRORS.into_iter().find(|(status, _)| *status == 429).unwrap();
    let reply = Reply::json(429, body).header("retry-after", "120");
    let server = TestServer::always(reply).await;
    let Err(Error::RateLimited(error)) = fetch(&server, "cus_123456").await else { panic!("rate limited") };
    assert_eq!(error.retry_after, Some(std::time::Duration::from_secs(120)));
    assert_eq!(error.meta.attempts, 1, "a wait past the deadline is not retried");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn the_spec_rate_limit_is_the_default() {
    let limit = pspkit::paisr::PROVIDER.rate_limit.expect("x-pspkit-rate-limit");
    assert_eq!((limit.requests, limit.period), (250, std::time::Duration::from_secs(60)));
}

#[tokio::test]
async fn ids_outside_the_pattern_are_rejected_locally() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    for id in ["", ".", "..", "cus_", "cust_123", "cus_12 34", "cus_\u{0}", "CUS_123"] {
        let Err(Error::InvalidInput(error)) = fetch(&server, id).await else { panic!("{id:?} accepted") };
        assert!(error.message.contains("`customer_id`") && error.message.contains("^cus_"), "{error}");
    }
    assert!(server.requests().is_empty());
}


/// Both eras Paisr has documented decode with no deviation: 2.2.1's session (`expires_in`) and
/// error (`message` at the top), 2.7.0's (`expires_at`; `error: {type, message, data}`), and the
/// typed error keeps 2.7.0's type and message.
#[tokio::test]
async fn both_documented_eras_decode_with_no_deviation() {
    use pspkit::paisr::examples;
    for customer in [examples::GET_CUSTOMER_200_SEED.body, examples::GET_CUSTOMER_200_V2_7_0.body] {
        let server = TestServer::always(Reply::json(200, customer)).await;
        let response = fetch(&server, "cus_123456").await.expect("decodes");
        assert!(response.deviations().is_empty(), "{:?}", response.deviations());
        let session = response.data.session.as_ref().expect("a session");
        assert!(session.expires_in.is_some() != session.expires_at.is_some(), "one era's field: {session:?}");
    }
    let quiet = Config::default().with_retry(RetryPolicy::disabled());
    for (status, era) in [(404, examples::GET_CUSTOMER_400_V2_7_0), (500, examples::GET_CUSTOMER_500_V2_7_0_SERVER)] {
        let server = TestServer::always(Reply::json(status, era.body)).await;
        let client = Client::builder(Credentials::new(TOKEN)).base_url(server.base_url()).config(quiet.clone()).build().unwrap();
        let Err(Error::Provider(error)) = client.get_customer().customer_id("cus_123456").send().await else {
            panic!("HTTP {status}: the documented error")
        };
        assert!(error.meta.deviations.is_empty(), "{:?}", error.meta.deviations);
        let detail = error.body.error.as_ref().expect("2.7.0's nested error");
        assert!(detail.type_.is_some() && detail.message.is_some(), "{detail:?}");
    }
}
