//! With the `schemars` feature, every generated type exports its JSON Schema.

fn schema<T: schemars::JsonSchema>() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

#[test]
fn customer_types_export_their_json_schemas() {
    let razorpay = schema::<pspkit_razorpay::types::Customer>();
    // The Rust type requires only what identifies the customer (`x-pspkit-identity`); the spec's
    // other required fields decode tolerantly.
    assert_eq!(razorpay["required"], serde_json::json!(["id"]));
    assert_eq!(razorpay["properties"]["created_at"]["type"], serde_json::json!(["integer", "null"]));

    let paisr = schema::<pspkit_paisr::types::Customer>();
    assert_eq!(paisr["definitions"]["DateTime"]["format"], "date-time", "Timestamp exports as date-time");
    assert!(paisr["definitions"]["BillingDetails"].is_object());

    let juspay = schema::<pspkit_juspay::types::ErrorResponse>();
    assert!(juspay["properties"]["error_info"].is_object());

    let axisfi = schema::<pspkit_axisfi::types::CustomerDetail>();
    assert_eq!(axisfi["definitions"]["OpenEnum"]["type"], "string", "an open enum exports as a string");
}
