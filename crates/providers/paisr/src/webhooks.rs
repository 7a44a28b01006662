// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

//! How Paisr authenticates its webhook deliveries, and the events its spec lists.
//!
//! Verify a delivery with [`verify`]: it compares signatures in constant time, checks the
//! replay window, never puts the body, a signature or the secret in an error, and decodes
//! the payload tolerantly as the [`Event`] it names.
/// How Paisr authenticates a webhook delivery: a hex HMAC-SHA256 of `{timestamp}.{body}` in `X-PCB-Signature` or `X-Paisr-Signature`, the timestamp in `X-PCB-Timestamp`, within 300 s of the clock.
pub const AUTH: pspkit_runtime::webhook::WebhookAuth = pspkit_runtime::webhook::WebhookAuth::Hmac(pspkit_runtime::webhook::HmacScheme {
    signature_headers: &["X-PCB-Signature", "X-Paisr-Signature"],
    encoding: pspkit_runtime::webhook::SignatureEncoding::Hex,
    signed: "{timestamp}.{body}",
    timestamp: pspkit_runtime::webhook::TimestampSource::Header("X-PCB-Timestamp"),
    tolerance_seconds: Some(300u64),
});
/// Paisr's webhooks: [`AUTH`], the payload property `event` that names the event, and `customer.created`, `customer.updated`, `customer.removed`.
pub const WEBHOOKS: pspkit_runtime::webhook::Webhooks = pspkit_runtime::webhook::Webhooks {
    auth: AUTH,
    event_property: "event",
    events: &[
        pspkit_runtime::webhook::WebhookEvent {
            name: "customer.created",
            example: "{\"id\":\"cus_123456\",\"event\":\"customer.created\"}",
            customer_id: Some("/id"),
        },
        pspkit_runtime::webhook::WebhookEvent {
            name: "customer.updated",
            example: "{\"id\":\"cus_123456\",\"event\":\"customer.updated\"}",
            customer_id: Some("/id"),
        },
        pspkit_runtime::webhook::WebhookEvent {
            name: "customer.removed",
            example: "{\"id\":\"cus_123456\",\"event\":\"customer.removed\"}",
            customer_id: Some("/id"),
        },
    ],
};
pub use ::pspkit_runtime::Secret;
pub use ::pspkit_runtime::webhook::{
    Delivery, HeaderMap, UnlistedEvent, WebhookError, WebhookSecret,
};
/// The event of an authentic delivery ([`verify`]): one variant per event the spec lists,
/// its payload decoded tolerantly, and [`Event::Unlisted`] for any other. It serializes
/// as its payload.
#[derive(Debug, Clone, ::serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Event {
    /// `customer.created`: its payload, a [`CustomerEvent`](crate::types::CustomerEvent).
    CustomerCreated(crate::types::CustomerEvent),
    /// `customer.updated`: its payload, a [`CustomerEvent`](crate::types::CustomerEvent).
    CustomerUpdated(crate::types::CustomerEvent),
    /// `customer.removed`: its payload, a [`CustomerEvent`](crate::types::CustomerEvent).
    CustomerRemoved(crate::types::CustomerEvent),
    /// An event the spec does not list, or a payload that names none: the payload as JSON
    /// (reported as a deviation at the event property).
    Unlisted(::pspkit_runtime::webhook::UnlistedEvent),
}
impl Event {
    /// The event's name: the spec's, or for [`Event::Unlisted`] the one the payload gives, if any.
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::CustomerCreated(_) => Some("customer.created"),
            Self::CustomerUpdated(_) => Some("customer.updated"),
            Self::CustomerRemoved(_) => Some("customer.removed"),
            Self::Unlisted(event) => event.name.as_deref(),
        }
    }
}
impl ::pspkit_runtime::webhook::Events for Event {
    const WEBHOOKS: &'static ::pspkit_runtime::webhook::Webhooks = &WEBHOOKS;
    fn decode_listed(
        name: &str,
        body: &[u8],
    ) -> Option<
        Result<::pspkit_runtime::lenient::Decoded<Self>, ::pspkit_runtime::DecodeError>,
    > {
        Some(
            match name {
                "customer.created" => {
                    ::pspkit_runtime::lenient::decode::<
                        crate::types::CustomerEvent,
                    >(body)
                        .map(|decoded| decoded.map(Self::CustomerCreated))
                }
                "customer.updated" => {
                    ::pspkit_runtime::lenient::decode::<
                        crate::types::CustomerEvent,
                    >(body)
                        .map(|decoded| decoded.map(Self::CustomerUpdated))
                }
                "customer.removed" => {
                    ::pspkit_runtime::lenient::decode::<
                        crate::types::CustomerEvent,
                    >(body)
                        .map(|decoded| decoded.map(Self::CustomerRemoved))
                }
                _ => return None,
            },
        )
    }
    fn unlisted(event: ::pspkit_runtime::webhook::UnlistedEvent) -> Self {
        Self::Unlisted(event)
    }
}
/// Verifies a delivery (its `headers` and raw `body` as received) against the merchant's
/// `secret`, with `now` as the clock (`SystemTime::now()`, or a captured delivery's time),
/// then decodes its payload as the [`Event`] it names, tolerantly: what was tolerated is in
/// the delivery's `deviations`. An error names what failed, never the body, a signature
/// or the secret.
pub fn verify(
    secret: &::pspkit_runtime::webhook::WebhookSecret<'_>,
    headers: &::pspkit_runtime::webhook::HeaderMap,
    body: &[u8],
    now: ::std::time::SystemTime,
) -> Result<
    ::pspkit_runtime::webhook::Delivery<Event>,
    ::pspkit_runtime::webhook::WebhookError,
> {
    ::pspkit_runtime::webhook::verify_event::<Event>(secret, headers, body, now)
}
/// The headers the provider would send with `body` at `at`, authenticated with `secret`
/// as [`AUTH`] says: for tests, to build a delivery [`verify`] accepts (feature `mock`).
/// ```
/// use pspkit_paisr::webhooks::{self, Event, Secret, WebhookSecret};
///
/// let key = Secret::new("whsec_test");
/// let secret = WebhookSecret::Hmac(&key);
/// let body = br#"{"id":"cus_123456","event":"customer.created"}"#;
/// let now = std::time::SystemTime::now();
/// let headers = webhooks::sign(&secret, body, now).unwrap();
/// let delivery = webhooks::verify(&secret, &headers, body, now).unwrap();
/// assert!(matches!(delivery.event, Event::CustomerCreated(_)));
/// assert_eq!(delivery.customer_id.as_deref(), Some("cus_123456"));
/// ```
#[cfg(feature = "mock")]
pub fn sign(
    secret: &::pspkit_runtime::webhook::WebhookSecret<'_>,
    body: &[u8],
    at: ::std::time::SystemTime,
) -> Result<
    ::pspkit_runtime::webhook::HeaderMap,
    ::pspkit_runtime::webhook::WebhookError,
> {
    ::pspkit_runtime::webhook::sign_delivery(&AUTH, secret, body, at)
}
