//! Spec-driven: for every spec in `specs/` and every operation in it, the `pspkit` binary (the
//! generated client behind it) is run against a loopback server, and what the server sees is
//! checked against what the spec itself says, read here from the YAML:
//!
//! - wire: the method, the path with the parameters' examples, the required query parameters, the
//!   credentials as each security scheme sends them, `User-Agent` and `Accept`, and nothing else
//!   the spec does not ask for (no `api-version`);
//! - local rejection and hostile ids: the identifying argument's (path parameter, or positional
//!   query parameter) empty, `.` and `..` values are refused; values that would leave the path
//!   segment or query value (`a/b`, `?x=1`, `#f`, `%2e%2e`, backslash forms such as `..\admin`,
//!   Unicode look-alikes of `/` and `.`, 10 KiB), bare or behind the
//!   spec's example, are refused (exit 2, nothing sent) or arrive intact, encoded, at the
//!   operation's own endpoint on the configured host;
//! - secrets: canary credentials (every one of the spec's, and HTTP Basic's base64 of any two)
//!   never appear on stdout or stderr of any run here (the `pspkit` helper checks every output),
//!   even with `--verbose`, on a success or an error.
//!
//! No provider is named: a new spec is covered as soon as it is generated.

use std::process::Output;

use base64::Engine as _;
use pspkit::Provider;
use pspkit_tests::canary;
use pspkit_tests::server::{Recorded, Reply, TestServer};
use serde_json::Value;

/// A spec, as this suite reads it.
struct Spec {
    provider: Provider,
    document: Value,
}

impl Spec {
    fn load(provider: Provider) -> Self {
        Self { provider, document: pspkit_tests::specs::document(provider.name()) }
    }

    /// `(environment variable, canary value, field)` for every credential of the security requirement.
    fn credentials(&self) -> Vec<(String, String, String)> {
        self.schemes()
            .iter()
            .flat_map(|scheme| {
                ["x-pspkit-username", "x-pspkit-password", "x-pspkit-credential"]
                    .into_iter()
                    .filter_map(|key| scheme.get(key).and_then(Value::as_str))
            })
            .map(|field| {
                let variable = format!("{}_{}", self.provider.name(), field).to_uppercase();
                (variable, canary::value("Suite", field), field.to_owned())
            })
            .collect()
    }

    fn schemes(&self) -> Vec<&Value> {
        let requirement = self.document.pointer("/security/0").and_then(Value::as_object);
        requirement
            .into_iter()
            .flat_map(|requirement| requirement.keys())
            .filter_map(|name| self.document.pointer(&format!("/components/securitySchemes/{name}")))
            .collect()
    }

    /// The headers the spec's security schemes send, with the canary values.
    fn auth_headers(&self) -> Vec<(String, String)> {
        let credentials = self.credentials();
        let value_of = |field: Option<&str>| {
            field.and_then(|field| credentials.iter().find(|(_, _, f)| f == field)).map(|(_, value, _)| value.clone())
        };
        self.schemes()
            .iter()
            .map(|scheme| {
                let text = |key: &str| scheme.get(key).and_then(Value::as_str);
                match (text("type"), text("scheme")) {
                    (Some("http"), Some("basic")) => {
                        let user = value_of(text("x-pspkit-username")).unwrap_or_default();
                        let password = value_of(text("x-pspkit-password")).unwrap_or_default();
                        let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
                        ("authorization".to_owned(), format!("Basic {encoded}"))
                    }
                    (Some("http"), Some("bearer")) => (
                        "authorization".to_owned(),
                        format!("Bearer {}", value_of(text("x-pspkit-credential")).unwrap_or_default()),
                    ),
                    _ => (
                        text("name").unwrap_or_default().to_ascii_lowercase(),
                        value_of(text("x-pspkit-credential")).unwrap_or_default(),
                    ),
                }
            })
            .collect()
    }

    /// The spec's path template and parameters of an operation.
    fn operation(&self, operation_id: &str) -> (String, Vec<Value>) {
        let paths = self.document.get("paths").and_then(Value::as_object).expect("paths");
        for (path, item) in paths {
            let operation = item
                .as_object()
                .into_iter()
                .flatten()
                .find(|(_, operation)| operation.get("operationId").and_then(Value::as_str) == Some(operation_id));
            if let Some((_, operation)) = operation {
                let parameters = operation.get("parameters").and_then(Value::as_array).cloned().unwrap_or_default();
                return (path.clone(), parameters);
            }
        }
        panic!("{}: no operation {operation_id}", self.provider)
    }
}

fn example_text(parameter: &Value) -> Option<String> {
    parameter.get("example").map(|value| match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    })
}

async fn pspkit(args: &[&str], env: &[(String, String, String)]) -> Output {
    let mut command = assert_cmd::Command::cargo_bin("pspkit").unwrap();
    for provider in Provider::ALL {
        for (variable, _, _) in Spec::load(provider).credentials() {
            command.env_remove(variable);
        }
    }
    command.args(args).envs(env.iter().map(|(variable, value, _)| (variable, value)));
    let output = tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap();
    // Whatever the run, no credential value, nor HTTP Basic's encoding of any, is printed.
    let values: Vec<&str> = env.iter().map(|(_, value, _)| value.as_str()).collect();
    if let Some(form) = canary::leaked(&values, &text(&output)) {
        panic!("pspkit {args:?} printed a credential ({form:?}): {}", text(&output));
    }
    output
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// The one request the server saw.
fn only(requests: Vec<Recorded>, what: &str) -> Recorded {
    assert_eq!(requests.len(), 1, "{what}: {} requests", requests.len());
    requests.into_iter().next().expect("one request")
}

#[tokio::test(flavor = "multi_thread")]
async fn every_operation_sends_what_its_spec_describes() {
    let mut checked = 0;
    for provider in Provider::ALL {
        let spec = Spec::load(provider);
        let credentials = spec.credentials();
        for operation in provider.operations() {
            // The operation's first success example, so the call also decodes and exits 0.
            let success = provider
                .examples()
                .iter()
                .find(|example| example.operation_id == operation.operation_id && example.status < 300);
            let server = TestServer::always(Reply::json(200, success.map_or("{}", |example| example.body))).await;
            let mut args = vec![provider.name(), operation.command];
            args.extend(operation.example_args);
            args.extend(["--base-url", server.base_url()]);
            let output = pspkit(&args, &credentials).await;
            let request = only(server.requests(), &format!("{args:?}"));
            let (template, parameters) = spec.operation(operation.operation_id);

            let mut expected_path = template.clone();
            for parameter in parameters.iter().filter(|p| p["in"] == "path") {
                let name = parameter["name"].as_str().unwrap_or_default();
                expected_path =
                    expected_path.replace(&format!("{{{name}}}"), &example_text(parameter).unwrap_or_default());
            }
            let (path, query) = request.target.split_once('?').unwrap_or((&request.target, ""));
            assert_eq!((request.method.as_str(), path), ("GET", expected_path.as_str()), "{provider} {args:?}");
            for parameter in parameters.iter().filter(|p| p["in"] == "query" && p["required"] == true) {
                let pair = format!(
                    "{}={}",
                    parameter["name"].as_str().unwrap_or_default(),
                    example_text(parameter).unwrap_or_default()
                );
                assert!(query.split('&').any(|sent| sent == pair), "{provider}: `{pair}` not in `{query}`");
            }
            for (name, value) in spec.auth_headers() {
                assert_eq!(request.header(&name), Some(value.as_str()), "{provider}: header {name}");
            }
            let user_agent = format!("pspkit-{}/", provider.name());
            assert!(request.header("user-agent").is_some_and(|agent| agent.starts_with(&user_agent)), "{provider}");
            assert_eq!(request.header("accept"), Some("application/json"), "{provider}");
            assert_eq!(request.header("api-version"), None, "{provider}: progenitor's api-version header");
            if success.is_some() {
                assert!(output.status.success(), "{provider} {args:?}: {}", text(&output));
            }
            checked += 1;
        }
    }
    assert!(checked >= Provider::ALL.len());
}

/// Values that would leave their path segment or query value, or address another endpoint.
/// (A NUL cannot be a command-line argument; the specs' patterns refuse control characters.)
/// Backslash forms (URL parsing reads `\` as `/`), mixed separators, percent-encoded dot segments
/// and Unicode look-alikes of `/` and `.` included.
const HOSTILE: [&str; 27] = [
    "",
    ".",
    "..",
    "a/b",
    "?x=1",
    "#f",
    "%2e%2e",
    "ü€漢字",
    "../../admin",
    "\u{202e}rtl",
    "a b",
    "..\\admin",
    "a\\b",
    "\\\\evil.example\\x",
    "x\\..\\..\\orders\\o1",
    "..\\..\\",
    "a/..\\b",
    "..%2fadmin",
    ".%2e",
    "%2E%2e%5cadmin",
    "\u{ff0f}admin",
    "\u{ff0e}\u{ff0e}",
    "\u{2215}x",
    "\u{2044}x",
    "\u{2024}\u{2024}",
    "\u{fe52}\u{fe52}",
    "\u{ff3c}..",
];

/// Percent-decodes `text` (`+` as a space in a query value).
fn percent_decode(text: &str, query: bool) -> String {
    let text = if query { text.replace('+', " ") } else { text.to_owned() };
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        let hex = (byte == b'%').then(|| tail.get(..2)).flatten();
        match hex.and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()) {
            Some(decoded) => {
                bytes.push(decoded);
                rest = &tail[2..];
            }
            None => {
                bytes.push(byte);
                rest = tail;
            }
        }
    }
    String::from_utf8(bytes).expect("UTF-8 after decoding")
}

/// Every hostile value, bare and behind the spec's own example, and a 10 KiB one.
fn hostile_values(example: &str) -> Vec<String> {
    let mut values: Vec<String> = HOSTILE.iter().map(|value| value.to_string()).collect();
    values.extend(HOSTILE.iter().map(|value| format!("{example}{value}")));
    values.push(format!("{example}{}", "x".repeat(10 * 1024)));
    values
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_values_of_the_identifying_argument_are_refused_or_arrive_intact() {
    let mut checked = 0;
    for provider in Provider::ALL {
        let spec = Spec::load(provider);
        let credentials = spec.credentials();
        for operation in provider.operations() {
            let (template, parameters) = spec.operation(operation.operation_id);
            // The argument the CLI takes first: the path parameter, else a positional query one.
            let Some(parameter) = parameters.iter().find(|p| p["in"] == "path").or_else(|| {
                parameters
                    .iter()
                    .find(|p| p["in"] == "query" && p.pointer("/x-pspkit-cli/positional") == Some(&Value::Bool(true)))
            }) else {
                continue;
            };
            let in_path = parameter["in"] == "path";
            let name = parameter["name"].as_str().unwrap_or_default();
            let segments = template.trim_matches('/').split('/').count();
            let prefix = template.split('{').next().unwrap_or_default().to_owned();
            let index = template.trim_matches('/').split('/').position(|s| s == format!("{{{name}}}"));
            let rest: Vec<&str> = operation.example_args.iter().skip(1).copied().collect();
            let example = operation.example_args.first().copied().unwrap_or_default();
            for value in hostile_values(example) {
                let server = TestServer::always(Reply::json(404, "{}")).await;
                let mut args = vec![provider.name(), operation.command, value.as_str()];
                args.extend(&rest);
                args.extend(["--base-url", server.base_url()]);
                let output = pspkit(&args, &credentials).await;
                let requests = server.requests();
                let shown = value.chars().take(40).collect::<String>();
                if output.status.code() == Some(2) {
                    assert!(requests.is_empty(), "{provider} {shown:?}: refused, yet sent");
                    assert!(text(&output).contains("nothing was sent"), "{provider} {shown:?}: {}", text(&output));
                    continue;
                }
                assert!(
                    !["", ".", ".."].contains(&value.as_str()),
                    "{provider} {shown:?}: a dot segment must be refused"
                );
                assert!(!requests.is_empty(), "{provider} {shown:?}: neither refused nor sent: {}", text(&output));
                let host = server.base_url().trim_start_matches("http://").to_owned();
                for request in requests {
                    assert_eq!(
                        request.header("host"),
                        Some(host.as_str()),
                        "{provider} {shown:?} went to another host"
                    );
                    let (path, query) = request.target.split_once('?').unwrap_or((&request.target, ""));
                    assert!(path.starts_with(&prefix), "{provider} {shown:?} went to {path}");
                    assert_eq!(path.trim_matches('/').split('/').count(), segments, "{provider} {shown:?}: {path}");
                    let arrived = if in_path {
                        let segment = index.and_then(|i| path.trim_matches('/').split('/').nth(i)).unwrap_or_default();
                        percent_decode(segment, false)
                    } else {
                        let pairs: Vec<&str> =
                            query.split('&').filter(|pair| pair.starts_with(&format!("{name}="))).collect();
                        assert_eq!(pairs.len(), 1, "{provider} {shown:?}: one `{name}` in `{query}`");
                        percent_decode(pairs[0].trim_start_matches(&format!("{name}=")), true)
                    };
                    assert_eq!(arrived, value, "{provider}: the value arrived altered");
                }
            }
            checked += 1;
        }
    }
    assert_eq!(checked, Provider::ALL.len(), "every spec's identifying argument was exercised");
}

#[tokio::test(flavor = "multi_thread")]
async fn credentials_never_reach_the_output_on_any_outcome() {
    let replies = [
        Reply::json(401, r#"{"error":"unauthorised"}"#),
        Reply::json(418, "I'm a teapot"),
        Reply::json(200, "not json"),
    ];
    for provider in Provider::ALL {
        let credentials = Spec::load(provider).credentials();
        let Some(operation) = provider.operations().first() else { continue };
        for reply in replies.clone() {
            let server = TestServer::always(reply).await;
            let mut args = vec!["--verbose", provider.name(), operation.command];
            args.extend(operation.example_args);
            args.extend(["--base-url", server.base_url()]);
            // `pspkit` fails the test if any credential, or its Basic encoding, was printed.
            let output = pspkit(&args, &credentials).await;
            assert!(!output.status.success(), "{provider}: {args:?}");
        }
    }
}
