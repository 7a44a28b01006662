//! Building a delivery a provider would send, for a merchant's tests and `webhooks send`: the
//! signature headers of an HMAC scheme ([`sign`]) or the Basic credentials ([`basic_authorization`]),
//! or whichever the scheme uses ([`sign_delivery`]).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use reqwest::header::{HeaderName, HeaderValue};
use sha2::Sha256;

use super::{
    HeaderMap, HmacScheme, SignatureEncoding, TimestampSource, WebhookAuth, WebhookError, WebhookSecret, update_signed,
};
use crate::Secret;

/// The headers a provider whose scheme is `auth` would send with `body` at `at`, authenticated
/// with `secret`: [`sign`] for an HMAC scheme, [`basic_authorization`] for Basic;
/// [`WebhookError::WrongSecretKind`] when `secret` is not the scheme's kind, and
/// [`WebhookError::MalformedHeader`] when the scheme names a header HTTP cannot carry.
pub fn sign_delivery(
    auth: &WebhookAuth,
    secret: &WebhookSecret<'_>,
    body: &[u8],
    at: SystemTime,
) -> Result<HeaderMap, WebhookError> {
    let headers = match (auth, secret) {
        (WebhookAuth::Hmac(scheme), WebhookSecret::Hmac(key)) => sign(scheme, key, body, at),
        (WebhookAuth::Basic, WebhookSecret::Basic { username, password }) => {
            vec![basic_authorization(username, password)]
        }
        _ => return Err(WebhookError::WrongSecretKind),
    };
    let mut map = HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        let malformed = |reason| WebhookError::MalformedHeader { name, reason };
        let header = HeaderName::try_from(name).map_err(|_| malformed("is not an HTTP header name"))?;
        let mut value = HeaderValue::try_from(value).map_err(|_| malformed("is not visible ASCII"))?;
        value.set_sensitive(true);
        map.append(header, value);
    }
    Ok(map)
}

/// The `Authorization` header a provider whose scheme is [`WebhookAuth::Basic`] sends with a
/// delivery: for a merchant's tests, as [`sign`] is for an HMAC scheme.
pub fn basic_authorization(username: &Secret, password: &Secret) -> (&'static str, String) {
    let credentials = format!("{}:{}", username.expose(), password.expose());
    ("authorization", format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(credentials)))
}

/// The headers a provider would send with `body` at `at`, signed with `key`: for a merchant's
/// tests, to build a delivery [`verify`](super::verify) accepts (stripe-node's `generateTestHeaderString`). The
/// signature goes in the scheme's first accepted header.
pub fn sign(scheme: &HmacScheme, key: &Secret, body: &[u8], at: SystemTime) -> Vec<(&'static str, String)> {
    let seconds = at.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_secs().to_string();
    let timestamp = if matches!(scheme.timestamp, TimestampSource::None) { "" } else { seconds.as_str() };
    let mut mac = Hmac::<Sha256>::new_from_slice(key.expose().as_bytes()).expect("HMAC takes a key of any length");
    update_signed(&mut mac, scheme.signed, timestamp, body);
    let tag = mac.finalize().into_bytes();
    let signature = match scheme.encoding {
        SignatureEncoding::Hex => tag.iter().map(|byte| format!("{byte:02x}")).collect(),
        SignatureEncoding::Base64 => base64::engine::general_purpose::STANDARD.encode(tag),
    };
    let header = scheme.signature_headers.first().copied().unwrap_or("signature");
    match scheme.timestamp {
        TimestampSource::None => vec![(header, signature)],
        TimestampSource::Header(name) => vec![(header, signature), (name, seconds)],
        TimestampSource::Listed { timestamp_key, signature_key } => {
            vec![(header, format!("{timestamp_key}={seconds},{signature_key}={signature}"))]
        }
    }
}
