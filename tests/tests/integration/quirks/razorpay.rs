//! Razorpay's quirks, against a real loopback HTTP server: notes sent as `[]`, contacts longer
//! than documented, bodies with only the id, its id pattern, and its mock helpers. What every
//! spec shares (wire, examples, errors, faults, secrets) is tested for every spec elsewhere.

use pspkit::razorpay::types::Customer;
use pspkit::razorpay::{Client, Credentials, Error};
use pspkit_tests::server::{Reply, TestServer};
use serde_json::json;

const KEY_ID: &str = "rzp_test_K3yIdW1reT3st";
const KEY_SECRET: &str = "s3cr3t-RAZORPAY-do-not-leak";
const CUSTOMER_ID: &str = "cust_1Aa00000000001";

/// The spec's seed example.
const SEED: &str = pspkit::razorpay::examples::GET_CUSTOMER_200_SEED.body;

fn client(server: &TestServer) -> Client {
    Client::builder(Credentials::new(KEY_ID, KEY_SECRET)).base_url(server.base_url()).build().expect("valid configuration")
}

async fn fetch(
    server: &TestServer,
) -> Result<pspkit_runtime::Response<Customer>, Error<pspkit::razorpay::types::ErrorResponse>> {
    client(server).get_customer().id(CUSTOMER_ID).send().await
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

/// A response type is `#[non_exhaustive]` (a new field in the spec is additive), so a merchant's
/// test builds one with its builder: what a mock then serves, and the client decodes, field for field.
#[tokio::test]
async fn a_merchants_test_builds_a_response_with_its_builder() {
    use pspkit::razorpay::types::builder;
    let built = Customer::try_from(builder::Customer::default().id(CUSTOMER_ID).name(Some("Test Person".to_owned())))
        .expect("every required field is set");
    let missing = Customer::try_from(builder::Customer::default()).unwrap_err().to_string();
    assert!(missing.contains("id"), "the missing required field is named: {missing}");
    let server = TestServer::always(Reply::json(200, &serde_json::to_string(&built).unwrap())).await;
    let fetched = fetch(&server).await.expect("decodes");
    assert_eq!(serde_json::to_value(&*fetched).unwrap(), serde_json::to_value(&built).unwrap());
}
