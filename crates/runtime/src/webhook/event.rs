//! A verified delivery's event, typed: each generated crate's `webhooks::Event` lists the events
//! its spec describes ([`Events`]), and [`verify_event`] authenticates a delivery, then decodes its
//! payload as the event it names, tolerantly, as a response is decoded. An event the spec does not
//! list is an [`UnlistedEvent`], reported as a deviation, not an error.

use std::time::SystemTime;

use serde::Serialize;
use serde_json::Value;

use super::{HeaderMap, WebhookError, WebhookSecret, Webhooks, verify};
use crate::lenient::{DecodeError, Decoded, Deviation, DeviationKind, JsonKind};

/// A generated crate's typed events (`webhooks::Event`): one variant per event its spec lists,
/// holding that event's payload type, and one for an event it does not list.
pub trait Events: Sized + Serialize {
    /// The provider's webhooks, as its spec describes them.
    const WEBHOOKS: &'static Webhooks;

    /// Decodes `body` as the payload of the listed event `name`, tolerantly; `None` when the spec
    /// lists no event `name`.
    fn decode_listed(name: &str, body: &[u8]) -> Option<Result<Decoded<Self>, DecodeError>>;

    /// The event for a payload whose event the spec does not list.
    fn unlisted(event: UnlistedEvent) -> Self;
}

/// The payload of an event the spec does not list (or of a payload that names no event), kept
/// as JSON. It serializes as that payload.
#[derive(Debug, Clone, PartialEq)]
pub struct UnlistedEvent {
    /// The event the payload names, if it names one as text.
    pub name: Option<String>,
    /// The payload.
    pub payload: Value,
}

impl Serialize for UnlistedEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload.serialize(serializer)
    }
}

/// An authentic delivery, decoded.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Delivery<E> {
    /// The event, typed.
    pub event: E,
    /// The event the payload names (its `Webhooks::event_property`), if it names one as text.
    pub event_name: Option<String>,
    /// The id of the customer the event concerns, where the spec says where the payload carries
    /// it (`x-pspkit-customer-id`): the id the provider's Get Customer takes.
    pub customer_id: Option<String>,
    /// What was tolerated to decode the payload (and an unlisted event), sorted by path: the
    /// first `lenient::MAX_DEVIATIONS`.
    pub deviations: Vec<Deviation>,
    /// How many more were tolerated and not listed.
    pub omitted: usize,
}

impl<E: Serialize> Delivery<E> {
    /// The same delivery with its event as JSON, as the typed event serializes (what
    /// `pspkit`'s `AnyClient` does with bodies).
    pub fn into_json(self) -> Delivery<Value> {
        Delivery {
            event: serde_json::to_value(&self.event).unwrap_or(Value::Null),
            event_name: self.event_name,
            customer_id: self.customer_id,
            deviations: self.deviations,
            omitted: self.omitted,
        }
    }
}

/// Verifies a delivery as [`verify`] does, with the scheme of `E`'s spec, then decodes its payload
/// as the event it names: [`WebhookError::UndecodableBody`] when the body is not JSON or what
/// identifies the event's payload is unusable; any other departure from the spec is a deviation,
/// and a delivery with any is one WARN event (the listed event's name, the count and the paths,
/// never a value), as a tolerated response is.
pub fn verify_event<E: Events>(
    secret: &WebhookSecret<'_>,
    headers: &HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Result<Delivery<E>, WebhookError> {
    let webhooks = E::WEBHOOKS;
    verify(&webhooks.auth, secret, headers, body, now)?;
    let json: Value = serde_json::from_slice(body).map_err(|error| {
        let truncated = error.classify() == serde_json::error::Category::Eof;
        WebhookError::UndecodableBody(DecodeError::Syntax { truncated, line: error.line(), column: error.column() })
    })?;
    let customer_id = webhooks.customer_id(&json).map(str::to_owned);
    let event_name = webhooks.event_name(&json).map(str::to_owned);
    let listed = event_name.as_deref().and_then(|name| E::decode_listed(name, body));
    let is_listed = listed.is_some();
    let decoded = match listed {
        Some(decoded) => decoded.map_err(WebhookError::UndecodableBody)?,
        None => {
            let kind = match json.get(webhooks.event_property) {
                None => DeviationKind::Missing,
                Some(Value::String(_)) => DeviationKind::UnknownEnumValue,
                Some(other) => DeviationKind::WrongType { expected: JsonKind::String, came: JsonKind::of(other) },
            };
            let path = format!("/{}", webhooks.event_property.replace('~', "~0").replace('/', "~1"));
            let event = E::unlisted(UnlistedEvent { name: event_name.clone(), payload: json });
            Decoded { value: event, deviations: vec![Deviation { path, kind }], omitted: 0 }
        }
    };
    if !decoded.deviations.is_empty() {
        let paths: Vec<&str> = decoded.deviations.iter().map(|deviation| deviation.path.as_str()).collect();
        // The event's name only when the spec lists it: an unlisted one is the payload's text.
        let listed = if is_listed { event_name.as_deref().unwrap_or("-") } else { "(unlisted)" };
        tracing::warn!(
            event = listed,
            count = decoded.deviations.len() + decoded.omitted,
            omitted = decoded.omitted,
            paths = %paths.join(", "),
            "the webhook payload departed from the spec; tolerated"
        );
    }
    Ok(Delivery {
        event: decoded.value,
        event_name,
        customer_id,
        deviations: decoded.deviations,
        omitted: decoded.omitted,
    })
}
