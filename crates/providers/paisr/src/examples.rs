// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

pub use pspkit_runtime::Example;
/// `GET /customers/{customer_id}` → 200 `seed`: The documented example customer (no addresses, no metadata).
pub const GET_CUSTOMER_200_SEED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 200u16,
    name: "seed",
    summary: "The documented example customer (no addresses, no metadata).",
    content_type: "application/json",
    body: "{\"success\":true,\"data\":{\"id\":\"cus_123456\",\"name\":\"Jane Smith\",\"email\":\"jane@example.com\",\"phone\":\"+597-8123456\",\"default_currency\":\"SRD\",\"billing_details\":null,\"shipping_details\":null,\"metadata\":null,\"session\":{\"url\":\"https://portal.checkout.paisr.tech/ey7bTCm6tur63CR6mzbuq23r\",\"expires_in\":\"30 minutes\"},\"created_at\":\"2024-03-14T09:26:53Z\"}}",
    customer: Some(
        "{\"id\":\"cus_123456\",\"merchant_reference\":null,\"name\":\"Jane Smith\",\"email\":\"jane@example.com\",\"phone\":\"+597-8123456\",\"created_at\":\"2024-03-14T09:26:53Z\"}",
    ),
};
/// `GET /customers/{customer_id}` → 200 `with_addresses`: A customer with billing and shipping details and metadata.
pub const GET_CUSTOMER_200_WITH_ADDRESSES: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 200u16,
    name: "with_addresses",
    summary: "A customer with billing and shipping details and metadata.",
    content_type: "application/json",
    body: "{\"success\":true,\"data\":{\"id\":\"cus_654321\",\"name\":\"Raj Doerga\",\"email\":\"raj@example.com\",\"phone\":\"+597-8654321\",\"default_currency\":\"USD\",\"billing_details\":{\"line_1\":\"Example Street 10\",\"line_2\":\"Example Street 11\",\"city\":\"Paramaribo\",\"state\":\"Kwatta\",\"zip_code\":\"00000\",\"country\":\"SR\"},\"shipping_details\":{\"name\":\"Raj Doerga\",\"phone\":\"+597-8654321\",\"line_1\":\"Example Street 10\",\"city\":\"Paramaribo\",\"country\":\"SR\"},\"metadata\":{\"crm_id\":\"8812\"},\"session\":{\"url\":\"https://portal.checkout.paisr.tech/Qm9yZGVyLTg4MTI\",\"expires_in\":\"30 minutes\"},\"created_at\":\"2024-05-02T16:01:07Z\"}}",
    customer: Some(
        "{\"id\":\"cus_654321\",\"merchant_reference\":null,\"name\":\"Raj Doerga\",\"email\":\"raj@example.com\",\"phone\":\"+597-8654321\",\"created_at\":\"2024-05-02T16:01:07Z\"}",
    ),
};
/// `GET /customers/{customer_id}` → 400 `example`: The request was rejected: unknown customer, bad token, or rate limit (429 after 250 requests per minute).
pub const GET_CUSTOMER_400_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 400u16,
    name: "example",
    summary: "The request was rejected: unknown customer, bad token, or rate limit (429 after 250 requests per minute).",
    content_type: "application/json",
    body: "{\"success\":false,\"message\":\"Customer not found.\"}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 500 `example`: Paisr failed to process the request.
pub const GET_CUSTOMER_500_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 500u16,
    name: "example",
    summary: "Paisr failed to process the request.",
    content_type: "application/json",
    body: "{\"success\":false,\"message\":\"Internal server error.\"}",
    customer: None,
};
/// Every example, in the spec's order.
pub const ALL: &[Example] = &[
    GET_CUSTOMER_200_SEED,
    GET_CUSTOMER_200_WITH_ADDRESSES,
    GET_CUSTOMER_400_EXAMPLE,
    GET_CUSTOMER_500_EXAMPLE,
];
