use std::fmt;

use zeroize::Zeroizing;

/// A credential: `Debug` prints `[REDACTED]`, there is no `Display`, and the memory is zeroed on
/// drop. (A small type over `zeroize`, which rustls already brings, rather than the `secrecy`
/// crate: one dependency less for every merchant build, same guarantees for our use.)
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Zeroizing::new(value.into()))
    }

    /// The credential itself, for building the request header. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted_and_the_value_is_reachable_explicitly() {
        let secret = Secret::new("hunter2");
        assert_eq!(format!("{secret:?}"), "[REDACTED]");
        assert_eq!(format!("{:?}", Some(secret.clone())), "Some([REDACTED])");
        assert_eq!(secret.expose(), "hunter2");
    }
}
