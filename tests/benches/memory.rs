//! Memory: peak RSS of this process across 10,000 Get Customer calls (Razorpay client, full
//! runtime, against the loopback fixture server), sampled every 1,000 calls. Flat means no
//! growth after the warm-up (the first 1,000 calls). Exits non-zero when RSS grows by more than
//! 1 MiB after warm-up.
//!
//! `cargo bench -p pspkit-tests --bench memory`

use pspkit_tests::bench::start_fixture_server;

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
    let base = start_fixture_server();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client =
        pspkit_razorpay::Client::builder(pspkit_razorpay::Credentials::new("rzp_test_memory", "memory-secret"))
            .base_url(base)
            .build()
            .unwrap();
    println!("{:>7} {:>10} {:>10}", "calls", "peak KiB", "rss KiB");
    let mut after_warm_up = None;
    let mut last = (0, 0);
    runtime.block_on(async {
        for call in 1..=CALLS {
            let customer = client.get_customer().id("cust_1Aa00000000001").send().await.expect("the fixture decodes");
            assert_eq!(customer.id, "cust_1Aa00000000001");
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
