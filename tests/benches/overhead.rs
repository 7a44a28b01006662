//! Request overhead: the generated clients (full runtime: auth, retries enabled, request id,
//! tracing at INFO) against a hand-written reqwest GET with the same headers and timeouts, decoding into
//! `serde_json::Value` and into a hand-written struct. A keep-alive axum server on loopback
//! answers with the provider's spec example. Each provider's hand-written struct and call are in
//! `overhead/<provider>.rs` (`build.rs` declares them): a provider without one has no row. Criterion reports each variant; the ratio comes from an
//! interleaved A/B loop in the same run (alternating blocks of calls, median of the per-round
//! ratios), which cancels the drift of a noisy machine that sequential measurements suffer.
//!
//! `cargo bench -p pspkit-tests --bench overhead`

use std::time::Duration;

use criterion::Criterion;
use pspkit_bench_baseline as baseline;
use pspkit_tests::bench::{criterion_median, start_example_server};
use tokio::runtime::Runtime;

const TARGET: f64 = 1.03;
/// Interleaved A/B: rounds, and calls per block.
const ROUNDS: usize = 41;
const BLOCK: usize = 100;

fn basic(user: &str, password: &str) -> String {
    use base64::Engine as _;
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}")))
}

/// One provider's measured ratios.
struct Row {
    provider: &'static str,
    vs_struct: f64,
    vs_value: f64,
    /// The floor against reqwest + struct, where the provider's file measures one: the least work
    /// a call with every guarantee does, hand-written straight on reqwest (see `overhead/razorpay.rs`).
    floor: Option<f64>,
}

/// Benchmarks one provider: criterion for each variant, then the interleaved ratios.
macro_rules! provider {
    ($c:expr, $runtime:expr, $name:literal, $agent:literal, $url:expr, $headers:expr, $hand_type:ty,
     $client:expr, |$call_client:ident| $call:expr) => {{
        // Configured as a production client is (and as the generated one is): same timeouts.
        let hand = reqwest::Client::builder()
            .user_agent($agent)
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap();
        let (url, headers) = ($url, $headers);
        let $call_client = $client;
        let value = || crate::baseline::get_value(&hand, &url, &headers);
        let typed = || crate::baseline::get_json::<$hand_type>(&hand, &url, &headers);
        let generated = || $call;
        let mut group = $c.benchmark_group(concat!("request/", $name));
        group.bench_function("reqwest+Value", |b| b.to_async($runtime).iter(&value));
        group.bench_function("reqwest+struct", |b| b.to_async($runtime).iter(&typed));
        group.bench_function("generated", |b| b.to_async($runtime).iter(&generated));
        group.finish();
        let vs_struct = $runtime.block_on(crate::interleaved(&typed, &generated));
        let vs_value = $runtime.block_on(crate::interleaved(&value, &generated));
        crate::Row { provider: $name, vs_struct, vs_value, floor: None }
    }};
}

/// One provider's benchmark: `bench` in `overhead/<provider>.rs`.
type Bench = fn(&mut Criterion, &Runtime) -> Row;

include!(concat!(env!("OUT_DIR"), "/overhead_providers.rs"));

/// Prints criterion's medians and the interleaved ratios; returns whether all meet the target.
fn report(rows: &[Row]) -> bool {
    println!("\nrequest overhead: generated client / hand-written reqwest (target <= {TARGET})");
    println!("medians from criterion; ratios from the interleaved A/B loop ({ROUNDS} rounds of {BLOCK} calls)");
    println!(
        "{:<10} {:>14} {:>15} {:>12} {:>10} {:>10} {:>10}",
        "provider", "reqwest+Value", "reqwest+struct", "generated", "vs struct", "vs Value", "floor"
    );
    let mut met = true;
    for row in rows {
        let group = format!("request/{}", row.provider);
        let median = |function: &str| criterion_median(&group, function).map_or(f64::NAN, |ns| ns / 1e3);
        met &= row.vs_struct <= TARGET;
        let floor = row.floor.map_or_else(|| "-".to_owned(), |floor| format!("{floor:.3}"));
        println!(
            "{:<10} {:>11.1} µs {:>12.1} µs {:>9.1} µs {:>10.3} {:>10.3} {:>10}",
            row.provider,
            median("reqwest+Value"),
            median("reqwest+struct"),
            median("generated"),
            row.vs_struct,
            row.vs_value,
            floor
        );
    }
    met
}

/// Median over rounds of (time of `BLOCK` candidate calls / time of `BLOCK` baseline calls),
/// the two blocks alternating (and swapping order every round).
async fn interleaved<A, B, FA, FB>(baseline: A, candidate: B) -> f64
where
    A: Fn() -> FA,
    B: Fn() -> FB,
    FA: std::future::Future,
    FB: std::future::Future,
{
    async fn block<F: Fn() -> Fut, Fut: std::future::Future>(call: &F) -> Duration {
        let started = std::time::Instant::now();
        for _ in 0..BLOCK {
            std::hint::black_box(call().await);
        }
        started.elapsed()
    }
    let mut ratios = Vec::with_capacity(ROUNDS);
    for round in 0..ROUNDS {
        let (base, cand) = if round % 2 == 0 {
            let base = block(&baseline).await;
            (base, block(&candidate).await)
        } else {
            let cand = block(&candidate).await;
            (block(&baseline).await, cand)
        };
        ratios.push(cand.as_secs_f64() / base.as_secs_f64());
    }
    ratios.sort_by(f64::total_cmp);
    ratios[ROUNDS / 2]
}

fn main() {
    // "Tracing at default level": an INFO subscriber is installed, writing to a sink.
    tracing_subscriber::fmt().with_max_level(tracing::Level::INFO).with_writer(std::io::sink).init();
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let rows: Vec<Row> = PROVIDERS.iter().map(|bench| bench(&mut criterion, &runtime)).collect();
    criterion.final_summary();
    if !report(&rows) {
        println!("some providers miss the {TARGET} target; see BENCHMARKS.md");
    }
}
