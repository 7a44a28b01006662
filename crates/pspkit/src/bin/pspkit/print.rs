//! What a successful run prints on stdout.

use pspkit::Customer;
use serde::Serialize;

use crate::common::Output;

/// Renders the typed body, or the customer it normalises into, as the output format asks
/// (without a mapping, the body: `run` refuses the other formats before calling).
pub fn render<T: Serialize>(
    output: Output,
    body: T,
    normalize: Option<fn(T) -> Customer>,
) -> serde_json::Result<String> {
    match (output, normalize) {
        (Output::Normalized, Some(normalize)) => serde_json::to_string_pretty(&normalize(body)),
        (Output::Pretty, Some(normalize)) => Ok(table(&normalize(body))),
        _ => serde_json::to_string_pretty(&body),
    }
}

fn table(customer: &Customer) -> String {
    let created_at = customer.created_at.map(|time| time.to_rfc3339());
    let rows = [
        ("provider", Some(customer.provider.name().to_owned())),
        ("id", Some(customer.id.clone())),
        ("merchant reference", customer.merchant_reference.clone()),
        ("name", customer.name.clone()),
        ("email", customer.email.clone()),
        ("phone", customer.phone.clone()),
        ("created at", created_at),
    ];
    rows.iter().map(|(label, value)| format!("{label:<20}{}\n", value.as_deref().unwrap_or("-"))).collect()
}
