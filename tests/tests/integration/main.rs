//! pspkit's cross-provider integration tests, one binary (one link, one process start) with a
//! module per concern. `quirks/<provider>.rs` hold only that provider's quirks; `build.rs` declares
//! them (module `quirks`), so this file names no provider.

mod dependencies;
mod examples;
mod extremes;
mod faults;
mod load;
mod paging;
mod prism;
mod schemas;
mod secrets;
mod tolerance_logs;
mod writes;

/// One module per provider with quirks, from `quirks/` (see `build.rs`).
mod quirks {
    include!(concat!(env!("OUT_DIR"), "/quirks.rs"));
}
