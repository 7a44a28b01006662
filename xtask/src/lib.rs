//! The code generator behind `cargo xtask codegen`, as a library so its tests can drive it.
//!
//! Pipeline per `specs/<provider>.yaml`: [`spec::load`] (YAML → [`validate`] → [`model`]) →
//! [`progenitor::generate`] (progenitor + [`postprocess`]) and [`glue::client_module`] →
//! [`crate_files::render`] → [`codegen::run`] (write, or check and diff).

pub mod bench_build;
pub mod check_payload;
pub mod cli;
pub mod codegen;
pub mod crate_files;
pub mod customer;
pub mod examples;
pub mod facade;
pub mod glue;
pub mod lenient;
pub mod lint;
pub mod model;
pub mod naming;
pub mod pointer;
pub mod postprocess;
pub mod progenitor;
pub mod spec;
pub mod validate;
