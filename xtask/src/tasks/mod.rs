//! The `cargo xtask` commands.

// In layer order: a module imports only those above it (blank lines keep rustfmt from sorting them).
// A target directory of its own for a second checkout, seeded with the workspace's build.
pub mod seed;

// `cargo xtask check-payload`.
pub mod check_payload;

// `cargo xtask codegen [--check]`.
pub mod codegen;

// `cargo xtask drift`: a hand-written spec against the provider's published document.
pub mod drift;

// `cargo xtask lint` and `install-tools`.
pub mod lint;

// `cargo xtask public-api`: the listings against rustdoc's JSON.
pub mod public_api;

// `cargo xtask semver`: cargo-semver-checks against the last commit.
pub mod semver;
