//! JSON pointers (RFC 6901) that name the spec node a problem is about.

use std::fmt;

/// A JSON pointer built segment by segment, e.g. `#/paths/~1v1~1customers~1{id}/get`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pointer(String);

impl Pointer {
    /// The document root.
    pub fn root() -> Self {
        Self::default()
    }

    /// A pointer written as JSON pointer text (its segments already escaped), e.g. the part of a
    /// local `$ref` after `#`.
    pub fn from_path(path: &str) -> Self {
        Self(path.to_owned())
    }

    /// The pointer as `serde_json::Value::pointer` reads it (no leading `#`).
    pub fn path(&self) -> &str {
        &self.0
    }

    /// This pointer extended by one segment (escaped as RFC 6901 requires).
    pub fn join(&self, segment: impl fmt::Display) -> Self {
        let escaped = segment.to_string().replace('~', "~0").replace('/', "~1");
        Self(format!("{}/{}", self.0, escaped))
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_slashes_and_tildes() {
        let pointer = Pointer::root().join("paths").join("/v1/customers/{id}").join("a~b");
        assert_eq!(pointer.to_string(), "#/paths/~1v1~1customers~1{id}/a~0b");
    }
}
