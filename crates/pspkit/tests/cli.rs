//! The `pspkit` binary, run as a user would: mock mode for every provider, every error class and
//! its exit code against a loopback server, and local rejection of bad input.

use std::process::Output;

use pspkit_tests::server::{Reply, TestServer};
use serde_json::Value;

const CREDENTIAL_VARS: [&str; 7] = [
    "PAISR_TOKEN",
    "RAZORPAY_KEY_ID",
    "RAZORPAY_KEY_SECRET",
    "JUSPAY_API_KEY",
    "JUSPAY_MERCHANT_ID",
    "AXISFI_API_KEY",
    "AXISFI_API_SECRET",
];
const SECRET: &str = "CliCanarySecret0042";

/// Runs `pspkit` with `args`, the given environment and no other credential variable.
async fn pspkit(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = assert_cmd::Command::cargo_bin("pspkit").unwrap();
    for var in CREDENTIAL_VARS {
        command.env_remove(var);
    }
    command.args(args).envs(env.iter().copied());
    // The test server runs on this runtime; the blocking wait must not stall it.
    tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap()
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {output:?}"))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// One provider as the tests drive it.
struct Case {
    /// The subcommand.
    provider: &'static str,
    /// A valid id (the seed example's).
    id: &'static str,
    /// Its credential variables.
    env: [(&'static str, &'static str); 2],
    /// How many of `env` it uses.
    vars: usize,
}

impl Case {
    fn env(&self) -> &[(&'static str, &'static str)] {
        &self.env[..self.vars]
    }
}

const CASES: [Case; 4] = [
    Case { provider: "paisr", id: "cus_123456", env: [("PAISR_TOKEN", SECRET), ("", "")], vars: 1 },
    Case {
        provider: "razorpay",
        id: "cust_1Aa00000000001",
        env: [("RAZORPAY_KEY_ID", "rzp_test_cli"), ("RAZORPAY_KEY_SECRET", SECRET)],
        vars: 2,
    },
    Case {
        provider: "juspay",
        id: "cst_om2l6ctlptxwxuzj",
        env: [("JUSPAY_API_KEY", SECRET), ("JUSPAY_MERCHANT_ID", "merchant")],
        vars: 2,
    },
    Case {
        provider: "axisfi",
        id: "cus_9f86d081884c7d659a2feaa0c55ad015",
        env: [("AXISFI_API_KEY", "axis-key"), ("AXISFI_API_SECRET", SECRET)],
        vars: 2,
    },
];

fn case(provider: &str) -> &'static Case {
    CASES.iter().find(|case| case.provider == provider).expect("a known provider")
}

#[tokio::test(flavor = "multi_thread")]
async fn mock_mode_serves_each_specs_example_without_credentials() {
    for Case { provider, id, .. } in &CASES {
        let (provider, id, seed_id) = (*provider, *id, *id);
        let output = pspkit(&[provider, "get-customer", id, "--mock"], &[]).await;
        assert!(output.status.success(), "{provider}: {}", stderr(&output));
        let json = stdout_json(&output);
        let got = json.get("id").or_else(|| json.pointer("/data/id")).or_else(|| json.get("customer_id"));
        assert_eq!(got.and_then(Value::as_str), Some(seed_id), "{provider}: {json}");

        let normalized = stdout_json(&pspkit(&[provider, "get-customer", id, "--mock", "-o", "normalized"], &[]).await);
        assert_eq!(normalized["provider"], provider);
        assert_eq!(normalized["id"], seed_id);
        assert!(normalized["provider_customer"].is_object());

        let pretty = pspkit(&[provider, "get-customer", id, "--mock", "--output", "pretty"], &[]).await;
        let table = String::from_utf8(pretty.stdout).unwrap();
        assert!(table.contains(&format!("provider            {provider}")) && table.contains(seed_id), "{table}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn mock_mode_serves_error_examples_with_exit_3() {
    let output = pspkit(&["juspay", "get-customer", "cst_1", "--mock", "--mock-example", "access_denied"], &[]).await;
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let error: Value = serde_json::from_str(&stderr(&output)).unwrap();
    assert_eq!((error["status"].as_u64(), error["body"]["error_code"].as_str()), (Some(400), Some("access_denied")));
    let unknown = pspkit(&["juspay", "get-customer", "cst_1", "--mock", "--mock-example", "nope"], &[]).await;
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("seed (HTTP 200)"), "{}", stderr(&unknown));
}

#[tokio::test(flavor = "multi_thread")]
async fn error_shapes_exit_3_with_the_typed_error_status_and_request_id_on_stderr() {
    let shapes = [
        ("paisr", 404, r#"{"success":false,"message":"Customer not found."}"#, "/body/message"),
        (
            "razorpay",
            400,
            r#"{"error":{"code":"BAD_REQUEST_ERROR","description":"The id provided does not exist"}}"#,
            "/body/error/code",
        ),
        ("juspay", 401, r#"{"status":"error","error_code":"access_denied"}"#, "/body/error_code"),
        ("juspay", 404, r#"{"error":true,"user_message":"Something went wrong."}"#, "/body/user_message"),
        ("axisfi", 403, r#"{"code":"FORBIDDEN"}"#, "/body/code"),
        ("razorpay", 418, "I'm a teapot", "/body_bytes"),
    ];
    for (provider, status, body, pointer) in shapes {
        let reply =
            Reply::json(status, body).header("x-razorpay-request-id", "req_cli").header("x-request-id", "req_cli");
        let server = TestServer::always(reply).await;
        let case = case(provider);
        let output = pspkit(&[provider, "get-customer", case.id, "--base-url", server.base_url()], case.env()).await;
        assert_eq!(output.status.code(), Some(3), "{provider} {status}: {}", stderr(&output));
        let error: Value = serde_json::from_str(&stderr(&output)).unwrap();
        assert_eq!(error["status"].as_u64(), Some(u64::from(status)));
        assert!(!error.pointer(pointer).unwrap_or(&Value::Null).is_null(), "{provider} {status}: {error}");
        if matches!(provider, "razorpay" | "juspay") {
            assert_eq!(error["request_id"], "req_cli");
        }
        assert!(output.stdout.is_empty());
    }
}

/// An undocumented body may hold personal data: its size is printed, the body only with `--verbose`.
#[tokio::test(flavor = "multi_thread")]
async fn undocumented_error_bodies_are_printed_only_with_verbose() {
    let server = TestServer::always(Reply::json(418, r#"{"name":"Jane Canary"}"#)).await;
    let case = case("razorpay");
    let args = ["razorpay", "get-customer", case.id, "--base-url", server.base_url()];
    let quiet = pspkit(&args, case.env()).await;
    assert_eq!(quiet.status.code(), Some(3));
    let error: Value = serde_json::from_str(&stderr(&quiet)).unwrap();
    assert_eq!((error["body_bytes"].as_u64(), error.get("body")), (Some(22), None), "{error}");
    assert!(!stderr(&quiet).contains("Jane"), "{}", stderr(&quiet));
    let verbose = pspkit(&[&["--verbose"], &args[..]].concat(), case.env()).await;
    assert_eq!(verbose.status.code(), Some(3));
    assert!(stderr(&verbose).contains(r#""name": "Jane Canary""#), "{}", stderr(&verbose));
}

/// A tolerated departure is listed with `--verbose` and fails the run with `--strict` (exit 5).
#[tokio::test(flavor = "multi_thread")]
async fn deviations_are_listed_with_verbose_and_fail_with_strict() {
    let body = r#"{"id":"cust_1Aa00000000001","contact":9123456780,"created_at":1655298731}"#;
    let server = TestServer::always(Reply::json(200, body)).await;
    let case = case("razorpay");
    let args = ["razorpay", "get-customer", case.id, "--base-url", server.base_url()];
    let tolerant = pspkit(&args, case.env()).await;
    assert_eq!(tolerant.status.code(), Some(0), "{}", stderr(&tolerant));
    let printed: Value = serde_json::from_slice(&tolerant.stdout).unwrap();
    assert_eq!(printed["contact"], "9123456780", "the number converted to the documented string");
    let verbose = pspkit(&[&["--verbose"], &args[..]].concat(), case.env()).await;
    assert!(stderr(&verbose).contains("  /contact: integer for string (converted)"), "{}", stderr(&verbose));
    assert!(!stderr(&verbose).contains("9123456780"), "paths and kinds, never values: {}", stderr(&verbose));
    let strict = pspkit(&[&["--strict"], &args[..]].concat(), case.env()).await;
    assert_eq!(strict.status.code(), Some(5), "{}", stderr(&strict));
    assert!(stderr(&strict).contains("/contact: integer for string (converted)"), "{}", stderr(&strict));
    assert!(strict.stdout.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn undecodable_bodies_and_transport_failures_exit_4() {
    let server = TestServer::always(Reply::json(200, "<html>not json</html>")).await;
    let output =
        pspkit(&["paisr", "get-customer", "cus_1", "--base-url", server.base_url()], &[("PAISR_TOKEN", SECRET)]).await;
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains("could not be decoded"));

    let closed = TestServer::always(Reply::json(200, "{}")).await;
    let url = closed.base_url().to_owned();
    drop(closed);
    let output = pspkit(&["paisr", "get-customer", "cus_1", "--base-url", &url], &[("PAISR_TOKEN", SECRET)]).await;
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_credential_exits_2_naming_the_variable() {
    for case in &CASES {
        let provider = case.provider;
        let server = TestServer::always(Reply::json(200, "{}")).await;
        let (present, missing) = case.env().split_at(case.vars - 1);
        let output = pspkit(&[provider, "get-customer", case.id, "--base-url", server.base_url()], present).await;
        assert_eq!(output.status.code(), Some(2), "{provider}");
        assert!(stderr(&output).contains(missing[0].0), "{provider}: {}", stderr(&output));
        assert!(server.requests().is_empty());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_exits_2_and_sends_nothing() {
    let server = TestServer::always(Reply::json(200, "{}")).await;
    let cases: [(&str, &[&str]); 5] = [
        ("razorpay", &["razorpay", "get-customer", "cust_short"]),
        ("paisr", &["paisr", "get-customer", ".."]),
        ("juspay", &["juspay", "get-customer", ""]),
        ("axisfi", &["axisfi", "get-customer", ".."]),
        ("axisfi", &["axisfi", "get-customer", "--partner-customer-id", ""]),
    ];
    for (provider, args) in cases {
        let mut args = args.to_vec();
        args.extend(["--base-url", server.base_url()]);
        let output = pspkit(&args, case(provider).env()).await;
        let code = output.status.code();
        // An empty partner id is a value the spec allows; everything else is rejected locally.
        if args.contains(&"--partner-customer-id") {
            assert_eq!(code, Some(4), "{args:?}: {}", stderr(&output));
            continue;
        }
        assert_eq!(code, Some(2), "{args:?}: {}", stderr(&output));
        assert!(stderr(&output).contains("nothing was sent"), "{}", stderr(&output));
    }
    assert_eq!(server.requests().len(), 1, "only the allowed empty partner id reached the server");
}

#[tokio::test(flavor = "multi_thread")]
async fn usage_errors_exit_2() {
    let cases: [&[&str]; 5] = [
        &["razorpay"],
        &["razorpay", "get-customer"],
        &["axisfi", "get-customer"],
        &["paisr", "get-customer", "cus_1", "--env", "prod"],
        &["razorpay", "get-customer", "cust_1Aa00000000001", "--base-url", "http://api.example.com"],
    ];
    for args in cases {
        let output =
            pspkit(args, &[("PAISR_TOKEN", "t"), ("RAZORPAY_KEY_ID", "k"), ("RAZORPAY_KEY_SECRET", "s")]).await;
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
    }
    let unknown_env = pspkit(&["paisr", "get-customer", "cus_1", "--env", "prod"], &[]).await;
    assert!(stderr(&unknown_env).contains("live, staging"), "{}", stderr(&unknown_env));
}

#[tokio::test(flavor = "multi_thread")]
async fn verbose_output_never_prints_secrets() {
    let server = TestServer::always(Reply::json(401, r#"{"status":"error","error_code":"access_denied"}"#)).await;
    let env = [("JUSPAY_API_KEY", SECRET), ("JUSPAY_MERCHANT_ID", "merchant")];
    let output = pspkit(&["--verbose", "juspay", "get-customer", "cst_1", "--base-url", server.base_url()], &env).await;
    assert_eq!(output.status.code(), Some(3));
    let all = format!("{}{}", String::from_utf8_lossy(&output.stdout), stderr(&output));
    assert!(all.contains("pspkit.attempt"), "verbose output has the spans: {all}");
    assert!(!all.contains(SECRET), "the secret was printed: {all}");
}

#[tokio::test(flavor = "multi_thread")]
async fn help_and_completions_are_complete() {
    let help = String::from_utf8(pspkit(&["--help"], &[]).await.stdout).unwrap();
    for needle in ["paisr", "razorpay", "juspay", "axisfi", "completions", "PAISR_TOKEN", "Exit codes"] {
        assert!(help.contains(needle), "--help lacks {needle}");
    }
    let juspay = String::from_utf8(pspkit(&["juspay", "get-customer", "--help"], &[]).await.stdout).unwrap();
    for needle in ["--client-auth-token", "--env", "--base-url", "--mock", "--output", "normalized"] {
        assert!(juspay.contains(needle), "juspay get-customer --help lacks {needle}");
    }
    let axisfi = String::from_utf8(pspkit(&["axisfi", "get-customer", "--help"], &[]).await.stdout).unwrap();
    assert!(axisfi.contains("--partner-customer-id"));
    let bash = pspkit(&["completions", "bash"], &[]).await;
    assert!(bash.status.success());
    assert!(String::from_utf8(bash.stdout).unwrap().contains("get-customer"));
}

/// Spec-driven: every operation of every spec runs in mock mode with its parameters' examples (no
/// credentials): its first success example exits 0 with JSON, each error example exits 3 with its
/// status. No provider is named: a new spec's operations are covered once it is generated.
#[tokio::test(flavor = "multi_thread")]
async fn every_operation_of_every_spec_runs_in_mock_mode() {
    let mut runs = 0;
    for provider in pspkit::Provider::ALL {
        for operation in provider.operations() {
            let examples: Vec<_> =
                provider.examples().iter().filter(|example| example.operation_id == operation.operation_id).collect();
            let mut args = vec![provider.name(), operation.command];
            args.extend(operation.example_args);
            args.push("--mock");
            if examples.iter().any(|example| (200..300).contains(&example.status)) {
                let output = pspkit(&args, &[]).await;
                assert!(output.status.success(), "{args:?}: {}", stderr(&output));
                assert!(stdout_json(&output).is_object(), "{args:?}");
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
                runs += 1;
            }
        }
    }
    assert!(runs > 2 * pspkit::Provider::ALL.len(), "only {runs} runs");
}

/// `pspkit ... | head`: a reader that closes the pipe early is no panic and no error.
#[tokio::test(flavor = "multi_thread")]
async fn a_closed_stdout_is_not_a_panic() {
    let binary = assert_cmd::cargo::cargo_bin("pspkit");
    let output = tokio::task::spawn_blocking(move || {
        let mut child = std::process::Command::new(binary)
            .args(["razorpay", "get-customer", "cust_1Aa00000000001", "--mock"])
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
