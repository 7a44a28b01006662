//! Razorpay in the overhead benchmark: a hand-written reqwest call decoding every documented
//! field of the success body into the struct below (the fair baseline: the same work the
//! generated type does, without pspkit), against the generated client; and the floor: the least
//! work a call with every guarantee does, hand-written straight on reqwest.

use std::time::Duration;

use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue};
use serde::Deserialize;
use tokio::time::{Instant, timeout_at};
use tracing::Instrument;

use super::{Calls, call, leak, plain_http, start_example_server, basic};

#[path = "../plain/razorpay.rs"]
mod plain;

/// Razorpay's customer, hand-written: decodes every documented field of the success body (the
/// fair baseline, as the generated `Customer` does), not just the five a merchant typically reads.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    contact: Option<String>,
    /// Unix seconds.
    created_at: Option<i64>,
    email: Option<String>,
    entity: Option<String>,
    gstin: Option<String>,
    id: String,
    name: Option<String>,
    /// A string map, but Razorpay sends `[]` instead of `{}` when there are none (the spec's
    /// `empty_notes` example), which a `HashMap` refuses: kept as any JSON value.
    notes: Option<serde_json::Value>,
}

/// The floor: what any client that keeps pspkit's guarantees must do per call, and nothing else.
/// The id's pattern checked and percent-encoded into a URL built per call, the credentials and
/// `Accept` headers, the call inside a `pspkit.call` span under one deadline (no retry taken),
/// the body read under a cap, every documented field decoded tolerantly. No `RequestBuilder`, no
/// attempt loop, rate limiter or response metadata (the URL, though, is parsed whole, host
/// included, where the generated client sets the path on its base URL parsed once).
async fn floor(http: &reqwest::Client, base: &str, authorization: &HeaderValue) -> pspkit::razorpay::types::Customer {
    let id: pspkit::razorpay::types::GetCustomerId = "cust_1Aa00000000001".parse().expect("a valid id");
    let segment = percent_encoding::utf8_percent_encode(&id, percent_encoding::NON_ALPHANUMERIC);
    let url = format!("{base}/v1/customers/{segment}");
    let span = tracing::debug_span!("pspkit.call", provider = "razorpay", operation = "get_customer");
    async {
        let mut request = reqwest::Request::new(reqwest::Method::GET, url.parse().expect("a URL"));
        request.headers_mut().insert(ACCEPT, HeaderValue::from_static("application/json"));
        request.headers_mut().insert(AUTHORIZATION, authorization.clone());
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut response = timeout_at(deadline, http.execute(request)).await.expect("in time").expect("a response");
        let _meta = (response.status(), std::mem::take(response.headers_mut()));
        let mut body = Vec::new();
        while let Some(chunk) = timeout_at(deadline, response.chunk()).await.expect("in time").expect("a body") {
            assert!(body.len() + chunk.len() <= 1 << 20, "over the cap");
            body.extend_from_slice(&chunk);
        }
        pspkit_runtime::lenient::decode::<pspkit::razorpay::types::Customer>(&body).expect("decodes").value
    }
    .instrument(span)
    .await
}


/// Razorpay's Get Customer, made each way against its example server.
pub fn calls() -> Vec<Calls> {
    let base = start_example_server(pspkit::razorpay::examples::GET_CUSTOMER_200_SEED.body);
    let headers = vec![("authorization", basic("rzp_test_bench", "bench-secret"))];
    let generated = leak(
        pspkit::razorpay::Client::builder(pspkit::razorpay::Credentials::new("rzp_test_bench", "bench-secret"))
            .base_url(&base)
            .build()
            .expect("a client"),
    );
    let progenitor = leak(plain::Client::new_with_client(&base, plain_http(&headers)));
    // The floor's reqwest client has no total timeout (the deadline is the caller's timer), as the
    // runtime builds it.
    let http = leak(
        reqwest::Client::builder()
            .user_agent("pspkit-razorpay/0.1.0")
            .connect_timeout(Duration::from_secs(10))
            .build()
            .expect("a reqwest client"),
    );
    let authorization = leak(HeaderValue::from_str(&headers[0].1).expect("a header value"));
    let floor_base = leak(base.clone());
    let mut calls = Calls::get::<Customer>(
        "get_customer",
        "pspkit-razorpay/0.1.0",
        format!("{base}/v1/customers/cust_1Aa00000000001"),
        headers,
        call(move || async move { generated.get_customer().id("cust_1Aa00000000001").send().await.is_ok() }),
        call(move || async move {
            let id: plain::types::GetCustomerId = "cust_1Aa00000000001".parse().expect("a valid id");
            progenitor.get_customer(&id).await.is_ok()
        }),
    );
    calls.floor = Some(call(move || async move {
        floor(http, floor_base, authorization).await;
        true
    }));
    vec![calls]
}
