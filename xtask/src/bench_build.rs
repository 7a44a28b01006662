//! `cargo xtask bench-build [PROVIDER]`: what depending on a provider crate costs a merchant's
//! build, against a hand-written baseline crate (`benches/baseline`: reqwest with the same
//! features, serde, serde_json, tokio). Both are built from clean target directories, twice and
//! alternately (the machine is noisy); the faster build of each is compared. Crate counts come
//! from `cargo tree -e normal`. Targets: time ratio ≤ 1.15, crates ≤ baseline + 5.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};

const BASELINE: &str = "pspkit-bench-baseline";
const ROUNDS: usize = 2;
const TIME_TARGET: f64 = 1.15;
const CRATE_BUDGET: usize = 5;

/// Runs the comparison for `provider` and returns whether both targets are met.
pub fn run(root: &Path, provider: &str) -> anyhow::Result<bool> {
    let candidate = format!("pspkit-{provider}");
    let mut times = [Duration::MAX, Duration::MAX];
    for round in 1..=ROUNDS {
        for (slot, package) in [BASELINE, candidate.as_str()].into_iter().enumerate() {
            let elapsed = clean_build(root, package)?;
            eprintln!("round {round}: {package} built in {:.1} s", elapsed.as_secs_f64());
            times[slot] = times[slot].min(elapsed);
        }
    }
    let crates = [crate_count(root, BASELINE)?, crate_count(root, &candidate)?];
    let ratio = times[1].as_secs_f64() / times[0].as_secs_f64();
    let extra = crates[1].saturating_sub(crates[0]);
    println!("build cost, clean debug build, fastest of {ROUNDS} (`cargo xtask bench-build {provider}`)");
    println!("{:<24} {:>9} {:>7}", "crate", "seconds", "crates");
    println!("{BASELINE:<24} {:>9.1} {:>7}", times[0].as_secs_f64(), crates[0]);
    println!("{candidate:<24} {:>9.1} {:>7}", times[1].as_secs_f64(), crates[1]);
    println!("time ratio {ratio:.3} (target <= {TIME_TARGET}); crates +{extra} (budget +{CRATE_BUDGET})");
    Ok(ratio <= TIME_TARGET && extra <= CRATE_BUDGET)
}

fn clean_build(root: &Path, package: &str) -> anyhow::Result<Duration> {
    let target = root.join("target/bench-build").join(package);
    if target.exists() {
        std::fs::remove_dir_all(&target).with_context(|| format!("removing {}", target.display()))?;
    }
    let started = Instant::now();
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--locked", "-p", package, "--target-dir"])
        .arg(&target)
        .current_dir(root)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build -p {package} failed");
    }
    let elapsed = started.elapsed();
    std::fs::remove_dir_all(&target).ok();
    Ok(elapsed)
}

/// Distinct crates in `cargo tree -e normal` of `package` (the package itself included).
fn crate_count(root: &Path, package: &str) -> anyhow::Result<usize> {
    let output = Command::new(env!("CARGO"))
        .args(["tree", "--locked", "-e", "normal", "--prefix", "none", "-p", package])
        .current_dir(root)
        .output()
        .context("running cargo tree")?;
    if !output.status.success() {
        bail!("cargo tree -p {package} failed");
    }
    let mut crates: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some(format!("{} {}", words.next()?, words.next()?))
        })
        .collect();
    crates.sort();
    crates.dedup();
    Ok(crates.len())
}
