//! A hand-written Get Customer: what a merchant would write with reqwest and serde alone. The
//! benchmarks measure the generated clients against it, and `cargo xtask bench-build` compares
//! its build cost with a provider crate's.

use serde::Deserialize;

/// Razorpay's customer, hand-written with only the fields a merchant typically reads.
#[derive(Debug, Deserialize)]
pub struct RazorpayCustomer {
    /// Customer id.
    pub id: String,
    /// Name.
    pub name: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub contact: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
}

/// Paisr's response envelope.
#[derive(Debug, Deserialize)]
pub struct PaisrResponse {
    /// Always true on success.
    pub success: bool,
    /// The customer.
    pub data: PaisrCustomer,
}

/// Paisr's customer.
#[derive(Debug, Deserialize)]
pub struct PaisrCustomer {
    /// Customer id.
    pub id: String,
    /// Name.
    pub name: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// RFC 3339 timestamp, kept as text.
    pub created_at: Option<String>,
}

/// Juspay's customer.
#[derive(Debug, Deserialize)]
pub struct JuspayCustomer {
    /// Customer id.
    pub id: String,
    /// The merchant's reference.
    pub object_reference_id: String,
    /// Mobile number.
    pub mobile_number: String,
    /// First name.
    pub first_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Timestamp, kept as text.
    pub date_created: String,
}

/// AxisFI's customer detail.
#[derive(Debug, Deserialize)]
pub struct AxisfiCustomer {
    /// Customer id.
    pub customer_id: String,
    /// The partner's id.
    pub partner_customer_id: Option<String>,
    /// Status, kept as text.
    pub status: Option<String>,
    /// Timestamp, kept as text.
    pub created_at: Option<String>,
}

/// Sends `GET {url}` with the given headers and decodes the JSON body as `T`.
pub async fn get_json<T: serde::de::DeserializeOwned>(
    client: &reqwest::Client,
    url: &str,
    headers: &[(&'static str, String)],
) -> reqwest::Result<T> {
    let mut request = client.get(url).header("accept", "application/json");
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    request.send().await?.error_for_status()?.json::<T>().await
}

/// Sends `GET {url}` with the given headers and decodes the body as an untyped JSON value.
pub async fn get_value(
    client: &reqwest::Client,
    url: &str,
    headers: &[(&'static str, String)],
) -> reqwest::Result<serde_json::Value> {
    get_json::<serde_json::Value>(client, url, headers).await
}
