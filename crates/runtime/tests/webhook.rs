//! Webhook verification against vectors an independent implementation computed (Python's `hmac`,
//! `tests/webhook/make_vectors.py`, its output committed as `vectors.json`): every failure mode
//! of a signed delivery (tampered body or timestamp, wrong secret, stale and future timestamps,
//! missing and duplicated headers, upper-case hex, truncated signatures, several `v1` values), then
//! Basic credentials, the `sign` helper and what errors may show.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use pspkit_runtime::Secret;
use pspkit_runtime::webhook::{
    HmacScheme, SignatureEncoding, TimestampSource, WebhookAuth, WebhookError, WebhookSecret, sign, sign_delivery,
    verify,
};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::Value;

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// The scheme a vector describes.
fn scheme(json: &Value) -> HmacScheme {
    let names: Vec<&'static str> =
        json["signature_headers"].as_array().unwrap().iter().map(|name| leak(name.as_str().unwrap())).collect();
    let timestamp = match (json.get("timestamp_header"), json.get("listed")) {
        (Some(name), _) => TimestampSource::Header(leak(name.as_str().unwrap())),
        (None, Some(keys)) => TimestampSource::Listed {
            timestamp_key: leak(keys[0].as_str().unwrap()),
            signature_key: leak(keys[1].as_str().unwrap()),
        },
        (None, None) => TimestampSource::None,
    };
    HmacScheme {
        signature_headers: Box::leak(names.into_boxed_slice()),
        encoding: if json["encoding"] == "hex" { SignatureEncoding::Hex } else { SignatureEncoding::Base64 },
        signed: leak(json["signed"].as_str().unwrap()),
        timestamp,
        tolerance_seconds: json["tolerance"].as_u64(),
    }
}

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.append(HeaderName::from_bytes(name.as_bytes()).unwrap(), HeaderValue::from_str(value).unwrap());
    }
    map
}

fn kind(error: &WebhookError) -> &'static str {
    match error {
        WebhookError::MissingHeader { .. } => "MissingHeader",
        WebhookError::DuplicateHeader { .. } => "DuplicateHeader",
        WebhookError::MalformedHeader { .. } => "MalformedHeader",
        WebhookError::BadSignature => "BadSignature",
        WebhookError::OutsideTolerance { .. } => "OutsideTolerance",
        WebhookError::BadCredentials => "BadCredentials",
        _ => "another error",
    }
}

#[test]
fn every_vector_verifies_as_the_independent_implementation_says() {
    let vectors: Vec<Value> =
        serde_json::from_str(include_str!("webhook/vectors.json")).expect("tests/webhook/vectors.json");
    assert!(vectors.len() >= 20, "{} vectors", vectors.len());
    let mut outcomes = Vec::new();
    for vector in &vectors {
        let pairs: Vec<(&str, &str)> = vector["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|pair| (pair[0].as_str().unwrap(), pair[1].as_str().unwrap()))
            .collect();
        let secret = Secret::new(vector["secret"].as_str().unwrap());
        let now = UNIX_EPOCH + Duration::from_secs(vector["now"].as_u64().unwrap());
        let result = verify(
            &WebhookAuth::Hmac(scheme(&vector["scheme"])),
            &WebhookSecret::Hmac(&secret),
            &headers(&pairs),
            vector["body"].as_str().unwrap().as_bytes(),
            now,
        );
        let found = match &result {
            Ok(()) => "ok",
            Err(error) => kind(error),
        };
        outcomes.push(format!("{}: {found}", vector["name"].as_str().unwrap()));
        assert_eq!(found, vector["expected"], "{}: {result:?}", vector["name"]);
    }
    // Both outcomes occur: the vectors are not all one answer.
    assert!(outcomes.iter().any(|o| o.ends_with(": ok")) && outcomes.iter().any(|o| o.ends_with("BadSignature")));
}

/// A timestamp header of its own and two accepted signature header names (a provider that renamed
/// its header).
const TIMESTAMP_HEADER: HmacScheme = HmacScheme {
    signature_headers: &["X-Signature", "X-Signature-Renamed"],
    encoding: SignatureEncoding::Hex,
    signed: "{timestamp}.{body}",
    timestamp: TimestampSource::Header("X-Timestamp"),
    tolerance_seconds: Some(300),
};

const STRIPE: HmacScheme = HmacScheme {
    signature_headers: &["Stripe-Signature"],
    encoding: SignatureEncoding::Hex,
    signed: "{timestamp}.{body}",
    timestamp: TimestampSource::Listed { timestamp_key: "t", signature_key: "v1" },
    tolerance_seconds: Some(300),
};

const BASE64_BODY: HmacScheme = HmacScheme {
    signature_headers: &["X-Signature"],
    encoding: SignatureEncoding::Base64,
    signed: "{body}",
    timestamp: TimestampSource::None,
    tolerance_seconds: None,
};

#[test]
fn what_sign_builds_verifies_and_nothing_else_does() {
    let secret = Secret::new("whsec_round_trip");
    let other = Secret::new("whsec_someone_else");
    let body = br#"{"id":"cus_1","event":"customer.updated"}"#;
    let at = SystemTime::now();
    for scheme in [TIMESTAMP_HEADER, STRIPE, BASE64_BODY] {
        let signed = sign(&scheme, &secret, body, at);
        let pairs: Vec<(&str, &str)> = signed.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let auth = WebhookAuth::Hmac(scheme);
        assert_eq!(verify(&auth, &WebhookSecret::Hmac(&secret), &headers(&pairs), body, at), Ok(()), "{scheme:?}");
        let wrong = verify(&auth, &WebhookSecret::Hmac(&other), &headers(&pairs), body, at);
        assert_eq!(wrong, Err(WebhookError::BadSignature), "{scheme:?}");
    }
}

/// `sign_delivery` builds the headers of either kind of scheme, as a header map `verify` accepts,
/// its values marked sensitive (a `Debug` of the map shows none); a secret of the other kind is
/// refused.
#[test]
fn sign_delivery_builds_a_delivery_of_either_kind() {
    let (key, username, password) = (Secret::new("whsec_Canary"), Secret::new("merchant"), Secret::new("pass_Canary"));
    let body = br#"{"event":"customer.created"}"#;
    let at = SystemTime::now();
    let hmac = WebhookAuth::Hmac(TIMESTAMP_HEADER);
    let basic = WebhookAuth::Basic;
    let (basic_secret, hmac_secret) =
        (WebhookSecret::Basic { username: &username, password: &password }, WebhookSecret::Hmac(&key));
    for (auth, secret, other) in [(&hmac, &hmac_secret, &basic_secret), (&basic, &basic_secret, &hmac_secret)] {
        let headers = sign_delivery(auth, secret, body, at).unwrap();
        assert_eq!(verify(auth, secret, &headers, body, at), Ok(()), "{auth:?}");
        assert!(headers.values().all(|value| value.is_sensitive()), "{auth:?}");
        assert!(!format!("{headers:?}").contains("Canary"), "{auth:?}");
        assert_eq!(sign_delivery(auth, other, body, at).unwrap_err(), WebhookError::WrongSecretKind);
    }
}

#[test]
fn basic_credentials_are_the_merchants_or_the_delivery_is_refused() {
    let (username, password) = (Secret::new("merchant"), Secret::new("s3cret-pass"));
    let secret = WebhookSecret::Basic { username: &username, password: &password };
    let basic = |text: &str| {
        use base64::Engine as _;
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(text))
    };
    let now = SystemTime::now();
    let check = |pairs: &[(&str, &str)]| verify(&WebhookAuth::Basic, &secret, &headers(pairs), b"{}", now);
    assert_eq!(check(&[("Authorization", &basic("merchant:s3cret-pass"))]), Ok(()));
    assert_eq!(check(&[("Authorization", &basic("merchant:s3cret-pas"))]), Err(WebhookError::BadCredentials));
    assert_eq!(check(&[("Authorization", &basic("merchant:s3cret-pass!"))]), Err(WebhookError::BadCredentials));
    assert_eq!(check(&[("Authorization", "Bearer s3cret-pass")]), Err(WebhookError::BadCredentials));
    assert_eq!(check(&[]), Err(WebhookError::BadCredentials));
    let key = Secret::new("k");
    let wrong_kind = verify(&WebhookAuth::Basic, &WebhookSecret::Hmac(&key), &headers(&[]), b"{}", now);
    assert_eq!(wrong_kind, Err(WebhookError::WrongSecretKind));
}

#[test]
fn errors_name_what_failed_and_never_a_value() {
    let secret = Secret::new("whsec_CANARY_SECRET");
    let body = br#"{"email":"canary@example.com"}"#;
    let at = UNIX_EPOCH + Duration::from_secs(1_733_400_000);
    let signed = sign(&TIMESTAMP_HEADER, &secret, body, at);
    let signature = signed[0].1.clone();
    let cases = [
        verify(
            &WebhookAuth::Hmac(TIMESTAMP_HEADER),
            &WebhookSecret::Hmac(&Secret::new("other")),
            &headers(&[(signed[0].0, &signature), (signed[1].0, &signed[1].1)]),
            body,
            at,
        ),
        verify(
            &WebhookAuth::Hmac(TIMESTAMP_HEADER),
            &WebhookSecret::Hmac(&secret),
            &headers(&[(signed[0].0, &signature), (signed[1].0, &signed[1].1)]),
            body,
            at + Duration::from_secs(3600),
        ),
        verify(
            &WebhookAuth::Hmac(TIMESTAMP_HEADER),
            &WebhookSecret::Hmac(&secret),
            &headers(&[(signed[0].0, "zz"), (signed[1].0, &signed[1].1)]),
            body,
            at,
        ),
        verify(
            &WebhookAuth::Hmac(TIMESTAMP_HEADER),
            &WebhookSecret::Hmac(&secret),
            &headers(&[(signed[0].0, &signature), (signed[1].0, "CANARY")]),
            body,
            at,
        ),
    ];
    for result in cases {
        let error = result.expect_err("each case is refused");
        for shown in [error.to_string(), format!("{error:?}")] {
            for canary in ["CANARY", "canary", signature.as_str(), "1733400000"] {
                assert!(!shown.contains(canary), "`{shown}` shows `{canary}`");
            }
        }
    }
    let stale = verify(
        &WebhookAuth::Hmac(TIMESTAMP_HEADER),
        &WebhookSecret::Hmac(&secret),
        &headers(&[(signed[0].0, &signature), (signed[1].0, &signed[1].1)]),
        body,
        at + Duration::from_secs(3600),
    )
    .unwrap_err();
    assert_eq!(
        stale.to_string(),
        "the webhook delivery was signed 3600 s before the clock, outside the 300 s the scheme allows"
    );
}
