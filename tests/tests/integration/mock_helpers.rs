//! The generated httpmock helpers (feature `mock`), as a merchant's own tests use them.

use httpmock::MockServer;

#[tokio::test]
async fn path_matchers_match_ids_with_regex_and_reserved_characters() {
    use pspkit_juspay::mock::MockServerExt;
    use pspkit_juspay::{Client, Credentials, examples, types};

    let server = MockServer::start_async().await;
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

#[tokio::test]
async fn error_helpers_serve_typed_error_bodies() {
    use pspkit_razorpay::mock::MockServerExt;
    use pspkit_razorpay::{Client, Credentials, Error, examples, types};

    let server = MockServer::start_async().await;
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

#[test]
fn every_spec_example_decodes_into_its_generated_type() {
    fn check<T: serde::de::DeserializeOwned, E: serde::de::DeserializeOwned>(all: &[pspkit_runtime::Example]) {
        assert!(!all.is_empty());
        for example in all {
            let decoded = if (200..300).contains(&example.status) {
                serde_json::from_str::<T>(example.body).map(drop)
            } else {
                serde_json::from_str::<E>(example.body).map(drop)
            };
            decoded.unwrap_or_else(|e| panic!("{} {} `{}`: {e}", example.path, example.status, example.name));
        }
    }
    check::<pspkit_razorpay::types::Customer, pspkit_razorpay::types::ErrorResponse>(pspkit_razorpay::examples::ALL);
    check::<pspkit_paisr::types::CustomerResponse, pspkit_paisr::types::ErrorResponse>(pspkit_paisr::examples::ALL);
    check::<pspkit_juspay::types::Customer, pspkit_juspay::types::ErrorResponse>(pspkit_juspay::examples::ALL);
    check::<pspkit_axisfi::types::CustomerDetail, pspkit_axisfi::types::ErrorBody>(pspkit_axisfi::examples::ALL);
}
