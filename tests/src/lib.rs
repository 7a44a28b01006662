//! Shared helpers for the cross-provider tests live in `tests/`; this library is empty.
