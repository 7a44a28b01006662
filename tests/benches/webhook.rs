//! Webhook verification, for every spec whose provider signs its deliveries (an HMAC scheme in
//! `x-pspkit-webhooks`; no provider named): `pspkit_runtime::webhook::verify` with the spec's
//! scheme against a hand-written check of the same delivery (the header read as a merchant would
//! read it, the hex or base64 decoded, `hmac`'s `verify_slice` over the signed bytes), on the
//! spec's first event example and on a 16 KiB body. Target: verify ≤ 1.05 × hand-written.
//!
//! Instructions, which do not move with the machine: each variant runs in its own process under
//! `valgrind --tool=callgrind`, counting only `measured` (`COUNTED` verifications after a warm-up).
//!
//! `cargo bench -p pspkit-tests --bench webhook`

use std::hint::black_box;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use pspkit::Provider;
use pspkit::runtime::Secret;
use pspkit::runtime::webhook::{self, HmacScheme, SignatureEncoding, TimestampSource, WebhookAuth, WebhookSecret};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use sha2::Sha256;

const TARGET: f64 = 1.05;
const COUNTED: usize = 2_000;
const WARM_UP: usize = 100;
const CHILD: &str = "PSPKIT_WEBHOOK_BENCH_CHILD";
const KEY: &str = "whsec_benchmark_key_0123456789";
/// The large body's size.
const LARGE: usize = 16 * 1024;

/// One delivery: the scheme, its headers and body, signed at `at`.
struct Delivery {
    scheme: HmacScheme,
    headers: HeaderMap,
    body: Vec<u8>,
    at: SystemTime,
}

fn delivery(provider: Provider, large: bool) -> Option<Delivery> {
    let webhooks = provider.webhooks()?;
    let WebhookAuth::Hmac(scheme) = webhooks.auth else { return None };
    let example = webhooks.events.first().map_or("{}", |event| event.example);
    let mut body = example.as_bytes().to_vec();
    if large {
        let padding = LARGE.saturating_sub(body.len());
        body = format!(r#"{{"padding":"{}","event":{example}}}"#, "x".repeat(padding)).into_bytes();
    }
    let at = UNIX_EPOCH + Duration::from_secs(1_790_000_000);
    let mut headers = HeaderMap::new();
    for (name, value) in webhook::sign(&scheme, &Secret::new(KEY), &body, at) {
        headers.append(HeaderName::from_static(name_lower(name)), HeaderValue::from_str(&value).expect("ASCII"));
    }
    Some(Delivery { scheme, headers, body, at })
}

/// A header name as `HeaderName::from_static` takes it (lower case, leaked once per name).
fn name_lower(name: &str) -> &'static str {
    Box::leak(name.to_ascii_lowercase().into_boxed_str())
}

/// The merchant's own check, as the providers' docs show it: read the signature (and timestamp)
/// header, decode it, HMAC the signed bytes, compare in constant time.
fn hand_written(delivery: &Delivery, key: &[u8]) -> bool {
    let scheme = &delivery.scheme;
    let Some(value) = delivery.headers.get(scheme.signature_headers[0]).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let (timestamp, signature) = match scheme.timestamp {
        TimestampSource::None => ("", value),
        TimestampSource::Header(name) => {
            (delivery.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default(), value)
        }
        TimestampSource::Listed { timestamp_key, signature_key } => {
            let find = |key: &str| {
                value.split(',').find_map(|pair| pair.trim().strip_prefix(key)?.strip_prefix('=')).unwrap_or_default()
            };
            (find(timestamp_key), find(signature_key))
        }
    };
    let expected = match scheme.encoding {
        SignatureEncoding::Hex => (0..signature.len() / 2)
            .filter_map(|i| u8::from_str_radix(signature.get(2 * i..2 * i + 2)?, 16).ok())
            .collect(),
        SignatureEncoding::Base64 => base64::engine::general_purpose::STANDARD.decode(signature).unwrap_or_default(),
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    if !timestamp.is_empty() {
        mac.update(timestamp.as_bytes());
        mac.update(b".");
    }
    mac.update(&delivery.body);
    mac.verify_slice(&expected).is_ok()
}

fn verified(delivery: &Delivery, secret: &Secret) -> bool {
    let auth = WebhookAuth::Hmac(delivery.scheme);
    webhook::verify(&auth, &WebhookSecret::Hmac(secret), &delivery.headers, &delivery.body, delivery.at).is_ok()
}

/// What callgrind counts: `COUNTED` verifications of one variant.
#[inline(never)]
fn measured(delivery: &Delivery, variant: &str) {
    let secret = Secret::new(KEY);
    for _ in 0..COUNTED {
        let ok = match variant {
            "verify" => verified(black_box(delivery), &secret),
            _ => hand_written(black_box(delivery), KEY.as_bytes()),
        };
        assert!(black_box(ok), "{variant}: the delivery verifies");
    }
}

fn child(spec: &str) {
    let mut parts = spec.splitn(3, ':');
    let (Some(provider), Some(size), Some(variant)) = (parts.next(), parts.next(), parts.next()) else {
        panic!("{CHILD} is <provider>:<size>:<variant>");
    };
    let provider = Provider::ALL.into_iter().find(|known| known.name() == provider).expect("a provider");
    let delivery = delivery(provider, size == "large").expect("an HMAC scheme");
    for _ in 0..WARM_UP {
        assert!(verified(&delivery, &Secret::new(KEY)) && hand_written(&delivery, KEY.as_bytes()));
    }
    measured(&delivery, variant);
}

/// Instructions per verification: one callgrind run (the count of a loop of pure computation does
/// not vary between runs).
fn instructions(provider: Provider, size: &str, variant: &str) -> f64 {
    let output = std::process::Command::new("valgrind")
        .args(["--tool=callgrind", "--collect-atstart=no", "--toggle-collect=webhook::measured"])
        .arg("--callgrind-out-file=/dev/null")
        .arg(std::env::current_exe().expect("this benchmark's path"))
        .env(CHILD, format!("{}:{size}:{variant}", provider.name()))
        .output()
        .expect("valgrind runs (Debian's valgrind package)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{provider} {size} {variant} under callgrind failed:\n{stderr}");
    let collected = stderr
        .lines()
        .find_map(|line| line.split("Collected :").nth(1)?.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("callgrind reported no count:\n{stderr}"));
    collected / COUNTED as f64
}

fn main() {
    if let Ok(spec) = std::env::var(CHILD) {
        child(&spec);
        return;
    }
    // `cargo test --benches` runs this once as a test: a smoke run of both variants, no valgrind.
    if !std::env::args().any(|arg| arg == "--bench") {
        for provider in Provider::ALL {
            if let Some(delivery) = delivery(provider, false) {
                assert!(verified(&delivery, &Secret::new(KEY)) && hand_written(&delivery, KEY.as_bytes()));
            }
        }
        return;
    }
    println!("webhook verification, instructions per delivery (callgrind, {COUNTED} after {WARM_UP} of warm-up)");
    println!("{:<24} {:>12} {:>12} {:>8}", "provider / body", "hand-written", "verify", "ratio");
    let mut worst: f64 = 0.0;
    for provider in Provider::ALL {
        for size in ["example", "large"] {
            if delivery(provider, size == "large").is_none() {
                continue;
            }
            let hand = instructions(provider, size, "hand");
            let verify = instructions(provider, size, "verify");
            let ratio = verify / hand;
            worst = worst.max(ratio);
            println!("{:<24} {hand:>12.0} {verify:>12.0} {ratio:>8.3}", format!("{provider} / {size}"));
        }
    }
    println!("worst ratio {worst:.3} (target ≤ {TARGET})");
}
