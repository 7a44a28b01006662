//! Helpers for pspkit's cross-provider tests: a scripted loopback HTTP server and the condensed
//! listing of a generated crate's public surface that the snapshot tests pin.

pub mod server;
pub mod surface;
