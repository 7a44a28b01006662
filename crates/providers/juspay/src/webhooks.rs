// generated from specs/juspay.yaml by cargo xtask codegen; do not edit

//! How Juspay authenticates its webhook deliveries, and the events its spec lists.
//!
//! Verify a delivery with [`pspkit_runtime::webhook::verify`]: it compares in constant time
//! and never puts the body, a signature or the secret in an error.
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
