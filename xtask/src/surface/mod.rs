//! A generated crate's public surface: every public item of its emitted files ([`exports`]), the
//! surface as a value ([`value`]) and the reviewable listing built from the model and the syntax
//! tree, stored as an insta snapshot ([`listing`]).

// In layer order: a module imports only those above it (blank lines keep rustfmt from sorting them).
// The surface as a value: what the listing prints and the versioning compares.
pub mod value;

// Every public item of a crate's emitted files.
pub mod exports;

// The surface built from the model and the syntax tree; the insta snapshot that stores it.
pub mod listing;

// What changed between two surfaces, breaking or additive for merchants' code.
pub mod versioning;
