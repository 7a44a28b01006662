//! Paisr in the overhead benchmark: a hand-written reqwest call decoding into the struct
//! below (what a merchant would write without pspkit), against the generated client.

use criterion::Criterion;
use serde::Deserialize;
use tokio::runtime::Runtime;

use super::{Row, start_example_server};

/// Paisr's response envelope.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Response {
    success: bool,
    data: Customer,
}

/// Paisr's customer, with only the fields a merchant typically reads.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    id: String,
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    /// RFC 3339, kept as text.
    created_at: Option<String>,
}

/// Benchmarks Paisr's Get Customer; its row of the report.
pub fn bench(c: &mut Criterion, runtime: &Runtime) -> Row {
    let base = start_example_server(pspkit::paisr::examples::GET_CUSTOMER_200_SEED.body);
    // Paisr's spec rate limit (250/min) is disabled: this measures overhead, not the limiter.
    provider!(
        c,
        runtime,
        "paisr",
        "pspkit-paisr/0.1.0",
        format!("{base}/customers/cus_123456"),
        [("authorization", "Bearer bench-token".to_owned())],
        Response,
        pspkit::paisr::Client::builder(pspkit::paisr::Credentials::new("bench-token"))
            .base_url(&base)
            .config(pspkit_runtime::Config::default().with_rate_limit(pspkit_runtime::RateLimitSetting::Disabled))
            .build()
            .unwrap(),
        |client| client.get_customer().customer_id("cus_123456").send()
    )
}
