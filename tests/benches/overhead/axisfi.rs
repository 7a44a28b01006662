//! AxisFI in the overhead benchmark: a hand-written reqwest call decoding into the struct
//! below (what a merchant would write without pspkit), against the generated client.

use criterion::Criterion;
use serde::Deserialize;
use tokio::runtime::Runtime;

use super::{Row, start_example_server};

/// AxisFI's customer detail, with only the fields a merchant typically reads.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    customer_id: String,
    partner_customer_id: Option<String>,
    /// Kept as text.
    status: Option<String>,
    /// Kept as text.
    created_at: Option<String>,
}

/// Benchmarks AxisFI's Get Customer; its row of the report.
pub fn bench(c: &mut Criterion, runtime: &Runtime) -> Row {
    let base = start_example_server(pspkit::axisfi::examples::GET_CUSTOMER_200_SEED.body);
    provider!(
        c,
        runtime,
        "axisfi",
        "pspkit-axisfi/0.1.0",
        format!("{base}/api/customers/detail?customer_id=cus_9f86d081884c7d659a2feaa0c55ad015"),
        [("x-api-key", "bench-key".to_owned()), ("x-api-secret", "bench-secret".to_owned())],
        Customer,
        pspkit::axisfi::Client::builder(pspkit::axisfi::Credentials::new("bench-key", "bench-secret"))
            .base_url(&base)
            .build()
            .unwrap(),
        |client| client.get_customer().customer_id("cus_9f86d081884c7d659a2feaa0c55ad015").send()
    )
}
