//! The `pspkit` binary, run as a user would, for every operation of every spec with a success
//! example (`pspkit_tests::cases`): mock mode, every error class and its exit code against a
//! loopback server, and local rejection of bad input. No provider is named: what a test needs of
//! a provider (arguments, credential variables, examples, environments) comes from its spec.

use std::process::Output;

use pspkit::Provider;
use pspkit_tests::canary;
use pspkit_tests::cases::{self, Case};
use pspkit_tests::server::{Reply, TestServer};
use serde_json::Value;

/// Runs `pspkit` with `args`, the given credential variables and no other provider's. Whatever
/// the run, no credential value, nor HTTP Basic's encoding of any, appears on stdout or stderr.
async fn pspkit(args: &[&str], env: &[(&str, String)]) -> Output {
    let mut command = assert_cmd::Command::cargo_bin("pspkit").unwrap();
    for provider in Provider::ALL {
        for field in provider.credential_fields() {
            command.env_remove(field.env_var);
        }
    }
    command.args(args).envs(env.iter().map(|(name, value)| (name, value)));
    // The test server runs on this runtime; the blocking wait must not stall it.
    let output = tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap();
    let values: Vec<&str> = env.iter().map(|(_, value)| value.as_str()).collect();
    let all = format!("{}{}", String::from_utf8_lossy(&output.stdout), stderr(&output));
    if let Some(form) = canary::leaked(&values, &all) {
        panic!("pspkit {args:?} printed a credential ({form:?}): {all}");
    }
    output
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {output:?}"))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every credential variable of the case's provider, each with its own canary value, which
/// [`pspkit`] looks for in every output.
fn env(case: &Case) -> Vec<(&'static str, String)> {
    case.provider.credential_fields().iter().map(|field| (field.env_var, canary::value("Cli", field.name))).collect()
}

/// `<provider> <command> <example arguments>`, then `extra`.
fn args<'a>(case: &Case, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![case.provider.name(), case.operation.command];
    args.extend(case.operation.example_args);
    args.extend(extra);
    args
}

/// The normalised customer the spec expects of the case's success example (`x-pspkit-customer`
/// on the example), when its spec maps one.
fn expected_customer(case: &Case) -> Option<Value> {
    let expected = case.success.customer?;
    Some(serde_json::from_str(expected).expect("the expectation is JSON"))
}

#[tokio::test(flavor = "multi_thread")]
async fn mock_mode_serves_each_specs_example_without_credentials() {
    for case in cases::all() {
        let provider = case.provider.name();
        let output = pspkit(&args(&case, &["--mock"]), &[]).await;
        assert!(output.status.success(), "{provider}: {}", stderr(&output));
        assert_eq!(
            stdout_json(&output),
            case.decoded_success().await,
            "{provider}: the spec's example, as the client decodes it"
        );

        let normalized = pspkit(&args(&case, &["--mock", "-o", "normalized"]), &[]).await;
        let pretty = pspkit(&args(&case, &["--mock", "--output", "pretty"]), &[]).await;
        let Some(expected) = expected_customer(&case) else {
            for output in [normalized, pretty] {
                assert_eq!(output.status.code(), Some(2), "{provider}: no mapping, no normalised output");
                assert!(stderr(&output).contains("declares no normalised customer"), "{}", stderr(&output));
            }
            continue;
        };
        let normalized = stdout_json(&normalized);
        let id = expected["id"].as_str().expect("a normalised customer has an id");
        assert_eq!(normalized["provider"], provider);
        assert_eq!(normalized["id"], id);
        assert!(normalized["provider_customer"].is_object());
        let table = String::from_utf8(pretty.stdout).unwrap();
        assert!(table.contains(&format!("provider            {provider}")) && table.contains(id), "{table}");
    }
}

/// `--verbose` in mock mode shows pspkit's own events (the call's attempt), and no line of the
/// mock server's (httpmock logs each mock it adds, the port it listens on and every request).
#[tokio::test(flavor = "multi_thread")]
async fn verbose_mock_mode_prints_pspkits_events_only() {
    for case in cases::all() {
        let provider = case.provider.name();
        let output = pspkit(&args(&case, &["--mock", "--verbose"]), &[]).await;
        let printed = stderr(&output);
        assert!(output.status.success(), "{provider}: {printed}");
        assert!(printed.contains("pspkit.attempt"), "{provider}: pspkit's own events are shown: {printed}");
        // Every event names its target (`pspkit_runtime::attempts:`): each must be pspkit's.
        let events = printed.lines().filter(|line| [" DEBUG ", " INFO ", " WARN "].iter().any(|l| line.contains(l)));
        for line in events {
            let pspkits = line.split_whitespace().any(|word| word.starts_with("pspkit") && word.ends_with(':'));
            assert!(pspkits, "{provider}: an event that is not pspkit's: {line}");
        }
        for foreign in ["httpmock", "Adding new mock", "Listening on", "HttpMockRequest"] {
            assert!(!printed.contains(foreign), "{provider}: `{foreign}` printed: {printed}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_mock_example_exits_2_listing_the_known_ones() {
    for case in cases::all() {
        let output = pspkit(&args(&case, &["--mock", "--mock-example", "nope"]), &[]).await;
        assert_eq!(output.status.code(), Some(2), "{}", case.provider);
        let listed = format!("{} (HTTP {})", case.success.name, case.success.status);
        assert!(stderr(&output).contains(&listed), "{}", stderr(&output));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn error_shapes_exit_3_with_the_typed_error_status_and_request_id_on_stderr() {
    for case in cases::all() {
        let provider = case.provider;
        let undocumented = case.undocumented_status().map(|status| (status, "I'm a teapot", "/body_bytes"));
        let documented =
            case.examples().filter(|e| e.status >= 400 && e.status != 429).map(|e| (e.status, e.body, "/body"));
        for (status, body, pointer) in documented.chain(undocumented) {
            let mut reply = Reply::json(status, body);
            for header in provider.request_id_headers() {
                reply = reply.header(header, "req_cli");
            }
            let server = TestServer::always(reply).await;
            let output = pspkit(&args(&case, &["--base-url", server.base_url()]), &env(&case)).await;
            assert_eq!(output.status.code(), Some(3), "{provider} {status}: {}", stderr(&output));
            let error: Value = serde_json::from_str(&stderr(&output)).unwrap();
            assert_eq!(error["status"].as_u64(), Some(u64::from(status)));
            assert!(!error.pointer(pointer).unwrap_or(&Value::Null).is_null(), "{provider} {status}: {error}");
            if !provider.request_id_headers().is_empty() {
                assert_eq!(error["request_id"], "req_cli", "{provider} {status}");
            }
            assert!(output.stdout.is_empty());
        }
    }
}

/// An undocumented body may hold personal data: its size is printed, the body only with `--verbose`.
#[tokio::test(flavor = "multi_thread")]
async fn undocumented_error_bodies_are_printed_only_with_verbose() {
    let mut checked = 0;
    for case in cases::all() {
        let Some(status) = case.undocumented_status() else { continue };
        checked += 1;
        let server = TestServer::always(Reply::json(status, r#"{"name":"Jane Canary"}"#)).await;
        let args = args(&case, &["--base-url", server.base_url()]);
        let quiet = pspkit(&args, &env(&case)).await;
        assert_eq!(quiet.status.code(), Some(3));
        let error: Value = serde_json::from_str(&stderr(&quiet)).unwrap();
        assert_eq!((error["body_bytes"].as_u64(), error.get("body")), (Some(22), None), "{error}");
        assert!(!stderr(&quiet).contains("Jane"), "{}", stderr(&quiet));
        let verbose = pspkit(&[&["--verbose"], &args[..]].concat(), &env(&case)).await;
        assert_eq!(verbose.status.code(), Some(3));
        assert!(stderr(&verbose).contains(r#""name": "Jane Canary""#), "{}", stderr(&verbose));
    }
    assert!(checked > 0, "no spec leaves a status undocumented");
}

/// A tolerated departure (a number where the spec has a string) is listed with `--verbose` and
/// fails the run with `--strict` (exit 5).
#[tokio::test(flavor = "multi_thread")]
async fn deviations_are_listed_with_verbose_and_fail_with_strict() {
    let mut checked = std::collections::BTreeMap::new();
    for case in cases::with_body() {
        let provider = case.provider;
        let example: Value = serde_json::from_str(case.success.body).unwrap();
        let checked = checked.entry(provider.name()).or_insert(0);
        // A body that is a `oneOf` of objects may tolerate no departure: another alternative fits.
        let Some((body, deviations)) = case.tolerated(&example, Value::from(9_123_456_780_u64)) else { continue };
        *checked += 1;
        let server = TestServer::always(Reply::json(case.success.status, &body.to_string())).await;
        let args = args(&case, &["--base-url", server.base_url()]);
        let tolerant = pspkit(&args, &env(&case)).await;
        assert_eq!(tolerant.status.code(), Some(0), "{provider}: {}", stderr(&tolerant));
        let verbose = pspkit(&[&["--verbose"], &args[..]].concat(), &env(&case)).await;
        let strict = pspkit(&[&["--strict"], &args[..]].concat(), &env(&case)).await;
        for deviation in &deviations {
            assert!(stderr(&verbose).contains(&format!("  {deviation}")), "{provider}: {}", stderr(&verbose));
            assert!(stderr(&strict).contains(&deviation.to_string()), "{provider}: {}", stderr(&strict));
        }
        assert!(!stderr(&verbose).contains("9123456780"), "paths and kinds, never values: {}", stderr(&verbose));
        assert_eq!(strict.status.code(), Some(5), "{provider}: {}", stderr(&strict));
        assert!(strict.stdout.is_empty());
    }
    assert!(checked.values().all(|count| *count > 0), "a provider with no tolerated departure: {checked:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn undecodable_bodies_and_transport_failures_exit_4() {
    // The runtime's handling of a call, by call shape (a refused connection is retried first).
    for case in cases::per_call_shape().into_iter().filter(Case::has_body) {
        let server = TestServer::always(Reply::json(case.success.status, "<html>not json</html>")).await;
        let output = pspkit(&args(&case, &["--base-url", server.base_url()]), &env(&case)).await;
        assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
        assert!(stderr(&output).contains("could not be decoded"));

        let closed = TestServer::always(Reply::json(200, "{}")).await;
        let url = closed.base_url().to_owned();
        drop(closed);
        let output = pspkit(&args(&case, &["--base-url", &url]), &env(&case)).await;
        assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_credential_exits_2_naming_the_variable() {
    for case in cases::all() {
        let provider = case.provider;
        let server = TestServer::always(Reply::json(200, "{}")).await;
        let env = env(&case);
        let (present, missing) = env.split_at(env.len() - 1);
        let output = pspkit(&args(&case, &["--base-url", server.base_url()]), present).await;
        assert_eq!(output.status.code(), Some(2), "{provider}");
        assert!(stderr(&output).contains(missing[0].0), "{provider}: {}", stderr(&output));
        assert!(server.requests().is_empty());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_exits_2_and_sends_nothing() {
    let server = TestServer::always(Reply::json(200, "{}")).await;
    // The identifying argument (the first positional one, where the operation has one), empty or a
    // dot segment.
    let positional = |case: &Case| case.operation.example_args.first().is_some_and(|arg| !arg.starts_with("--"));
    for case in cases::all().into_iter().filter(positional) {
        for bad in ["", ".."] {
            let mut args = vec![case.provider.name(), case.operation.command, bad];
            args.extend(case.operation.example_args.iter().skip(1));
            args.extend(["--base-url", server.base_url()]);
            let output = pspkit(&args, &env(&case)).await;
            assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
            assert!(stderr(&output).contains("nothing was sent"), "{}", stderr(&output));
        }
    }
    assert!(server.requests().is_empty(), "nothing reached the server");
}

#[tokio::test(flavor = "multi_thread")]
async fn usage_errors_exit_2() {
    for case in cases::all() {
        let provider = case.provider;
        let name = provider.name();
        let env = env(&case);
        let mut cases: Vec<Vec<&str>> =
            vec![vec![name], args(&case, &["--env", "prod"]), args(&case, &["--base-url", "http://api.example.com"])];
        if !case.operation.example_args.is_empty() {
            // Without the arguments a call needs.
            cases.push(vec![name, case.operation.command]);
        }
        if provider.environments().is_empty() {
            cases.push(args(&case, &[]));
        }
        for args in cases {
            let output = pspkit(&args, &env).await;
            assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
        }
        // `--max-pages` goes only with a paged list's `--all` (the e2e in
        // `xtask/tests/new_provider.rs` runs it on one: N pages, then exit 4).
        let capped = pspkit(&args(&case, &["--max-pages", "2", "--mock"]), &env).await;
        assert_eq!(capped.status.code(), Some(2), "{}", stderr(&capped));
        assert!(stderr(&capped).contains("--max-pages"), "{}", stderr(&capped));
        if !provider.environments().is_empty() {
            let unknown_env = pspkit(&args(&case, &["--env", "prod"]), &[]).await;
            assert!(stderr(&unknown_env).contains(&provider.environments().join(", ")), "{}", stderr(&unknown_env));
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn verbose_output_never_prints_secrets() {
    for case in cases::all() {
        let body = case.examples().find(|example| example.status >= 400).map_or("{}", |example| example.body);
        let server = TestServer::always(Reply::json(401, body)).await;
        let output =
            pspkit(&[&["--verbose"], &args(&case, &["--base-url", server.base_url()])[..]].concat(), &env(&case)).await;
        assert_eq!(output.status.code(), Some(3));
        let all = format!("{}{}", String::from_utf8_lossy(&output.stdout), stderr(&output));
        assert!(all.contains("pspkit.attempt"), "verbose output has the spans: {all}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn help_and_completions_are_complete() {
    let help = String::from_utf8(pspkit(&["--help"], &[]).await.stdout).unwrap();
    for needle in ["completions", "Exit codes"] {
        assert!(help.contains(needle), "--help lacks {needle}");
    }
    for provider in Provider::ALL {
        assert!(help.contains(provider.name()), "--help lacks {provider}");
        for field in provider.credential_fields() {
            assert!(help.contains(field.env_var), "--help lacks {}", field.env_var);
        }
        for operation in provider.operations() {
            let command = [provider.name(), operation.command, "--help"];
            let help = String::from_utf8(pspkit(&command, &[]).await.stdout).unwrap();
            let common = ["--env", "--base-url", "--mock", "--output", "normalized"];
            for needle in operation.flags.iter().chain(&common) {
                assert!(help.contains(needle), "{provider} {} --help lacks {needle}", operation.command);
            }
        }
    }
    let bash = pspkit(&["completions", "bash"], &[]).await;
    assert!(bash.status.success());
    let script = String::from_utf8(bash.stdout).unwrap();
    assert!(Provider::ALL.iter().flat_map(|p| p.operations()).all(|operation| script.contains(operation.command)));
}

/// Spec-driven: every operation of every spec runs in mock mode with its parameters' examples (no
/// credentials): its first success example exits 0 with JSON, each error example exits 3 with its
/// status and its whole body (every text in it) printed. No provider is named: a new spec's
/// operations are covered once it is generated.
#[tokio::test(flavor = "multi_thread")]
async fn every_operation_of_every_spec_runs_in_mock_mode() {
    let mut runs = 0;
    for provider in cases::providers() {
        for operation in provider.operations() {
            let examples: Vec<_> =
                provider.examples().iter().filter(|example| example.operation_id == operation.operation_id).collect();
            let mut args = vec![provider.name(), operation.command];
            args.extend(operation.example_args);
            args.push("--mock");
            if let Some(success) = examples.iter().find(|example| (200..300).contains(&example.status)) {
                let output = pspkit(&args, &[]).await;
                assert!(output.status.success(), "{args:?}: {}", stderr(&output));
                // A success with no body (a `204`) prints `null`.
                let printed = stdout_json(&output);
                assert!(if success.body.is_empty() { printed.is_null() } else { printed.is_object() }, "{args:?}");
                runs += 1;
            }
            for example in examples.iter().filter(|example| example.status >= 400) {
                // A name several responses share (a lone `example`) is told apart by its status.
                let shared = examples.iter().filter(|other| other.name == example.name).count() > 1;
                let status = example.status.to_string();
                let mut args = args.clone();
                args.extend(["--mock-example", if shared { &status } else { example.name }]);
                let output = pspkit(&args, &[]).await;
                assert_eq!(output.status.code(), Some(3), "{args:?}: {}", stderr(&output));
                let error: Value = serde_json::from_str(&stderr(&output)).unwrap();
                assert_eq!(error["status"].as_u64(), Some(u64::from(example.status)), "{args:?}");
                // A documented error's body is printed whole: every text of the example (a message,
                // an error type, however deep the spec nests it) is in what the CLI prints.
                let printed = texts(&error["body"]);
                // A shared name is picked by status: the first example with it is served.
                let served = if shared {
                    examples.iter().find(|other| other.status == example.status).unwrap_or(example)
                } else {
                    example
                };
                // (A 429 is the runtime's rate-limited error: status and `Retry-After`, no body.)
                let documented: Value = serde_json::from_str(served.body).unwrap();
                for text in texts(&documented).into_iter().filter(|_| example.status != 429) {
                    assert!(printed.contains(&text), "{args:?}: `{text}` is not printed: {}", stderr(&output));
                }
                runs += 1;
            }
        }
    }
    assert!(runs > 2 * cases::providers().len(), "only {runs} runs");
}

/// Every string in `value`, however deep.
fn texts(value: &Value) -> Vec<String> {
    match value {
        Value::String(text) => vec![text.clone()],
        Value::Array(items) => items.iter().flat_map(texts).collect(),
        Value::Object(fields) => fields.values().flat_map(texts).collect(),
        _ => Vec::new(),
    }
}

/// `pspkit ... | head`: a reader that closes the pipe early is no panic and no error.
#[tokio::test(flavor = "multi_thread")]
async fn a_closed_stdout_is_not_a_panic() {
    let binary = assert_cmd::cargo::cargo_bin("pspkit");
    let case = cases::all()[0];
    let output = tokio::task::spawn_blocking(move || {
        let mut child = std::process::Command::new(binary)
            .args(args(&case, &["--mock"]))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reading end closes before the child has anything to write (it first starts its
        // mock server and makes a call), so its write meets a closed pipe.
        drop(child.stdout.take());
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}
