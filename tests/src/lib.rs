//! Helpers for pspkit's cross-provider tests: shared fixtures, Prism and a scripted loopback HTTP
//! server.

pub mod bench;
pub mod fixtures;
pub mod prism;
pub mod server;
