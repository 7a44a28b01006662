use pspkit_axisfi::types;

use crate::customer::non_empty;
use crate::{Customer, Provider, ProviderCustomer};

/// AxisFI (customers are businesses): `customer_id`; merchant reference from
/// `partner_customer_id`; name from `business_details.business_name` (else its English name);
/// email and phone from `primary_contact`; `created_at`.
impl From<types::CustomerDetail> for Customer {
    fn from(customer: types::CustomerDetail) -> Self {
        let business = customer.business_details.as_ref();
        let contact = customer.primary_contact.as_ref();
        Customer {
            provider: Provider::Axisfi,
            id: customer.customer_id.clone(),
            merchant_reference: non_empty(customer.partner_customer_id.as_deref()),
            name: non_empty(business.and_then(|b| b.business_name.as_deref()))
                .or_else(|| non_empty(business.and_then(|b| b.business_name_english.as_deref()))),
            email: non_empty(contact.and_then(|c| c.contact_email.as_deref())),
            phone: non_empty(contact.and_then(|c| c.contact_phone.as_deref())),
            created_at: customer.created_at.map(|time| time.0),
            provider_customer: ProviderCustomer::Axisfi(Box::new(customer)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_seed_example_without_business_details() {
        let typed: types::CustomerDetail =
            serde_json::from_str(pspkit_axisfi::examples::GET_CUSTOMER_200_SEED.body).unwrap();
        let customer = Customer::from(typed);
        assert_eq!(customer.provider, Provider::Axisfi);
        assert_eq!(customer.id, "cus_9f86d081884c7d659a2feaa0c55ad015");
        assert_eq!(customer.merchant_reference.as_deref(), Some("partner-cust-0001"));
        assert_eq!(customer.name, None);
        assert_eq!(customer.email.as_deref(), Some("ops@example.com"));
        assert_eq!(customer.phone.as_deref(), Some("+6591234567"));
        assert_eq!(customer.created_at.unwrap().to_rfc3339(), "2024-05-20T09:15:30+00:00");
    }

    #[test]
    fn maps_the_business_name_when_there_is_one() {
        let typed: types::CustomerDetail =
            serde_json::from_str(pspkit_axisfi::examples::GET_CUSTOMER_200_COMPLETE.body).unwrap();
        assert_eq!(Customer::from(typed).name.as_deref(), Some("Example Software Limited"));
    }
}
