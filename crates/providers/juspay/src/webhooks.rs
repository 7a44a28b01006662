// generated from specs/juspay.yaml by cargo xtask codegen; do not edit

//! How Juspay authenticates its webhook deliveries, and the events its spec lists.
//!
//! Verify a delivery with [`verify`]: it compares signatures in constant time, checks the
//! replay window, never puts the body, a signature or the secret in an error, and decodes
//! the payload tolerantly as the [`Event`] it names.
/// How Juspay authenticates a webhook delivery: HTTP Basic credentials the merchant set with the provider.
pub const AUTH: pspkit_runtime::webhook::WebhookAuth = pspkit_runtime::webhook::WebhookAuth::Basic;
/// Juspay's webhooks: [`AUTH`], the payload property `event_name` that names the event, and `ORDER_SUCCEEDED`.
pub const WEBHOOKS: pspkit_runtime::webhook::Webhooks = pspkit_runtime::webhook::Webhooks {
    auth: AUTH,
    event_property: "event_name",
    events: &[
        pspkit_runtime::webhook::WebhookEvent {
            name: "ORDER_SUCCEEDED",
            example: "{\"id\":\"evt_V2_b737837102414514ae0e9717a9f2664d\",\"date_created\":\"2015-06-03T10:42:25Z\",\"event_name\":\"ORDER_SUCCEEDED\",\"content\":{\"order\":{\"order_id\":\"ord_1703250118\",\"status\":\"CHARGED\",\"amount\":100,\"customer_id\":\"cst_om2l6ctlptxwxuzj\"}}}",
            customer_id: Some("/content/order/customer_id"),
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
    /// `ORDER_SUCCEEDED`: its payload, a [`WebhookEnvelope`](crate::types::WebhookEnvelope).
    OrderSucceeded(crate::types::WebhookEnvelope),
    /// An event the spec does not list, or a payload that names none: the payload as JSON
    /// (reported as a deviation at the event property).
    Unlisted(::pspkit_runtime::webhook::UnlistedEvent),
}
impl Event {
    /// The event's name: the spec's, or for [`Event::Unlisted`] the one the payload gives, if any.
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::OrderSucceeded(_) => Some("ORDER_SUCCEEDED"),
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
                "ORDER_SUCCEEDED" => {
                    ::pspkit_runtime::lenient::decode::<
                        crate::types::WebhookEnvelope,
                    >(body)
                        .map(|decoded| decoded.map(Self::OrderSucceeded))
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
/// use pspkit_juspay::webhooks::{self, Event, Secret, WebhookSecret};
///
/// let (username, password) = (Secret::new("merchant"), Secret::new("s3cret"));
/// let secret = WebhookSecret::Basic { username: &username, password: &password };
/// let body = br#"{"id":"evt_V2_b737837102414514ae0e9717a9f2664d","date_created":"2015-06-03T10:42:25Z","event_name":"ORDER_SUCCEEDED","content":{"order":{"order_id":"ord_1703250118","status":"CHARGED","amount":100,"customer_id":"cst_om2l6ctlptxwxuzj"}}}"#;
/// let now = std::time::SystemTime::now();
/// let headers = webhooks::sign(&secret, body, now).unwrap();
/// let delivery = webhooks::verify(&secret, &headers, body, now).unwrap();
/// assert!(matches!(delivery.event, Event::OrderSucceeded(_)));
/// assert_eq!(delivery.customer_id.as_deref(), Some("cst_om2l6ctlptxwxuzj"));
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
