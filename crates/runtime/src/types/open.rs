use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string enum that stays decodable when the provider adds a value: known values become
/// `Known(T)`, anything else is kept verbatim in `Unknown`. Specs opt in with
/// `x-pspkit-open-enum: true`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Open<T> {
    /// A value the spec lists.
    Known(T),
    /// A value the spec did not list when the client was generated.
    Unknown(String),
}

impl<T> Open<T> {
    /// The known value, if this is one.
    pub fn known(&self) -> Option<&T> {
        match self {
            Open::Known(value) => Some(value),
            Open::Unknown(_) => None,
        }
    }
}

impl<T: FromStr> From<&str> for Open<T> {
    fn from(value: &str) -> Self {
        value.parse().map(Open::Known).unwrap_or_else(|_| Open::Unknown(value.to_owned()))
    }
}

impl<T: fmt::Display> fmt::Display for Open<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Open::Known(value) => value.fmt(f),
            Open::Unknown(value) => f.write_str(value),
        }
    }
}

impl<T: fmt::Display> Serialize for Open<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de, T: FromStr> Deserialize<'de> for Open<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        let open = Open::from(value.as_ref());
        if matches!(open, Open::Unknown(_)) {
            // Tolerated: reported as an unknown enum value when the decode lists deviations.
            crate::lenient::fields::note();
        }
        Ok(open)
    }
}

#[cfg(feature = "schemars")]
impl<T> schemars::JsonSchema for Open<T> {
    fn schema_name() -> String {
        "OpenEnum".to_owned()
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        String::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Currency {
        Usd,
    }

    impl FromStr for Currency {
        type Err = ();
        fn from_str(value: &str) -> Result<Self, ()> {
            if value == "USD" { Ok(Currency::Usd) } else { Err(()) }
        }
    }

    impl fmt::Display for Currency {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("USD")
        }
    }

    #[test]
    fn known_and_unknown_values_decode_and_round_trip() {
        let known: Open<Currency> = serde_json::from_str(r#""USD""#).unwrap();
        assert_eq!(known, Open::Known(Currency::Usd));
        let unknown: Open<Currency> = serde_json::from_str(r#""XCG""#).unwrap();
        assert_eq!(unknown, Open::Unknown("XCG".to_owned()));
        assert_eq!(serde_json::to_string(&unknown).unwrap(), r#""XCG""#);
        assert_eq!(serde_json::to_string(&known).unwrap(), r#""USD""#);
        assert_eq!(known.known(), Some(&Currency::Usd));
    }

    #[test]
    fn non_strings_are_errors() {
        assert!(serde_json::from_str::<Open<Currency>>("1").is_err());
        assert!(serde_json::from_str::<Open<Currency>>("null").is_err());
    }
}
