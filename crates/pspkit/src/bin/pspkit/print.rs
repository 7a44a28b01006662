//! What a successful run prints on stdout.

use pspkit::Customer;
use serde::Serialize;

use crate::args::Output;

/// Renders the typed body, or the customer it normalises into, as the output format asks.
pub fn render<T: Serialize>(output: Output, body: T, normalize: fn(T) -> Customer) -> serde_json::Result<String> {
    match output {
        Output::Json => serde_json::to_string_pretty(&body),
        Output::Normalized => serde_json::to_string_pretty(&normalize(body)),
        Output::Pretty => Ok(table(&normalize(body))),
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
