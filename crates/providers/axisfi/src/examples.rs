// generated from specs/axisfi.yaml by cargo xtask codegen; do not edit

pub use pspkit_runtime::Example;
/// `GET /api/customers/detail` → 200 `seed`: The documented example (no business details or registration address yet).
pub const GET_CUSTOMER_200_SEED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/api/customers/detail",
    status: 200u16,
    name: "seed",
    summary: "The documented example (no business details or registration address yet).",
    content_type: "application/json",
    body: "{\"customer_id\":\"cus_9f86d081884c7d659a2feaa0c55ad015\",\"partner_customer_id\":\"partner-cust-0001\",\"status\":\"Processing\",\"created_at\":\"2024-05-20T09:15:30Z\",\"account_usage\":{\"operating_country\":\"SG\",\"goods_service_description\":\"Online retail of consumer electronics\",\"industry_category_code\":\"5732\",\"account_usage_product_reference\":\"GLOBAL_ACCOUNT\",\"estimated_monthly_revenue_currency\":\"USD\",\"estimated_monthly_revenue_amount\":50000},\"primary_contact\":{\"contact_phone\":\"+6591234567\",\"contact_email\":\"ops@example.com\"},\"business_person_list\":[{\"residential_address\":{\"residential_address_line1\":\"10 Anson Road\",\"residential_address_city\":\"Singapore\",\"residential_address_postcode\":\"079903\",\"residential_address_country_code\":\"SG\",\"residential_address_state\":\"Singapore\"},\"identification\":{\"id_type\":\"PASSPORT\",\"id_number\":\"E1234567X\",\"id_issuing_country_code\":\"SG\",\"id_expiration_date\":\"2030-01-31T00:00:00Z\",\"id_issue_date\":\"2020-02-01T00:00:00Z\",\"id_document_front_file_id\":\"file_7d9a1c2e\",\"id_document_back_file_id\":\"file_8e0b2d3f\"}}]}",
    customer: Some(
        "{\"id\":\"cus_9f86d081884c7d659a2feaa0c55ad015\",\"merchant_reference\":\"partner-cust-0001\",\"name\":null,\"email\":\"ops@example.com\",\"phone\":\"+6591234567\",\"created_at\":\"2024-05-20T09:15:30Z\"}",
    ),
};
/// `GET /api/customers/detail` → 200 `complete`: A verified business with every section filled in.
pub const GET_CUSTOMER_200_COMPLETE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/api/customers/detail",
    status: 200u16,
    name: "complete",
    summary: "A verified business with every section filled in.",
    content_type: "application/json",
    body: "{\"customer_id\":\"cus_0a1b2c3d4e5f60718293a4b5c6d7e8f9\",\"partner_customer_id\":\"partner-cust-0002\",\"status\":\"Succeeded\",\"created_at\":\"2024-06-01T12:00:00Z\",\"account_usage\":{\"operating_country\":\"HK\",\"goods_service_description\":\"B2B software subscriptions\",\"industry_category_code\":\"7372\",\"account_usage_product_reference\":\"GLOBAL_ACCOUNT\",\"estimated_monthly_revenue_currency\":\"HKD\",\"estimated_monthly_revenue_amount\":125000.5},\"primary_contact\":{\"contact_phone\":\"+85221234567\",\"contact_email\":\"finance@example.hk\"},\"business_details\":{\"business_name\":\"Example Software Limited\",\"business_name_english\":\"Example Software Limited\",\"business_type\":\"LIMITED_COMPANY\",\"website\":\"https://example.hk\",\"business_identifier_type\":\"BRN\",\"business_identifier_number\":\"12345678\",\"business_identifier_country_code\":\"HK\",\"business_identifier_document_list\":[\"file_1a2b3c4d\"],\"business_identifier_start_date\":\"2019-04-01T00:00:00Z\",\"business_identifier_expiry_date\":\"2029-03-31T00:00:00Z\"},\"registration_address\":{\"registration_address_line1\":\"1 Harbour Road\",\"registration_address_city\":\"Hong Kong\",\"registration_address_state\":\"Wan Chai\",\"registration_address_postcode\":\"000000\",\"registration_address_country_code\":\"HK\"},\"business_person_list\":[]}",
    customer: Some(
        "{\"id\":\"cus_0a1b2c3d4e5f60718293a4b5c6d7e8f9\",\"merchant_reference\":\"partner-cust-0002\",\"name\":\"Example Software Limited\",\"email\":\"finance@example.hk\",\"phone\":\"+85221234567\",\"created_at\":\"2024-06-01T12:00:00Z\"}",
    ),
};
/// `GET /api/customers/detail` → 400 `example`: The request was rejected (the body is not documented).
pub const GET_CUSTOMER_400_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/api/customers/detail",
    status: 400u16,
    name: "example",
    summary: "The request was rejected (the body is not documented).",
    content_type: "application/json",
    body: "{\"code\":\"NOT_FOUND\",\"message\":\"customer not found\"}",
    customer: None,
};
/// `GET /api/customers/detail` → 500 `example`: AxisFI failed to process the request (the body is not documented).
pub const GET_CUSTOMER_500_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/api/customers/detail",
    status: 500u16,
    name: "example",
    summary: "AxisFI failed to process the request (the body is not documented).",
    content_type: "application/json",
    body: "{\"message\":\"internal error\"}",
    customer: None,
};
/// Every example, in the spec's order.
pub const ALL: &[Example] = &[
    GET_CUSTOMER_200_SEED,
    GET_CUSTOMER_200_COMPLETE,
    GET_CUSTOMER_400_EXAMPLE,
    GET_CUSTOMER_500_EXAMPLE,
];
