// generated from specs/axisfi.yaml by cargo xtask codegen; do not edit

/// The spec's `components/schemas` and inline request body schemas, strict as written
/// (descriptions and examples removed): what the runtime lists a tolerated body's
/// deviations against, and finds where a request body breaks its schema.
pub(crate) static SCHEMAS: ::pspkit_runtime::lenient::Schemas = ::pspkit_runtime::lenient::Schemas::new(
    "{\"CustomerDetail\":{\"type\":\"object\",\"properties\":{\"customer_id\":{\"type\":\"string\"},\"partner_customer_id\":{\"type\":\"string\",\"nullable\":true},\"status\":{\"$ref\":\"#/components/schemas/CustomerStatus\"},\"created_at\":{\"type\":\"string\",\"format\":\"date-time\"},\"account_usage\":{\"$ref\":\"#/components/schemas/AccountUsage\"},\"primary_contact\":{\"$ref\":\"#/components/schemas/PrimaryContact\"},\"business_details\":{\"$ref\":\"#/components/schemas/BusinessDetails\"},\"registration_address\":{\"$ref\":\"#/components/schemas/RegistrationAddress\"},\"business_person_list\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/BusinessPerson\"}}},\"required\":[\"customer_id\"],\"x-pspkit-identity\":[\"customer_id\"]},\"CustomerStatus\":{\"type\":\"string\",\"x-pspkit-open-enum\":true,\"enum\":[\"Processing\",\"Succeeded\",\"Failed\",\"Suspended\"]},\"AccountUsage\":{\"type\":\"object\",\"properties\":{\"operating_country\":{\"type\":\"string\"},\"goods_service_description\":{\"type\":\"string\"},\"industry_category_code\":{\"type\":\"string\"},\"account_usage_product_reference\":{\"type\":\"string\"},\"estimated_monthly_revenue_currency\":{\"type\":\"string\"},\"estimated_monthly_revenue_amount\":{\"type\":\"number\"}}},\"PrimaryContact\":{\"type\":\"object\",\"properties\":{\"contact_phone\":{\"type\":\"string\"},\"contact_email\":{\"type\":\"string\"}}},\"BusinessDetails\":{\"type\":\"object\",\"properties\":{\"business_name\":{\"type\":\"string\"},\"business_name_english\":{\"type\":\"string\"},\"business_type\":{\"type\":\"string\"},\"website\":{\"type\":\"string\"},\"business_identifier_type\":{\"type\":\"string\"},\"business_identifier_number\":{\"type\":\"string\"},\"business_identifier_country_code\":{\"type\":\"string\"},\"business_identifier_document_list\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"business_identifier_start_date\":{\"type\":\"string\"},\"business_identifier_expiry_date\":{\"type\":\"string\"}}},\"RegistrationAddress\":{\"type\":\"object\",\"properties\":{\"registration_address_line1\":{\"type\":\"string\"},\"registration_address_city\":{\"type\":\"string\"},\"registration_address_state\":{\"type\":\"string\"},\"registration_address_postcode\":{\"type\":\"string\"},\"registration_address_country_code\":{\"type\":\"string\"}}},\"BusinessPerson\":{\"type\":\"object\",\"properties\":{\"residential_address\":{\"$ref\":\"#/components/schemas/ResidentialAddress\"},\"identification\":{\"$ref\":\"#/components/schemas/Identification\"}}},\"ResidentialAddress\":{\"type\":\"object\",\"properties\":{\"residential_address_line1\":{\"type\":\"string\"},\"residential_address_city\":{\"type\":\"string\"},\"residential_address_postcode\":{\"type\":\"string\"},\"residential_address_country_code\":{\"type\":\"string\"},\"residential_address_state\":{\"type\":\"string\"}}},\"Identification\":{\"type\":\"object\",\"properties\":{\"id_type\":{\"type\":\"string\"},\"id_number\":{\"type\":\"string\"},\"id_issuing_country_code\":{\"type\":\"string\"},\"id_expiration_date\":{\"type\":\"string\"},\"id_issue_date\":{\"type\":\"string\"},\"id_document_front_file_id\":{\"type\":\"string\"},\"id_document_back_file_id\":{\"type\":\"string\"}}},\"ErrorBody\":{\"type\":\"object\",\"additionalProperties\":true}}",
);
impl ::pspkit_runtime::lenient::Documented for crate::types::CustomerDetail {
    const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "CustomerDetail";
}
impl ::pspkit_runtime::lenient::Documented for crate::types::ErrorBody {
    const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "ErrorBody";
}
/// Every documented response body, by operation and status: decode a captured body as the
/// client would, and get what it tolerated.
pub static RESPONSE_DECODERS: &[::pspkit_runtime::lenient::ResponseDecoder] = &[
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "200",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::CustomerDetail>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "4XX",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorBody>,
    },
    ::pspkit_runtime::lenient::ResponseDecoder {
        operation_id: "getCustomer",
        status: "5XX",
        decode: ::pspkit_runtime::lenient::deviations::<crate::types::ErrorBody>,
    },
];
/// The JSON Schema of every documented response type, by its spec component name
/// (feature `schemars`).
#[cfg(feature = "schemars")]
pub fn json_schemas() -> ::std::vec::Vec<
    (&'static str, ::schemars::schema::RootSchema),
> {
    ::std::vec![
        ("CustomerDetail", ::schemars::schema_for!(crate ::types::CustomerDetail)),
        ("ErrorBody", ::schemars::schema_for!(crate ::types::ErrorBody))
    ]
}
