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
/// `GET /customers/{customer_id}` → 200 `v2_7_0`: A customer as Paisr 2.7.0's schema writes one (pcb-openapi 0a253c5: the schema's example values, `metadata` at its default `{}`, the session's `expires_at`).
pub const GET_CUSTOMER_200_V2_7_0: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 200u16,
    name: "v2_7_0",
    summary: "A customer as Paisr 2.7.0's schema writes one (pcb-openapi 0a253c5: the schema's example values, `metadata` at its default `{}`, the session's `expires_at`).",
    content_type: "application/json",
    body: "{\"success\":true,\"data\":{\"id\":\"cus_123456\",\"name\":\"Jane Smith\",\"email\":\"jane@example.com\",\"phone\":\"+597-8123456\",\"default_currency\":\"SRD\",\"billing_details\":{\"line_1\":\"Example Street 10\",\"line_2\":\"Example Street 11\",\"city\":\"Paramaribo\",\"state\":\"Kwatta\",\"zip_code\":\"12345\",\"country\":\"SR\"},\"shipping_details\":null,\"metadata\":{},\"session\":{\"url\":\"https://portal.checkout.paisr.tech/ey7bTCm6tur63CR6mzbuq23r\",\"expires_at\":\"2026-11-30T10:45:00Z\"},\"created_at\":\"2026-11-30T10:15:00Z\"}}",
    customer: Some(
        "{\"id\":\"cus_123456\",\"merchant_reference\":null,\"name\":\"Jane Smith\",\"email\":\"jane@example.com\",\"phone\":\"+597-8123456\",\"created_at\":\"2026-11-30T10:15:00Z\"}",
    ),
};
/// `GET /customers/{customer_id}` → 400 `v2_2_1`: An error as Paisr 2.2.1 and the docs page write one.
pub const GET_CUSTOMER_400_V2_2_1: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 400u16,
    name: "v2_2_1",
    summary: "An error as Paisr 2.2.1 and the docs page write one.",
    content_type: "application/json",
    body: "{\"success\":false,\"message\":\"Customer not found.\"}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 400 `v2_7_0`: An error as Paisr 2.7.0's `ClientErrorResponse` writes one.
pub const GET_CUSTOMER_400_V2_7_0: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 400u16,
    name: "v2_7_0",
    summary: "An error as Paisr 2.7.0's `ClientErrorResponse` writes one.",
    content_type: "application/json",
    body: "{\"success\":false,\"error\":{\"type\":\"request_error\",\"message\":\"Invalid request body\",\"data\":null}}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 500 `v2_2_1`: An error as Paisr 2.2.1 writes one.
pub const GET_CUSTOMER_500_V2_2_1: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 500u16,
    name: "v2_2_1",
    summary: "An error as Paisr 2.2.1 writes one.",
    content_type: "application/json",
    body: "{\"success\":false,\"message\":\"Internal server error.\"}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 500 `v2_7_0_server`: An error as Paisr 2.7.0's `ServerErrorResponse` writes one.
pub const GET_CUSTOMER_500_V2_7_0_SERVER: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 500u16,
    name: "v2_7_0_server",
    summary: "An error as Paisr 2.7.0's `ServerErrorResponse` writes one.",
    content_type: "application/json",
    body: "{\"success\":false,\"error\":{\"type\":\"server_error\",\"message\":\"Something went wrong on our end.\",\"data\":null}}",
    customer: None,
};
/// Every example, in the spec's order.
pub const ALL: &[Example] = &[
    GET_CUSTOMER_200_SEED,
    GET_CUSTOMER_200_WITH_ADDRESSES,
    GET_CUSTOMER_200_V2_7_0,
    GET_CUSTOMER_400_V2_2_1,
    GET_CUSTOMER_400_V2_7_0,
    GET_CUSTOMER_500_V2_2_1,
    GET_CUSTOMER_500_V2_7_0_SERVER,
];
