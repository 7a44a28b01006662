// generated from specs/juspay.yaml by cargo xtask codegen; do not edit
#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

#[rustfmt::skip]
mod client;
#[rustfmt::skip]
mod generated;

pub use client::*;
pub use generated::{Client, builder, types};
pub use pspkit_runtime::{Config, ConfigError, Error, Response};
