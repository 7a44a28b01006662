//! Tolerant decoding: a response body decodes unless what identifies its object is unusable, and
//! every value tolerated on the way is reported as a [`Deviation`] (a JSON pointer and a kind,
//! never the value).
//!
//! Three parts, used in this order:
//! - [`fields`]: the serde field decoders the generated types use on every non-identifying
//!   field (missing, `null`, lossless conversions, unusable values); they count what they
//!   tolerate and never buffer;
//! - [`decode`]: one typed decode; only when something was tolerated (or the decode failed, or
//!   DEBUG logging is on) does it walk the body against the spec's schemas ([`Schemas`]) to say
//!   where and how;
//! - [`Deviation`] / [`DecodeError`]: what callers see (`Response::deviations()`, and
//!   `UnexpectedReason::UndecodableBody`).
//!
//! A request body given as JSON text is the other way round: [`request_body`] reads it strictly
//! against the same schemas and says where it breaks them ([`BodyError`]).

mod deviation;
pub mod fields;
mod request;
mod schema;

use serde::de::DeserializeOwned;

pub use deviation::{DecodeError, Deviation, DeviationKind, JsonKind};
pub use request::{BodyError, explicit_null, request_body};
pub use schema::Schemas;

/// A generated response or request body type: decodable, and documented by a schema of its spec.
pub trait Documented: DeserializeOwned {
    /// The spec's component schemas, embedded in the generated crate.
    const SCHEMAS: &'static Schemas;
    /// This type's schema name in `SCHEMAS` (a component's, or an inline request body's).
    const SCHEMA: &'static str;
}

/// What an operation's response decodes as: a generated type the spec documents (every
/// [`Documented`] type), or `()` for a status whose spec has no body (a `204`), where any bytes
/// that come anyway are ignored and reported as a [`DeviationKind::UndocumentedBody`].
pub trait Body: Sized {
    /// Decodes `body`, tolerantly.
    fn decode_body(body: &[u8]) -> Result<Decoded<Self>, DecodeError>;
}

impl<T: Documented> Body for T {
    fn decode_body(body: &[u8]) -> Result<Decoded<Self>, DecodeError> {
        decode::<T>(body)
    }
}

impl Body for () {
    fn decode_body(body: &[u8]) -> Result<Decoded<Self>, DecodeError> {
        let deviations = if body.is_empty() {
            Vec::new()
        } else {
            vec![Deviation { path: String::new(), kind: DeviationKind::UndocumentedBody { bytes: body.len() } }]
        };
        Ok(Decoded { value: (), deviations, omitted: 0 })
    }
}

/// The most deviations one response's record keeps (in [`Decoded::deviations`],
/// `ResponseMeta::deviations`, the WARN event and the CLI's `--verbose`): the first ones the walk
/// meets, with a count of the rest, so a body full of departures costs no more to record than
/// this many.
pub const MAX_DEVIATIONS: usize = 100;

/// A decoded body and what was tolerated to decode it.
#[derive(Debug)]
pub struct Decoded<T> {
    /// The typed body.
    pub value: T,
    /// The departures from the spec that were tolerated, sorted by path: the first
    /// [`MAX_DEVIATIONS`] the walk met.
    pub deviations: Vec<Deviation>,
    /// How many more were tolerated and not listed.
    pub omitted: usize,
}

impl<T> Decoded<T> {
    /// The same decode with its value mapped (e.g. into the variant of an enum that holds it).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Decoded<U> {
        Decoded { value: f(self.value), deviations: self.deviations, omitted: self.omitted }
    }
}

/// Decodes `body` as `T`, tolerating what the spec's author did not mark as identifying.
///
/// A body as documented costs one typed decode. Otherwise the body is also read as JSON and
/// walked against `T`'s schema: to list the deviations, to name unknown properties at DEBUG, or
/// to say where an undecodable body is unusable.
pub fn decode<T: Documented>(body: &[u8]) -> Result<Decoded<T>, DecodeError> {
    fields::take();
    let typed = serde_json::from_slice::<T>(body);
    let tolerated = fields::take();
    match typed {
        Ok(value) if tolerated == 0 && !tracing::enabled!(tracing::Level::DEBUG) => {
            Ok(Decoded { value, deviations: Vec::new(), omitted: 0 })
        }
        Ok(value) => {
            let (deviations, omitted) = match serde_json::from_slice(body) {
                Ok(json) => {
                    let report = T::SCHEMAS.check(T::SCHEMA, &json);
                    if report.unknown_count > 0 {
                        // Their names come from the body, not the spec (a map keyed by email is
                        // personal data): only their count is logged.
                        tracing::debug!(
                            schema = T::SCHEMA,
                            count = report.unknown_count,
                            "properties the spec does not list (ignored)"
                        );
                    }
                    (report.deviations, report.omitted)
                }
                Err(_) => (Vec::new(), 0),
            };
            Ok(Decoded { value, deviations, omitted })
        }
        Err(error) => Err(explain::<T>(body, &error)),
    }
}

/// Why `body` did not decode as `T`: its syntax, else the first unusable identifying value the
/// spec's schema finds, else where serde stopped.
fn explain<T: Documented>(body: &[u8], error: &serde_json::Error) -> DecodeError {
    let json = match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(json) => json,
        Err(syntax) => {
            let truncated = syntax.classify() == serde_json::error::Category::Eof;
            return DecodeError::Syntax { truncated, line: syntax.line(), column: syntax.column() };
        }
    };
    match T::SCHEMAS.check(T::SCHEMA, &json).identity {
        Some(Deviation { path, kind }) => DecodeError::Identity { path, kind },
        None => DecodeError::Shape { line: error.line(), column: error.column() },
    }
}

/// [`decode`], keeping only what was tolerated: for checking a captured body.
pub fn deviations<T: Documented>(body: &[u8]) -> Result<Vec<Deviation>, DecodeError> {
    decode::<T>(body).map(|decoded| decoded.deviations)
}

/// One documented response body of a generated crate (its `RESPONSE_DECODERS`): decodes a body
/// of that operation and status as the client would.
#[derive(Clone, Copy, Debug)]
pub struct ResponseDecoder {
    /// The operation's `operationId`.
    pub operation_id: &'static str,
    /// The spec's status key: `200`, `4XX` or `default`.
    pub status: &'static str,
    /// Decodes a body; `Ok` lists what was tolerated.
    pub decode: fn(&[u8]) -> Result<Vec<Deviation>, DecodeError>,
}

impl ResponseDecoder {
    /// The decoder for `status` of `operation_id`, as OpenAPI picks a response: the exact status,
    /// else its range (`4XX`), else `default`.
    pub fn find(decoders: &'static [Self], operation_id: &str, status: u16) -> Option<&'static Self> {
        let exact = status.to_string();
        let range = format!("{}XX", status / 100);
        [exact.as_str(), range.as_str(), "default"].into_iter().find_map(|key| {
            decoders.iter().find(|d| d.operation_id == operation_id && d.status.eq_ignore_ascii_case(key))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A status the spec documents without a body decodes as `()`; bytes that come anyway are
    /// ignored and reported, by size, never by content.
    #[test]
    fn an_undocumented_body_is_ignored_and_reported() {
        let empty = <() as Body>::decode_body(b"").unwrap();
        assert!(empty.deviations.is_empty());
        let stray = <() as Body>::decode_body(br#"{"email":"jane@example.com"}"#).unwrap();
        assert_eq!(stray.deviations.len(), 1);
        assert_eq!(stray.deviations[0].kind, DeviationKind::UndocumentedBody { bytes: 28 });
        let shown = stray.deviations[0].to_string();
        assert!(shown.contains("28-byte body") && !shown.contains("jane"), "{shown}");
    }

    /// `docs/reliability.md` states the cap on a response's deviations: the number it gives is
    /// `MAX_DEVIATIONS`.
    #[test]
    fn the_documented_deviation_cap_is_the_constant() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/reliability.md");
        let markdown = std::fs::read_to_string(path).expect("docs/reliability.md");
        let stated = markdown.split("keeps the first ").nth(1).and_then(|rest| rest.split(' ').next());
        assert_eq!(stated.and_then(|number| number.parse().ok()), Some(MAX_DEVIATIONS), "{stated:?}");
    }
}
