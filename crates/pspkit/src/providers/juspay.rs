use pspkit_juspay::types;

use crate::customer::non_empty;
use crate::{Customer, Provider, ProviderCustomer};

/// Juspay: `id`; merchant reference from `object_reference_id`; name is `first_name` and
/// `last_name` joined by a space (either may be missing); `email_address`; phone is
/// `+<mobile_country_code><mobile_number>` when a country code is given, else `mobile_number`;
/// `created_at` from `date_created`.
impl From<types::Customer> for Customer {
    fn from(customer: types::Customer) -> Self {
        let name = [customer.first_name.as_deref(), customer.last_name.as_deref()]
            .into_iter()
            .filter_map(|part| non_empty(part))
            .collect::<Vec<_>>()
            .join(" ");
        let number = customer.mobile_number.trim();
        let phone = match non_empty(customer.mobile_country_code.as_deref()) {
            Some(code) if !number.is_empty() => Some(format!("+{}{number}", code.trim_start_matches('+'))),
            _ => non_empty(Some(number)),
        };
        Customer {
            provider: Provider::Juspay,
            id: customer.id.clone(),
            merchant_reference: non_empty(Some(&customer.object_reference_id)),
            name: non_empty(Some(&name)),
            email: non_empty(customer.email_address.as_deref()),
            phone,
            created_at: Some(customer.date_created.0),
            provider_customer: ProviderCustomer::Juspay(Box::new(customer)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> types::Customer {
        serde_json::from_str(pspkit_juspay::examples::GET_CUSTOMER_200_SEED.body).unwrap()
    }

    #[test]
    fn maps_the_seed_example() {
        let customer = Customer::from(seed());
        assert_eq!(customer.provider, Provider::Juspay);
        assert_eq!(customer.id, "cst_om2l6ctlptxwxuzj");
        assert_eq!(customer.merchant_reference.as_deref(), Some("customer@gmail.com"));
        assert_eq!(customer.name.as_deref(), Some("John Smith"));
        assert_eq!(customer.email.as_deref(), Some("customer@gmail.com"));
        assert_eq!(customer.phone.as_deref(), Some("+919988776655"));
        assert_eq!(customer.created_at.unwrap().to_rfc3339(), "2016-08-02T08:07:52+00:00");
    }

    #[test]
    fn a_missing_last_name_or_country_code_is_left_out() {
        let mut typed = seed();
        typed.last_name = None;
        typed.mobile_country_code = None;
        let customer = Customer::from(typed);
        assert_eq!(customer.name.as_deref(), Some("John"));
        assert_eq!(customer.phone.as_deref(), Some("9988776655"));
        let mut nameless = seed();
        nameless.first_name = Some(" ".to_owned());
        nameless.last_name = None;
        assert_eq!(Customer::from(nameless).name, None);
    }
}
