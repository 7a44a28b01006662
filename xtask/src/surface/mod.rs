//! A generated crate's public surface: every public item of its emitted files ([`exports`]) and
//! the reviewable listing, stored as an insta snapshot ([`listing`]).

// In layer order: a module imports only those above it (blank lines keep rustfmt from sorting them).
// Every public item of a crate's emitted files.
pub mod exports;

// The reviewable listing, an insta snapshot.
pub mod listing;
