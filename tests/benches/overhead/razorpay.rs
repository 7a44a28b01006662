//! Razorpay in the overhead benchmark: a hand-written reqwest call decoding into the struct
//! below (what a merchant would write without pspkit), against the generated client.

use criterion::Criterion;
use serde::Deserialize;
use tokio::runtime::Runtime;

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

/// Benchmarks Razorpay's Get Customer; its row of the report.
pub fn bench(c: &mut Criterion, runtime: &Runtime) -> Row {
    let base = start_example_server(pspkit::razorpay::examples::GET_CUSTOMER_200_SEED.body);
    provider!(
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
    )
}
