//! Codegen: what `cargo xtask codegen --check` does for every spec (load, validate, generate,
//! format, compare with the checked-in files), in-process. Target: under 0.5 s.
//!
//! `cargo bench -p xtask --bench codegen`; the wall time of the command itself is in BENCHMARKS.md.

use std::path::PathBuf;
use std::time::Duration;

use criterion::Criterion;

const TARGET: Duration = Duration::from_millis(500);

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut c = Criterion::default().sample_size(20).configure_from_args();
    c.bench_function("codegen --check (all specs)", |b| {
        b.iter(|| {
            let files = xtask::tasks::codegen::render(&root, &[]).expect("renders");
            assert!(xtask::tasks::codegen::drift(&root, &files).is_empty(), "checked-in crates are stale");
        })
    });
    c.final_summary();
    let started = std::time::Instant::now();
    let files = xtask::tasks::codegen::render(&root, &[]).expect("renders");
    let _ = xtask::tasks::codegen::drift(&root, &files);
    let once = started.elapsed();
    println!(
        "\ncodegen --check, one more run: {once:.1?} (target < {TARGET:?}; ratio to target {:.3})",
        once.as_secs_f64() / TARGET.as_secs_f64()
    );
}
