//! The generator's benchmarks: a crate's build cost, codegen and build time as a spec grows, and the
//! write and paged-list request overhead in a scratch workspace.

// In layer order: a module imports only those above it (blank lines keep rustfmt from sorting them).
// `cargo xtask bench-build`.
pub mod build;

// `cargo xtask bench-scale`.
pub mod scale;

// `cargo xtask bench-writes`.
pub mod writes;
