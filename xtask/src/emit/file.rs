//! What generation produces: files, by path relative to the workspace root.

/// One generated file: its path relative to the workspace root, and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// The path, e.g. `crates/providers/razorpay/src/client.rs`.
    pub path: String,
    /// The whole contents, "do not edit" header included.
    pub contents: String,
}
