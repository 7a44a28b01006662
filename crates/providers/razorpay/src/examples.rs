// generated from specs/razorpay.yaml by cargo xtask codegen; do not edit

pub use pspkit_runtime::Example;
/// `GET /v1/customers/{id}` → 200 `seed`: The documented example customer.
pub const GET_CUSTOMER_200_SEED: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/v1/customers/{id}",
    status: 200u16,
    name: "seed",
    summary: "The documented example customer.",
    content_type: "application/json",
    body: "{\"id\":\"cust_1Aa00000000001\",\"entity\":\"customer\",\"name\":\"Gaurav Kumar\",\"email\":\"gaurav.kumar@example.com\",\"contact\":\"9123456780\",\"gstin\":null,\"notes\":{\"notes_key_1\":\"Tea, Earl Grey, Hot\",\"notes_key_2\":\"Tea, Earl Grey… decaf.\"},\"created_at\":1655298731}",
    customer: Some(
        "{\"id\":\"cust_1Aa00000000001\",\"merchant_reference\":null,\"name\":\"Gaurav Kumar\",\"email\":\"gaurav.kumar@example.com\",\"phone\":\"9123456780\",\"created_at\":\"2022-06-15T13:12:11Z\"}",
    ),
};
/// `GET /v1/customers/{id}` → 200 `empty_notes`: A customer without notes (the API sends `[]`, not `{}`).
pub const GET_CUSTOMER_200_EMPTY_NOTES: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/v1/customers/{id}",
    status: 200u16,
    name: "empty_notes",
    summary: "A customer without notes (the API sends `[]`, not `{}`).",
    content_type: "application/json",
    body: "{\"id\":\"cust_1Aa00000000002\",\"entity\":\"customer\",\"name\":\"Saurav Kumar\",\"email\":\"saurav.kumar@example.com\",\"contact\":\"+919000090000\",\"gstin\":\"29XAbbA4369J1PA\",\"notes\":[],\"created_at\":1655298790}",
    customer: Some(
        "{\"id\":\"cust_1Aa00000000002\",\"merchant_reference\":null,\"name\":\"Saurav Kumar\",\"email\":\"saurav.kumar@example.com\",\"phone\":\"+919000090000\",\"created_at\":\"2022-06-15T13:13:10Z\"}",
    ),
};
/// `GET /v1/customers/{id}` → 400 `example`: The id is malformed or no customer has it.
pub const GET_CUSTOMER_400_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/v1/customers/{id}",
    status: 400u16,
    name: "example",
    summary: "The id is malformed or no customer has it.",
    content_type: "application/json",
    body: "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"The id provided does not exist\",\"source\":\"business\",\"step\":\"payment_initiation\",\"reason\":\"input_validation_failed\",\"metadata\":{},\"field\":\"id\"}}",
    customer: None,
};
/// `GET /v1/customers/{id}` → 401 `example`: The key id or key secret is wrong.
pub const GET_CUSTOMER_401_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/v1/customers/{id}",
    status: 401u16,
    name: "example",
    summary: "The key id or key secret is wrong.",
    content_type: "application/json",
    body: "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"The api key provided is invalid\",\"source\":\"NA\",\"step\":\"NA\",\"reason\":\"NA\",\"metadata\":{}}}",
    customer: None,
};
/// `GET /v1/customers/{id}` → 404 `example`: No such customer (Razorpay's published OpenAPI document lists 404 beside the 400 its API reference shows for an unknown id).
pub const GET_CUSTOMER_404_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/v1/customers/{id}",
    status: 404u16,
    name: "example",
    summary: "No such customer (Razorpay's published OpenAPI document lists 404 beside the 400 its API reference shows for an unknown id).",
    content_type: "application/json",
    body: "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"The id provided does not exist\",\"source\":\"business\",\"step\":\"payment_initiation\",\"reason\":\"input_validation_failed\",\"metadata\":{},\"field\":\"id\"}}",
    customer: None,
};
/// `GET /v1/customers/{id}` → 429 `example`: Too many requests: Razorpay's rate limiter refused the call (retried with backoff and `Retry-After` before it is returned). Razorpay documents the status, not its body; the example shows the documented error shape.
pub const GET_CUSTOMER_429_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/v1/customers/{id}",
    status: 429u16,
    name: "example",
    summary: "Too many requests: Razorpay's rate limiter refused the call (retried with backoff and `Retry-After` before it is returned). Razorpay documents the status, not its body; the example shows the documented error shape.",
    content_type: "application/json",
    body: "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"Too many requests\",\"source\":\"NA\",\"step\":\"NA\",\"reason\":\"NA\",\"metadata\":{}}}",
    customer: None,
};
/// `GET /v1/customers/{id}` → 500 `example`: Razorpay failed to process the request.
pub const GET_CUSTOMER_500_EXAMPLE: Example = Example {
    operation_id: "getCustomer",
    method: "GET",
    path: "/v1/customers/{id}",
    status: 500u16,
    name: "example",
    summary: "Razorpay failed to process the request.",
    content_type: "application/json",
    body: "{\"error\":{\"code\":\"SERVER_ERROR\",\"description\":\"The server encountered an error. The incident has been reported to admins.\",\"source\":\"NA\",\"step\":\"NA\",\"reason\":\"NA\",\"metadata\":null,\"field\":null}}",
    customer: None,
};
/// Every example, in the spec's order.
pub const ALL: &[Example] = &[
    GET_CUSTOMER_200_SEED,
    GET_CUSTOMER_200_EMPTY_NOTES,
    GET_CUSTOMER_400_EXAMPLE,
    GET_CUSTOMER_401_EXAMPLE,
    GET_CUSTOMER_404_EXAMPLE,
    GET_CUSTOMER_429_EXAMPLE,
    GET_CUSTOMER_500_EXAMPLE,
];
