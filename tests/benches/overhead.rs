//! Request overhead of one Get Customer call, per provider, four ways against a keep-alive axum
//! server on loopback that answers with the provider's spec example:
//!
//! - `generated`: pspkit's generated client with its full runtime (auth, retries enabled, request
//!   id, deadline, body cap, tolerant decoding; tracing at INFO);
//! - `fair`: a hand-written reqwest GET with the same headers and timeouts, decoding every
//!   documented field of the success body into a hand-written struct (`overhead/<provider>.rs`):
//!   the same work the generated type does, without pspkit;
//! - `plain`: the client progenitor generates from the same spec with its defaults, on its own
//!   reqwest (`plain/<provider>.rs`, written by `cargo xtask codegen`), credentials as default
//!   headers;
//! - `value`: the hand-written GET decoding into `serde_json::Value`.
//!
//! Two measurements:
//!
//! - **wall clock** (`cargo bench -p pspkit-tests --bench overhead`): criterion for each variant,
//!   and ratios from an interleaved A/B loop in the same run (alternating blocks of calls, median
//!   of the per-round ratios), which cancels the drift of a noisy machine;
//! - **instructions** (`cargo bench -p pspkit-tests --bench overhead -- --instructions`): each
//!   variant runs in its own process under `valgrind --tool=callgrind`, which counts the
//!   instructions this thread executes inside `measured_calls` only (after a warm-up; the server
//!   runs on another thread and is not counted). Counts do not move with the machine's load; the
//!   whole table is measured twice and the ratios' change between the two runs is reported.

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
/// Set in a child process: `<provider>:<variant>`, the calls to count.
const CHILD: &str = "PSPKIT_OVERHEAD_CHILD";

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

/// One provider's Get Customer, made each way against its example server.
struct Calls {
    provider: &'static str,
    value: Call,
    fair: Call,
    plain: Call,
    generated: Call,
    /// The least work a call with every guarantee does, where the provider's file measures one.
    floor: Option<Call>,
}

impl Calls {
    /// The hand-written calls to `url` with `headers` (decoding into `serde_json::Value` and into
    /// `Fair`, the fair baseline), with the given generated and plain calls.
    fn new<Fair: serde::de::DeserializeOwned + 'static>(
        provider: &'static str,
        user_agent: &'static str,
        url: String,
        headers: Vec<(&'static str, String)>,
        generated: Call,
        plain: Call,
    ) -> Calls {
        // Configured as a production client is (and as the generated one is): same timeouts.
        let hand = leak(
            reqwest::Client::builder()
                .user_agent(user_agent)
                .connect_timeout(Duration::from_secs(10))
                .timeout(Duration::from_secs(30))
                .build()
                .expect("a reqwest client"),
        );
        let (url, headers) = (leak(url), leak(headers));
        Calls {
            provider,
            value: call(move || async move { baseline::get_value(hand, url, headers).await.is_ok() }),
            fair: call(move || async move { baseline::get_json::<Fair>(hand, url, headers).await.is_ok() }),
            plain,
            generated,
            floor: None,
        }
    }

    fn variant(&self, name: &str) -> Option<&Call> {
        match name {
            "value" => Some(&self.value),
            "fair" => Some(&self.fair),
            "plain" => Some(&self.plain),
            "generated" => Some(&self.generated),
            "floor" => self.floor.as_ref(),
            _ => None,
        }
    }
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

/// One provider's calls: `calls` in `overhead/<provider>.rs`.
type Provider = (&'static str, fn() -> Calls);

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
    for (_, make) in PROVIDERS {
        let calls = make();
        let mut group = criterion.benchmark_group(format!("request/{}", calls.provider));
        for name in ["value", "fair", "plain", "generated"] {
            let variant = calls.variant(name).expect("every provider has it");
            group.bench_function(name, |b| b.to_async(&runtime).iter(variant));
        }
        group.finish();
        let ratio = |baseline: &Call| runtime.block_on(interleaved(baseline, &calls.generated));
        let floor = calls.floor.as_ref().map(|floor| runtime.block_on(interleaved(&calls.fair, floor)));
        rows.push((calls.provider, ratio(&calls.fair), ratio(&calls.plain), ratio(&calls.value), floor));
    }
    criterion.final_summary();
    println!("\nrequest overhead, wall clock: generated / each baseline (target vs fair <= {WALL_TARGET})");
    println!("medians from criterion; ratios from the interleaved A/B loop ({ROUNDS} rounds of {BLOCK} calls)");
    println!(
        "{:<10} {:>10} {:>10} {:>10} {:>11} {:>9} {:>9} {:>9} {:>9}",
        "provider", "fair", "plain", "value", "generated", "vs fair", "vs plain", "vs value", "floor"
    );
    for (provider, vs_fair, vs_plain, vs_value, floor) in rows {
        let group = format!("request/{provider}");
        let median = |function: &str| criterion_median(&group, function).map_or(f64::NAN, |ns| ns / 1e3);
        let floor = floor.map_or_else(|| "-".to_owned(), |floor| format!("{floor:.3}"));
        let met = if vs_fair <= WALL_TARGET { "" } else { "  (over the target)" };
        println!(
            "{provider:<10} {:>7.1} µs {:>7.1} µs {:>7.1} µs {:>8.1} µs {vs_fair:>9.3} {vs_plain:>9.3} {vs_value:>9.3} {floor:>9}{met}",
            median("fair"),
            median("plain"),
            median("value"),
            median("generated"),
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

/// In a child process: warms `variant` of `provider` up, then makes the counted calls.
fn child(spec: &str) {
    let (provider, variant) = spec.split_once(':').expect("<provider>:<variant>");
    let (_, make) = PROVIDERS.iter().find(|(name, _)| *name == provider).expect("a provider with a bench file");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let calls = make();
    let call = calls.variant(variant).expect("a known variant");
    runtime.block_on(async {
        for _ in 0..WARM_UP {
            call().await;
        }
    });
    measured_calls(&runtime, call);
}

/// Instructions per counted call of `provider`'s `variant`, from callgrind.
fn instructions(provider: &str, variant: &str) -> f64 {
    let output = std::process::Command::new("valgrind")
        .args(["--tool=callgrind", "--collect-atstart=no", "--toggle-collect=overhead::measured_calls"])
        .arg("--callgrind-out-file=/dev/null")
        .arg(std::env::current_exe().expect("this benchmark's path"))
        .env(CHILD, format!("{provider}:{variant}"))
        .output()
        .expect("valgrind runs (Debian's valgrind package)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{provider} {variant} under callgrind failed:\n{stderr}");
    let collected = stderr
        .lines()
        .find_map(|line| line.split("Collected :").nth(1)?.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("callgrind reported no count:\n{stderr}"));
    collected / COUNTED as f64
}

/// Instructions: the whole table twice, the ratios of each run and their change.
fn instruction_counts() {
    const VARIANTS: [&str; 4] = ["fair", "plain", "generated", "value"];
    let mut runs: Vec<Vec<(&str, [f64; 4])>> = Vec::new();
    for _ in 0..2 {
        let run = PROVIDERS
            .iter()
            .map(|(provider, _)| (*provider, VARIANTS.map(|variant| instructions(provider, variant))))
            .collect();
        runs.push(run);
    }
    println!("\nrequest overhead, instructions per call (callgrind, {COUNTED} calls after {WARM_UP} of warm-up)");
    println!(
        "targets: generated <= {INSTRUCTIONS_TARGET} x fair and <= 1.00 x plain; ratios may move <= {:.1} % between runs",
        STABILITY * 100.0
    );
    println!(
        "{:<10} {:>10} {:>10} {:>10} {:>10} {:>16} {:>16} {:>16}",
        "provider", "fair", "plain", "generated", "value", "vs fair (1, 2)", "vs plain (1, 2)", "largest change"
    );
    let mut met = true;
    for (index, (provider, first)) in runs[0].iter().enumerate() {
        let second = runs[1][index].1;
        let ratio = |counts: &[f64; 4], baseline: usize| counts[2] / counts[baseline];
        let (fair, plain) = ((ratio(first, 0), ratio(&second, 0)), (ratio(first, 1), ratio(&second, 1)));
        let change = [fair, plain].iter().map(|(a, b)| (a - b).abs() / a).fold(0.0, f64::max);
        met &= fair.0 <= INSTRUCTIONS_TARGET && plain.0 <= 1.0 && change <= STABILITY;
        println!(
            "{provider:<10} {:>10.0} {:>10.0} {:>10.0} {:>10.0} {:>7.4}, {:<7.4} {:>7.4}, {:<7.4} {:>15.3} %",
            first[0],
            first[1],
            first[2],
            first[3],
            fair.0,
            fair.1,
            plain.0,
            plain.1,
            change * 100.0
        );
    }
    if !met {
        println!("some providers miss a target; see BENCHMARKS.md");
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
