//! Decode, for every spec in `specs/`: the documented decoder of the first success example, as
//! the client runs it (`pspkit_runtime::lenient::decode` behind `Provider::response_decoders`:
//! tolerant field decoders, the tolerance count, no deviation walk for a body as documented),
//! against `serde_json::from_slice::<Value>` on the same bytes. A spec whose example holds a list
//! of objects also gets a large body: each such list repeated to 50 items. Target: typed ≤ 1.0 ×
//! Value.
//!
//! `cargo bench -p pspkit-tests --bench decode`

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use pspkit::Provider;
use pspkit::runtime::lenient::ResponseDecoder;
use pspkit_tests::bench::criterion_median;
use serde_json::Value;

const TARGET: f64 = 1.0;

/// Items a large body's lists are repeated to.
const WIDE: usize = 50;

fn pair(c: &mut Criterion, name: &str, decoder: &ResponseDecoder, body: &[u8]) {
    let mut group = c.benchmark_group(format!("decode/{name}"));
    group.bench_function("Value", |b| b.iter(|| serde_json::from_slice::<Value>(black_box(body)).unwrap()));
    group.bench_function("typed", |b| b.iter(|| (decoder.decode)(black_box(body)).unwrap()));
    group.finish();
}

/// The body with every top-level list of objects repeated to `WIDE` items; `None` without one.
fn widened(body: &str) -> Option<String> {
    let mut value: Value = serde_json::from_str(body).ok()?;
    let mut widened = false;
    for field in value.as_object_mut()?.values_mut() {
        if let Some(first) = field.as_array().and_then(|items| items.first()).filter(|item| item.is_object()) {
            *field = Value::Array(vec![first.clone(); WIDE]);
            widened = true;
        }
    }
    widened.then(|| value.to_string())
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut cases = Vec::new();
    for provider in Provider::ALL {
        let Some(example) = provider.examples().iter().find(|example| example.status == 200) else { continue };
        let decoder = ResponseDecoder::find(provider.response_decoders(), example.operation_id, example.status)
            .expect("a decoder for the example");
        pair(&mut c, provider.name(), decoder, example.body.as_bytes());
        cases.push(provider.name().to_owned());
        if let Some(large) = widened(example.body) {
            let name = format!("{}-{WIDE}-items", provider.name());
            pair(&mut c, &name, decoder, large.as_bytes());
            cases.push(name);
        }
    }
    c.final_summary();

    println!("\ndecode: typed / serde_json::Value, median of this run (target <= {TARGET})");
    println!("{:<18} {:>10} {:>10} {:>8}", "body", "Value", "typed", "ratio");
    for case in cases {
        let group = format!("decode/{case}");
        match (criterion_median(&group, "Value"), criterion_median(&group, "typed")) {
            (Some(value), Some(typed)) => {
                println!("{case:<18} {:>7.2} µs {:>7.2} µs {:>8.3}", value / 1e3, typed / 1e3, typed / value)
            }
            _ => println!("{case:<18} (not measured in this run)"),
        }
    }
}
