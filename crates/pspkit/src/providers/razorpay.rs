use chrono::DateTime;
use pspkit_razorpay::types;

use crate::customer::non_empty;
use crate::{Customer, Provider, ProviderCustomer};

/// Razorpay: `id`; no merchant reference; `name`, `email`; phone from `contact`; `created_at`
/// from Unix seconds.
impl From<types::Customer> for Customer {
    fn from(customer: types::Customer) -> Self {
        Customer {
            provider: Provider::Razorpay,
            id: customer.id.clone(),
            merchant_reference: None,
            name: non_empty(customer.name.as_deref()),
            email: non_empty(customer.email.as_deref()),
            phone: non_empty(customer.contact.as_deref()),
            created_at: DateTime::from_timestamp(customer.created_at, 0),
            provider_customer: ProviderCustomer::Razorpay(Box::new(customer)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_seed_example() {
        let typed: types::Customer =
            serde_json::from_str(pspkit_razorpay::examples::GET_CUSTOMER_200_SEED.body).unwrap();
        let customer = Customer::from(typed);
        assert_eq!(customer.provider, Provider::Razorpay);
        assert_eq!(customer.id, "cust_1Aa00000000001");
        assert_eq!(customer.merchant_reference, None);
        assert_eq!(customer.name.as_deref(), Some("Gaurav Kumar"));
        assert_eq!(customer.email.as_deref(), Some("gaurav.kumar@example.com"));
        assert_eq!(customer.phone.as_deref(), Some("9123456780"));
        assert_eq!(customer.created_at.unwrap().to_rfc3339(), "2022-06-15T13:12:11+00:00");
        assert!(matches!(customer.provider_customer, ProviderCustomer::Razorpay(_)));
    }
}
