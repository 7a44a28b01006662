//! Spec-driven: every success example that declares the normalised customer it maps to
//! (`x-pspkit-customer` on the example) normalises to exactly that, for every provider in `specs/`.
//! No provider is named here: a new spec's examples are checked as soon as it is generated.

use chrono::SecondsFormat;
use pspkit::{Customer, Provider};
use serde_json::{Value, json};

/// The normalised fields, as a spec example declares them.
fn normalised_fields(customer: &Customer) -> Value {
    json!({
        "id": customer.id,
        "merchant_reference": customer.merchant_reference,
        "name": customer.name,
        "email": customer.email,
        "phone": customer.phone,
        "created_at": customer.created_at.map(|time| time.to_rfc3339_opts(SecondsFormat::Secs, true)),
    })
}

#[test]
fn every_declared_example_normalises_to_its_declaration() {
    let mut checked = 0;
    for provider in Provider::ALL {
        let declared: Vec<_> = provider.examples().iter().filter(|example| example.customer.is_some()).collect();
        let Some(mapping) = provider.customer_mapping() else {
            assert!(provider.normalise("{}").is_none(), "{provider}: no mapping, no normalised view");
            continue;
        };
        assert!(!declared.is_empty(), "{provider}: its spec maps customers, so an example must declare one");
        for example in declared {
            let expected: Value = serde_json::from_str(example.customer.unwrap_or_default()).expect("JSON");
            let customer = provider.normalise(example.body).expect("a mapping").expect("the example decodes");
            assert_eq!(customer.provider, provider);
            assert_eq!(normalised_fields(&customer), expected, "{provider}, example `{}`", example.name);
            // The typed original is kept, and is the customer the id came from.
            let original = serde_json::to_value(&customer.provider_customer).expect("serialisable");
            assert_eq!(original.pointer(mapping.id).and_then(Value::as_str), Some(customer.id.as_str()));
            checked += 1;
        }
    }
    assert!(checked >= 2, "only {checked} examples declare a normalised customer");
}

#[test]
fn a_body_that_does_not_decode_is_an_error_not_a_customer() {
    for provider in Provider::ALL.into_iter().filter(|provider| provider.customer_mapping().is_some()) {
        let result = provider.normalise("[1, 2]").expect("a mapping");
        assert!(result.is_err(), "{provider}");
    }
}

#[test]
fn provider_names_round_trip_and_unknown_ones_list_the_known() {
    for provider in Provider::ALL {
        assert_eq!(provider.name().parse::<Provider>(), Ok(provider));
        assert_eq!(provider.to_string(), provider.name());
    }
    let error = "acme".parse::<Provider>().unwrap_err().to_string();
    assert!(Provider::ALL.iter().all(|provider| error.contains(provider.name())), "{error}");
}
