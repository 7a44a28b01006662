//! Helpers for pspkit's cross-provider tests: shared fixtures, Prism, a scripted loopback HTTP server and the condensed
//! listing of a generated crate's public surface that the snapshot tests pin.

pub mod bench;
pub mod fixtures;
pub mod prism;
pub mod server;
pub mod surface;
