// generated from specs/razorpay.yaml by cargo xtask codegen; do not edit

//! How Razorpay authenticates its webhook deliveries, and the events its spec lists.
//!
//! Verify a delivery with [`verify`]: it compares signatures in constant time, checks the
//! replay window, never puts the body, a signature or the secret in an error, and decodes
//! the payload tolerantly as the [`Event`] it names.
/// How Razorpay authenticates a webhook delivery: a hex HMAC-SHA256 of `{body}` in `X-Razorpay-Signature`.
pub const AUTH: pspkit_runtime::webhook::WebhookAuth = pspkit_runtime::webhook::WebhookAuth::Hmac(pspkit_runtime::webhook::HmacScheme {
    signature_headers: &["X-Razorpay-Signature"],
    encoding: pspkit_runtime::webhook::SignatureEncoding::Hex,
    signed: "{body}",
    timestamp: pspkit_runtime::webhook::TimestampSource::None,
    tolerance_seconds: None,
});
/// Razorpay's webhooks: [`AUTH`], the payload property `event` that names the event, and `payment.authorized`.
pub const WEBHOOKS: pspkit_runtime::webhook::Webhooks = pspkit_runtime::webhook::Webhooks {
    auth: AUTH,
    event_property: "event",
    events: &[
        pspkit_runtime::webhook::WebhookEvent {
            name: "payment.authorized",
            example: "{\"entity\":\"event\",\"account_id\":\"acc_BFQ7uQEaa7j2z7\",\"event\":\"payment.authorized\",\"contains\":[\"payment\"],\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_DESlfW9H8K9uqM\",\"entity\":\"payment\",\"amount\":100,\"currency\":\"INR\",\"status\":\"authorized\",\"order_id\":\"order_DESlLckIVRkHWj\"}}},\"created_at\":1567674606}",
            customer_id: None,
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
    /// `payment.authorized`: its payload, a [`WebhookEnvelope`](crate::types::WebhookEnvelope).
    PaymentAuthorized(crate::types::WebhookEnvelope),
    /// An event the spec does not list, or a payload that names none: the payload as JSON
    /// (reported as a deviation at the event property).
    Unlisted(::pspkit_runtime::webhook::UnlistedEvent),
}
impl Event {
    /// The event's name: the spec's, or for [`Event::Unlisted`] the one the payload gives, if any.
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::PaymentAuthorized(_) => Some("payment.authorized"),
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
                "payment.authorized" => {
                    ::pspkit_runtime::lenient::decode::<
                        crate::types::WebhookEnvelope,
                    >(body)
                        .map(|decoded| decoded.map(Self::PaymentAuthorized))
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
/// use pspkit_razorpay::webhooks::{self, Event, Secret, WebhookSecret};
///
/// let key = Secret::new("whsec_test");
/// let secret = WebhookSecret::Hmac(&key);
/// let body = br#"{"entity":"event","account_id":"acc_BFQ7uQEaa7j2z7","event":"payment.authorized","contains":["payment"],"payload":{"payment":{"entity":{"id":"pay_DESlfW9H8K9uqM","entity":"payment","amount":100,"currency":"INR","status":"authorized","order_id":"order_DESlLckIVRkHWj"}}},"created_at":1567674606}"#;
/// let now = std::time::SystemTime::now();
/// let headers = webhooks::sign(&secret, body, now).unwrap();
/// let delivery = webhooks::verify(&secret, &headers, body, now).unwrap();
/// assert!(matches!(delivery.event, Event::PaymentAuthorized(_)));
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
