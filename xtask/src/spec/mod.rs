//! Reading a spec: the `x-pspkit-*` extensions it may use, JSON pointers and the problems that
//! name them, reading the OpenAPI JSON tree, Rust names, and the rules a spec must meet before
//! anything is generated from it.

// In layer order: a module imports only those above it (blank lines keep rustfmt from sorting them).
// Every `x-pspkit-*` name, the table `specs/README.md` documents.
pub mod extensions;

// Rust names of spec names (progenitor's own sanitiser included).
pub mod naming;

// JSON pointers into a spec.
pub mod pointer;

// What a rule reports: a problem at a pointer, and a spec that has some.
pub mod diagnostics;

// Reading the OpenAPI JSON tree: operations, parameters, references.
pub mod document;

// An OpenAPI schema as a JSON Schema document, for validation.
pub mod json_schema;

// Example values made from a schema.
pub mod synthesis;

// Defaults where a published document already holds the answer, each one reported.
pub mod defaults;

// A spec written as an Overlay on a provider's published document.
pub mod overlay;

// OpenAPI 3.1 input, converted into the 3.0 document progenitor reads.
pub mod openapi31;

// Every check that stops generation, each with the JSON pointer.
pub mod rules;
