// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

/// The spec's `components/schemas` and inline request body schemas, strict as written
/// (descriptions and examples removed): what the runtime lists a tolerated body's
/// deviations against, and finds where a request body breaks its schema.
pub(crate) static SCHEMAS: ::pspkit_runtime::lenient::Schemas = ::pspkit_runtime::lenient::Schemas::new(
    "{\"CustomerEvent\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"event\":{\"type\":\"string\"}},\"required\":[\"id\",\"event\"],\"x-pspkit-identity\":[\"id\",\"event\"]},\"CustomerResponse\":{\"type\":\"object\",\"properties\":{\"success\":{\"type\":\"boolean\"},\"data\":{\"$ref\":\"#/components/schemas/Customer\"}},\"required\":[\"success\",\"data\"],\"x-pspkit-identity\":[\"data\"]},\"Customer\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\",\"nullable\":true},\"email\":{\"type\":\"string\",\"nullable\":true},\"phone\":{\"type\":\"string\",\"nullable\":true},\"default_currency\":{\"$ref\":\"#/components/schemas/CurrencyCode\"},\"billing_details\":{\"$ref\":\"#/components/schemas/BillingDetails\"},\"shipping_details\":{\"$ref\":\"#/components/schemas/ShippingDetails\"},\"metadata\":{\"type\":\"object\",\"nullable\":true,\"additionalProperties\":true},\"session\":{\"$ref\":\"#/components/schemas/PortalSession\"},\"created_at\":{\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"id\"],\"x-pspkit-identity\":[\"id\"]},\"CurrencyCode\":{\"type\":\"string\",\"x-pspkit-open-enum\":true,\"enum\":[\"SRD\",\"USD\",\"EUR\"]},\"BillingDetails\":{\"type\":\"object\",\"nullable\":true,\"properties\":{\"line_1\":{\"type\":\"string\"},\"line_2\":{\"type\":\"string\",\"nullable\":true},\"city\":{\"type\":\"string\"},\"state\":{\"type\":\"string\",\"nullable\":true},\"zip_code\":{\"type\":\"string\",\"nullable\":true},\"country\":{\"type\":\"string\"}},\"required\":[\"line_1\",\"city\",\"country\"],\"x-pspkit-identity\":[]},\"ShippingDetails\":{\"type\":\"object\",\"nullable\":true,\"properties\":{\"name\":{\"type\":\"string\"},\"phone\":{\"type\":\"string\",\"nullable\":true},\"line_1\":{\"type\":\"string\"},\"line_2\":{\"type\":\"string\",\"nullable\":true},\"city\":{\"type\":\"string\"},\"state\":{\"type\":\"string\",\"nullable\":true},\"zip_code\":{\"type\":\"string\",\"nullable\":true},\"country\":{\"type\":\"string\"}},\"required\":[\"name\",\"line_1\",\"city\",\"country\"],\"x-pspkit-identity\":[]},\"PortalSession\":{\"type\":\"object\",\"properties\":{\"url\":{\"type\":\"string\"},\"expires_in\":{\"type\":\"string\"},\"expires_at\":{\"type\":\"string\",\"format\":\"date-time\"}}},\"ErrorResponse\":{\"type\":\"object\",\"properties\":{\"success\":{\"type\":\"boolean\"},\"message\":{\"type\":\"string\"},\"error\":{\"$ref\":\"#/components/schemas/ErrorDetail\"}},\"required\":[\"success\"],\"x-pspkit-identity\":[]},\"ErrorDetail\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\"},\"message\":{\"type\":\"string\"},\"data\":{\"type\":\"object\",\"nullable\":true,\"additionalProperties\":true}}}}",
);
impl ::pspkit_runtime::lenient::Documented for crate::types::CustomerEvent {
    const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "CustomerEvent";
}
impl ::pspkit_runtime::lenient::Documented for crate::types::CustomerResponse {
    const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "CustomerResponse";
}
impl ::pspkit_runtime::lenient::Documented for crate::types::ErrorResponse {
    const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "ErrorResponse";
}
/// Every documented response body, by operation and status: decode a captured body as the
/// client would, and get what it tolerated.
pub static RESPONSE_DECODERS: &[::pspkit_runtime::lenient::ResponseDecoder] = &[
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "200",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::CustomerResponse>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "4XX",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorResponse>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "5XX",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorResponse>,
    },
];
/// The JSON Schema of every documented response type, by its spec component name
/// (feature `schemars`).
#[cfg(feature = "schemars")]
pub fn json_schemas() -> ::std::vec::Vec<
    (&'static str, ::schemars::schema::RootSchema),
> {
    ::std::vec![
        ("CustomerResponse", ::schemars::schema_for!(crate ::types::CustomerResponse)),
        ("ErrorResponse", ::schemars::schema_for!(crate ::types::ErrorResponse))
    ]
}
