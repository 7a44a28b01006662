//! Verifying that a webhook delivery comes from the provider: the HMAC signature over the raw
//! body (or a template such as `{timestamp}.{body}`), a replay window on the signed timestamp, or
//! the HTTP Basic credentials the merchant set. Generated crates describe their provider's scheme
//! and events ([`Webhooks`]) and type the events ([`Events`]); their `webhooks::verify` is
//! [`verify_event`]: [`verify`], then the payload decoded tolerantly as the event it names.
//! [`sign_delivery`] builds a delivery the provider would send, for tests.
//!
//! The MAC is computed once over the signed bytes, fed straight from the template (the body is
//! never copied), and every signature a delivery carries is compared with it in constant time
//! (`subtle`'s `ConstantTimeEq`, none skipped on an early match), as Basic credentials are; a hex
//! signature is read in either case. No error carries the body, a signature, a header's value or
//! the secret: each names what failed and, for a header, its name.
//!
//! HMAC-SHA256 comes from RustCrypto's `hmac` and `sha2`: small, pure Rust, audited, and the same
//! whichever TLS back end a build selects (aws-lc-rs, the default's, is absent from the other two).

mod event;
mod sign;

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

pub use event::{Delivery, Events, UnlistedEvent, verify_event};
/// The headers of a delivery, as an HTTP server (hyper, axum, actix through `http`) hands them over.
pub use reqwest::header::HeaderMap;
pub use sign::{basic_authorization, sign, sign_delivery};

use crate::Secret;
use crate::lenient::DecodeError;

/// What a provider's spec says about its webhooks: how a delivery is authenticated, the payload
/// property that names the event, and the events the spec lists (a generated crate's
/// `webhooks::WEBHOOKS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Webhooks {
    /// How a delivery proves it comes from the provider.
    pub auth: WebhookAuth,
    /// The payload property that names the event, e.g. `event`.
    pub event_property: &'static str,
    /// The events the spec lists, in its order.
    pub events: &'static [WebhookEvent],
}

/// One event a spec lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookEvent {
    /// Its name, e.g. `customer.created`.
    pub name: &'static str,
    /// The spec's example payload, compact JSON.
    pub example: &'static str,
    /// The JSON pointer of the customer's id in the payload (`x-pspkit-customer-id`): the id the
    /// provider's Get Customer takes.
    pub customer_id: Option<&'static str>,
}

impl Webhooks {
    /// The event the payload `body` names (its [`Webhooks::event_property`]), `None` when it
    /// names none.
    pub fn event_name<'a>(&self, body: &'a serde_json::Value) -> Option<&'a str> {
        body.get(self.event_property)?.as_str()
    }

    /// The id of the customer the payload `body` concerns, where its event's spec says where it
    /// is (`x-pspkit-customer-id`): the id to pass to the provider's Get Customer.
    pub fn customer_id<'a>(&self, body: &'a serde_json::Value) -> Option<&'a str> {
        let pointer = self.event(self.event_name(body)?)?.customer_id?;
        body.pointer(pointer)?.as_str()
    }

    /// The listed event named `name`.
    pub fn event(&self, name: &str) -> Option<&'static WebhookEvent> {
        self.events.iter().find(|event| event.name == name)
    }
}

/// How a provider authenticates its webhook deliveries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebhookAuth {
    /// An HMAC-SHA256 signature in a header.
    Hmac(HmacScheme),
    /// HTTP Basic credentials the merchant set with the provider (`Authorization: Basic …`).
    Basic,
}

/// An HMAC-SHA256 signature scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HmacScheme {
    /// The headers that may carry the signature, in order of preference (a provider that renamed
    /// its header: both); exactly one of them must be present, once.
    pub signature_headers: &'static [&'static str],
    /// How the signature's bytes are written.
    pub encoding: SignatureEncoding,
    /// What is signed: a template of `{body}` (the raw body, byte for byte) and `{timestamp}`
    /// (the signed timestamp as sent), e.g. `{timestamp}.{body}`; `{body}` alone for the body.
    pub signed: &'static str,
    /// Where the signed timestamp is, if the scheme signs one.
    pub timestamp: TimestampSource,
    /// How far the signed timestamp may be from the clock, in either direction, in seconds;
    /// `None`: not checked.
    pub tolerance_seconds: Option<u64>,
}

/// How a signature's bytes are written in its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureEncoding {
    /// Hexadecimal, either case.
    Hex,
    /// Standard base64, padded.
    Base64,
}

/// Where a scheme's signed timestamp (Unix seconds) is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampSource {
    /// The scheme signs no timestamp.
    None,
    /// In a header of its own.
    Header(&'static str),
    /// In the signature header, as a comma-separated list of `key=value` pairs: the timestamp
    /// under `timestamp_key`, one or more signatures under `signature_key` (Stripe's
    /// `t=…,v1=…,v1=…`); any one of them may match.
    Listed {
        /// The timestamp's key, e.g. `t`.
        timestamp_key: &'static str,
        /// The signatures' key, e.g. `v1`.
        signature_key: &'static str,
    },
}

/// The merchant's shared secret for a scheme.
pub enum WebhookSecret<'a> {
    /// The HMAC key.
    Hmac(&'a Secret),
    /// The Basic credentials the provider sends.
    Basic {
        /// The username.
        username: &'a Secret,
        /// The password.
        password: &'a Secret,
    },
}

/// Why a delivery is not authentic. Never carries the body, a signature, a header's value or the
/// secret.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A header the scheme needs is absent (for several accepted names, the first is named).
    MissingHeader {
        /// The header's name.
        name: &'static str,
    },
    /// A header the scheme reads once came more than once (or two accepted names both came).
    DuplicateHeader {
        /// The header's name.
        name: &'static str,
    },
    /// A header is not in the scheme's format.
    MalformedHeader {
        /// The header's name.
        name: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// No signature matches the delivery under this secret.
    BadSignature,
    /// The signed timestamp is further from the clock than the scheme allows.
    OutsideTolerance {
        /// The clock minus the timestamp, in seconds (negative: from the future).
        age_seconds: i64,
        /// The scheme's tolerance, in seconds.
        tolerance_seconds: u64,
    },
    /// The Basic credentials are absent, malformed or not the merchant's.
    BadCredentials,
    /// The secret given is not the kind the scheme needs (Basic credentials for an HMAC, a key for
    /// Basic).
    WrongSecretKind,
    /// The delivery is authentic, but its body is not JSON, or what identifies its event's payload
    /// is unusable ([`verify_event`]): where, never a value.
    UndecodableBody(DecodeError),
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingHeader { name } => write!(f, "the webhook delivery has no `{name}` header"),
            Self::DuplicateHeader { name } => write!(f, "the webhook delivery has more than one `{name}` header"),
            Self::MalformedHeader { name, reason } => write!(f, "the webhook delivery's `{name}` header {reason}"),
            Self::BadSignature => {
                f.write_str("the webhook delivery's signature does not match: not from the provider, or another secret")
            }
            Self::OutsideTolerance { age_seconds, tolerance_seconds } => write!(
                f,
                "the webhook delivery was signed {} s {} the clock, outside the {tolerance_seconds} s the scheme allows",
                age_seconds.unsigned_abs(),
                if *age_seconds >= 0 { "before" } else { "after" }
            ),
            Self::BadCredentials => {
                f.write_str("the webhook delivery's Basic credentials are absent or not the merchant's")
            }
            Self::WrongSecretKind => f.write_str("the webhook secret is not of the kind the provider's scheme uses"),
            Self::UndecodableBody(error) => {
                write!(f, "the webhook delivery is authentic, but its body does not decode: {error}")
            }
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::UndecodableBody(error) => Some(error),
            _ => None,
        }
    }
}

/// Verifies a delivery: `headers` and the raw `body` bytes as received, against `secret`, with
/// `now` as the clock (`SystemTime::now()`, or a captured delivery's time to replay it).
pub fn verify(
    auth: &WebhookAuth,
    secret: &WebhookSecret<'_>,
    headers: &HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Result<(), WebhookError> {
    match (auth, secret) {
        (WebhookAuth::Hmac(scheme), WebhookSecret::Hmac(key)) => verify_hmac(scheme, key, headers, body, now),
        (WebhookAuth::Basic, WebhookSecret::Basic { username, password }) => verify_basic(username, password, headers),
        _ => Err(WebhookError::WrongSecretKind),
    }
}

fn verify_hmac(
    scheme: &HmacScheme,
    key: &Secret,
    headers: &HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Result<(), WebhookError> {
    let (name, value) = signature_header(scheme, headers)?;
    let timestamp = match scheme.timestamp {
        TimestampSource::None => None,
        TimestampSource::Header(timestamp_name) => Some((timestamp_name, single(headers, timestamp_name)?)),
        TimestampSource::Listed { timestamp_key, signature_key } => {
            Some((name, listed(name, value, timestamp_key, signature_key)?))
        }
    };
    let timestamp_text = match timestamp {
        Some((name, text)) => {
            let seconds: i64 = text
                .parse()
                .map_err(|_| WebhookError::MalformedHeader { name, reason: "holds no Unix timestamp in seconds" })?;
            check_window(scheme.tolerance_seconds, seconds, now)?;
            text
        }
        None => "",
    };
    // The MAC of the signed bytes, computed once, fed straight from the template (the body is
    // never copied); every candidate is compared with it in constant time (`subtle`), none
    // skipped on an early match.
    let mut mac = Hmac::<Sha256>::new_from_slice(key.expose().as_bytes()).expect("HMAC takes a key of any length");
    update_signed(&mut mac, scheme.signed, timestamp_text, body);
    let expected = mac.finalize().into_bytes();
    let mut matched = subtle::Choice::from(0);
    let mut compare = |signature: &str| {
        let mut buffer = [0; SIGNATURE_BUFFER];
        let decoded = decode(scheme.encoding, signature, &mut buffer).ok_or(WebhookError::MalformedHeader {
            name,
            reason: "holds a signature that is not in the scheme's encoding",
        })?;
        matched |= decoded.ct_eq(expected.as_slice());
        Ok(())
    };
    match scheme.timestamp {
        TimestampSource::Listed { signature_key, .. } => {
            listed_signatures(value, signature_key).try_for_each(&mut compare)?
        }
        TimestampSource::None | TimestampSource::Header(_) => compare(value)?,
    }
    if bool::from(matched) { Ok(()) } else { Err(WebhookError::BadSignature) }
}

/// The one signature header present, by the scheme's accepted names.
fn signature_header<'h>(scheme: &HmacScheme, headers: &'h HeaderMap) -> Result<(&'static str, &'h str), WebhookError> {
    let mut found: Option<(&'static str, &'h str)> = None;
    for &name in scheme.signature_headers {
        let Some(value) = single_if_present(headers, name)? else { continue };
        if found.replace((name, value)).is_some() {
            return Err(WebhookError::DuplicateHeader { name });
        }
    }
    found.ok_or(WebhookError::MissingHeader { name: scheme.signature_headers.first().copied().unwrap_or("signature") })
}

/// The value of the header `name`, which must come exactly once, as text.
fn single<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<&'h str, WebhookError> {
    single_if_present(headers, name)?.ok_or(WebhookError::MissingHeader { name })
}

/// The value of the header `name` as text, `None` when it is absent; it must not come twice.
fn single_if_present<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<Option<&'h str>, WebhookError> {
    let mut values = headers.get_all(name).iter();
    let Some(value) = values.next() else { return Ok(None) };
    if values.next().is_some() {
        return Err(WebhookError::DuplicateHeader { name });
    }
    let text = value.to_str().map_err(|_| WebhookError::MalformedHeader { name, reason: "is not visible ASCII" })?;
    Ok(Some(text.trim()))
}

/// The timestamp of a `t=…,v1=…,v1=…` header, which must hold one timestamp and at least one
/// signature ([`listed_signatures`]) and be a list of `key=value` pairs.
fn listed<'v>(
    name: &'static str,
    value: &'v str,
    timestamp_key: &str,
    signature_key: &str,
) -> Result<&'v str, WebhookError> {
    let mut timestamp = None;
    let mut signatures = 0;
    for pair in value.split(',') {
        let (key, item) = pair
            .trim()
            .split_once('=')
            .ok_or(WebhookError::MalformedHeader { name, reason: "is not a list of key=value pairs" })?;
        if key == timestamp_key {
            if timestamp.replace(item).is_some() {
                return Err(WebhookError::MalformedHeader { name, reason: "holds more than one timestamp" });
            }
        } else if key == signature_key {
            signatures += 1;
        }
    }
    let timestamp = timestamp.ok_or(WebhookError::MalformedHeader { name, reason: "holds no timestamp" })?;
    if signatures == 0 {
        return Err(WebhookError::MalformedHeader { name, reason: "holds no signature of the scheme's version" });
    }
    Ok(timestamp)
}

/// The signatures of a `t=…,v1=…,v1=…` header under `signature_key` (checked by [`listed`]).
fn listed_signatures<'v>(value: &'v str, signature_key: &'v str) -> impl Iterator<Item = &'v str> {
    value.split(',').filter_map(move |pair| {
        let (key, item) = pair.trim().split_once('=')?;
        (key == signature_key).then_some(item)
    })
}

/// Whether `seconds` is within `tolerance` of `now`, in either direction.
fn check_window(tolerance: Option<u64>, seconds: i64, now: SystemTime) -> Result<(), WebhookError> {
    let Some(tolerance_seconds) = tolerance else { return Ok(()) };
    let now = match now.duration_since(UNIX_EPOCH) {
        Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    };
    let age_seconds = now.saturating_sub(seconds);
    if age_seconds.unsigned_abs() > tolerance_seconds {
        return Err(WebhookError::OutsideTolerance { age_seconds, tolerance_seconds });
    }
    Ok(())
}

/// Feeds `mac` the bytes a scheme signs: `template` with `{timestamp}` and `{body}` replaced, in
/// pieces (the body is never copied).
pub(super) fn update_signed(mac: &mut Hmac<Sha256>, template: &str, timestamp: &str, body: &[u8]) {
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        mac.update(&rest.as_bytes()[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{body}") {
            mac.update(body);
            rest = after;
        } else if let Some(after) = tail.strip_prefix("{timestamp}") {
            mac.update(timestamp.as_bytes());
            rest = after;
        } else {
            mac.update(b"{");
            rest = &tail[1..];
        }
    }
    mac.update(rest.as_bytes());
}

/// Room for a decoded signature: an HMAC-SHA256 tag is 32 bytes; a longer signature cannot
/// match and decodes to nothing.
const SIGNATURE_BUFFER: usize = 64;

/// `text` decoded into `buffer` (empty when it decodes to more than the buffer holds, so that it
/// matches no tag); `None` when it is not in the encoding.
fn decode<'b>(encoding: SignatureEncoding, text: &str, buffer: &'b mut [u8; SIGNATURE_BUFFER]) -> Option<&'b [u8]> {
    match encoding {
        SignatureEncoding::Base64 => match base64::engine::general_purpose::STANDARD.decode_slice(text, buffer) {
            Ok(length) => Some(&buffer[..length]),
            Err(base64::DecodeSliceError::OutputSliceTooSmall) => Some(&[]),
            Err(base64::DecodeSliceError::DecodeError(_)) => None,
        },
        SignatureEncoding::Hex => {
            let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
            let bytes = text.as_bytes();
            if !bytes.len().is_multiple_of(2) || !bytes.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            if bytes.len() / 2 > buffer.len() {
                return Some(&[]);
            }
            for (slot, pair) in buffer.iter_mut().zip(bytes.chunks(2)) {
                *slot = digit(pair[0])? << 4 | digit(pair[1])?;
            }
            Some(&buffer[..bytes.len() / 2])
        }
    }
}

fn verify_basic(username: &Secret, password: &Secret, headers: &HeaderMap) -> Result<(), WebhookError> {
    let value = single(headers, "authorization").map_err(|_| WebhookError::BadCredentials)?;
    let (scheme, encoded) = value.split_once(' ').ok_or(WebhookError::BadCredentials)?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(WebhookError::BadCredentials);
    }
    let sent =
        base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|_| WebhookError::BadCredentials)?;
    let expected = format!("{}:{}", username.expose(), password.expose());
    let expected = zeroize::Zeroizing::new(expected.into_bytes());
    // Constant time over the bytes; only the length can differ in time.
    if bool::from(sent.as_slice().ct_eq(expected.as_slice())) { Ok(()) } else { Err(WebhookError::BadCredentials) }
}
