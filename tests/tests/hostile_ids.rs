//! Hostile ids against every provider: each is either rejected locally (nothing reaches the
//! server) or sent percent-encoded as exactly one path segment (or one query value) of the
//! operation's own endpoint on the configured host. The test server records every request.

use pspkit_tests::server::{Recorded, Reply, TestServer};

const HOSTILE: [&str; 11] =
    ["..", ".", "", "a/b", "?x=1", "#f", "%2e%2e", "ü€漢字", "../../admin", "a\u{0}b", "\u{202e}rtl"];

/// The hostile ids, bare and behind a provider's id prefix, plus a 10 KiB one.
fn ids(prefix: &str) -> Vec<String> {
    let mut ids: Vec<String> = HOSTILE.iter().map(|id| id.to_string()).collect();
    ids.extend(HOSTILE.iter().map(|id| format!("{prefix}{id}")));
    ids.push(format!("{prefix}{}", "x".repeat(10 * 1024)));
    ids
}

enum Outcome {
    Rejected(String),
    Sent,
}

/// Checks one outcome against what the server recorded, and returns how many requests it has seen.
fn check(id: &str, outcome: Outcome, requests: &[Recorded], seen: usize, server: &TestServer, endpoint: &str) -> usize {
    match outcome {
        Outcome::Rejected(message) => {
            assert_eq!(requests.len(), seen, "{id:?} was rejected but a request was sent");
            assert!(message.contains("invalid `") || message.contains("at least one of"), "{id:?}: {message}");
            seen
        }
        Outcome::Sent => {
            assert_eq!(requests.len(), seen + 1, "{id:?}: exactly one request");
            let request = &requests[seen];
            let host = server.base_url().trim_start_matches("http://");
            assert_eq!(request.header("host"), Some(host), "{id:?} went to another host");
            let encoded =
                request.target.strip_prefix(endpoint).unwrap_or_else(|| panic!("{id:?} hit {}", request.target));
            assert!(!encoded.contains(['/', '?', '#']), "{id:?} escaped its segment: {}", request.target);
            // A query value is form-encoded: `+` stands for a space there.
            let raw = if endpoint.ends_with('=') { encoded.replace('+', " ") } else { encoded.to_owned() };
            let decoded = percent_encoding::percent_decode_str(&raw).decode_utf8().unwrap().into_owned();
            assert_eq!(decoded, id, "{id:?} arrived altered");
            seen + 1
        }
    }
}

fn outcome<T, E: std::fmt::Debug>(result: Result<T, pspkit_runtime::Error<E>>) -> Outcome {
    match result {
        Err(pspkit_runtime::Error::InvalidInput(error)) => Outcome::Rejected(error.message),
        Ok(_) => Outcome::Sent,
        Err(other) => panic!("unexpected error: {other:?}"),
    }
}

#[tokio::test]
async fn razorpay_rejects_every_hostile_id_locally() {
    let seed = r#"{"id":"cust_1Aa00000000001","entity":"customer","created_at":1}"#;
    let server = TestServer::always(Reply::json(200, seed)).await;
    let client = pspkit_razorpay::Client::builder(pspkit_razorpay::Credentials::new("k", "s"))
        .base_url(server.base_url())
        .build()
        .unwrap();
    for id in ids("cust_") {
        let result = client.get_customer().id(id.as_str()).send().await;
        check(&id, outcome(result), &server.requests(), 0, &server, "/v1/customers/");
    }
}

#[tokio::test]
async fn paisr_rejects_bare_hostile_ids_and_encodes_prefixed_ones() {
    let server = TestServer::always(Reply::json(200, r#"{"success":true,"data":{"id":"cus_1"}}"#)).await;
    let client =
        pspkit_paisr::Client::builder(pspkit_paisr::Credentials::new("t")).base_url(server.base_url()).build().unwrap();
    let mut seen = 0;
    let mut sent = 0;
    for id in ids("cus_") {
        let result = client.get_customer().customer_id(id.as_str()).send().await;
        let before = seen;
        seen = check(&id, outcome(result), &server.requests(), seen, &server, "/customers/");
        sent += seen - before;
    }
    assert_eq!(sent, 10, "prefixed printable ids are sent; bare ones, `cus_` alone and NUL are not");
}

#[tokio::test]
async fn juspay_rejects_dot_segments_and_encodes_everything_else() {
    let seed = r#"{"id":"cst_1","object":"customer","object_reference_id":"r","mobile_number":"1","date_created":"2020-03-17T14:29:17Z","last_updated":"2020-03-17T14:29:17Z"}"#;
    let server = TestServer::always(Reply::json(200, seed)).await;
    let client = pspkit_juspay::Client::builder(pspkit_juspay::Credentials::new("k", "m"))
        .base_url(server.base_url())
        .build()
        .unwrap();
    let mut seen = 0;
    for id in ids("cst_") {
        let result = client.get_customer().customer_id(id.as_str()).send().await;
        let rejected = matches!(id.as_str(), "" | "." | "..") || id.contains('\u{0}');
        let outcome = outcome(result);
        assert_eq!(matches!(outcome, Outcome::Rejected(_)), rejected, "{id:?}");
        seen = check(&id, outcome, &server.requests(), seen, &server, "/customers/");
    }
    assert_eq!(seen, 2 * HOSTILE.len() + 1 - 5, "all but \"\", \".\", \"..\" and the two with NUL");
}

#[tokio::test]
async fn axisfi_rejects_dot_segments_and_control_characters_and_encodes_ids_as_one_query_value() {
    let server = TestServer::always(Reply::json(200, r#"{"customer_id":"cus_1"}"#)).await;
    let client = pspkit_axisfi::Client::builder(pspkit_axisfi::Credentials::new("k", "s"))
        .base_url(server.base_url())
        .build()
        .unwrap();
    let mut seen = 0;
    for id in ids("cus_") {
        let result = client.get_customer().customer_id(id.as_str()).send().await;
        seen = check(&id, outcome(result), &server.requests(), seen, &server, "/api/customers/detail?customer_id=");
    }
    // Rejected: the bare empty, `.`, `..` and the two with a control character (NUL, and none other).
    let customer_ids_sent = seen;
    assert_eq!(customer_ids_sent, HOSTILE.len() * 2 + 1 - 5, "every other customer id is sent, encoded");
    for id in ids("") {
        let result = client.get_customer().partner_customer_id(id.as_str()).send().await;
        seen = check(
            &id,
            outcome(result),
            &server.requests(),
            seen,
            &server,
            "/api/customers/detail?partner_customer_id=",
        );
    }
    assert_eq!(seen - customer_ids_sent, HOSTILE.len() * 2 + 1, "every partner id is sent, encoded");
}
