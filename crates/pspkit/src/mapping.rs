//! How a provider's customer becomes a [`Customer`]: the rules a spec declares with
//! `x-pspkit-customer` (emitted as data into the generated registry), and the one interpreter of
//! them.
//!
//! Rules name fields by JSON pointer into the provider's customer as it serialises, which is its
//! wire form. Text is trimmed and empty text is `None`; a number where text is expected (a phone
//! sent as a JSON number) is used as its decimal text.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use crate::{Customer, Provider, ProviderCustomer};

/// A provider's mapping into [`Customer`] (`x-pspkit-customer` in its spec).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CustomerMapping {
    /// The provider's id for the customer.
    pub id: &'static str,
    /// The merchant's own id for the customer.
    pub merchant_reference: Text,
    /// The customer's name.
    pub name: Text,
    /// Email address.
    pub email: Text,
    /// Phone number.
    pub phone: Phone,
    /// When the provider created the customer.
    pub created_at: Time,
}

/// A text field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// The provider has no such field.
    None,
    /// The first of these fields that is present and not empty.
    First(&'static [&'static str]),
    /// The non-empty ones of these fields, joined by a space (e.g. first and last name).
    Join(&'static [&'static str]),
}

/// A phone number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phone {
    /// One field (a text rule).
    Text(Text),
    /// `+<country code><number>` when both are present, else the number alone.
    CountryCode {
        /// The country calling code, with or without `+`.
        code: &'static str,
        /// The number without the country code.
        number: &'static str,
    },
}

/// A creation time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Time {
    /// The provider sends none.
    None,
    /// Unix seconds (a number, or a numeric string).
    UnixSeconds(&'static str),
    /// An RFC 3339 date-time; offsets without a colon (`+0000`) are accepted.
    DateTime(&'static str),
}

/// Builds the normalised view of `typed` by `mapping`; `wrap` keeps the typed original.
pub(crate) fn normalise<T: Serialize>(
    provider: Provider,
    mapping: &CustomerMapping,
    typed: T,
    wrap: fn(T) -> ProviderCustomer,
) -> Customer {
    // Generated types serialise to JSON without fail (string keys only); `Null` maps to nothing.
    let value = serde_json::to_value(&typed).unwrap_or(Value::Null);
    Customer {
        provider,
        id: text_at(&value, mapping.id).unwrap_or_default(),
        merchant_reference: text(&value, mapping.merchant_reference),
        name: text(&value, mapping.name),
        email: text(&value, mapping.email),
        phone: phone(&value, mapping.phone),
        created_at: time(&value, mapping.created_at),
        provider_customer: wrap(typed),
    }
}

/// The trimmed, non-empty text at `pointer`; a JSON number counts as its decimal text.
fn text_at(value: &Value, pointer: &str) -> Option<String> {
    let text = match value.pointer(pointer)? {
        Value::String(text) => text.trim().to_owned(),
        Value::Number(number) => number.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

fn text(value: &Value, rule: Text) -> Option<String> {
    match rule {
        Text::None => None,
        Text::First(pointers) => pointers.iter().find_map(|pointer| text_at(value, pointer)),
        Text::Join(pointers) => {
            let parts: Vec<String> = pointers.iter().filter_map(|pointer| text_at(value, pointer)).collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        }
    }
}

fn phone(value: &Value, rule: Phone) -> Option<String> {
    match rule {
        Phone::Text(rule) => text(value, rule),
        Phone::CountryCode { code, number } => {
            let number = text_at(value, number)?;
            match text_at(value, code) {
                Some(code) => Some(format!("+{}{number}", code.trim_start_matches('+'))),
                None => Some(number),
            }
        }
    }
}

fn time(value: &Value, rule: Time) -> Option<DateTime<Utc>> {
    match rule {
        Time::None => None,
        Time::UnixSeconds(pointer) => {
            let seconds = match value.pointer(pointer)? {
                Value::Number(number) => number.as_i64()?,
                Value::String(text) => text.trim().parse().ok()?,
                _ => return None,
            };
            DateTime::from_timestamp(seconds, 0)
        }
        Time::DateTime(pointer) => {
            let text = value.pointer(pointer)?.as_str()?;
            text.parse::<pspkit_runtime::types::Timestamp>().ok().map(|timestamp| timestamp.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_rules_trim_skip_empty_and_accept_numbers() {
        let value = json!({"a": "  ", "b": " Ada ", "c": 919_876_543_210_u64, "d": null, "e": "Lovelace"});
        assert_eq!(text(&value, Text::First(&["/a", "/d", "/b"])).as_deref(), Some("Ada"));
        assert_eq!(text(&value, Text::First(&["/c"])).as_deref(), Some("919876543210"));
        assert_eq!(text(&value, Text::Join(&["/b", "/a", "/missing", "/e"])).as_deref(), Some("Ada Lovelace"));
        assert_eq!(text(&value, Text::Join(&["/a", "/d"])), None);
        assert_eq!(text(&value, Text::None), None);
    }

    #[test]
    fn phones_join_a_country_code_when_there_is_one() {
        let rule = Phone::CountryCode { code: "/code", number: "/number" };
        assert_eq!(phone(&json!({"code": "+91", "number": "99"}), rule).as_deref(), Some("+9199"));
        assert_eq!(phone(&json!({"code": "91", "number": "99"}), rule).as_deref(), Some("+9199"));
        assert_eq!(phone(&json!({"code": " ", "number": "99"}), rule).as_deref(), Some("99"));
        assert_eq!(phone(&json!({"code": "91"}), rule), None);
    }

    #[test]
    fn times_from_unix_seconds_or_date_times() {
        let value = json!({"s": 1_655_298_731, "t": "1655298731", "d": "2016-08-02T08:07:52+0000", "bad": "soon"});
        let expected = "2022-06-15T13:12:11+00:00";
        assert_eq!(time(&value, Time::UnixSeconds("/s")).unwrap().to_rfc3339(), expected);
        assert_eq!(time(&value, Time::UnixSeconds("/t")).unwrap().to_rfc3339(), expected);
        assert_eq!(time(&value, Time::DateTime("/d")).unwrap().to_rfc3339(), "2016-08-02T08:07:52+00:00");
        assert_eq!(time(&value, Time::DateTime("/bad")), None);
        assert_eq!(time(&value, Time::None), None);
    }
}
