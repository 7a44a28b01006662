//! AxisFI's quirks, against a real loopback HTTP server: no public host, either of two ids in the
//! query, ids of any shape, decimal revenue and open statuses, free-form error bodies.

use pspkit::axisfi::types::{CustomerDetail, ErrorBody};
use pspkit::axisfi::{Client, ConfigError, Credentials, Error};
use pspkit_runtime::UnexpectedReason;
use pspkit_runtime::types::Open;
use pspkit_tests::server::{Reply, TestServer};
use serde_json::json;

const API_KEY: &str = "axis_key_2b7e151628aed2a6";
const API_SECRET: &str = "axis_secret_abf7158809cf4f3c-do-not-leak";
const CUSTOMER_ID: &str = "cus_9f86d081884c7d659a2feaa0c55ad015";

/// The spec's seed example.
const SEED: &str = pspkit::axisfi::examples::GET_CUSTOMER_200_SEED.body;

fn seed() -> serde_json::Value {
    serde_json::from_str(SEED).unwrap()
}

fn client(server: &TestServer) -> Client {
    Client::builder(Credentials::new(API_KEY, API_SECRET)).base_url(server.base_url()).build().expect("valid")
}

async fn fetch(server: &TestServer) -> Result<pspkit_runtime::Response<CustomerDetail>, Error<ErrorBody>> {
    client(server).get_customer().customer_id(CUSTOMER_ID).send().await
}

#[test]
fn the_base_url_is_required_and_plain_http_only_reaches_loopback() {
    let credentials = Credentials::new(API_KEY, API_SECRET);
    let missing = Client::builder(credentials.clone()).build().unwrap_err();
    assert!(matches!(missing, ConfigError::MissingBaseUrl), "{missing}");
    assert!(missing.to_string().contains("base_url"));
    let remote = Client::builder(credentials.clone()).base_url("http://axisfi.example.com").build().unwrap_err();
    assert!(matches!(remote, ConfigError::InvalidBaseUrl { .. }));
    assert!(Client::builder(credentials.clone()).base_url("http://127.0.0.1:8083").build().is_ok());
    assert!(Client::builder(credentials).base_url("https://axisfi.example.com").build().is_ok());
}

#[tokio::test]
async fn a_partner_customer_id_alone_is_enough_and_is_query_encoded() {
    let server = TestServer::always(Reply::json(200, &seed().to_string())).await;
    client(&server).get_customer().partner_customer_id("partner 1&x=2").send().await.expect("decodes");
    assert_eq!(server.requests()[0].target, "/api/customers/detail?partner_customer_id=partner+1%26x%3D2");
}

#[tokio::test]
async fn a_call_without_either_id_or_with_a_dot_segment_id_sends_nothing() {
    let server = TestServer::always(Reply::json(200, &seed().to_string())).await;
    let Err(Error::InvalidInput(error)) = client(&server).get_customer().send().await else { panic!("no id accepted") };
    assert!(error.message.contains("at least one of `customer_id`, `partner_customer_id`"), "{error}");
    for id in ["", ".", ".."] {
        let Err(Error::InvalidInput(error)) = client(&server).get_customer().customer_id(id).send().await else {
            panic!("{id:?} accepted")
        };
        assert!(error.message.contains("`customer_id`"), "{error}");
    }
    assert!(server.requests().is_empty());
}

/// An empty partner id is a value the spec allows (it has no pattern): it is sent, not refused.
#[tokio::test]
async fn an_empty_partner_id_is_sent() {
    let server = TestServer::always(Reply::json(200, &seed().to_string())).await;
    client(&server).get_customer().partner_customer_id("").send().await.expect("sent and decoded");
    assert_eq!(server.requests()[0].target, "/api/customers/detail?partner_customer_id=");
}

/// The audit: AxisFI documents no id format, so ids the old `cus_` + 32 hex pattern refused are sent.
#[tokio::test]
async fn ids_of_any_documented_shape_are_sent_query_encoded() {
    let server = TestServer::always(Reply::json(200, &seed().to_string())).await;
    for id in ["cus_123", "CUS-9F86D081", "../x"] {
        client(&server).get_customer().customer_id(id).send().await.expect("sent and decoded");
    }
    let targets: Vec<String> = server.requests().iter().map(|request| request.target.clone()).collect();
    assert_eq!(
        targets,
        [
            "/api/customers/detail?customer_id=cus_123",
            "/api/customers/detail?customer_id=CUS-9F86D081",
            "/api/customers/detail?customer_id=..%2Fx"
        ]
    );
}

#[tokio::test]
async fn decodes_decimal_revenue_business_details_and_an_unknown_status() {
    let mut body = seed();
    body["status"] = json!("UnderReview");
    body["account_usage"]["estimated_monthly_revenue_amount"] = json!(125000.5);
    body["business_details"] =
        json!({"business_name": "Example Software Limited", "business_identifier_document_list": ["file_1"]});
    body["registration_address"] = json!({"registration_address_city": "Hong Kong"});
    let server = TestServer::always(Reply::json(200, &body.to_string())).await;
    let customer = fetch(&server).await.expect("decodes").into_inner();
    assert_eq!(customer.status, Some(Open::Unknown("UnderReview".to_owned())));
    assert_eq!(customer.account_usage.and_then(|u| u.estimated_monthly_revenue_amount), Some(125000.5));
    let details = customer.business_details.expect("business details");
    assert_eq!(details.business_identifier_document_list, ["file_1"]);
    assert_eq!(customer.registration_address.and_then(|a| a.registration_address_city).as_deref(), Some("Hong Kong"));
}

#[tokio::test]
async fn any_json_error_object_is_kept_and_anything_else_is_an_unexpected_response() {
    let server =
        TestServer::always(Reply::json(404, r#"{"code":"NOT_FOUND","message":"customer not found","trace":[1]}"#))
            .await;
    let Err(Error::Provider(error)) = fetch(&server).await else { panic!("provider error") };
    assert_eq!(error.meta.status, 404);
    assert_eq!(error.body["code"], json!("NOT_FOUND"));
    assert_eq!(error.body["trace"], json!([1]));

    for (status, content_type, body) in [(500, "text/html", "<h1>bad gateway</h1>"), (400, "application/json", "[1,2]")]
    {
        let server = TestServer::always(Reply::raw(status, content_type, body.as_bytes())).await;
        let Err(Error::UnexpectedResponse(error)) = fetch(&server).await else { panic!("{status}: unexpected") };
        assert_eq!(error.meta.status, status);
        assert_eq!(&error.body[..], body.as_bytes());
        assert!(matches!(error.reason, UnexpectedReason::UndecodableBody(_)));
    }
}

