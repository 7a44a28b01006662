//! Memory: peak RSS of this process across 10,000 calls, taking turns over every operation of
//! every spec with a success example (generated clients through `pspkit::AnyClient`, full runtime
//! but the rate limit, each against a loopback server answering with that example), sampled
//! every 1,000 calls. Flat means no
//! growth after the warm-up (the first 1,000 calls). Exits non-zero when RSS grows by more than
//! 1 MiB after warm-up.
//!
//! `cargo bench -p pspkit-tests --bench memory`

use pspkit::AnyClient;
use pspkit_runtime::{Config, RateLimitSetting};
use pspkit_tests::bench::start_example_server;
use pspkit_tests::cases::{self, Case};

const CALLS: usize = 10_000;
const SAMPLE_EVERY: usize = 1_000;
const ALLOWED_GROWTH_KIB: u64 = 1024;

/// `VmHWM` (peak resident set) and `VmRSS` from /proc/self/status, in KiB.
fn rss_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kib| kib.parse().ok())
            .unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn main() {
    // `cargo bench --no-run` builds this; `cargo test --benches` runs it with `--bench` absent.
    if std::env::args().any(|arg| arg == "--list") {
        return;
    }
    // One client per case, each against a server answering with its success example; a spec's
    // own rate limit would pace the calls.
    let config = Config::default().with_rate_limit(RateLimitSetting::Disabled);
    let calls: Vec<(Case, AnyClient)> = cases::all()
        .into_iter()
        .map(|case| {
            let client = case.client(&start_example_server(case.success.body), config.clone());
            (case, client)
        })
        .collect();
    assert!(!calls.is_empty(), "no spec has a success example");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    println!("{:>7} {:>10} {:>10}", "calls", "peak KiB", "rss KiB");
    let mut after_warm_up = None;
    let mut last = (0, 0);
    runtime.block_on(async {
        for call in 1..=CALLS {
            let (case, client) = &calls[call % calls.len()];
            let response = case.call(client).await.unwrap_or_else(|e| panic!("{}: {e}", case.provider));
            assert_eq!(response.status(), 200);
            if call % SAMPLE_EVERY == 0 {
                last = rss_kib();
                after_warm_up.get_or_insert(last);
                println!("{call:>7} {:>10} {:>10}", last.0, last.1);
            }
        }
    });
    let (warm_peak, _) = after_warm_up.unwrap_or_default();
    let growth = last.0.saturating_sub(warm_peak);
    println!("peak RSS growth after warm-up: {growth} KiB (allowed {ALLOWED_GROWTH_KIB} KiB)");
    if growth > ALLOWED_GROWTH_KIB {
        std::process::exit(1);
    }
}
