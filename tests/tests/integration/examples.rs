//! Every example of every spec, answered by a loopback server and decoded by the generated client
//! (through `pspkit::AnyClient`): a success example decodes with no deviation and carries the
//! request id from the spec's request-id headers; an error example is the documented error at its
//! status (429: rate limited), its body decoded with no deviation. No provider is named.

use pspkit::CallError;
use pspkit_runtime::{Config, Error, RetryPolicy};
use pspkit_tests::cases;
use pspkit_tests::server::{Reply, TestServer};

#[tokio::test]
async fn every_example_decodes_as_documented() {
    let mut checked = 0;
    for case in cases::all() {
        let provider = case.provider;
        for example in case.examples() {
            let context = format!("{provider} {} {} `{}`", example.operation_id, example.status, example.name);
            let mut reply = Reply::json(example.status, example.body);
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
    assert!(checked >= 2 * cases::all().len(), "only {checked} examples");
}

#[tokio::test]
async fn unknown_operations_and_arguments_are_refused_before_sending() {
    for case in cases::all() {
        let server = TestServer::always(Reply::json(200, case.success.body)).await;
        let client = case.client(server.base_url(), Config::default());
        let unknown = client.call("noSuchOperation", &[]).await.unwrap_err();
        assert!(matches!(unknown, CallError::UnknownOperation { .. }), "{unknown}");
        let argument = client.call(case.operation.operation_id, &[("no_such_parameter", "x")]).await.unwrap_err();
        assert_eq!(argument.to_string(), "argument `no_such_parameter`: the operation has no parameter of this name");
        assert!(server.requests().is_empty(), "{}: nothing was sent", case.provider);
    }
}
