//! `pspkit <provider> webhooks send | verify`, run as a merchant would, for every event of every
//! provider whose spec describes its webhooks (`x-pspkit-webhooks`; no provider named): `send`
//! posts the spec's example, authenticated with the secret, to a loopback endpoint, and `verify`
//! accepts exactly what was received (exit 0, the typed event as JSON) and refuses every altered
//! delivery with exit 6: another body, another secret, a missing or repeated header, a signed
//! timestamp outside the replay window in either direction. A provider whose spec lists no event
//! is checked with a delivery of an unlisted one, made with the runtime's helpers. The secret and the body never appear
//! in what `verify` prints when it refuses.

use std::process::Output;
use std::time::SystemTime;

use pspkit::Provider;
use pspkit::runtime::webhook::{self, Delivery, WebhookAuth, WebhookError, WebhookSecret, Webhooks};
use pspkit::runtime::{DecodeError, Deviation, DeviationKind, Secret};
use pspkit_tests::logs::Captured;
use pspkit_tests::server::{Recorded, Reply, TestServer};
use serde_json::Value;

/// A distinctive secret: a refusal that printed it would be found.
const SECRET: &str = "whsec_Canary7f3a9d";

/// Every provider with webhooks and its description.
fn providers() -> Vec<(Provider, &'static Webhooks)> {
    let described: Vec<_> =
        Provider::ALL.into_iter().filter_map(|provider| Some((provider, provider.webhooks()?))).collect();
    assert!(!described.is_empty(), "no spec describes its webhooks: nothing was tested");
    described
}

/// The secret's variables for `provider`, each set to `value` (Basic: the username `merchant`).
fn secret_env(provider: Provider, webhooks: &Webhooks, value: &str) -> Vec<(String, String)> {
    let prefix = provider.name().to_ascii_uppercase();
    match webhooks.auth {
        WebhookAuth::Hmac(_) => vec![(format!("{prefix}_WEBHOOK_SECRET"), value.to_owned())],
        WebhookAuth::Basic => vec![
            (format!("{prefix}_WEBHOOK_USERNAME"), "merchant".to_owned()),
            (format!("{prefix}_WEBHOOK_PASSWORD"), value.to_owned()),
        ],
    }
}

async fn pspkit(args: Vec<String>, env: Vec<(String, String)>) -> Output {
    let mut command = assert_cmd::Command::cargo_bin("pspkit").unwrap();
    command.args(&args).envs(env);
    tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap()
}

/// The headers `send` sent that the scheme reads (content headers and the connection's aside).
fn delivery_headers(received: &Recorded) -> Vec<(String, String)> {
    let transport = ["host", "content-length", "content-type", "accept", "accept-encoding", "user-agent"];
    received.headers.iter().filter(|(name, _)| !transport.contains(&name.as_str())).cloned().collect()
}

/// `pspkit <provider> webhooks verify` of `headers` and `body` (written to a file), at `now`.
async fn verify(
    provider: Provider,
    headers: &[(String, String)],
    body: &[u8],
    env: Vec<(String, String)>,
    now: Option<u64>,
) -> Output {
    let file = tempfile(body);
    let mut args = vec![provider.name().to_owned(), "webhooks".into(), "verify".into()];
    for (name, value) in headers {
        args.extend(["-H".to_owned(), format!("{name}: {value}")]);
    }
    args.extend(["--body".to_owned(), format!("@{}", file.display())]);
    if let Some(now) = now {
        args.extend(["--now".to_owned(), now.to_string()]);
    }
    let output = pspkit(args, env).await;
    let _ = std::fs::remove_file(&file);
    output
}

fn tempfile(body: &[u8]) -> std::path::PathBuf {
    static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let count = COUNT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let path = std::env::temp_dir().join(format!("pspkit-webhook-{}-{count}.json", std::process::id()));
    std::fs::write(&path, body).unwrap();
    path
}

/// `verify` refused with exit 6, saying `says`, and printed neither the secret nor the body.
fn refused(output: &Output, body: &[u8], says: &str, context: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{context}: {stderr}");
    assert!(stderr.contains(says), "{context}: {stderr}");
    assert!(output.stdout.is_empty(), "{context}: nothing on stdout");
    assert!(!stderr.contains(SECRET), "{context}: the secret was printed: {stderr}");
    assert!(!stderr.contains(String::from_utf8_lossy(body).as_ref()), "{context}: the body was printed: {stderr}");
}

/// A delivery of `event`, as `pspkit <provider> webhooks send` posts it to a loopback endpoint:
/// its headers and body.
async fn sent(provider: Provider, webhooks: &Webhooks, event: &str) -> (Vec<(String, String)>, Vec<u8>) {
    let endpoint = TestServer::always(Reply::json(200, "{}")).await;
    let args = ["webhooks", "send", event, "--to", endpoint.base_url()].map(str::to_owned);
    let args = [vec![provider.name().to_owned()], args.to_vec()].concat();
    let output = pspkit(args, secret_env(provider, webhooks, SECRET)).await;
    assert!(output.status.success(), "{provider} {event}: {}", String::from_utf8_lossy(&output.stderr));
    let received = endpoint.requests().pop().expect("the endpoint received the delivery");
    (delivery_headers(&received), received.body)
}

/// A delivery of an event the spec does not list (for a spec that lists none), made with the
/// runtime's helpers, as the provider would send it now.
fn unlisted(webhooks: &Webhooks) -> (Vec<(String, String)>, Vec<u8>) {
    let body = serde_json::json!({ webhooks.event_property: "unlisted.event" }).to_string().into_bytes();
    let secret = pspkit::runtime::Secret::new(SECRET);
    let headers = match webhooks.auth {
        WebhookAuth::Hmac(scheme) => webhook::sign(&scheme, &secret, &body, std::time::SystemTime::now()),
        WebhookAuth::Basic => vec![webhook::basic_authorization(&pspkit::runtime::Secret::new("merchant"), &secret)],
    };
    (headers.into_iter().map(|(name, value)| (name.to_owned(), value)).collect(), body)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sent_event_verifies_and_every_altered_delivery_is_refused() {
    for (provider, webhooks) in providers() {
        let mut deliveries = Vec::new();
        for event in webhooks.events {
            deliveries.push((event.name, sent(provider, webhooks, event.name).await));
        }
        if deliveries.is_empty() {
            deliveries.push(("unlisted.event", unlisted(webhooks)));
        }
        for (event, (headers, body)) in deliveries {
            let context = format!("{provider} {event}");
            let env = || secret_env(provider, webhooks, SECRET);

            let accepted = verify(provider, &headers, &body, env(), None).await;
            assert!(accepted.status.success(), "{context}: {}", String::from_utf8_lossy(&accepted.stderr));
            let printed: Value = serde_json::from_slice(&accepted.stdout).expect("the payload, as JSON");
            assert_eq!(printed, serde_json::from_slice::<Value>(&body).unwrap(), "{context}: the payload as sent");
            assert_eq!(webhooks.event_name(&printed), Some(event));
            if let Some(listed) = webhooks.event(event) {
                assert_eq!(printed, serde_json::from_str::<Value>(listed.example).unwrap(), "{context}: the example");
            }
            // The customer the event concerns, where its spec says the payload carries one.
            let customer = webhooks.event(event).and_then(|listed| listed.customer_id).map(|pointer| {
                printed.pointer(pointer).and_then(Value::as_str).expect("the pointer leads to a string").to_owned()
            });
            assert_eq!(webhooks.customer_id(&printed).map(str::to_owned), customer, "{context}");
            let said = String::from_utf8_lossy(&accepted.stderr).contains("the event concerns customer `");
            assert_eq!(said, customer.is_some(), "{context}: the customer is named exactly when the spec maps one");

            let (bad, why) = match webhooks.auth {
                WebhookAuth::Hmac(_) => ("signature does not match", "signature does not match"),
                WebhookAuth::Basic => ("Basic credentials", "Basic credentials"),
            };
            let mut tampered = body.clone();
            tampered.extend_from_slice(b" ");
            if matches!(webhooks.auth, WebhookAuth::Hmac(_)) {
                refused(&verify(provider, &headers, &tampered, env(), None).await, &body, bad, &context);
            }
            let wrong = secret_env(provider, webhooks, "another-secret");
            refused(&verify(provider, &headers, &body, wrong, None).await, &body, why, &context);
            refused(&verify(provider, &[], &body, env(), None).await, &body, "", &context);
            let doubled: Vec<_> = headers.iter().chain(headers.iter()).cloned().collect();
            let twice = if matches!(webhooks.auth, WebhookAuth::Hmac(_)) { "more than one" } else { why };
            refused(&verify(provider, &doubled, &body, env(), None).await, &body, twice, &context);
            if let WebhookAuth::Hmac(scheme) = webhooks.auth
                && let Some(window) = scheme.tolerance_seconds
            {
                let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
                let stale = verify(provider, &headers, &body, env(), Some(now + window + 60)).await;
                refused(&stale, &body, "before the clock", &context);
                let future = verify(provider, &headers, &body, env(), Some(now - window - 60)).await;
                refused(&future, &body, "after the clock", &context);
            }
        }
    }
}

/// An authentic delivery whose body is not JSON exits 4 (undecodable, as a response would), saying
/// where, never the body.
#[tokio::test(flavor = "multi_thread")]
async fn an_authentic_body_that_is_not_json_exits_4() {
    for (provider, webhooks) in providers() {
        let body = b"not json: whsec_BodyCanary".to_vec();
        let (key, username) = (Secret::new(SECRET), Secret::new("merchant"));
        let secret = webhook_secret(webhooks, &key, &username);
        let signed = webhook::sign_delivery(&webhooks.auth, &secret, &body, SystemTime::now()).unwrap();
        let headers: Vec<(String, String)> =
            signed.iter().map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned())).collect();
        let output = verify(provider, &headers, &body, secret_env(provider, webhooks, SECRET), None).await;
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(4), "{provider}: {stderr}");
        assert!(
            stderr.contains("authentic, but its body does not decode: not valid JSON at line 1"),
            "{provider}: {stderr}"
        );
        assert!(!stderr.contains("BodyCanary") && !stderr.contains(SECRET), "{provider}: {stderr}");
    }
}

/// A provider whose spec lists no event still verifies: `send` has nothing to send, and says so.
#[tokio::test(flavor = "multi_thread")]
async fn an_event_the_spec_does_not_list_is_not_sent() {
    for (provider, webhooks) in providers() {
        let args = [provider.name(), "webhooks", "send", "no.such.event", "--to", "http://127.0.0.1:9/"];
        let output = pspkit(args.map(str::to_owned).to_vec(), secret_env(provider, webhooks, SECRET)).await;
        assert_eq!(output.status.code(), Some(2), "{provider}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("lists no event `no.such.event`"), "{provider}");
    }
}

/// `docs/webhooks.md`'s table of schemes is each spec's `x-pspkit-webhooks`, row by row, and lists
/// every provider whose spec describes one (but those the end-to-end test adds for the run, which
/// it names in `PSPKIT_TEST_PROVIDERS`: the docs describe the workspace's own).
#[test]
fn the_documented_schemes_are_the_specs() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/webhooks.md");
    let markdown = std::fs::read_to_string(path).expect("docs/webhooks.md");
    let rows: Vec<Vec<String>> = markdown
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| provider") && !line.starts_with("| ---"))
        .map(|line| line.trim_matches('|').split('|').map(|cell| cell.trim().to_owned()).collect())
        .collect();
    let code = |text: &str| format!("`{text}`");
    let mut expected = Vec::new();
    let added = pspkit_tests::cases::named_by(pspkit_tests::cases::ONLY_PROVIDERS).unwrap_or_default();
    for (provider, webhooks) in providers() {
        let documented = rows.iter().any(|row| row.first().map(String::as_str) == Some(provider.name()));
        if !documented && added.iter().any(|name| name == provider.name()) {
            continue;
        }
        let row = match webhooks.auth {
            WebhookAuth::Basic => ["Basic", "-", "-", "-", "-", "-"].map(str::to_owned).to_vec(),
            WebhookAuth::Hmac(scheme) => vec![
                "HMAC-SHA256".to_owned(),
                scheme.signature_headers.iter().map(|header| code(header)).collect::<Vec<_>>().join(", "),
                format!("{:?}", scheme.encoding).to_lowercase(),
                code(scheme.signed),
                match scheme.timestamp {
                    webhook::TimestampSource::None => "-".to_owned(),
                    webhook::TimestampSource::Header(name) => format!("header {}", code(name)),
                    webhook::TimestampSource::Listed { timestamp_key, signature_key } => {
                        format!("listed `{timestamp_key}=`, `{signature_key}=`")
                    }
                },
                scheme.tolerance_seconds.map_or("-".to_owned(), |seconds| format!("{seconds} s")),
            ],
        };
        expected.push([vec![provider.name().to_owned()], row].concat());
    }
    assert_eq!(rows, expected, "docs/webhooks.md's table and the specs disagree");
}

/// `secret` for `webhooks`' scheme, as the runtime takes it.
fn webhook_secret<'a>(webhooks: &Webhooks, key: &'a Secret, username: &'a Secret) -> WebhookSecret<'a> {
    match webhooks.auth {
        WebhookAuth::Hmac(_) => WebhookSecret::Hmac(key),
        WebhookAuth::Basic => WebhookSecret::Basic { username, password: key },
    }
}

/// `body`, authenticated as the provider would send it now, verified through the facade as the
/// provider's crate does.
fn deliver(provider: Provider, webhooks: &Webhooks, body: &[u8]) -> Result<Delivery<Value>, WebhookError> {
    let (key, username) = (Secret::new(SECRET), Secret::new("merchant"));
    let secret = webhook_secret(webhooks, &key, &username);
    let now = SystemTime::now();
    let headers = webhook::sign_delivery(&webhooks.auth, &secret, body, now).expect("the spec's scheme signs");
    provider.verify_webhook(&secret, &headers, body, now).expect("the provider's spec describes webhooks")
}

/// A verified delivery comes back typed, through each provider's generated `webhooks::verify`:
/// every listed event's example is that event, with nothing tolerated and the customer's id where
/// the spec maps one; an event the spec does not list is no error but one deviation at the event
/// property, its payload kept; a body that is not JSON is `UndecodableBody`, naming no byte of it.
#[test]
fn a_verified_delivery_is_the_typed_event_it_names() {
    for (provider, webhooks) in providers() {
        for event in webhooks.events {
            let delivery = deliver(provider, webhooks, event.example.as_bytes()).unwrap();
            assert_eq!(delivery.event_name.as_deref(), Some(event.name), "{provider} {}", event.name);
            assert_eq!(delivery.deviations, [], "{provider} {}: the example is as documented", event.name);
            let example: Value = serde_json::from_str(event.example).unwrap();
            assert_eq!(delivery.event, example, "{provider} {}: the typed event serializes as sent", event.name);
            let customer = event.customer_id.and_then(|pointer| example.pointer(pointer)?.as_str());
            assert_eq!(delivery.customer_id.as_deref(), customer, "{provider} {}", event.name);
        }

        let property = format!("/{}", webhooks.event_property);
        let unlisted = serde_json::json!({ webhooks.event_property: "unlisted.event", "id": "x_1" });
        let delivery = deliver(provider, webhooks, unlisted.to_string().as_bytes()).unwrap();
        assert_eq!(delivery.event, unlisted, "{provider}: an unlisted event keeps its payload");
        assert_eq!(delivery.event_name.as_deref(), Some("unlisted.event"));
        let reported = [Deviation { path: property.clone(), kind: DeviationKind::UnknownEnumValue }];
        assert_eq!(delivery.deviations, reported, "{provider}: an unlisted event is a deviation");

        let nameless = deliver(provider, webhooks, b"{}").unwrap();
        assert_eq!(nameless.deviations, [Deviation { path: property, kind: DeviationKind::Missing }]);

        let broken = b"{\"secret_canary\": \"whsec_Canary7f3a9d";
        let error = deliver(provider, webhooks, broken).unwrap_err();
        assert!(
            matches!(error, WebhookError::UndecodableBody(DecodeError::Syntax { truncated: true, .. })),
            "{provider}: {error:?}"
        );
        let said = format!("{error} {error:?}");
        assert!(!said.contains("canary") && !said.contains(SECRET), "{provider}: {said}");
    }
}

/// A listed event's payload decodes tolerantly, as a response does: each top-level property of
/// its example given a value of another JSON type is either tolerated (the delivery verifies, with
/// a deviation at that property and nowhere else, and one WARN event names the event) or, where the spec marks it identifying, an
/// `UndecodableBody` naming that property; at least one is tolerated across the specs.
#[test]
fn a_listed_event_decodes_tolerantly() {
    let mut tolerated = 0;
    for (provider, webhooks) in providers() {
        for event in webhooks.events {
            let example: Value = serde_json::from_str(event.example).unwrap();
            for (key, value) in example.as_object().expect("an object payload") {
                if key == webhooks.event_property {
                    continue;
                }
                let mut altered = example.clone();
                altered[key] = if value.is_boolean() { serde_json::json!([1]) } else { serde_json::json!(true) };
                let path = format!("/{key}");
                let context = format!("{provider} {} {path}", event.name);
                let logs = Captured::default();
                let _guard = logs.install_at_warn();
                match deliver(provider, webhooks, altered.to_string().as_bytes()) {
                    Ok(delivery) => {
                        assert_eq!(delivery.event_name.as_deref(), Some(event.name), "{context}");
                        let logged = logs.text();
                        let warned = logged.contains("the webhook payload departed from the spec; tolerated")
                            && logged.contains(&format!("event=\"{}\"", event.name));
                        assert_eq!(
                            warned,
                            !delivery.deviations.is_empty(),
                            "{context}: one WARN when tolerated: {logged}"
                        );
                        assert!(
                            delivery.deviations.iter().all(|deviation| deviation.path.starts_with(&path)),
                            "{context}: {:?}",
                            delivery.deviations
                        );
                        tolerated += usize::from(!delivery.deviations.is_empty());
                    }
                    Err(WebhookError::UndecodableBody(DecodeError::Identity { path: at, .. })) => {
                        assert!(at.starts_with(&path), "{context}: {at}")
                    }
                    Err(other) => panic!("{context}: {other:?}"),
                }
            }
        }
    }
    assert!(tolerated > 0, "no listed event tolerated a mistyped property: the payloads are not decoded tolerantly");
}
