// generated from specs/juspay.yaml by cargo xtask codegen; do not edit

/// The spec's `components/schemas` and inline request body schemas, strict as written
/// (descriptions and examples removed): what the runtime lists a tolerated body's
/// deviations against, and finds where a request body breaks its schema.
pub(crate) static SCHEMAS: ::pspkit_runtime::lenient::Schemas = ::pspkit_runtime::lenient::Schemas::new(
    "{\"WebhookEnvelope\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"date_created\":{\"type\":\"string\",\"format\":\"date-time\"},\"event_name\":{\"type\":\"string\"},\"content\":{\"type\":\"object\",\"additionalProperties\":true}},\"required\":[\"id\",\"event_name\"],\"x-pspkit-identity\":[\"id\",\"event_name\"]},\"Customer\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"object\":{\"type\":\"string\"},\"customer_id\":{\"type\":\"string\",\"nullable\":true},\"object_reference_id\":{\"type\":\"string\"},\"mobile_number\":{\"type\":\"string\"},\"mobile_country_code\":{\"type\":\"string\",\"nullable\":true},\"email_address\":{\"type\":\"string\",\"nullable\":true},\"first_name\":{\"type\":\"string\",\"nullable\":true},\"last_name\":{\"type\":\"string\",\"nullable\":true},\"date_created\":{\"$ref\":\"#/components/schemas/Timestamp\"},\"last_updated\":{\"$ref\":\"#/components/schemas/Timestamp\"},\"juspay\":{\"$ref\":\"#/components/schemas/ClientAuthToken\"}},\"required\":[\"id\",\"object\",\"object_reference_id\",\"mobile_number\",\"date_created\",\"last_updated\"],\"x-pspkit-identity\":[\"object_reference_id\"]},\"ClientAuthToken\":{\"type\":\"object\",\"properties\":{\"client_auth_token\":{\"type\":\"string\"},\"client_auth_token_expiry\":{\"$ref\":\"#/components/schemas/Timestamp\"}}},\"Timestamp\":{\"type\":\"string\",\"x-rust-type\":{\"crate\":\"pspkit-runtime\",\"version\":\"0.1\",\"path\":\"pspkit_runtime::types::Timestamp\"},\"pattern\":\"^(\\\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\\\\d|2[0-8])|\\\\d{4}-(0[13-9]|1[0-2])-(29|30)|\\\\d{4}-(0[13578]|1[02])-31|(\\\\d{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)T([01]\\\\d|2[0-3]):[0-5]\\\\d:[0-5]\\\\d(\\\\.\\\\d{1,9})?(Z|[+-]([01]\\\\d|2[0-3]):?[0-5]\\\\d)$\"},\"ErrorResponse\":{\"type\":\"object\",\"properties\":{\"status\":{\"type\":\"string\"},\"status_id\":{\"type\":\"integer\"},\"error_code\":{\"type\":\"string\"},\"error_message\":{\"type\":\"string\"},\"error\":{\"type\":\"boolean\"},\"user_message\":{\"type\":\"string\"},\"error_info\":{\"$ref\":\"#/components/schemas/ErrorInfo\"}}},\"ErrorInfo\":{\"type\":\"object\",\"properties\":{\"user_message\":{\"type\":\"string\"},\"developer_message\":{\"type\":\"string\"},\"code\":{\"type\":\"string\"},\"category\":{\"type\":\"string\"},\"request_id\":{\"type\":\"string\"},\"href\":{\"type\":\"string\"},\"fields\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/FieldError\"}}}},\"FieldError\":{\"type\":\"object\",\"properties\":{\"field_name\":{\"type\":\"string\"},\"reason\":{\"type\":\"string\"}}}}",
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
        status: "403",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorResponse>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "404",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorResponse>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "500",
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
