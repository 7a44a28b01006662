// generated from specs/razorpay.yaml by cargo xtask codegen; do not edit

//! How Razorpay authenticates its webhook deliveries, and the events its spec lists.
//!
//! Verify a delivery with [`pspkit_runtime::webhook::verify`]: it compares in constant time
//! and never puts the body, a signature or the secret in an error.
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
