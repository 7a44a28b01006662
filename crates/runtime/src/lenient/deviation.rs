//! What a tolerant decode records: where a body departed from its spec, and how, never the value.

use std::fmt;

/// The JSON type of a value, or the type a spec asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JsonKind {
    /// A JSON string.
    String,
    /// A JSON number without a fraction or exponent.
    Integer,
    /// Any JSON number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A JSON object.
    Object,
    /// A JSON array.
    Array,
    /// `null`.
    Null,
}

impl JsonKind {
    /// The kind of `value`.
    pub fn of(value: &serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::String(_) => JsonKind::String,
            Value::Number(number) if number.is_i64() || number.is_u64() => JsonKind::Integer,
            Value::Number(_) => JsonKind::Number,
            Value::Bool(_) => JsonKind::Boolean,
            Value::Object(_) => JsonKind::Object,
            Value::Array(_) => JsonKind::Array,
            Value::Null => JsonKind::Null,
        }
    }

    /// The kind an OpenAPI `type` names.
    pub fn from_openapi(name: &str) -> Option<Self> {
        Some(match name {
            "string" => JsonKind::String,
            "integer" => JsonKind::Integer,
            "number" => JsonKind::Number,
            "boolean" => JsonKind::Boolean,
            "object" => JsonKind::Object,
            "array" => JsonKind::Array,
            _ => return None,
        })
    }
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::String => "string",
            JsonKind::Integer => "integer",
            JsonKind::Number => "number",
            JsonKind::Boolean => "boolean",
            JsonKind::Object => "object",
            JsonKind::Array => "array",
            JsonKind::Null => "null",
        })
    }
}

/// How a value departed from what the spec says.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviationKind {
    /// A property the spec marks required is absent; the field decodes as empty.
    Missing,
    /// `null` where the spec does not allow it; the field decodes as empty.
    Null,
    /// A value of another JSON type that converts without loss (an integer for a string, a
    /// string holding exactly an integer for an integer); the field holds the converted value.
    Converted {
        /// What the spec says.
        expected: JsonKind,
        /// What came.
        came: JsonKind,
    },
    /// A value of another JSON type that does not convert (or must not: money); the field
    /// decodes as empty.
    WrongType {
        /// What the spec says.
        expected: JsonKind,
        /// What came.
        came: JsonKind,
    },
    /// A string the spec's `enum` does not list. An open enum keeps it (`Open::Unknown`); a closed
    /// one decodes as empty. Also a webhook payload's event that the spec does not list (kept as
    /// a `webhook::UnlistedEvent`).
    UnknownEnumValue,
    /// A string the spec's `format` cannot read (e.g. a `date-time` that is not RFC 3339); the
    /// field decodes as empty.
    Unparseable {
        /// The spec's `format`.
        format: String,
    },
    /// A body where the spec documents none (a `204`, or a status without content); it was
    /// ignored.
    UndocumentedBody {
        /// Its size.
        bytes: usize,
    },
    /// A property of a request body that its schema does not list, where the schema allows no
    /// others (`additionalProperties: false`): the request is refused. Responses never report it.
    Unlisted,
    /// A value of the right JSON type that fits none of the alternatives of its `oneOf` or
    /// `anyOf` (e.g. an object with none of the properties any alternative requires).
    NoAlternativeFits {
        /// How many alternatives the spec lists.
        alternatives: usize,
    },
}

impl fmt::Display for DeviationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeviationKind::Missing => f.write_str("missing"),
            DeviationKind::Null => f.write_str("null"),
            DeviationKind::Converted { expected, came } => write!(f, "{came} for {expected} (converted)"),
            DeviationKind::WrongType { expected, came } => write!(f, "{came} for {expected}"),
            DeviationKind::UnknownEnumValue => f.write_str("unknown enum value"),
            DeviationKind::Unparseable { format } => write!(f, "unparseable {format}"),
            DeviationKind::UndocumentedBody { bytes } => {
                write!(f, "a {bytes}-byte body where none is documented (ignored)")
            }
            DeviationKind::Unlisted => f.write_str("not a property of the schema, which allows no others"),
            DeviationKind::NoAlternativeFits { alternatives } => {
                write!(f, "fits none of the {alternatives} alternatives its schema lists")
            }
        }
    }
}

/// One place where a response body departed from its spec and was tolerated: a JSON pointer into
/// the body and what happened there. Never the value itself (it may be personal data).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Deviation {
    /// JSON pointer of the value in the body, e.g. `/contact` or `/items/0/created_at`.
    pub path: String,
    /// What the spec says and what came.
    pub kind: DeviationKind,
}

impl fmt::Display for Deviation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", display_path(&self.path), self.kind)
    }
}

/// The root pointer (`""`) shown as `/`.
pub(crate) fn display_path(path: &str) -> &str {
    if path.is_empty() { "/" } else { path }
}

/// Why a body could not be decoded: where and what kind of problem, never a value from the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The body is not JSON (or is cut short).
    Syntax {
        /// `true` when the body ends early (truncated), `false` for any other syntax error.
        truncated: bool,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
    },
    /// What identifies the object (the spec's `x-pspkit-identity` properties, or the envelope
    /// that carries them) is unusable.
    Identity {
        /// JSON pointer of the unusable value.
        path: String,
        /// What the spec says and what came.
        kind: DeviationKind,
    },
    /// JSON that the generated type rejects where the spec-driven check found no unusable
    /// identity (e.g. an array item of the wrong type); the position serde reported.
    Shape {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Syntax { truncated: true, line, column } => {
                write!(f, "JSON cut short at line {line}, column {column}")
            }
            DecodeError::Syntax { truncated: false, line, column } => {
                write!(f, "not valid JSON at line {line}, column {column}")
            }
            DecodeError::Identity { path, kind } => {
                write!(f, "{}: {kind}, and the spec needs it to identify the object", display_path(path))
            }
            DecodeError::Shape { line, column } => {
                write!(f, "JSON that does not match the spec's types at line {line}, column {column}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}
