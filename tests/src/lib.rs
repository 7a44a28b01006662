//! Helpers for pspkit's tests: shared fixtures, Prism, a scripted loopback HTTP server, a log sink
//! and the specs read as JSON.

pub mod bench;
pub mod fixtures;
pub mod logs;
pub mod prism;
pub mod server;
pub mod specs;
