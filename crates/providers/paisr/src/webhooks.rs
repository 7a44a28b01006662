// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

//! How Paisr authenticates its webhook deliveries, and the events its spec lists.
//!
//! Verify a delivery with [`pspkit_runtime::webhook::verify`]: it compares in constant time
//! and never puts the body, a signature or the secret in an error.
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
