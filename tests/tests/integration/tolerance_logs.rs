//! What tolerant decoding logs: properties the spec does not list are counted at DEBUG, never
//! named (a name comes from the body: a map keyed by email is personal data) nor shown with their
//! values; with DEBUG off, nothing is logged for a body as documented. Every spec's first success
//! example, through the decoder the client runs.

use pspkit::Provider;
use pspkit::runtime::lenient::ResponseDecoder;
use pspkit_tests::logs::Captured;
use tracing_subscriber::fmt::format::FmtSpan;

/// Decodes `body` with a subscriber at `level` installed; returns what it logged.
fn logged(level: tracing::Level, decoder: &ResponseDecoder, body: &[u8]) -> String {
    let logs = Captured::default();
    let _guard = logs.install(level, FmtSpan::NONE);
    (decoder.decode)(body).expect("decodes");
    logs.text()
}

#[test]
fn unknown_properties_are_counted_at_debug_never_named_nor_shown() {
    for provider in Provider::ALL {
        let example = provider.examples().iter().find(|example| example.status == 200).expect("a success example");
        let decoder =
            ResponseDecoder::find(provider.response_decoders(), example.operation_id, 200).expect("a decoder");
        let mut body: serde_json::Value = serde_json::from_str(example.body).unwrap();
        body["leaky.person@example.com"] = serde_json::Value::from("Leaky Person");
        let body = serde_json::to_vec(&body).unwrap();
        let debug = logged(tracing::Level::DEBUG, decoder, &body);
        assert!(
            debug.contains("properties the spec does not list") && debug.contains("count=1"),
            "{provider}: {debug}"
        );
        assert!(!debug.contains("Leaky Person"), "{provider}: a value was logged: {debug}");
        assert!(!debug.contains("leaky.person"), "{provider}: a name from the body was logged: {debug}");
        assert_eq!(logged(tracing::Level::INFO, decoder, &body), "", "{provider}: nothing at INFO");
    }
}
