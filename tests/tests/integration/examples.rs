//! Every example of every spec, answered by a loopback server and decoded by the generated client
//! (through `pspkit::AnyClient`): a success example decodes with no deviation and carries the
//! request id from the spec's request-id headers; an error example is the documented error at its
//! status (429: rate limited), its body decoded with no deviation. Around them: an undocumented
//! status or an undecodable error body keeps status, headers and bytes; a trailing slash on the
//! base URL changes nothing; missing arguments, unknown operations, unknown arguments and a wrong
//! number of credentials send nothing. No provider is named.

use pspkit::{CallError, Target};
use pspkit_runtime::{Config, Error, RetryPolicy, UnexpectedReason};
use pspkit_tests::cases::{self, Case};
use pspkit_tests::server::{Reply, TestServer};

#[tokio::test]
async fn every_example_decodes_as_documented() {
    // Every example is checked; the error examples among them, counted, show the error path ran.
    let (mut checked, mut errors) = (0, 0);
    for case in cases::all() {
        let provider = case.provider;
        for example in case.examples() {
            let context = format!("{provider} {} {} `{}`", example.operation_id, example.status, example.name);
            let mut reply = Reply::example(example);
            for header in provider.request_id_headers() {
                reply = reply.header(header, "req_example");
            }
            let server = TestServer::always(reply).await;
            let client = case.client(server.base_url(), Config::default().with_retry(RetryPolicy::disabled()));
            let result = case.call(&client).await;
            let expected_request_id = provider.request_id_headers().first().map(|_| "req_example");
            match result {
                Ok(response) => {
                    assert!((200..300).contains(&example.status), "{context}: decoded as a success");
                    assert_eq!(response.status(), example.status, "{context}");
                    assert!(response.deviations().is_empty(), "{context}: {:?}", response.deviations());
                    assert_eq!(response.request_id(), expected_request_id, "{context}");
                }
                Err(CallError::Call(error)) => {
                    assert!(example.status >= 400, "{context}: {error}");
                    errors += 1;
                    assert_eq!(error.status().map(|s| s.as_u16()), Some(example.status), "{context}");
                    assert_eq!(error.request_id(), expected_request_id, "{context}");
                    match error.as_ref() {
                        Error::RateLimited(_) if example.status == 429 => {}
                        Error::Provider(documented) => {
                            assert!(
                                documented.meta.deviations.is_empty(),
                                "{context}: {:?}",
                                documented.meta.deviations
                            );
                            assert!(documented.body.is_object(), "{context}: the typed body as JSON");
                        }
                        other => panic!("{context}: not the documented error: {other:?}"),
                    }
                }
                Err(other) => panic!("{context}: the call was not made: {other}"),
            }
            checked += 1;
        }
    }
    assert!(errors > 0, "none of the {checked} examples is an error example: the error path went unchecked");
}

#[tokio::test]
async fn unknown_operations_arguments_and_credential_counts_are_refused_before_sending() {
    for case in cases::all() {
        let server = TestServer::always(case.success_reply()).await;
        let client = case.client(server.base_url(), Config::default());
        let unknown = client.call("noSuchOperation", &[]).await.unwrap_err();
        assert!(matches!(unknown, CallError::UnknownOperation { .. }), "{unknown}");
        let argument = client.call(case.operation.operation_id, &[("no_such_parameter", "x")]).await.unwrap_err();
        assert_eq!(argument.to_string(), "argument `no_such_parameter`: the operation has no parameter of this name");
        assert!(server.requests().is_empty(), "{}: nothing was sent", case.provider);
        let one_too_many = case.credentials(|field| format!("test-{field}")).into_iter().chain(["extra".to_owned()]);
        let target = Target::new().base_url(server.base_url()).credentials(one_too_many);
        let error = case.provider.client(&target).unwrap_err();
        let expected = case.provider.credential_fields().len();
        assert!(matches!(error, CallError::CredentialCount { given, .. } if given == expected + 1), "{error}");
    }
}

#[tokio::test]
async fn an_undocumented_status_keeps_its_status_headers_and_raw_body() {
    let mut checked = 0;
    for case in cases::all() {
        let Some(status) = case.undocumented_status() else { continue };
        let reply = Reply::raw(status, "text/plain", b"I'm a teapot").header("x-trace", "t1");
        let server = TestServer::always(reply).await;
        let client = case.client(server.base_url(), Config::default());
        let Err(CallError::Call(error)) = case.call(&client).await else { panic!("{}: an error", case.provider) };
        let Error::UnexpectedResponse(error) = *error else { panic!("{}: {error:?}", case.provider) };
        assert!(matches!(error.reason, UnexpectedReason::UndocumentedStatus), "{:?}", error.reason);
        assert_eq!((error.meta.status.as_u16(), &error.body[..]), (status, &b"I'm a teapot"[..]));
        assert_eq!(error.meta.headers.get("x-trace").map(|value| value.as_bytes()), Some(&b"t1"[..]));
        let message = error.to_string();
        assert!(message.contains(&status.to_string()) && message.contains("does not document"), "{message}");
        checked += 1;
    }
    assert!(checked > 0, "no spec leaves a status undocumented");
}

#[tokio::test]
async fn an_error_body_that_does_not_decode_keeps_its_status_and_bytes() {
    for case in cases::all() {
        let Some(example) = case.examples().find(|example| example.status >= 400 && example.status < 429) else {
            continue;
        };
        let server = TestServer::always(Reply::json(example.status, "<html>gateway</html>")).await;
        let client = case.client(server.base_url(), Config::default());
        let Err(CallError::Call(error)) = case.call(&client).await else { panic!("{}: an error", case.provider) };
        let Error::UnexpectedResponse(error) = *error else { panic!("{}: {error:?}", case.provider) };
        assert!(matches!(error.reason, UnexpectedReason::UndecodableBody(_)), "{:?}", error.reason);
        assert_eq!((error.meta.status.as_u16(), &error.body[..]), (example.status, &b"<html>gateway</html>"[..]));
    }
}

#[tokio::test]
async fn a_trailing_slash_on_the_base_url_does_not_change_the_request() {
    for case in cases::all() {
        let server = TestServer::always(case.success_reply()).await;
        for base_url in [server.base_url().to_owned(), format!("{}/", server.base_url())] {
            case.call(&case.client(&base_url, Config::default())).await.expect("the example decodes");
        }
        let targets: Vec<String> = server.requests().into_iter().map(|request| request.target).collect();
        assert_eq!(targets[0], targets[1], "{}", case.provider);
        assert!(!targets[0].contains("//"), "{}: {}", case.provider, targets[0]);
    }
}

#[tokio::test]
async fn a_call_missing_its_arguments_sends_nothing() {
    for case in cases::all().into_iter().filter(Case::requires_arguments) {
        let server = TestServer::always(case.success_reply()).await;
        let client = case.client(server.base_url(), Config::default());
        let Err(CallError::Call(error)) = client.call(case.operation.operation_id, &[]).await else {
            panic!("{}: a call without its arguments", case.provider)
        };
        assert!(matches!(*error, Error::InvalidInput(_)), "{}: {error:?}", case.provider);
        assert!(server.requests().is_empty(), "{}: nothing was sent", case.provider);
    }
}
