//! Paisr in the overhead benchmark: a hand-written reqwest call decoding every documented field
//! of the success body into the structs below (the fair baseline: the same work the generated
//! type does, without pspkit), against the generated client.

use serde::Deserialize;

use super::{Calls, call, leak, plain_http, start_example_server};

#[path = "../plain/paisr.rs"]
mod plain;

/// Paisr's response envelope (the generated `CustomerResponse`), hand-written: decodes every
/// documented field of the success body (the fair baseline), nested objects included, not just
/// the five a merchant typically reads.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Response {
    data: Customer,
    success: Option<bool>,
}

/// Paisr's customer, every documented field.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    billing_details: Option<BillingDetails>,
    /// RFC 3339, kept as text (the generated type validates the format, not chrono).
    created_at: Option<String>,
    /// An open enum of ISO 4217 codes (`SRD`, `USD`, `EUR` known), kept as text.
    default_currency: Option<String>,
    email: Option<String>,
    id: String,
    metadata: Option<serde_json::Map<String, serde_json::Value>>,
    name: Option<String>,
    phone: Option<String>,
    session: Option<PortalSession>,
    shipping_details: Option<ShippingDetails>,
}

/// A customer's billing address.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct BillingDetails {
    city: Option<String>,
    country: Option<String>,
    line_1: Option<String>,
    line_2: Option<String>,
    state: Option<String>,
    zip_code: Option<String>,
}

/// A customer's shipping address, with the recipient's name and phone.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct ShippingDetails {
    city: Option<String>,
    country: Option<String>,
    line_1: Option<String>,
    line_2: Option<String>,
    name: Option<String>,
    phone: Option<String>,
    state: Option<String>,
    zip_code: Option<String>,
}

/// A self-service billing portal session.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct PortalSession {
    /// RFC 3339, kept as text (the generated type validates the format, not chrono).
    expires_at: Option<String>,
    /// Free text, e.g. `30 minutes`.
    expires_in: Option<String>,
    url: Option<String>,
}


/// Paisr's Get Customer, made each way against its example server.
pub fn calls() -> Vec<Calls> {
    let base = start_example_server(pspkit::paisr::examples::GET_CUSTOMER_200_SEED.body);
    let headers = vec![("authorization", "Bearer bench-token".to_owned())];
    // Paisr's spec rate limit (250/min) is disabled: this measures overhead, not the limiter.
    let generated = leak(
        pspkit::paisr::Client::builder(pspkit::paisr::Credentials::new("bench-token"))
            .base_url(&base)
            .config(pspkit_runtime::Config::default().with_rate_limit(pspkit_runtime::RateLimitSetting::Disabled))
            .build()
            .expect("a client"),
    );
    let progenitor = leak(plain::Client::new_with_client(&base, plain_http(&headers)));
    vec![Calls::get::<Response>(
        "get_customer",
        "pspkit-paisr/0.1.0",
        format!("{base}/customers/cus_123456"),
        headers,
        call(move || async move { generated.get_customer().customer_id("cus_123456").send().await.is_ok() }),
        call(move || async move {
            let id: plain::types::GetCustomerCustomerId = "cus_123456".parse().expect("a valid id");
            progenitor.get_customer(&id).await.is_ok()
        }),
    )]
}
