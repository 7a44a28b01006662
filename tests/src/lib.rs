//! Helpers for pspkit's tests: the spec-driven cases, canary credentials, Prism, a scripted loopback
//! HTTP server, a log sink and the specs read as JSON.

pub mod bench;
pub mod canary;
pub mod cases;
pub mod logs;
pub mod prism;
pub mod server;
pub mod specs;
