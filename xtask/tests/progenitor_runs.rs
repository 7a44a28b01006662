//! progenitor runs once per spec: one `cargo xtask codegen` render generates each crate, its mocks,
//! the facade's registry and the CLI's commands from a single run of progenitor with pspkit's
//! settings per spec (the benchmarks' plain peer, progenitor with its own defaults, is the only
//! other generation). Its own test binary: the count is process-wide.

#[test]
fn codegen_runs_progenitor_once_per_spec() {
    let root = xtask::workspace_root();
    let specs = xtask::model::discover(&root, &[]).expect("specs/").len();
    let before = xtask::progenitor::client_runs();
    let files = xtask::tasks::codegen::render(&root, &[]).expect("renders");
    assert!(files.len() > specs * 10, "every crate, the facade and the CLI were rendered");
    assert_eq!(xtask::progenitor::client_runs() - before, specs, "one run per spec");
}
