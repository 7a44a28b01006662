use std::collections::BTreeMap;
use std::fmt;
use std::ops::{Deref, DerefMut};

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

/// A string-to-string map that also accepts an empty JSON array (`[]`) as the empty map, as
/// Razorpay's `notes` does. Serializes as a JSON object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct StringMap(pub BTreeMap<String, String>);

impl Deref for StringMap {
    type Target = BTreeMap<String, String>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for StringMap {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl From<BTreeMap<String, String>> for StringMap {
    fn from(map: BTreeMap<String, String>) -> Self {
        Self(map)
    }
}

impl<'de> Deserialize<'de> for StringMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StringMapVisitor)
    }
}

struct StringMapVisitor;

impl<'de> Visitor<'de> for StringMapVisitor {
    type Value = StringMap;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of strings, or an empty array")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<StringMap, A::Error> {
        let mut map = BTreeMap::new();
        while let Some((key, value)) = access.next_entry::<String, String>()? {
            map.insert(key, value);
        }
        Ok(StringMap(map))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<StringMap, A::Error> {
        match access.next_element::<de::IgnoredAny>()? {
            None => Ok(StringMap::default()),
            Some(_) => Err(de::Error::invalid_value(de::Unexpected::Seq, &self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_object_and_empty_array() {
        let map: StringMap = serde_json::from_str(r#"{"a":"1","b":"2"}"#).unwrap();
        assert_eq!(map.get("a").map(String::as_str), Some("1"));
        assert_eq!(map.len(), 2);
        let empty: StringMap = serde_json::from_str("[]").unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn rejects_non_empty_arrays_and_non_string_values() {
        assert!(serde_json::from_str::<StringMap>(r#"["a"]"#).is_err());
        assert!(serde_json::from_str::<StringMap>(r#"{"a":1}"#).is_err());
        assert!(serde_json::from_str::<StringMap>("null").is_err());
    }

    #[test]
    fn serializes_as_object() {
        let empty: StringMap = serde_json::from_str("[]").unwrap();
        assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    }
}
