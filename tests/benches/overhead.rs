//! Request overhead per provider operation, four ways against a keep-alive axum server on loopback
//! that answers with the provider's spec example:
//!
//! - `generated`: pspkit's generated client with its full runtime (auth, retries enabled, request
//!   id, deadline, body cap, tolerant decoding; tracing at INFO);
//! - `fair`: hand-written reqwest code with the same headers and timeouts, decoding every
//!   documented field of the success body into a hand-written struct (`overhead/<provider>.rs`):
//!   the same work the generated type does, without pspkit;
//! - `plain`: the client progenitor generates from the same spec with its defaults, on its own
//!   reqwest (`plain/<provider>.rs`, written by `cargo xtask codegen`), credentials as default
//!   headers;
//! - `value`: the hand-written GET decoding into `serde_json::Value` (Get operations).
//!
//! Each `overhead/<provider>.rs` gives its operations' calls (`calls()`): every provider's Get
//! Customer; a provider file with a write (a POST with a JSON body) or a paged list (every item of
//! every page, figures per item) adds those. `cargo xtask bench-writes` runs this benchmark in a
//! scratch workspace that adds such a provider (see its docs).
//!
//! Two measurements:
//!
//! - **wall clock** (`cargo bench -p pspkit-tests --bench overhead`): criterion for each variant,
//!   and ratios from an interleaved A/B loop in the same run (alternating blocks of calls, median
//!   of the per-round ratios), which cancels the drift of a noisy machine;
//! - **instructions** (`cargo bench -p pspkit-tests --bench overhead -- --instructions`): each
//!   variant runs in its own process under `valgrind --tool=callgrind`, which counts the
//!   instructions this thread executes inside `measured_calls` only (after a warm-up; the server
//!   runs on another thread and is not counted; each figure is the median of five runs). Counts
//!   barely move with the machine's load; the whole table is measured twice and the ratios'
//!   change between the two runs is reported.
//!
//! `PSPKIT_OVERHEAD_ONLY=<provider>[,<provider>...]` measures those providers' files alone.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use criterion::Criterion;
use pspkit_bench_baseline as baseline;
use pspkit_tests::bench::{criterion_median, start_example_server};
use tokio::runtime::Runtime;

/// Wall clock: generated ≤ this × the fair baseline.
const WALL_TARGET: f64 = 1.03;
/// Instructions: generated ≤ this × the fair baseline, and ≤ 1.00 × progenitor's plain client.
const INSTRUCTIONS_TARGET: f64 = 1.02;
/// Instructions: the largest change of a ratio between the two runs.
const STABILITY: f64 = 0.005;
/// Interleaved A/B: rounds, and calls per block.
const ROUNDS: usize = 41;
const BLOCK: usize = 100;
/// Instructions: calls before counting starts, and calls counted.
const WARM_UP: usize = 100;
const COUNTED: usize = 300;
/// Instructions: callgrind runs per figure (the median count is kept; odd, so it is one run's).
const REPEATS: usize = 5;
/// Set in a child process: `<provider>:<operation>:<variant>`, the calls to count.
const CHILD: &str = "PSPKIT_OVERHEAD_CHILD";
/// Set by the caller: the provider files to measure, comma-separated.
const ONLY: &str = "PSPKIT_OVERHEAD_ONLY";

fn basic(user: &str, password: &str) -> String {
    use base64::Engine as _;
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}")))
}

/// One call, boxed: every variant goes through the same indirection.
type Call = Box<dyn Fn() -> Pin<Box<dyn Future<Output = ()>>>>;

/// A value kept for the whole run: the benchmark's clients live as long as the process.
fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// Boxes a call whose future yields whether the call succeeded (a failed call fails the run).
fn call<F, Fut>(make: F) -> Call
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = bool> + 'static,
{
    Box::new(move || {
        let future = make();
        Box::pin(async move { assert!(std::hint::black_box(future.await), "a benchmarked call failed") })
    })
}

/// One operation of one provider, made each way against its example server.
struct Calls {
    /// The operation, as its row is labelled (`get_customer`).
    operation: &'static str,
    /// The items one call yields (a paged list's every item; 1 for any other call): figures are
    /// per item.
    items: usize,
    value: Option<Call>,
    fair: Call,
    plain: Call,
    generated: Call,
    /// The least work a call with every guarantee does, where the provider's file measures one.
    floor: Option<Call>,
}

impl Calls {
    /// A Get: the hand-written calls to `url` with `headers` (decoding into `serde_json::Value` and
    /// into `Fair`, the fair baseline), with the given generated and plain calls.
    fn get<Fair: serde::de::DeserializeOwned + 'static>(
        operation: &'static str,
        user_agent: &'static str,
        url: String,
        headers: Vec<(&'static str, String)>,
        generated: Call,
        plain: Call,
    ) -> Calls {
        let hand = hand_written_http(user_agent);
        let (url, headers) = (leak(url), leak(headers));
        let fair = call(move || async move { baseline::get_json::<Fair>(hand, url, headers).await.is_ok() });
        let mut calls = Calls::new(operation, 1, fair, plain, generated);
        calls.value = Some(call(move || async move { baseline::get_value(hand, url, headers).await.is_ok() }));
        calls
    }

    /// Any operation (a write; a paged list, yielding `items` per call): its fair, plain and
    /// generated calls.
    fn new(operation: &'static str, items: usize, fair: Call, plain: Call, generated: Call) -> Calls {
        Calls { operation, items, value: None, fair, plain, generated, floor: None }
    }

    fn variant(&self, name: &str) -> Option<&Call> {
        match name {
            "value" => self.value.as_ref(),
            "fair" => Some(&self.fair),
            "plain" => Some(&self.plain),
            "generated" => Some(&self.generated),
            "floor" => self.floor.as_ref(),
            _ => None,
        }
    }
}

/// The hand-written baselines' `reqwest::Client`, configured as a production client is (and as the
/// generated one is): same timeouts.
fn hand_written_http(user_agent: &'static str) -> &'static reqwest::Client {
    leak(
        reqwest::Client::builder()
            .user_agent(user_agent)
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()
            .expect("a reqwest client"),
    )
}

/// progenitor's plain client's `reqwest::Client`: its own settings (15 s connect and total
/// timeouts, as its `Client::new` builds it), the credentials as default headers.
fn plain_http(headers: &[(&'static str, String)]) -> reqwest::Client {
    let mut defaults = reqwest::header::HeaderMap::new();
    for (name, value) in headers {
        defaults.insert(*name, value.parse().expect("a header value"));
    }
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(15))
        .timeout(Duration::from_secs(15))
        .default_headers(defaults)
        .build()
        .expect("a reqwest client")
}

/// One provider's operations: `calls` in `overhead/<provider>.rs`.
type Provider = (&'static str, fn() -> Vec<Calls>);

/// The providers to measure: every one, or the ones `PSPKIT_OVERHEAD_ONLY` names (comma-separated).
fn providers() -> Vec<Provider> {
    let only = std::env::var(ONLY).ok();
    let named = |name: &str| only.as_deref().is_none_or(|only| only.split(',').any(|only| only == name));
    let chosen: Vec<Provider> = PROVIDERS.iter().copied().filter(|(name, _)| named(name)).collect();
    assert!(!chosen.is_empty(), "{ONLY}={only:?} names no provider file in benches/overhead/");
    chosen
}

include!(concat!(env!("OUT_DIR"), "/overhead_providers.rs"));

/// Median over rounds of (time of `BLOCK` candidate calls / time of `BLOCK` baseline calls),
/// the two blocks alternating (and swapping order every round).
async fn interleaved(baseline: &Call, candidate: &Call) -> f64 {
    async fn block(call: &Call) -> Duration {
        let started = std::time::Instant::now();
        for _ in 0..BLOCK {
            call().await;
        }
        started.elapsed()
    }
    let mut ratios = Vec::with_capacity(ROUNDS);
    for round in 0..ROUNDS {
        let (base, cand) = if round % 2 == 0 {
            let base = block(baseline).await;
            (base, block(candidate).await)
        } else {
            let cand = block(candidate).await;
            (block(baseline).await, cand)
        };
        ratios.push(cand.as_secs_f64() / base.as_secs_f64());
    }
    ratios.sort_by(f64::total_cmp);
    ratios[ROUNDS / 2]
}

/// Wall clock: criterion per variant, then the interleaved ratios; prints the table.
fn wall_clock() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let mut rows = Vec::new();
    for (provider, make) in providers() {
        for calls in make() {
            let row = format!("{provider}/{}", calls.operation);
            let mut group = criterion.benchmark_group(format!("request/{row}"));
            for name in ["value", "fair", "plain", "generated"] {
                if let Some(variant) = calls.variant(name) {
                    group.bench_function(name, |b| b.to_async(&runtime).iter(variant));
                }
            }
            group.finish();
            let ratio = |baseline: &Call| runtime.block_on(interleaved(baseline, &calls.generated));
            let vs_value = calls.value.as_ref().map(ratio);
            let floor = calls.floor.as_ref().map(|floor| runtime.block_on(interleaved(&calls.fair, floor)));
            rows.push((row, calls.items, ratio(&calls.fair), ratio(&calls.plain), vs_value, floor));
        }
    }
    criterion.final_summary();
    println!("\nrequest overhead, wall clock: generated / each baseline (target vs fair <= {WALL_TARGET})");
    println!(
        "medians from criterion, per item; ratios from the interleaved A/B loop ({ROUNDS} rounds of {BLOCK} calls)"
    );
    println!(
        "{:<34} {:>5} {:>10} {:>10} {:>10} {:>11} {:>9} {:>9} {:>9} {:>9}",
        "provider/operation",
        "items",
        "fair",
        "plain",
        "value",
        "generated",
        "vs fair",
        "vs plain",
        "vs value",
        "floor"
    );
    let or_dash = |ratio: Option<f64>| ratio.map_or_else(|| "-".to_owned(), |ratio| format!("{ratio:.3}"));
    for (row, items, vs_fair, vs_plain, vs_value, floor) in rows {
        let group = format!("request/{row}");
        let median = |function: &str| {
            criterion_median(&group, function)
                .map_or_else(|| "-".to_owned(), |ns| format!("{:.1} µs", ns / 1e3 / items as f64))
        };
        let met = if vs_fair <= WALL_TARGET { "" } else { "  (over the target)" };
        println!(
            "{row:<34} {items:>5} {:>10} {:>10} {:>10} {:>11} {vs_fair:>9.3} {vs_plain:>9.3} {:>9} {:>9}{met}",
            median("fair"),
            median("plain"),
            median("value"),
            median("generated"),
            or_dash(vs_value),
            or_dash(floor),
        );
    }
}

/// The calls callgrind counts: everything this thread runs for `COUNTED` calls, the client's
/// connection tasks included (a current-thread runtime runs them inside `block_on`).
#[inline(never)]
fn measured_calls(runtime: &Runtime, call: &Call) {
    runtime.block_on(async {
        for _ in 0..COUNTED {
            call().await;
        }
    });
}

/// In a child process: warms `variant` of a provider's operation up, then makes the counted calls.
fn child(spec: &str) {
    let mut parts = spec.splitn(3, ':');
    let (Some(provider), Some(operation), Some(variant)) = (parts.next(), parts.next(), parts.next()) else {
        panic!("{CHILD} is <provider>:<operation>:<variant>, not {spec:?}");
    };
    let (_, make) = PROVIDERS.iter().find(|(name, _)| *name == provider).expect("a provider with a bench file");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let calls = make().into_iter().find(|calls| calls.operation == operation).expect("an operation it measures");
    let call = calls.variant(variant).expect("a variant the operation has");
    runtime.block_on(async {
        for _ in 0..WARM_UP {
            call().await;
        }
    });
    measured_calls(&runtime, call);
}

/// Instructions per counted call of `provider`'s `operation`, made as `variant`: the median of
/// `REPEATS` callgrind runs. A call's count is not quite a constant: how often the client's event
/// loop polls depends on when the server's answer and its timers fall due, so a run now and then
/// lands a little higher or lower (see BENCHMARKS.md, section 1, 2026-12-04). The median keeps
/// such an odd run out of the figure while it is a minority of the runs; the least of them would
/// keep a low one.
fn instructions(provider: &str, operation: &str, variant: &str) -> f64 {
    let mut runs: Vec<f64> = (0..REPEATS).map(|_| instructions_once(provider, operation, variant)).collect();
    runs.sort_by(f64::total_cmp);
    runs[REPEATS / 2]
}

/// One callgrind run's instructions per counted call.
fn instructions_once(provider: &str, operation: &str, variant: &str) -> f64 {
    let output = std::process::Command::new("valgrind")
        .args(["--tool=callgrind", "--collect-atstart=no", "--toggle-collect=overhead::measured_calls"])
        .arg("--callgrind-out-file=/dev/null")
        .arg(std::env::current_exe().expect("this benchmark's path"))
        .env(CHILD, format!("{provider}:{operation}:{variant}"))
        .output()
        .expect("valgrind runs (Debian's valgrind package)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{provider} {operation} {variant} under callgrind failed:\n{stderr}");
    let collected = stderr
        .lines()
        .find_map(|line| line.split("Collected :").nth(1)?.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("callgrind reported no count:\n{stderr}"));
    collected / COUNTED as f64
}

const VARIANTS: [&str; 4] = ["fair", "plain", "generated", "value"];

/// Instructions per item of each variant of `calls` (NaN for a variant it does not have).
fn counts(provider: &str, calls: &Calls) -> [f64; 4] {
    VARIANTS.map(|variant| match calls.variant(variant) {
        Some(_) => instructions(provider, calls.operation, variant) / calls.items as f64,
        None => f64::NAN,
    })
}

/// Instructions: the whole table twice (per item), the ratios of each run and their change.
fn instruction_counts() {
    // Each row: its label, and per run the four variants' counts per item.
    let mut rows: Vec<(String, [[f64; 4]; 2])> = Vec::new();
    for run in 0..2 {
        for (provider, make) in providers() {
            for calls in make() {
                let label = format!("{provider}/{}", calls.operation);
                let counted = counts(provider, &calls);
                match rows.iter_mut().find(|(row, _)| *row == label) {
                    Some(row) => row.1[run] = counted,
                    None => rows.push((label, [counted, [f64::NAN; 4]])),
                }
            }
        }
    }
    println!(
        "\nrequest overhead, instructions per item (callgrind, {COUNTED} calls after {WARM_UP} of warm-up, median of {REPEATS} runs)"
    );
    println!(
        "targets: generated <= {INSTRUCTIONS_TARGET} x fair and <= 1.00 x plain; ratios may move <= {:.1} % between runs",
        STABILITY * 100.0
    );
    println!(
        "{:<34} {:>10} {:>10} {:>10} {:>10} {:>16} {:>16} {:>16}",
        "provider/operation",
        "fair",
        "plain",
        "generated",
        "value",
        "vs fair (1, 2)",
        "vs plain (1, 2)",
        "largest change"
    );
    let count = |count: f64| if count.is_nan() { "-".to_owned() } else { format!("{count:.0}") };
    let mut met = true;
    for (row, [first, second]) in &rows {
        let ratio = |counts: &[f64; 4], baseline: usize| counts[2] / counts[baseline];
        let (fair, plain) = ((ratio(first, 0), ratio(second, 0)), (ratio(first, 1), ratio(second, 1)));
        let change = [fair, plain].iter().map(|(a, b)| (a - b).abs() / a).fold(0.0, f64::max);
        met &= fair.0 <= INSTRUCTIONS_TARGET && plain.0 <= 1.0 && change <= STABILITY;
        println!(
            "{row:<34} {:>10} {:>10} {:>10} {:>10} {:>7.4}, {:<7.4} {:>7.4}, {:<7.4} {:>15.3} %",
            count(first[0]),
            count(first[1]),
            count(first[2]),
            count(first[3]),
            fair.0,
            fair.1,
            plain.0,
            plain.1,
            change * 100.0
        );
    }
    if !met {
        println!("some operations miss a target; see BENCHMARKS.md");
    }
}

fn main() {
    // "Tracing at default level": an INFO subscriber is installed, writing to a sink.
    tracing_subscriber::fmt().with_max_level(tracing::Level::INFO).with_writer(std::io::sink).init();
    if let Ok(spec) = std::env::var(CHILD) {
        child(&spec);
    } else if std::env::args().any(|arg| arg == "--instructions") {
        instruction_counts();
    } else {
        wall_clock();
    }
}
