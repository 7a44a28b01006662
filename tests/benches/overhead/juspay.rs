//! Juspay in the overhead benchmark: a hand-written reqwest call decoding every documented field
//! of the success body into the structs below (the fair baseline: the same work the generated
//! type does, without pspkit), against the generated client.

use serde::Deserialize;

use super::{Calls, call, leak, plain_http, start_example_server, basic};

#[path = "../plain/juspay.rs"]
mod plain;

/// Juspay's customer, hand-written: decodes every documented field of the success body (the fair
/// baseline, as the generated `Customer` does), nested objects included, not just the five a
/// merchant typically reads.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    customer_id: Option<String>,
    /// ISO 8601, kept as text (the generated type validates the format, not chrono).
    date_created: Option<String>,
    email_address: Option<String>,
    first_name: Option<String>,
    id: Option<String>,
    juspay: Option<ClientAuthToken>,
    last_name: Option<String>,
    /// ISO 8601, kept as text (the generated type validates the format, not chrono).
    last_updated: Option<String>,
    mobile_country_code: Option<String>,
    mobile_number: Option<String>,
    object: Option<String>,
    object_reference_id: String,
}

/// The client auth token Juspay adds with `options.get_client_auth_token=true`.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct ClientAuthToken {
    client_auth_token: Option<String>,
    /// ISO 8601, kept as text (the generated type validates the format, not chrono).
    client_auth_token_expiry: Option<String>,
}


/// Juspay's Get Customer, made each way against its example server.
pub fn calls() -> Vec<Calls> {
    let base = start_example_server(pspkit::juspay::examples::GET_CUSTOMER_200_SEED.body);
    let headers = vec![("authorization", basic("bench-key", "")), ("x-merchantid", "bench-merchant".to_owned())];
    let generated = leak(
        pspkit::juspay::Client::builder(pspkit::juspay::Credentials::new("bench-key", "bench-merchant"))
            .base_url(&base)
            .build()
            .expect("a client"),
    );
    let progenitor = leak(plain::Client::new_with_client(&base, plain_http(&headers)));
    vec![Calls::get::<Customer>(
        "get_customer",
        "pspkit-juspay/0.1.0",
        format!("{base}/customers/cst_om2l6ctlptxwxuzj"),
        headers,
        call(move || async move { generated.get_customer().customer_id("cst_om2l6ctlptxwxuzj").send().await.is_ok() }),
        call(move || async move {
            let id: plain::types::GetCustomerCustomerId = "cst_om2l6ctlptxwxuzj".parse().expect("a valid id");
            progenitor.get_customer(&id, None, None, None).await.is_ok()
        }),
    )]
}
