//! Property tests: every provider's decoders turn arbitrary JSON values, seed examples with a
//! field replaced by arbitrary JSON, and arbitrary bytes into a value or an error; never a panic.
//!
//! 10,000 cases per strategy and provider by default; set `PSPKIT_PROPTEST_CASES` for more.

use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

fn cases() -> u32 {
    std::env::var("PSPKIT_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000)
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        // Strings that look like the values the decoders special-case.
        prop::sample::select(vec!["SRD", "Processing", "2016-08-02T08:07:52+0000", "2020-03-17T14:29:17Z", "", "[]"])
            .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{0,12}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// A seed with one top-level field replaced by arbitrary JSON, removed, or an extra field added.
fn mutated(seed: &'static str) -> impl Strategy<Value = Value> {
    let object: Map<String, Value> = serde_json::from_str::<Value>(seed).unwrap().as_object().unwrap().clone();
    let keys: Vec<String> = object.keys().cloned().collect();
    (prop::sample::select(keys), json(), 0..3u8).prop_map(move |(key, value, action)| {
        let mut object = object.clone();
        match action {
            0 => {
                object.insert(key, value);
            }
            1 => {
                object.remove(&key);
            }
            _ => {
                object.insert(format!("{key}_new"), value);
            }
        }
        Value::Object(object)
    })
}

/// Decoding may fail; it must not panic (proptest reports a panic as a failure).
fn decodes_or_errors<T: DeserializeOwned>(bytes: &[u8]) {
    let _ = serde_json::from_slice::<T>(bytes);
}

macro_rules! decoder_properties {
    ($module:ident, $success:ty, $error:ty, $seed:expr) => {
        mod $module {
            use super::*;

            proptest! {
                #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

                #[test]
                fn arbitrary_json(value in json()) {
                    let bytes = serde_json::to_vec(&value).unwrap();
                    decodes_or_errors::<$success>(&bytes);
                    decodes_or_errors::<$error>(&bytes);
                }

                #[test]
                fn mutated_seed(value in mutated($seed)) {
                    let bytes = serde_json::to_vec(&value).unwrap();
                    decodes_or_errors::<$success>(&bytes);
                }

                #[test]
                fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
                    decodes_or_errors::<$success>(&bytes);
                    decodes_or_errors::<$error>(&bytes);
                }
            }

            #[test]
            fn the_seed_decodes() {
                serde_json::from_str::<$success>($seed).expect("seed decodes");
            }
        }
    };
}

decoder_properties!(
    razorpay,
    pspkit_razorpay::types::Customer,
    pspkit_razorpay::types::ErrorResponse,
    r#"{"id":"cust_1Aa00000000001","entity":"customer","name":"Gaurav Kumar","email":"gaurav.kumar@example.com","contact":"9123456780","gstin":null,"notes":{"notes_key_1":"Tea, Earl Grey, Hot"},"created_at":1655298731}"#
);

decoder_properties!(
    paisr,
    pspkit_paisr::types::Customer,
    pspkit_paisr::types::ErrorResponse,
    r#"{"id":"cus_123456","name":"Jane Smith","email":"jane@example.com","phone":"+597-8123456","default_currency":"SRD","billing_details":null,"shipping_details":null,"metadata":null,"session":{"url":"https://portal.checkout.paisr.tech/x","expires_in":"30 minutes"},"created_at":"2024-03-14T09:26:53Z"}"#
);

decoder_properties!(
    juspay,
    pspkit_juspay::types::Customer,
    pspkit_juspay::types::ErrorResponse,
    r#"{"id":"cst_om2l6ctlptxwxuzj","object":"customer","object_reference_id":"customer@gmail.com","mobile_number":"9988776655","date_created":"2016-08-02T08:07:52+0000","last_updated":"2016-08-02T08:07:52+0000","email_address":"customer@gmail.com","first_name":"John","last_name":"Smith","mobile_country_code":"91"}"#
);

decoder_properties!(
    axisfi,
    pspkit_axisfi::types::CustomerDetail,
    pspkit_axisfi::types::ErrorBody,
    r#"{"customer_id":"cus_9f86d081884c7d659a2feaa0c55ad015","partner_customer_id":"p1","status":"Processing","created_at":"2024-05-20T09:15:30Z","account_usage":{"estimated_monthly_revenue_amount":50000},"primary_contact":{"contact_email":"ops@example.com"},"business_person_list":[{"identification":{"id_type":"PASSPORT"}}]}"#
);
