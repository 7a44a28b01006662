use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::Serialize;

/// The payment providers pspkit has clients for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    /// Paisr (`pspkit-paisr`).
    Paisr,
    /// Razorpay (`pspkit-razorpay`).
    Razorpay,
    /// Juspay (`pspkit-juspay`); its Paytm-gateway doc describes the same API.
    Juspay,
    /// AxisFI (`pspkit-axisfi`).
    Axisfi,
}

impl Provider {
    /// Every provider.
    pub const ALL: [Provider; 4] = [Provider::Paisr, Provider::Razorpay, Provider::Juspay, Provider::Axisfi];

    /// The short name used on the command line and in JSON, e.g. `razorpay`.
    pub const fn name(self) -> &'static str {
        match self {
            Provider::Paisr => "paisr",
            Provider::Razorpay => "razorpay",
            Provider::Juspay => "juspay",
            Provider::Axisfi => "axisfi",
        }
    }
}

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
        write!(f, "unknown provider `{}`; pspkit knows paisr, razorpay, juspay and axisfi", self.0)
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

/// A customer as every provider can describe it. The mapping from each provider's own customer is
/// documented on its `From` impl; [`Customer::provider_customer`] keeps the full typed original.
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

/// The provider's own typed customer, kept beside the normalised fields.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ProviderCustomer {
    /// A Paisr customer.
    #[cfg(feature = "paisr")]
    Paisr(Box<pspkit_paisr::types::Customer>),
    /// A Razorpay customer.
    #[cfg(feature = "razorpay")]
    Razorpay(Box<pspkit_razorpay::types::Customer>),
    /// A Juspay customer.
    #[cfg(feature = "juspay")]
    Juspay(Box<pspkit_juspay::types::Customer>),
    /// An AxisFI customer.
    #[cfg(feature = "axisfi")]
    Axisfi(Box<pspkit_axisfi::types::CustomerDetail>),
}

/// `Some` of a trimmed, non-empty string.
pub(crate) fn non_empty(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|text| !text.is_empty()).map(str::to_owned)
}
