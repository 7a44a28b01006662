//! Decode: each provider's typed decoder, as the client runs it (`pspkit_runtime::lenient::decode`:
//! tolerant field decoders, the tolerance count, no deviation walk for a documented body), against
//! `serde_json::from_slice::<Value>` on the same bytes (the seed fixtures, and an AxisFI body with 50
//! persons). Target: typed ≤ 1.0 × Value.
//!
//! `cargo bench -p pspkit-tests --bench decode`

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use pspkit_runtime::lenient::{Documented, decode};
use pspkit_tests::bench::{axisfi_with_persons, criterion_median};
use pspkit_tests::fixtures;

const TARGET: f64 = 1.0;

fn pair<T: Documented>(c: &mut Criterion, name: &str, body: &[u8]) {
    let mut group = c.benchmark_group(format!("decode/{name}"));
    group.bench_function("Value", |b| b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(body)).unwrap()));
    group.bench_function("typed", |b| b.iter(|| decode::<T>(black_box(body)).unwrap()));
    group.finish();
}

const CASES: [&str; 5] = ["razorpay", "paisr", "juspay", "axisfi", "axisfi-50-persons"];

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    pair::<pspkit_razorpay::types::Customer>(&mut c, "razorpay", fixtures::razorpay::SEED.as_bytes());
    pair::<pspkit_paisr::types::CustomerResponse>(&mut c, "paisr", fixtures::paisr::SEED.as_bytes());
    pair::<pspkit_juspay::types::Customer>(&mut c, "juspay", fixtures::juspay::SEED.as_bytes());
    pair::<pspkit_axisfi::types::CustomerDetail>(&mut c, "axisfi", fixtures::axisfi::SEED.as_bytes());
    let large = axisfi_with_persons(50);
    pair::<pspkit_axisfi::types::CustomerDetail>(&mut c, "axisfi-50-persons", large.as_bytes());
    c.final_summary();

    println!("\ndecode: typed / serde_json::Value, median of this run (target <= {TARGET})");
    println!("{:<18} {:>10} {:>10} {:>8}", "body", "Value", "typed", "ratio");
    for case in CASES {
        let group = format!("decode/{case}");
        match (criterion_median(&group, "Value"), criterion_median(&group, "typed")) {
            (Some(value), Some(typed)) => {
                println!("{case:<18} {:>7.2} µs {:>7.2} µs {:>8.3}", value / 1e3, typed / 1e3, typed / value)
            }
            _ => println!("{case:<18} (not measured in this run)"),
        }
    }
}
