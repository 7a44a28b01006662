//! A request body given as JSON text (the CLI's `--body`, `AnyClient::call`'s `body` argument),
//! read strictly: a request is sent exactly as its schema says, so nothing is tolerated, and a body
//! that breaks the schema is refused saying where and how, never what it holds.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::{Deviation, Documented};

/// Why a request body was refused. Never shows the body: it is personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BodyError {
    /// Not JSON at all.
    Syntax {
        /// The line where it stops being JSON (1-based).
        line: usize,
        /// The column there (1-based).
        column: usize,
    },
    /// JSON that breaks the request schema: the first place it does (a missing required
    /// property, a value of another type, a value its `enum` does not list), by JSON pointer.
    Violation {
        /// The request schema's name.
        schema: &'static str,
        /// Where and how.
        deviation: Deviation,
    },
    /// JSON the schema check let through that the Rust type still refuses.
    Shape {
        /// The request schema's name.
        schema: &'static str,
    },
    /// JSON the request type would not send as written: the property at `path` (a JSON pointer)
    /// would be dropped. Refused rather than sent without it.
    NotSendable {
        /// The request schema's name.
        schema: &'static str,
        /// Where, by JSON pointer.
        path: String,
    },
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyError::Syntax { line, column } => write!(f, "not JSON (line {line}, column {column})"),
            BodyError::Violation { schema, deviation } => {
                write!(f, "breaks the request schema `{schema}` at `{}`: {}", deviation.path, deviation.kind)
            }
            BodyError::Shape { schema } => write!(f, "not JSON of the request schema `{schema}`"),
            BodyError::NotSendable { schema, path } => {
                write!(f, "`{path}` cannot be sent as written with the request schema `{schema}`: it would be dropped")
            }
        }
    }
}

impl std::error::Error for BodyError {}

/// Reads `text` as the request body `T`, checked against `T`'s schema first, and sent as written
/// or refused: a property the schema does not list is refused where the schema allows no others
/// (`additionalProperties: false`) and otherwise kept (generated request types hold such
/// properties in `extra`); an explicit `null` is refused where the schema does not allow it and
/// otherwise kept (an optional nullable property of a generated request type is
/// `Option<Option<T>>`: `Some(None)` is sent as `null`). Whatever `T` would still drop is
/// refused, naming it ([`BodyError::NotSendable`]).
pub fn request_body<T: Documented + Serialize>(text: &str) -> Result<T, BodyError> {
    let json: Value =
        serde_json::from_str(text).map_err(|error| BodyError::Syntax { line: error.line(), column: error.column() })?;
    if let Some(deviation) = T::SCHEMAS.violation(T::SCHEMA, &json) {
        return Err(BodyError::Violation { schema: T::SCHEMA, deviation });
    }
    let body: T = T::deserialize(&json).map_err(|_| BodyError::Shape { schema: T::SCHEMA })?;
    let sent = serde_json::to_value(&body).map_err(|_| BodyError::Shape { schema: T::SCHEMA })?;
    match dropped(&json, &sent, &mut String::new()) {
        Some(path) => Err(BodyError::NotSendable { schema: T::SCHEMA, path }),
        None => Ok(body),
    }
}

/// The first property (by JSON pointer) `given` has and `sent` lacks, inside objects and lists
/// alike.
fn dropped(given: &Value, sent: &Value, path: &mut String) -> Option<String> {
    let length = path.len();
    match (given, sent) {
        (Value::Object(given), Value::Object(sent)) => {
            let mut names: Vec<&String> = given.keys().collect();
            names.sort();
            for name in names {
                path.push('/');
                path.push_str(&name.replace('~', "~0").replace('/', "~1"));
                let found = match sent.get(name) {
                    None => Some(path.clone()),
                    Some(value) => dropped(&given[name.as_str()], value, path),
                };
                if found.is_some() {
                    return found;
                }
                path.truncate(length);
            }
            None
        }
        (Value::Array(given), Value::Array(sent)) => given.iter().zip(sent).enumerate().find_map(|(index, (a, b))| {
            path.truncate(length);
            path.push('/');
            path.push_str(&index.to_string());
            dropped(a, b, path)
        }),
        _ => None,
    }
}

/// Reads an optional, nullable property of a request type (`Option<Option<T>>`, with
/// `#[serde(default)]` for the absent case): `null` is `Some(None)`, sent back as `null`, so a
/// request that clears a field says so; a value is `Some(Some(value))`.
pub fn explicit_null<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lenient::Schemas;

    static SCHEMAS: Schemas = Schemas::new(
        r#"{"Create": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"}, "kind": {"type": "string", "enum": ["small", "large"]}}}}"#,
    );

    #[derive(Debug, serde::Deserialize, serde::Serialize, PartialEq)]
    struct Create {
        name: String,
        kind: Option<String>,
    }

    impl Documented for Create {
        const SCHEMAS: &'static Schemas = &SCHEMAS;
        const SCHEMA: &'static str = "Create";
    }

    static EDIT_SCHEMAS: Schemas = Schemas::new(
        r#"{"Edit": {"type": "object", "properties": {
                "name": {"type": "string"}, "contact": {"type": "string", "nullable": true}}},
            "Closed": {"type": "object", "additionalProperties": false, "properties": {"name": {"type": "string"}}}}"#,
    );

    /// A request type as codegen emits one: unlisted properties in `extra`, an optional nullable
    /// property with three states.
    #[derive(Debug, serde::Deserialize, serde::Serialize, PartialEq)]
    struct Edit {
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "explicit_null")]
        contact: Option<Option<String>>,
        #[serde(flatten)]
        extra: serde_json::Map<String, Value>,
    }

    impl Documented for Edit {
        const SCHEMAS: &'static Schemas = &EDIT_SCHEMAS;
        const SCHEMA: &'static str = "Edit";
    }

    /// A request type that cannot carry what it does not list, nor an explicit `null`.
    #[derive(Debug, serde::Deserialize, serde::Serialize, PartialEq)]
    struct Lossy {
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        contact: Option<String>,
    }

    impl Documented for Lossy {
        const SCHEMAS: &'static Schemas = &EDIT_SCHEMAS;
        const SCHEMA: &'static str = "Edit";
    }

    #[derive(Debug, serde::Deserialize, serde::Serialize)]
    #[serde(deny_unknown_fields)]
    struct Closed {
        name: Option<String>,
    }

    impl Documented for Closed {
        const SCHEMAS: &'static Schemas = &EDIT_SCHEMAS;
        const SCHEMA: &'static str = "Closed";
    }

    #[test]
    fn a_body_is_sent_as_written_unlisted_properties_and_explicit_nulls_included() {
        let text = r#"{"name": "Lamp", "contact": null, "capture_methd": "manual", "notes": {"a": [1, null]}}"#;
        let body = request_body::<Edit>(text).unwrap();
        assert_eq!(body.contact, Some(None), "an explicit null is kept");
        let sent = serde_json::to_value(&body).unwrap();
        assert_eq!(sent, serde_json::from_str::<Value>(text).unwrap(), "sent exactly as written");
        let absent = request_body::<Edit>(r#"{"name": "Lamp"}"#).unwrap();
        assert_eq!(serde_json::to_value(&absent).unwrap(), serde_json::json!({"name": "Lamp"}), "absent stays absent");
    }

    #[test]
    fn what_the_request_type_would_drop_is_refused_naming_it() {
        let refused = |text: &str| request_body::<Lossy>(text).unwrap_err().to_string();
        assert_eq!(
            refused(r#"{"name": "Lamp", "capture_methd": "manual"}"#),
            "`/capture_methd` cannot be sent as written with the request schema `Edit`: it would be dropped"
        );
        assert!(refused(r#"{"contact": null}"#).starts_with("`/contact` cannot be sent"));
        assert!(request_body::<Lossy>(r#"{"contact": "9123"}"#).is_ok());
    }

    #[test]
    fn a_property_a_closed_schema_does_not_list_is_refused_by_its_pointer() {
        let error = request_body::<Closed>(r#"{"name": "Lamp", "capture_methd": "manual"}"#).unwrap_err();
        assert_eq!(
            error.to_string(),
            "breaks the request schema `Closed` at `/capture_methd`: not a property of the schema, which allows no others"
        );
    }

    #[test]
    fn a_body_is_refused_where_it_breaks_its_schema_without_its_values() {
        let refused = |text: &str| request_body::<Create>(text).unwrap_err().to_string();
        assert_eq!(refused(r#"{"kind": "small"}"#), "breaks the request schema `Create` at `/name`: missing");
        let unlisted = refused(r#"{"name": "Leaky Person", "kind": "huge"}"#);
        assert_eq!(unlisted, "breaks the request schema `Create` at `/kind`: unknown enum value");
        assert_eq!(refused(r#"{"name": 5}"#), "breaks the request schema `Create` at `/name`: integer for string");
        assert_eq!(refused(r#"{"name": "Leaky"#), "not JSON (line 1, column 15)");
        let created = request_body::<Create>(r#"{"name": "Lamp"}"#);
        assert_eq!(created, Ok(Create { name: "Lamp".to_owned(), kind: None }));
    }
}
