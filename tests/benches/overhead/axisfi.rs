//! AxisFI in the overhead benchmark: a hand-written reqwest call decoding every documented field
//! of the success body into the structs below (the fair baseline: the same work the generated
//! type does, without pspkit), against the generated client.

use serde::Deserialize;

use super::{Calls, call, leak, plain_http, start_example_server};

#[path = "../plain/axisfi.rs"]
mod plain;

/// AxisFI's customer detail (the generated `CustomerDetail`), hand-written: decodes every
/// documented field of the success body (the fair baseline), nested objects included, not just
/// the five a merchant typically reads.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    account_usage: Option<AccountUsage>,
    business_details: Option<BusinessDetails>,
    #[serde(default)]
    business_person_list: Vec<BusinessPerson>,
    /// RFC 3339, kept as text (the generated type validates the format, not chrono).
    created_at: Option<String>,
    customer_id: String,
    partner_customer_id: Option<String>,
    primary_contact: Option<PrimaryContact>,
    registration_address: Option<RegistrationAddress>,
    /// An open enum (`Processing`, `Succeeded`, `Failed`, `Suspended` known), kept as text.
    status: Option<String>,
}

/// How the customer will use the account.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct AccountUsage {
    account_usage_product_reference: Option<String>,
    estimated_monthly_revenue_amount: Option<f64>,
    estimated_monthly_revenue_currency: Option<String>,
    goods_service_description: Option<String>,
    industry_category_code: Option<String>,
    operating_country: Option<String>,
}

/// The registered business.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct BusinessDetails {
    business_identifier_country_code: Option<String>,
    #[serde(default)]
    business_identifier_document_list: Vec<String>,
    business_identifier_expiry_date: Option<String>,
    business_identifier_number: Option<String>,
    business_identifier_start_date: Option<String>,
    business_identifier_type: Option<String>,
    business_name: Option<String>,
    business_name_english: Option<String>,
    business_type: Option<String>,
    website: Option<String>,
}

/// A person related to the business.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct BusinessPerson {
    identification: Option<Identification>,
    residential_address: Option<ResidentialAddress>,
}

/// A person's identity document.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Identification {
    id_document_back_file_id: Option<String>,
    id_document_front_file_id: Option<String>,
    id_expiration_date: Option<String>,
    id_issue_date: Option<String>,
    id_issuing_country_code: Option<String>,
    id_number: Option<String>,
    id_type: Option<String>,
}

/// A person's home address.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct ResidentialAddress {
    residential_address_city: Option<String>,
    residential_address_country_code: Option<String>,
    residential_address_line1: Option<String>,
    residential_address_postcode: Option<String>,
    residential_address_state: Option<String>,
}

/// Who AxisFI contacts about the account.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct PrimaryContact {
    contact_email: Option<String>,
    contact_phone: Option<String>,
}

/// The business's registered address.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct RegistrationAddress {
    registration_address_city: Option<String>,
    registration_address_country_code: Option<String>,
    registration_address_line1: Option<String>,
    registration_address_postcode: Option<String>,
    registration_address_state: Option<String>,
}


/// AxisFI's Get Customer, made each way against its example server.
pub fn calls() -> Vec<Calls> {
    let base = start_example_server(pspkit::axisfi::examples::GET_CUSTOMER_200_SEED.body);
    let headers = vec![("x-api-key", "bench-key".to_owned()), ("x-api-secret", "bench-secret".to_owned())];
    let generated = leak(
        pspkit::axisfi::Client::builder(pspkit::axisfi::Credentials::new("bench-key", "bench-secret"))
            .base_url(&base)
            .build()
            .expect("a client"),
    );
    let progenitor = leak(plain::Client::new_with_client(&base, plain_http(&headers)));
    vec![Calls::get::<Customer>(
        "get_customer",
        "pspkit-axisfi/0.1.0",
        format!("{base}/api/customers/detail?customer_id=cus_9f86d081884c7d659a2feaa0c55ad015"),
        headers,
        call(move || async move {
            generated.get_customer().customer_id("cus_9f86d081884c7d659a2feaa0c55ad015").send().await.is_ok()
        }),
        call(move || async move {
            let id: plain::types::GetCustomerCustomerId =
                "cus_9f86d081884c7d659a2feaa0c55ad015".parse().expect("a valid id");
            progenitor.get_customer(Some(&id), None).await.is_ok()
        }),
    )]
}
