//! The files codegen writes, one module per kind: a provider crate's `client.rs`, `examples.rs`
//! and `schemas.rs`, the crate as a whole, the `pspkit` facade's registry and the CLI's commands.

// In layer order: a module imports only those above it (blank lines keep rustfmt from sorting them).
// A generated file.
pub mod file;

// A crate's `crates/providers/<provider>/src/examples.rs`.
pub mod examples;

// A crate's `crates/providers/<provider>/src/client.rs`.
pub mod client;

// A crate's `crates/providers/<provider>/src/schemas.rs`.
pub mod schemas;

// A crate's `crates/providers/<provider>/src/webhooks.rs`.
pub mod webhooks;

// Every file of a provider crate.
pub mod provider_crate;

// The `pspkit` facade's registry and manifest.
pub mod facade;

// The `pspkit` CLI's commands.
pub mod cli_commands;
