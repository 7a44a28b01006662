use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::{Provider, ProviderCustomer};

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not one of [`Provider::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownProvider(pub String);

impl fmt::Display for UnknownProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = Provider::ALL.iter().map(|provider| provider.name()).collect();
        write!(f, "unknown provider `{}`; pspkit knows {}", self.0, known.join(", "))
    }
}

impl std::error::Error for UnknownProvider {}

impl FromStr for Provider {
    type Err = UnknownProvider;

    fn from_str(name: &str) -> Result<Self, UnknownProvider> {
        Provider::ALL
            .into_iter()
            .find(|provider| provider.name() == name)
            .ok_or_else(|| UnknownProvider(name.to_owned()))
    }
}

/// A customer as every provider can describe it. Each provider's spec declares how its own customer
/// maps here (`x-pspkit-customer`, see [`Provider::customer_mapping`]); `Customer::from` applies it,
/// and [`Customer::provider_customer`] keeps the full typed original.
#[derive(Clone, Debug, Serialize)]
pub struct Customer {
    /// Which provider the customer lives at.
    pub provider: Provider,
    /// The provider's id for the customer.
    pub id: String,
    /// The merchant's own id for the customer, where the provider keeps one.
    pub merchant_reference: Option<String>,
    /// The customer's (or, for a business, the business's) name.
    pub name: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Phone number, with the country code when the provider gives it separately (`+91…`).
    pub phone: Option<String>,
    /// When the provider created the customer.
    pub created_at: Option<DateTime<Utc>>,
    /// The provider's full typed customer.
    pub provider_customer: ProviderCustomer,
}
