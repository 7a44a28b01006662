//! Juspay's quirks, against a real loopback HTTP server: email ids, `+0000` offsets, the client
//! auth token, its several error shapes, the response id as request id, its mock helpers.

use pspkit::juspay::types::{Customer, ErrorResponse};
use pspkit::juspay::{Client, Credentials, Error};
use pspkit_tests::server::{Reply, TestServer};

const API_KEY: &str = "JUSPAY_K3Y_8c1e0f44b2-do-not-leak";
const MERCHANT_ID: &str = "acme_merchant";

/// The spec's seed example.
const SEED: &str = pspkit::juspay::examples::GET_CUSTOMER_200_SEED.body;

/// With a client auth token, `Z` timestamps and nulls.
/// (A variant beyond the spec's examples, as the provider sends it.)
const WITH_TOKEN: &str = r#"{"id":"cst_vsypdzjd12zypfeu","object":"customer","object_reference_id":"ref_795","mobile_number":"7030688664","date_created":"2020-03-17T14:29:17Z","last_updated":"2020-03-17T14:29:17Z","email_address":null,"first_name":"Aman","last_name":null,"mobile_country_code":"91","juspay":{"client_auth_token":"tkn_2a1b","client_auth_token_expiry":"2020-03-17T14:44:17Z"}}"#;

/// Every error shape, at each documented status.
/// (A variant beyond the spec's examples, as the provider sends it.)
const ERRORS: [(u16, &str); 5] = [
        (
            400,
            r#"{"status":"invalid_request_error","error_code":"invalid_request","error_message":"Customer not found","status_id":400,"error_info":{"user_message":"Customer not found","developer_message":"No customer","code":"NOT_FOUND","category":"USER_ERROR","fields":[{"field_name":"customer_id","reason":"Invalid value"}]}}"#,
        ),
        (401, r#"{"status":"error","error_code":"access_denied","status_id":401}"#),
        (403, r#"{"status":"error","error_code":"forbidden","error_message":"Merchant not allowed"}"#),
        (404, r#"{"error":true,"user_message":"Something went wrong. Please try again later."}"#),
        (500, r#"{"status":"error","error_message":"internal"}"#),
    ];

fn client(server: &TestServer) -> Client {
    Client::builder(Credentials::new(API_KEY, MERCHANT_ID)).base_url(server.base_url()).build().expect("valid")
}

async fn fetch(server: &TestServer, id: &str) -> Result<pspkit_runtime::Response<Customer>, Error<ErrorResponse>> {
    client(server).get_customer().customer_id(id).send().await
}

#[tokio::test]
async fn an_email_reference_id_is_percent_encoded() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    fetch(&server, "customer+vip@gmail.com").await.expect("decodes");
    let target = &server.requests()[0].target;
    let segment = target.strip_prefix("/customers/").expect("same endpoint");
    assert_eq!(percent_encoding::percent_decode_str(segment).decode_utf8().unwrap(), "customer+vip@gmail.com");
}

#[tokio::test]
async fn decodes_both_timestamp_forms_and_the_client_auth_token() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    let customer = fetch(&server, "cst_om2l6ctlptxwxuzj").await.expect("seed decodes").into_inner();
    assert_eq!(customer.date_created.as_ref().map(|t| t.timestamp()), Some(1_470_125_272));
    assert_eq!(customer.first_name.as_deref(), Some("John"));
    assert_eq!(customer.mobile_country_code.as_deref(), Some("91"));
    assert!(customer.juspay.is_none());

    let server = TestServer::always(Reply::json(200, WITH_TOKEN)).await;
    let customer = fetch(&server, "cst_vsypdzjd12zypfeu").await.expect("decodes").into_inner();
    assert_eq!(customer.date_created.as_ref().map(|t| t.timestamp()), Some(1_584_455_357));
    assert_eq!(customer.last_name, None);
    let token = customer.juspay.expect("juspay object");
    assert_eq!(token.client_auth_token.as_deref(), Some("tkn_2a1b"));
    assert_eq!(token.client_auth_token_expiry.expect("expiry").timestamp(), 1_584_456_257);
}

#[tokio::test]
async fn an_unparseable_timestamp_is_tolerated_and_reported() {
    let server = TestServer::always(Reply::json(200, &SEED.replace("2016-08-02T08:07:52+0000", "yesterday"))).await;
    let customer = fetch(&server, "cst_1").await.expect("a date nobody needs to find the customer");
    assert_eq!((customer.date_created.as_ref(), customer.last_updated.as_ref()), (None, None));
    let listed: Vec<String> = customer.deviations().iter().map(ToString::to_string).collect();
    assert_eq!(listed, ["/date_created: unparseable date-time", "/last_updated: unparseable date-time"]);
}

#[tokio::test]
async fn an_unusable_identity_is_an_undecodable_body_naming_its_path() {
    let body = SEED.replace(r#""object_reference_id":"customer@gmail.com""#, r#""object_reference_id":{"a":1}"#);
    assert_ne!(body, SEED, "the seed carries the identity this test breaks");
    let server = TestServer::always(Reply::json(200, &body)).await;
    let Err(Error::UnexpectedResponse(error)) = fetch(&server, "cst_1").await else { panic!("expected an error") };
    let pspkit_runtime::UnexpectedReason::UndecodableBody(source) = &error.reason else { panic!("{error}") };
    assert_eq!(
        source.to_string(),
        "/object_reference_id: object for string, and the spec needs it to identify the object"
    );
    assert!(error.to_string().contains(&source.to_string()), "{error}");
}

#[tokio::test]
async fn every_error_shape_decodes_with_the_request_id() {
    for (status, body) in ERRORS {
        let body: serde_json::Value = serde_json::from_str(body).unwrap();
        let reply =
            Reply::json(status, &body.to_string()).header("x-request-id", "req-7f3a").header("x-response-id", "resp-1");
        let server = TestServer::always(reply).await;
        let error = fetch(&server, "cst_1").await.unwrap_err();
        assert_eq!(error.request_id(), Some("req-7f3a"), "{status}");
        assert!(error.to_string().contains("req-7f3a"), "{status}: {error}");
        let Error::Provider(error) = error else { panic!("{status}: provider error") };
        assert_eq!(error.meta.status, status);
        assert_eq!(error.body.error_code.as_deref(), body["error_code"].as_str());
        assert_eq!(error.body.error_message.as_deref(), body["error_message"].as_str());
        assert_eq!(error.body.user_message.as_deref(), body["user_message"].as_str());
        assert_eq!(error.body.error, body["error"].as_bool());
        if let Some(info) = &error.body.error_info {
            assert_eq!(info.fields[0].field_name.as_deref(), Some("customer_id"));
        }
    }
}

#[tokio::test]
async fn the_response_id_is_used_when_no_request_id_is_sent() {
    let server = TestServer::always(Reply::json(200, SEED).header("x-response-id", "resp-9")).await;
    let response = fetch(&server, "cst_1").await.expect("decodes");
    assert_eq!(response.request_id(), Some("resp-9"));
}

#[tokio::test]
async fn dot_segments_empty_and_control_characters_are_rejected_locally() {
    let server = TestServer::always(Reply::json(200, SEED)).await;
    for id in ["", ".", "..", "cst\n1", "cst\u{7f}", "tab\there"] {
        let Err(Error::InvalidInput(error)) = fetch(&server, id).await else { panic!("{id:?} accepted") };
        assert!(error.message.contains("`customer_id`"), "{error}");
    }
    assert!(server.requests().is_empty());
}

/// The generated httpmock helper (feature `mock`), as a merchant's own tests use it, with an id
/// that is an email (Juspay's `object_reference_id`).
#[tokio::test]
async fn path_matchers_match_ids_with_regex_and_reserved_characters() {
    use pspkit::juspay::mock::MockServerExt;
    use pspkit::juspay::{Client, Credentials, examples, types};

    let server = httpmock::MockServer::start_async().await;
    let body: types::Customer = serde_json::from_str(examples::GET_CUSTOMER_200_SEED.body).unwrap();
    let id = "customer+vip.1@gmail.com";
    let mock = server.get_customer(|when, then| {
        when.customer_id(&id.parse().unwrap());
        then.ok(&body);
    });
    // A different id whose raw text would match the unescaped regex `customer+vip.1@gmail.com`.
    let decoy = server.get_customer(|when, then| {
        when.customer_id(&"customerrrvipX1@gmail.com".parse().unwrap());
        then.ok(&body);
    });
    let client = Client::builder(Credentials::new("key", "merchant")).base_url(server.base_url()).build().unwrap();
    let customer = client.get_customer().customer_id(id).send().await.expect("the mock answers");
    assert_eq!(customer.id.as_deref(), Some("cst_om2l6ctlptxwxuzj"));
    mock.assert_async().await;
    decoy.assert_calls_async(0).await;
}
