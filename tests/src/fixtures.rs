//! The spec-conforming payloads the provider tests feed the clients. The Prism contract test sends
//! every one of them through `prism proxy --errors`, so a fixture that disagrees with its spec
//! fails the build. (Deliberately non-conforming payloads, such as a currency the spec does not
//! list, live in the tests that check the clients tolerate them.)

/// Razorpay: `GET /v1/customers/{id}`.
pub mod razorpay {
    /// The issue's seed example.
    pub const SEED: &str = r#"{"id":"cust_1Aa00000000001","entity":"customer","name":"Gaurav Kumar","email":"gaurav.kumar@example.com","contact":"9123456780","gstin":null,"notes":{"notes_key_1":"Tea, Earl Grey, Hot","notes_key_2":"Tea, Earl Grey… decaf."},"created_at":1655298731}"#;
    /// Notes sent as `[]`, a GSTIN.
    pub const EMPTY_NOTES: &str = r#"{"id":"cust_1Aa00000000001","entity":"customer","name":"Gaurav Kumar","email":"gaurav.kumar@example.com","contact":"9123456780","gstin":"29XAbbA4369J1PA","notes":[],"created_at":1655298731}"#;
    /// Documented error statuses and bodies.
    pub const ERRORS: [(u16, &str); 4] = [
        (
            400,
            r#"{"error":{"code":"BAD_REQUEST_ERROR","description":"The id provided does not exist","source":"business","step":"payment_initiation","reason":"input_validation_failed","metadata":{},"field":"id"}}"#,
        ),
        (401, r#"{"error":{"code":"BAD_REQUEST_ERROR","description":"Authentication failed"}}"#),
        (
            500,
            r#"{"error":{"code":"SERVER_ERROR","description":"The server encountered an error.","source":null,"step":null,"reason":null,"metadata":null,"field":null}}"#,
        ),
        (503, r#"{"error":{"code":"SERVER_ERROR","description":"Service unavailable"}}"#),
    ];
}

/// Paisr: `GET /customers/{customer_id}`.
pub mod paisr {
    /// The seed example: no addresses, no metadata.
    pub const SEED: &str = r#"{"success":true,"data":{"id":"cus_123456","name":"Jane Smith","email":"jane@example.com","phone":"+597-8123456","default_currency":"SRD","billing_details":null,"shipping_details":null,"metadata":null,"session":{"url":"https://portal.checkout.paisr.tech/ey7bTCm6tur63CR6mzbuq23r","expires_in":"30 minutes"},"created_at":"2024-03-14T09:26:53Z"}}"#;
    /// Addresses and metadata present.
    pub const WITH_ADDRESSES: &str = r#"{"success":true,"data":{"id":"cus_654321","default_currency":"USD","metadata":{"crm_id":"8812","tier":2},"billing_details":{"line_1":"Example Street 10","city":"Paramaribo","country":"SR","zip_code":null},"shipping_details":{"name":"Raj","line_1":"Example Street 10","city":"Paramaribo","country":"SR"},"created_at":"2024-05-02T16:01:07Z"}}"#;
    /// Documented error statuses and bodies.
    pub const ERRORS: [(u16, &str); 4] = [
        (401, r#"{"success":false,"message":"Unauthorized."}"#),
        (404, r#"{"success":false,"message":"Customer not found."}"#),
        (429, r#"{"success":false,"message":"Too many requests."}"#),
        (503, r#"{"success":false,"message":"Down."}"#),
    ];
}

/// Juspay: `GET /customers/{customer_id}`.
pub mod juspay {
    /// The seed example (offsets without a colon).
    pub const SEED: &str = r#"{"id":"cst_om2l6ctlptxwxuzj","object":"customer","object_reference_id":"customer@gmail.com","mobile_number":"9988776655","date_created":"2016-08-02T08:07:52+0000","last_updated":"2016-08-02T08:07:52+0000","email_address":"customer@gmail.com","first_name":"John","last_name":"Smith","mobile_country_code":"91"}"#;
    /// With a client auth token, `Z` timestamps and nulls.
    pub const WITH_TOKEN: &str = r#"{"id":"cst_vsypdzjd12zypfeu","object":"customer","object_reference_id":"ref_795","mobile_number":"7030688664","date_created":"2020-03-17T14:29:17Z","last_updated":"2020-03-17T14:29:17Z","email_address":null,"first_name":"Aman","last_name":null,"mobile_country_code":"91","juspay":{"client_auth_token":"tkn_2a1b","client_auth_token_expiry":"2020-03-17T14:44:17Z"}}"#;
    /// Every error shape, at each documented status.
    pub const ERRORS: [(u16, &str); 5] = [
        (
            400,
            r#"{"status":"invalid_request_error","error_code":"invalid_request","error_message":"Customer not found","status_id":400,"error_info":{"user_message":"Customer not found","developer_message":"No customer","code":"NOT_FOUND","category":"USER_ERROR","fields":[{"field_name":"customer_id","reason":"Invalid value"}]}}"#,
        ),
        (401, r#"{"status":"error","error_code":"access_denied","status_id":401}"#),
        (403, r#"{"status":"error","error_code":"forbidden","error_message":"Merchant not allowed"}"#),
        (404, r#"{"error":true,"user_message":"Something went wrong. Please try again later."}"#),
        (500, r#"{"status":"error","error_message":"internal"}"#),
    ];
}

/// AxisFI: `GET /api/customers/detail`.
pub mod axisfi {
    /// The seed example: no business details or registration address.
    pub const SEED: &str = r#"{"customer_id":"cus_9f86d081884c7d659a2feaa0c55ad015","partner_customer_id":"partner-cust-0001","status":"Processing","created_at":"2024-05-20T09:15:30Z","account_usage":{"operating_country":"SG","goods_service_description":"Online retail of consumer electronics","industry_category_code":"5732","account_usage_product_reference":"GLOBAL_ACCOUNT","estimated_monthly_revenue_currency":"USD","estimated_monthly_revenue_amount":50000},"primary_contact":{"contact_phone":"+6591234567","contact_email":"ops@example.com"},"business_person_list":[{"residential_address":{"residential_address_line1":"10 Anson Road","residential_address_city":"Singapore","residential_address_postcode":"079903","residential_address_country_code":"SG","residential_address_state":"Singapore"},"identification":{"id_type":"PASSPORT","id_number":"E1234567X","id_issuing_country_code":"SG","id_expiration_date":"2030-01-31","id_issue_date":"2020-02-01","id_document_front_file_id":"file_7d9a1c2e","id_document_back_file_id":"file_8e0b2d3f"}}]}"#;
    /// Documented (generic) error bodies.
    pub const ERRORS: [(u16, &str); 2] = [
        (404, r#"{"code":"NOT_FOUND","message":"customer not found","trace":[1]}"#),
        (500, r#"{"message":"internal error"}"#),
    ];
}
