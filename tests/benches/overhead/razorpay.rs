//! Razorpay in the overhead benchmark: a hand-written reqwest call decoding into the struct
//! below (what a merchant would write without pspkit), against the generated client; and the
//! floor: the least work a call with every guarantee does, hand-written straight on reqwest.

use std::time::Duration;

use criterion::Criterion;
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue};
use serde::Deserialize;
use tokio::runtime::Runtime;
use tokio::time::{Instant, timeout_at};
use tracing::Instrument;

use super::{Row, basic, start_example_server};

/// Razorpay's customer, hand-written with only the fields a merchant typically reads.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    id: String,
    name: Option<String>,
    email: Option<String>,
    contact: Option<String>,
    created_at: i64,
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

/// Benchmarks Razorpay's Get Customer; its row of the report, with the floor.
pub fn bench(c: &mut Criterion, runtime: &Runtime) -> Row {
    let base = start_example_server(pspkit::razorpay::examples::GET_CUSTOMER_200_SEED.body);
    let mut row = provider!(
        c,
        runtime,
        "razorpay",
        "pspkit-razorpay/0.1.0",
        format!("{base}/v1/customers/cust_1Aa00000000001"),
        [("authorization", basic("rzp_test_bench", "bench-secret"))],
        Customer,
        pspkit::razorpay::Client::builder(pspkit::razorpay::Credentials::new("rzp_test_bench", "bench-secret"))
            .base_url(&base)
            .build()
            .unwrap(),
        |client| client.get_customer().id("cust_1Aa00000000001").send()
    );
    // The same clients as the row's: reqwest with a total timeout for the baseline, without one
    // (the deadline is the caller's timer) for the floor, as the runtime builds it.
    let builder = || reqwest::Client::builder().user_agent("pspkit-razorpay/0.1.0").connect_timeout(Duration::from_secs(10));
    let (hand, plain) = (builder().timeout(Duration::from_secs(30)).build().unwrap(), builder().build().unwrap());
    let (url, headers) = (format!("{base}/v1/customers/cust_1Aa00000000001"), [("authorization", basic("rzp_test_bench", "bench-secret"))]);
    let authorization = HeaderValue::from_str(&headers[0].1).expect("a header value");
    let typed = || crate::baseline::get_json::<Customer>(&hand, &url, &headers);
    let least = || floor(&plain, &base, &authorization);
    row.floor = Some(runtime.block_on(crate::interleaved(&typed, &least)));
    row
}
