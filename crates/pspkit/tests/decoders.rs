//! Property tests, for every spec in `specs/`: every documented response decoder (the one the
//! generated client runs, tolerance and deviation walk included) turns arbitrary JSON, the spec's
//! examples with a field replaced by arbitrary JSON, removed or added, and arbitrary bytes into a
//! value or an error; never a panic.
//!
//! 10,000 cases per strategy and provider by default; set `PSPKIT_PROPTEST_CASES` for more. Run
//! for the providers `PSPKIT_TEST_PROVIDERS` names when it is set (the end-to-end test names the
//! specs it adds), else for every provider.

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};
use pspkit::Provider;
use pspkit::runtime::lenient::ResponseDecoder;
use pspkit_tests::cases::providers;
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
        prop::sample::select(vec![
            "SRD",
            "Processing",
            "2016-08-02T08:07:52+0000",
            "2020-03-17T14:29:17Z",
            "",
            "[]",
            "17"
        ])
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

/// The provider's decoders, each with the JSON object examples its spec documents for it.
fn decoders(provider: Provider) -> Vec<(&'static ResponseDecoder, Vec<Map<String, Value>>)> {
    provider
        .response_decoders()
        .iter()
        .map(|decoder| {
            let examples = provider
                .examples()
                .iter()
                .filter(|example| {
                    ResponseDecoder::find(provider.response_decoders(), example.operation_id, example.status)
                        .is_some_and(|found| std::ptr::eq(found, decoder))
                })
                .filter_map(|example| serde_json::from_str::<Value>(example.body).ok()?.as_object().cloned())
                .collect();
            (decoder, examples)
        })
        .collect()
}

/// Runs `property` on `cases()` values of `strategy`; a panic fails the test naming the provider.
fn check<S: Strategy>(provider: Provider, what: &str, strategy: S, property: impl Fn(S::Value)) {
    let mut runner = TestRunner::new(Config { cases: cases(), failure_persistence: None, ..Config::default() });
    let result = runner.run(&strategy, |value| {
        property(value);
        Ok(())
    });
    if let Err(error) = result {
        panic!("{provider} {what}: {error}");
    }
}

#[test]
fn arbitrary_json_never_panics_a_decoder() {
    for provider in providers() {
        let decoders = decoders(provider);
        check(provider, "arbitrary JSON", (any::<Index>(), json()), |(index, value)| {
            let (decoder, _) = index.get(&decoders);
            let _ = (decoder.decode)(&serde_json::to_vec(&value).unwrap());
        });
    }
}

#[test]
fn mutated_examples_never_panic_a_decoder() {
    for provider in providers() {
        let decoders: Vec<_> = decoders(provider).into_iter().filter(|(_, examples)| !examples.is_empty()).collect();
        assert!(!decoders.is_empty(), "{provider}: no JSON object example");
        let strategy = (any::<Index>(), any::<Index>(), any::<Index>(), json(), 0..3u8);
        check(provider, "mutated examples", strategy, |(decoder, example, key, value, action)| {
            let (decoder, examples) = decoder.get(&decoders);
            let mut object = example.get(examples).clone();
            let keys: Vec<String> = object.keys().cloned().collect();
            let key = if keys.is_empty() { "pspkit".to_owned() } else { key.get(&keys).clone() };
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
            let _ = (decoder.decode)(&serde_json::to_vec(&Value::Object(object)).unwrap());
        });
    }
}

#[test]
fn arbitrary_bytes_never_panic_a_decoder() {
    for provider in providers() {
        let decoders = decoders(provider);
        check(
            provider,
            "arbitrary bytes",
            (any::<Index>(), prop::collection::vec(any::<u8>(), 0..256)),
            |(index, bytes)| {
                let (decoder, _) = index.get(&decoders);
                let _ = (decoder.decode)(&bytes);
            },
        );
    }
}
