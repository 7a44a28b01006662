// generated from specs/razorpay.yaml by cargo xtask codegen; do not edit

/// The spec's `components/schemas` and inline request body schemas, strict as written
/// (descriptions and examples removed): what the runtime lists a tolerated body's
/// deviations against, and finds where a request body breaks its schema.
pub(crate) static SCHEMAS: ::pspkit_runtime::lenient::Schemas = ::pspkit_runtime::lenient::Schemas::new(
    "{\"WebhookEnvelope\":{\"type\":\"object\",\"properties\":{\"entity\":{\"type\":\"string\"},\"account_id\":{\"type\":\"string\"},\"event\":{\"type\":\"string\"},\"contains\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"payload\":{\"type\":\"object\",\"additionalProperties\":true},\"created_at\":{\"type\":\"integer\",\"format\":\"int64\"}},\"required\":[\"entity\",\"event\"],\"x-pspkit-identity\":[\"entity\",\"event\"]},\"Customer\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"entity\":{\"type\":\"string\"},\"name\":{\"type\":\"string\",\"nullable\":true},\"email\":{\"type\":\"string\",\"nullable\":true},\"contact\":{\"type\":\"string\",\"nullable\":true,\"maxLength\":15},\"gstin\":{\"type\":\"string\",\"nullable\":true},\"notes\":{\"$ref\":\"#/components/schemas/Notes\"},\"created_at\":{\"type\":\"integer\",\"format\":\"int64\"}},\"required\":[\"id\",\"created_at\"],\"x-pspkit-identity\":[\"id\"]},\"Notes\":{\"oneOf\":[{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}},{\"type\":\"array\",\"maxItems\":0,\"items\":{\"type\":\"string\"}}],\"x-rust-type\":{\"crate\":\"pspkit-runtime\",\"version\":\"0.1\",\"path\":\"pspkit_runtime::types::StringMap\"}},\"ErrorResponse\":{\"type\":\"object\",\"properties\":{\"error\":{\"$ref\":\"#/components/schemas/ErrorDetail\"}},\"required\":[\"error\"],\"x-pspkit-identity\":[\"error\"]},\"ErrorDetail\":{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\"},\"description\":{\"type\":\"string\"},\"field\":{\"type\":\"string\",\"nullable\":true},\"source\":{\"type\":\"string\",\"nullable\":true},\"step\":{\"type\":\"string\",\"nullable\":true},\"reason\":{\"type\":\"string\",\"nullable\":true},\"metadata\":{\"type\":\"object\",\"nullable\":true,\"additionalProperties\":true}},\"required\":[\"code\",\"description\"],\"x-pspkit-identity\":[]}}",
);
impl ::pspkit_runtime::lenient::Documented for crate::types::Customer {
    const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "Customer";
}
impl ::pspkit_runtime::lenient::Documented for crate::types::ErrorResponse {
    const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "ErrorResponse";
}
impl ::pspkit_runtime::lenient::Documented for crate::types::WebhookEnvelope {
    const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "WebhookEnvelope";
}
/// Every documented response body, by operation and status: decode a captured body as the
/// client would, and get what it tolerated.
pub static RESPONSE_DECODERS: &[::pspkit_runtime::lenient::ResponseDecoder] = &[
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "200",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::Customer>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "400",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorResponse>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "401",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorResponse>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "404",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorResponse>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "429",
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
        ("Customer", ::schemars::schema_for!(crate ::types::Customer)), ("ErrorResponse",
        ::schemars::schema_for!(crate ::types::ErrorResponse))
    ]
}
