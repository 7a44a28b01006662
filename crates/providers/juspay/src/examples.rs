// generated from specs/juspay.yaml by cargo xtask codegen; do not edit

pub use pspkit_runtime::Example;
/// `GET /customers/{customer_id}` → 200 `seed`: The documented example customer (offset without a colon).
pub const GET_CUSTOMER_200_SEED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 200u16,
    name: "seed",
    summary: "The documented example customer (offset without a colon).",
    content_type: "application/json",
    body: "{\"id\":\"cst_om2l6ctlptxwxuzj\",\"object\":\"customer\",\"object_reference_id\":\"customer@gmail.com\",\"mobile_number\":\"9988776655\",\"date_created\":\"2016-08-02T08:07:52+0000\",\"last_updated\":\"2016-08-02T08:07:52+0000\",\"email_address\":\"customer@gmail.com\",\"first_name\":\"John\",\"last_name\":\"Smith\",\"mobile_country_code\":\"91\"}",
    customer: Some(
        "{\"id\":\"cst_om2l6ctlptxwxuzj\",\"merchant_reference\":\"customer@gmail.com\",\"name\":\"John Smith\",\"email\":\"customer@gmail.com\",\"phone\":\"+919988776655\",\"created_at\":\"2016-08-02T08:07:52Z\"}",
    ),
};
/// `GET /customers/{customer_id}` → 200 `with_client_auth_token`: With `options.get_client_auth_token=true` (UTC `Z` timestamps, no last name).
pub const GET_CUSTOMER_200_WITH_CLIENT_AUTH_TOKEN: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 200u16,
    name: "with_client_auth_token",
    summary: "With `options.get_client_auth_token=true` (UTC `Z` timestamps, no last name).",
    content_type: "application/json",
    body: "{\"id\":\"cst_vsypdzjd12zypfeu\",\"object\":\"customer\",\"object_reference_id\":\"object_reference_id_795\",\"mobile_number\":\"7030688664\",\"date_created\":\"2020-03-17T14:29:17Z\",\"last_updated\":\"2020-03-17T14:29:17Z\",\"email_address\":\"aman@example.com\",\"first_name\":\"Aman\",\"last_name\":null,\"mobile_country_code\":\"91\",\"juspay\":{\"client_auth_token\":\"tkn_2a1b5c3d4e5f46a7b8c9d0e1f2a3b4c5\",\"client_auth_token_expiry\":\"2020-03-17T14:44:17Z\"}}",
    customer: Some(
        "{\"id\":\"cst_vsypdzjd12zypfeu\",\"merchant_reference\":\"object_reference_id_795\",\"name\":\"Aman\",\"email\":\"aman@example.com\",\"phone\":\"+917030688664\",\"created_at\":\"2020-03-17T14:29:17Z\"}",
    ),
};
/// `GET /customers/{customer_id}` → 400 `invalid_request`: A 400 with `error_info`.
pub const GET_CUSTOMER_400_INVALID_REQUEST: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 400u16,
    name: "invalid_request",
    summary: "A 400 with `error_info`.",
    content_type: "application/json",
    body: "{\"status\":\"invalid_request_error\",\"error_code\":\"invalid_request\",\"error_message\":\"Customer not found for the given customer_id\",\"status_id\":400,\"error_info\":{\"user_message\":\"Customer not found\",\"developer_message\":\"No customer exists with id cst_doesnotexist1\",\"code\":\"NOT_FOUND\",\"category\":\"USER_ERROR\",\"request_id\":\"5b1d2a3e-0f7a-4f60-9b73-2c9f0a6d4e21\",\"href\":\"NA\",\"fields\":[{\"field_name\":\"customer_id\",\"reason\":\"Invalid value\"}]}}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 400 `access_denied`: A 401 without `error_message`.
pub const GET_CUSTOMER_400_ACCESS_DENIED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 400u16,
    name: "access_denied",
    summary: "A 401 without `error_message`.",
    content_type: "application/json",
    body: "{\"status\":\"error\",\"error_code\":\"access_denied\",\"status_id\":401}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 400 `bare_error`: The `error` + `user_message` shape.
pub const GET_CUSTOMER_400_BARE_ERROR: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 400u16,
    name: "bare_error",
    summary: "The `error` + `user_message` shape.",
    content_type: "application/json",
    body: "{\"error\":true,\"user_message\":\"Something went wrong. Please try again later.\"}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 401 `invalid_request`: A 400 with `error_info`.
pub const GET_CUSTOMER_401_INVALID_REQUEST: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 401u16,
    name: "invalid_request",
    summary: "A 400 with `error_info`.",
    content_type: "application/json",
    body: "{\"status\":\"invalid_request_error\",\"error_code\":\"invalid_request\",\"error_message\":\"Customer not found for the given customer_id\",\"status_id\":400,\"error_info\":{\"user_message\":\"Customer not found\",\"developer_message\":\"No customer exists with id cst_doesnotexist1\",\"code\":\"NOT_FOUND\",\"category\":\"USER_ERROR\",\"request_id\":\"5b1d2a3e-0f7a-4f60-9b73-2c9f0a6d4e21\",\"href\":\"NA\",\"fields\":[{\"field_name\":\"customer_id\",\"reason\":\"Invalid value\"}]}}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 401 `access_denied`: A 401 without `error_message`.
pub const GET_CUSTOMER_401_ACCESS_DENIED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 401u16,
    name: "access_denied",
    summary: "A 401 without `error_message`.",
    content_type: "application/json",
    body: "{\"status\":\"error\",\"error_code\":\"access_denied\",\"status_id\":401}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 401 `bare_error`: The `error` + `user_message` shape.
pub const GET_CUSTOMER_401_BARE_ERROR: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 401u16,
    name: "bare_error",
    summary: "The `error` + `user_message` shape.",
    content_type: "application/json",
    body: "{\"error\":true,\"user_message\":\"Something went wrong. Please try again later.\"}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 403 `invalid_request`: A 400 with `error_info`.
pub const GET_CUSTOMER_403_INVALID_REQUEST: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 403u16,
    name: "invalid_request",
    summary: "A 400 with `error_info`.",
    content_type: "application/json",
    body: "{\"status\":\"invalid_request_error\",\"error_code\":\"invalid_request\",\"error_message\":\"Customer not found for the given customer_id\",\"status_id\":400,\"error_info\":{\"user_message\":\"Customer not found\",\"developer_message\":\"No customer exists with id cst_doesnotexist1\",\"code\":\"NOT_FOUND\",\"category\":\"USER_ERROR\",\"request_id\":\"5b1d2a3e-0f7a-4f60-9b73-2c9f0a6d4e21\",\"href\":\"NA\",\"fields\":[{\"field_name\":\"customer_id\",\"reason\":\"Invalid value\"}]}}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 403 `access_denied`: A 401 without `error_message`.
pub const GET_CUSTOMER_403_ACCESS_DENIED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 403u16,
    name: "access_denied",
    summary: "A 401 without `error_message`.",
    content_type: "application/json",
    body: "{\"status\":\"error\",\"error_code\":\"access_denied\",\"status_id\":401}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 403 `bare_error`: The `error` + `user_message` shape.
pub const GET_CUSTOMER_403_BARE_ERROR: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 403u16,
    name: "bare_error",
    summary: "The `error` + `user_message` shape.",
    content_type: "application/json",
    body: "{\"error\":true,\"user_message\":\"Something went wrong. Please try again later.\"}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 404 `invalid_request`: A 400 with `error_info`.
pub const GET_CUSTOMER_404_INVALID_REQUEST: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 404u16,
    name: "invalid_request",
    summary: "A 400 with `error_info`.",
    content_type: "application/json",
    body: "{\"status\":\"invalid_request_error\",\"error_code\":\"invalid_request\",\"error_message\":\"Customer not found for the given customer_id\",\"status_id\":400,\"error_info\":{\"user_message\":\"Customer not found\",\"developer_message\":\"No customer exists with id cst_doesnotexist1\",\"code\":\"NOT_FOUND\",\"category\":\"USER_ERROR\",\"request_id\":\"5b1d2a3e-0f7a-4f60-9b73-2c9f0a6d4e21\",\"href\":\"NA\",\"fields\":[{\"field_name\":\"customer_id\",\"reason\":\"Invalid value\"}]}}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 404 `access_denied`: A 401 without `error_message`.
pub const GET_CUSTOMER_404_ACCESS_DENIED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 404u16,
    name: "access_denied",
    summary: "A 401 without `error_message`.",
    content_type: "application/json",
    body: "{\"status\":\"error\",\"error_code\":\"access_denied\",\"status_id\":401}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 404 `bare_error`: The `error` + `user_message` shape.
pub const GET_CUSTOMER_404_BARE_ERROR: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 404u16,
    name: "bare_error",
    summary: "The `error` + `user_message` shape.",
    content_type: "application/json",
    body: "{\"error\":true,\"user_message\":\"Something went wrong. Please try again later.\"}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 500 `invalid_request`: A 400 with `error_info`.
pub const GET_CUSTOMER_500_INVALID_REQUEST: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 500u16,
    name: "invalid_request",
    summary: "A 400 with `error_info`.",
    content_type: "application/json",
    body: "{\"status\":\"invalid_request_error\",\"error_code\":\"invalid_request\",\"error_message\":\"Customer not found for the given customer_id\",\"status_id\":400,\"error_info\":{\"user_message\":\"Customer not found\",\"developer_message\":\"No customer exists with id cst_doesnotexist1\",\"code\":\"NOT_FOUND\",\"category\":\"USER_ERROR\",\"request_id\":\"5b1d2a3e-0f7a-4f60-9b73-2c9f0a6d4e21\",\"href\":\"NA\",\"fields\":[{\"field_name\":\"customer_id\",\"reason\":\"Invalid value\"}]}}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 500 `access_denied`: A 401 without `error_message`.
pub const GET_CUSTOMER_500_ACCESS_DENIED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 500u16,
    name: "access_denied",
    summary: "A 401 without `error_message`.",
    content_type: "application/json",
    body: "{\"status\":\"error\",\"error_code\":\"access_denied\",\"status_id\":401}",
    customer: None,
};
/// `GET /customers/{customer_id}` → 500 `bare_error`: The `error` + `user_message` shape.
pub const GET_CUSTOMER_500_BARE_ERROR: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/customers/{customer_id}",
    status: 500u16,
    name: "bare_error",
    summary: "The `error` + `user_message` shape.",
    content_type: "application/json",
    body: "{\"error\":true,\"user_message\":\"Something went wrong. Please try again later.\"}",
    customer: None,
};
/// Every example, in the spec's order.
pub const ALL: &[Example] = &[
    GET_CUSTOMER_200_SEED,
    GET_CUSTOMER_200_WITH_CLIENT_AUTH_TOKEN,
    GET_CUSTOMER_400_INVALID_REQUEST,
    GET_CUSTOMER_400_ACCESS_DENIED,
    GET_CUSTOMER_400_BARE_ERROR,
    GET_CUSTOMER_401_INVALID_REQUEST,
    GET_CUSTOMER_401_ACCESS_DENIED,
    GET_CUSTOMER_401_BARE_ERROR,
    GET_CUSTOMER_403_INVALID_REQUEST,
    GET_CUSTOMER_403_ACCESS_DENIED,
    GET_CUSTOMER_403_BARE_ERROR,
    GET_CUSTOMER_404_INVALID_REQUEST,
    GET_CUSTOMER_404_ACCESS_DENIED,
    GET_CUSTOMER_404_BARE_ERROR,
    GET_CUSTOMER_500_INVALID_REQUEST,
    GET_CUSTOMER_500_ACCESS_DENIED,
    GET_CUSTOMER_500_BARE_ERROR,
];
