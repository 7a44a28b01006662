//! A request body given as JSON text (the CLI's `--body`, `AnyClient::call`'s `body` argument),
//! read strictly: a request is sent exactly as its schema says, so nothing is tolerated, and a body
//! that breaks the schema is refused saying where and how, never what it holds.

use std::fmt;

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
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyError::Syntax { line, column } => write!(f, "not JSON (line {line}, column {column})"),
            BodyError::Violation { schema, deviation } => {
                write!(f, "breaks the request schema `{schema}` at `{}`: {}", deviation.path, deviation.kind)
            }
            BodyError::Shape { schema } => write!(f, "not JSON of the request schema `{schema}`"),
        }
    }
}

impl std::error::Error for BodyError {}

/// Reads `text` as the request body `T`, checked against `T`'s schema first.
pub fn request_body<T: Documented>(text: &str) -> Result<T, BodyError> {
    let json: serde_json::Value =
        serde_json::from_str(text).map_err(|error| BodyError::Syntax { line: error.line(), column: error.column() })?;
    if let Some(deviation) = T::SCHEMAS.violation(T::SCHEMA, &json) {
        return Err(BodyError::Violation { schema: T::SCHEMA, deviation });
    }
    serde_json::from_value(json).map_err(|_| BodyError::Shape { schema: T::SCHEMA })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lenient::Schemas;

    static SCHEMAS: Schemas = Schemas::new(
        r#"{"Create": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"}, "kind": {"type": "string", "enum": ["small", "large"]}}}}"#,
    );

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Create {
        name: String,
        kind: Option<String>,
    }

    impl Documented for Create {
        const SCHEMAS: &'static Schemas = &SCHEMAS;
        const SCHEMA: &'static str = "Create";
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
