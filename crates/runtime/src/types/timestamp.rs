use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time decoded from every form providers send for `format: date-time`: RFC 3339
/// (`2020-03-17T14:29:17Z`, `…+05:30`) and ISO 8601 offsets without a colon
/// (`2016-08-02T08:07:52+0000`, as Juspay sends). Held in UTC; serialized as RFC 3339.
///
/// The xtask maps every `type: string, format: date-time` schema to this type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<Utc>);

/// The text is not a timestamp in any accepted form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidTimestamp(String);

impl fmt::Display for InvalidTimestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not an RFC 3339 / ISO 8601 date-time", self.0)
    }
}

impl std::error::Error for InvalidTimestamp {}

impl FromStr for Timestamp {
    type Err = InvalidTimestamp;

    fn from_str(text: &str) -> Result<Self, InvalidTimestamp> {
        // `+hhmm` becomes `+hh:mm`, so both forms take chrono's RFC 3339 parser, once.
        let parsed = match colonless_offset(text) {
            Some(split) => DateTime::parse_from_rfc3339(&format!("{}:{}", &text[..split], &text[split..])),
            None => DateTime::parse_from_rfc3339(text),
        };
        parsed
            .map(|time| Timestamp(time.with_timezone(&Utc)))
            .map_err(|_| InvalidTimestamp(text.chars().take(64).collect()))
    }
}

/// Where to insert the colon when `text` ends in a `+hhmm` / `-hhmm` offset.
fn colonless_offset(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let offset = bytes.len().checked_sub(5)?;
    let sign = bytes[offset];
    let digits = &bytes[offset + 1..];
    ((sign == b'+' || sign == b'-') && digits.iter().all(u8::is_ascii_digit)).then_some(bytes.len() - 2)
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
    }
}

impl Deref for Timestamp {
    type Target = DateTime<Utc>;

    fn deref(&self) -> &DateTime<Utc> {
        &self.0
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> String {
        "DateTime".to_owned()
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("date-time".to_owned()),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Timestamp {
        serde_json::from_value(serde_json::Value::String(text.to_owned())).unwrap()
    }

    #[test]
    fn accepts_rfc3339_and_colonless_offsets() {
        assert_eq!(parse("2016-08-02T08:07:52+0000").to_string(), "2016-08-02T08:07:52Z");
        assert_eq!(parse("2020-03-17T14:29:17Z").to_string(), "2020-03-17T14:29:17Z");
        assert_eq!(parse("2020-03-17T19:59:17+05:30").to_string(), "2020-03-17T14:29:17Z");
        assert_eq!(parse("2020-03-17T19:59:17.250+0530").to_string(), "2020-03-17T14:29:17.250Z");
        assert_eq!(parse("2016-08-02T08:07:52+0000").timestamp(), 1_470_125_272);
    }

    #[test]
    fn rejects_other_text_with_a_clear_error() {
        for text in ["", "yesterday", "2020-03-17", "2020-03-17T14:29:17", "2020-13-01T00:00:00Z"] {
            let error = serde_json::from_value::<Timestamp>(serde_json::Value::String(text.to_owned())).unwrap_err();
            assert!(error.to_string().contains("is not an RFC 3339"), "{text}: {error}");
        }
        assert!(serde_json::from_str::<Timestamp>("1655298731").is_err());
    }
}
