use pspkit_paisr::types;

use crate::customer::non_empty;
use crate::{Customer, Provider, ProviderCustomer};

/// Paisr: the `data` of the response: `id`; no merchant reference; `name`, `email`, `phone`,
/// `created_at`.
impl From<types::CustomerResponse> for Customer {
    fn from(response: types::CustomerResponse) -> Self {
        Customer::from(response.data)
    }
}

/// Paisr: `id`; no merchant reference; `name`, `email`, `phone`, `created_at`.
impl From<types::Customer> for Customer {
    fn from(customer: types::Customer) -> Self {
        Customer {
            provider: Provider::Paisr,
            id: customer.id.clone(),
            merchant_reference: None,
            name: non_empty(customer.name.as_deref()),
            email: non_empty(customer.email.as_deref()),
            phone: non_empty(customer.phone.as_deref()),
            created_at: customer.created_at.map(|time| time.0),
            provider_customer: ProviderCustomer::Paisr(Box::new(customer)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_seed_example() {
        let typed: types::CustomerResponse =
            serde_json::from_str(pspkit_paisr::examples::GET_CUSTOMER_200_SEED.body).unwrap();
        let customer = Customer::from(typed);
        assert_eq!(customer.provider, Provider::Paisr);
        assert_eq!(customer.id, "cus_123456");
        assert_eq!(customer.name.as_deref(), Some("Jane Smith"));
        assert_eq!(customer.email.as_deref(), Some("jane@example.com"));
        assert_eq!(customer.phone.as_deref(), Some("+597-8123456"));
        assert_eq!(customer.created_at.unwrap().to_rfc3339(), "2024-03-14T09:26:53+00:00");
    }
}
