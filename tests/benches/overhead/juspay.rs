//! Juspay in the overhead benchmark: a hand-written reqwest call decoding into the struct
//! below (what a merchant would write without pspkit), against the generated client.

use criterion::Criterion;
use serde::Deserialize;
use tokio::runtime::Runtime;

use super::{Row, basic, start_example_server};

/// Juspay's customer, with only the fields a merchant typically reads.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    id: String,
    object_reference_id: String,
    mobile_number: String,
    first_name: Option<String>,
    last_name: Option<String>,
    /// Kept as text.
    date_created: String,
}

/// Benchmarks Juspay's Get Customer; its row of the report.
pub fn bench(c: &mut Criterion, runtime: &Runtime) -> Row {
    let base = start_example_server(pspkit::juspay::examples::GET_CUSTOMER_200_SEED.body);
    provider!(
        c,
        runtime,
        "juspay",
        "pspkit-juspay/0.1.0",
        format!("{base}/customers/cst_om2l6ctlptxwxuzj"),
        [("authorization", basic("bench-key", "")), ("x-merchantid", "bench-merchant".to_owned())],
        Customer,
        pspkit::juspay::Client::builder(pspkit::juspay::Credentials::new("bench-key", "bench-merchant"))
            .base_url(&base)
            .build()
            .unwrap(),
        |client| client.get_customer().customer_id("cst_om2l6ctlptxwxuzj").send()
    )
}
