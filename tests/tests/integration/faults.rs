//! The runtime under faults: a loopback server that misbehaves on purpose. Each case runs for
//! every provider and call shape (`pspkit_tests::cases::per_call_shape`: the method, the request
//! body's media type, the success answer's status and media type), a few at a time, and asserts
//! the exact outcome, how many attempts the server saw, and that the call ended within its
//! deadline. What a fault exercises is the runtime's handling of a call, which an operation's
//! types do not change: a spec's hundredth GET of a JSON object adds only the time it waits.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use pspkit::CallError;
use pspkit_runtime::{Config, Error, Response, RetryPolicy, TimeoutKind, UnexpectedReason};
use pspkit_tests::cases::{self, Case};
use pspkit_tests::server::{Fault, Reply, TestServer};
use serde_json::Value;

/// An error body for retryable statuses: what the runtime does with it does not depend on it.
const SERVER_ERROR: &str = r#"{"message":"try again"}"#;

/// Fast backoff so retry tests take milliseconds; a 5 s deadline every case must finish within.
fn config() -> Config {
    Config::default()
        .with_retry(RetryPolicy::default().with_delays(Duration::from_millis(10), Duration::from_millis(50)))
        .with_deadline(Duration::from_secs(5))
}

/// The outcome of one call, its duration, and the requests the server saw.
struct Run {
    result: Result<Response<Value>, Error<Value>>,
    elapsed: Duration,
    requests: usize,
}

/// The call's error: a [`CallError::Call`], since every case builds its client and arguments right.
#[allow(clippy::result_large_err, reason = "the tests match the error by value right away")]
fn failed(result: Result<Response<Value>, CallError>) -> Result<Response<Value>, Error<Value>> {
    result.map_err(|error| match error {
        CallError::Call(error) => *error,
        other => panic!("the call was not made: {other}"),
    })
}

async fn run(case: &Case, server: &TestServer, config: Config) -> Run {
    let deadline = config.deadline;
    let client = case.client(server.base_url(), config);
    let started = Instant::now();
    let result = failed(case.call(&client).await);
    let elapsed = started.elapsed();
    assert!(
        elapsed < deadline + Duration::from_millis(250),
        "{}: took {elapsed:?}, deadline {deadline:?}",
        case.provider
    );
    // An attempt that timed out may have sent its request before the server's task read it.
    let attempts = match &result {
        Ok(response) => response.attempts(),
        Err(error) => error.attempts(),
    };
    let requests = server.requests_once(attempts as usize, Duration::from_secs(2)).await.len();
    Run { result, elapsed, requests }
}

/// Runs `test` for every call shape's case; a failing case fails the test with its own message.
async fn each_case<F, Fut>(test: F)
where
    F: Fn(Case) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    each_case_where(|_| true, test).await;
}

/// How many cases run at once: the tests time their calls (a deadline, a rate-limit slot), and
/// a two-core machine running every operation of many specs at once would time its own load.
const CONCURRENT_CASES: usize = 4;

/// Runs `test` for every call shape's case `selected` keeps, `CONCURRENT_CASES` at a time; fails
/// when it keeps none, so that no test passes by running nothing.
async fn each_case_where<F, Fut>(selected: impl Fn(&Case) -> bool, test: F)
where
    F: Fn(Case) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let mut tests = tokio::task::JoinSet::new();
    let chosen: Vec<Case> = cases::per_call_shape().into_iter().filter(|case| selected(case)).collect();
    assert!(!chosen.is_empty(), "no spec has a success example this test can use");
    let slots = Arc::new(tokio::sync::Semaphore::new(CONCURRENT_CASES));
    for case in chosen {
        let slot = slots.clone().acquire_owned().await.expect("the semaphore is never closed");
        let run = test(case);
        tests.spawn(async move {
            run.await;
            drop(slot);
        });
    }
    while let Some(done) = tests.join_next().await {
        if let Err(error) = done {
            std::panic::resume_unwind(error.into_panic());
        }
    }
}

/// The attempts a call that keeps failing makes: `retried` when the runtime retries the case, one
/// for a write the spec gives no idempotency key (whose error then says why it was not retried).
fn attempts(case: &Case, retried: u32) -> u32 {
    if case.retried() { retried } else { 1 }
}

/// Whether `error` says it was not retried exactly when the case is an unkeyed write.
fn says_why_not_retried(case: &Case, error: &Error<Value>) -> bool {
    error.to_string().contains("not retried: a ") != case.retried()
}

/// A server whose first `failures` replies are `failure`, then `success`.
async fn failing_then(failures: usize, failure: Reply, success: Reply) -> TestServer {
    let count = Arc::new(AtomicUsize::new(0));
    TestServer::start(
        move |_| if count.fetch_add(1, Ordering::SeqCst) < failures { failure.clone() } else { success.clone() },
    )
    .await
}

#[tokio::test]
async fn two_503s_then_200_succeeds_on_the_third_attempt() {
    each_case_where(Case::retried, |case| async move {
        let server = failing_then(2, Reply::json(503, SERVER_ERROR), case.success_reply()).await;
        let run = run(&case, &server, config()).await;
        let response = run.result.expect("third attempt succeeds");
        assert_eq!((response.attempts(), run.requests), (3, 3));
    })
    .await;
}

#[tokio::test]
async fn a_500_then_200_succeeds_on_the_second_attempt() {
    each_case_where(Case::retried, |case| async move {
        let server = failing_then(1, Reply::json(500, SERVER_ERROR), case.success_reply()).await;
        let run = run(&case, &server, config()).await;
        assert_eq!((run.result.expect("succeeds").attempts(), run.requests), (2, 2));
    })
    .await;
}

#[tokio::test]
async fn other_4xx_are_never_retried() {
    each_case(|case| async move {
        for (status, body) in [(400, SERVER_ERROR), (401, SERVER_ERROR), (404, "not found"), (409, "conflict")] {
            let server = TestServer::always(Reply::json(status, body)).await;
            let run = run(&case, &server, config()).await;
            let error = run.result.unwrap_err();
            assert_eq!((error.status().map(|s| s.as_u16()), error.attempts(), run.requests), (Some(status), 1, 1));
        }
    })
    .await;
}

#[tokio::test]
async fn persistent_503_gives_up_after_three_attempts_with_the_typed_error() {
    each_case(|case| async move {
        let server = TestServer::always(Reply::json(503, SERVER_ERROR)).await;
        let run = run(&case, &server, config()).await;
        // Typed when the spec documents a 5XX body, unexpected otherwise: either way status and attempts.
        let error = run.result.unwrap_err();
        assert!(matches!(error, Error::Provider(_) | Error::UnexpectedResponse(_)), "{error:?}");
        let tries = attempts(&case, 3);
        assert_eq!(
            (error.status().map(|s| s.as_u16()), error.attempts(), run.requests),
            (Some(503), tries, tries as usize)
        );
        assert!(says_why_not_retried(&case, &error), "{error}");
    })
    .await;
}

#[tokio::test]
async fn retries_can_be_disabled_or_raised() {
    each_case_where(Case::retried, |case| async move {
        let server = TestServer::always(Reply::json(503, SERVER_ERROR)).await;
        let run1 = run(&case, &server, config().with_retry(RetryPolicy::disabled())).await;
        assert_eq!((run1.result.unwrap_err().attempts(), run1.requests), (1, 1));
        let five = RetryPolicy::default().with_max_attempts(5).with_delays(Duration::ZERO, Duration::ZERO);
        let run5 = run(&case, &server, config().with_retry(five)).await;
        assert_eq!((run5.result.unwrap_err().attempts(), run5.requests), (5, 1 + 5));
    })
    .await;
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    each_case_where(Case::retried, |case| async move {
        let limited = Reply::json(429, SERVER_ERROR).header("retry-after", "1");
        let server = failing_then(1, limited, case.success_reply()).await;
        // With no backoff at all, only the header can make the client wait.
        let config = config().with_retry(RetryPolicy::default().with_delays(Duration::ZERO, Duration::ZERO));
        let run = run(&case, &server, config).await;
        assert_eq!((run.result.expect("succeeds").attempts(), run.requests), (2, 2));
        assert!(run.elapsed >= Duration::from_secs(1), "waited only {:?}", run.elapsed);
    })
    .await;
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    each_case_where(Case::retried, |case| async move {
        // Three seconds ahead: truncated to whole seconds, that is still more than two seconds away.
        let date = httpdate_in(Duration::from_secs(3));
        let server =
            failing_then(1, Reply::json(429, SERVER_ERROR).header("retry-after", &date), case.success_reply()).await;
        let config = config().with_retry(RetryPolicy::default().with_delays(Duration::ZERO, Duration::ZERO));
        let run = run(&case, &server, config).await;
        assert_eq!((run.result.expect("succeeds").attempts(), run.requests), (2, 2));
        assert!(run.elapsed >= Duration::from_secs(1), "waited only {:?}", run.elapsed);
    })
    .await;
}

fn httpdate_in(delay: Duration) -> String {
    let when = SystemTime::now() + delay;
    let seconds = when.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
    // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    let days = seconds / 86_400;
    let (hour, minute, second) = ((seconds / 3600) % 24, (seconds / 60) % 60, seconds % 60);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let (year, month, day) = civil_from_days(days as i64);
    let month =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month as usize - 1];
    format!("{weekday}, {day:02} {month} {year} {hour:02}:{minute:02}:{second:02} GMT")
}

/// Days since 1970-01-01 to (year, month, day) (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// A `Retry-After` that ends past the deadline is not awaited, however it is written: whole
/// seconds, a fraction (rounded up, not ignored), or more seconds than a `u64` holds (saturated,
/// not ignored): none of them makes the client retry at once.
#[tokio::test]
async fn a_retry_after_past_the_deadline_is_not_awaited() {
    each_case(|case| async move {
        let huge = "99999999999999999999999";
        for (value, asked) in
            [("30", Duration::from_secs(30)), ("2.5", Duration::from_secs(3)), (huge, Duration::from_secs(u64::MAX))]
        {
            let server = TestServer::always(Reply::json(429, SERVER_ERROR).header("retry-after", value)).await;
            let run = run(&case, &server, config().with_deadline(Duration::from_secs(2))).await;
            let Err(Error::RateLimited(error)) = run.result else { panic!("rate limited") };
            assert_eq!(error.retry_after, Some(asked), "{value}");
            assert_eq!((error.meta.attempts, run.requests), (1, 1), "{value}");
            assert!(run.elapsed < Duration::from_secs(1));
        }
    })
    .await;
}

#[tokio::test]
async fn persistent_429_is_rate_limited_after_retries() {
    each_case(|case| async move {
        let server = TestServer::always(Reply::json(429, SERVER_ERROR)).await;
        let run = run(&case, &server, config()).await;
        let tries = attempts(&case, 3);
        let Err(Error::RateLimited(error)) = run.result else { panic!("rate limited") };
        assert_eq!((error.meta.attempts, run.requests, error.retry_after), (tries, tries as usize, None));
        assert!(!case.retried() || error.to_string().contains("after 3 attempts"), "{error}");
        assert!(says_why_not_retried(&case, &Error::RateLimited(error)));
    })
    .await;
}

#[tokio::test]
async fn a_reset_connection_is_retried() {
    each_case_where(Case::retried, |case| async move {
        let server = failing_then(1, Reply::reset(), case.success_reply()).await;
        let run = run(&case, &server, config()).await;
        assert_eq!((run.result.expect("succeeds").attempts(), run.requests), (2, 2));
    })
    .await;
}

#[tokio::test]
async fn persistent_resets_are_a_transport_error() {
    each_case(|case| async move {
        let server = TestServer::always(Reply::reset()).await;
        let run = run(&case, &server, config()).await;
        let error = run.result.unwrap_err();
        assert!(matches!(error, Error::Transport(_)), "{error:?}");
        assert_eq!(run.requests, attempts(&case, 3) as usize);
        assert!(says_why_not_retried(&case, &error), "{error}");
    })
    .await;
}

#[tokio::test]
async fn a_reply_slower_than_the_attempt_timeout_times_out_after_retries() {
    each_case(|case| async move {
        let server = TestServer::always(case.success_reply().delayed(Duration::from_secs(2))).await;
        let run = run(&case, &server, config().with_attempt_timeout(Duration::from_millis(200))).await;
        let tries = attempts(&case, 3);
        let Err(Error::Timeout(timeout)) = run.result else { panic!("timeout") };
        assert_eq!(timeout.kind, TimeoutKind::Attempt(Duration::from_millis(200)));
        assert_eq!(timeout.attempts, tries, "{}", case.operation.operation_id);
        // An attempt that ran out of time on a busy machine may not have sent its request yet.
        assert!(run.requests <= tries as usize, "{}: {}", case.operation.operation_id, run.requests);
    })
    .await;
}

#[tokio::test]
async fn a_slow_reply_within_the_attempt_timeout_succeeds() {
    each_case(|case| async move {
        let server = TestServer::always(case.success_reply().delayed(Duration::from_millis(100))).await;
        let run = run(&case, &server, config()).await;
        assert_eq!((run.result.expect("succeeds").attempts(), run.requests), (1, 1));
    })
    .await;
}

#[tokio::test]
async fn the_deadline_ends_a_call_whatever_the_attempt_timeout() {
    each_case(|case| async move {
        let server = TestServer::always(case.success_reply().delayed(Duration::from_secs(5))).await;
        let config = config().with_attempt_timeout(Duration::from_secs(30)).with_deadline(Duration::from_millis(500));
        let run = run(&case, &server, config).await;
        let Err(Error::Timeout(timeout)) = run.result else { panic!("timeout") };
        assert_eq!(timeout.kind, TimeoutKind::Deadline(Duration::from_millis(500)));
        assert_eq!((timeout.attempts, run.requests), (1, 1));
        assert!(run.elapsed >= Duration::from_millis(500));
    })
    .await;
}

#[tokio::test]
async fn an_endless_slow_body_times_out() {
    each_case_where(Case::has_body, |case| async move {
        let server = TestServer::always(case.success_reply().with_fault(Fault::Drip(Duration::from_millis(20)))).await;
        let config = config().with_attempt_timeout(Duration::from_millis(300)).with_deadline(Duration::from_secs(3));
        let run = run(&case, &server, config).await;
        let Err(Error::Timeout(timeout)) = run.result else { panic!("timeout") };
        let tries = attempts(&case, 3);
        assert_eq!((timeout.kind, timeout.attempts), (TimeoutKind::Attempt(Duration::from_millis(300)), tries));
        // An attempt that ran out of time on a busy machine may not have sent its request yet.
        assert!(run.requests <= tries as usize, "{}: {}", case.operation.operation_id, run.requests);
    })
    .await;
}

#[tokio::test]
async fn a_body_cut_short_of_its_length_is_retried_then_a_transport_error() {
    each_case_where(Case::has_body, |case| async move {
        let cut = case.success.body.len() / 2;
        let server = TestServer::always(case.success_reply().with_fault(Fault::Truncate(cut))).await;
        let run = run(&case, &server, config()).await;
        let error = run.result.unwrap_err();
        assert!(matches!(error, Error::Transport(_)), "{error:?}");
        let tries = attempts(&case, 3);
        assert_eq!((error.attempts(), run.requests), (tries, tries as usize));
    })
    .await;
}

/// A loopback listener whose accept queue is full and never drained: the kernel drops further
/// connection attempts (SYNs), so a new connection to it hangs until the client gives up.
fn unanswering_listener() -> (String, socket2::Socket, Vec<std::net::TcpStream>) {
    use socket2::{Domain, Socket, Type};
    let listener = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    listener.bind(&std::net::SocketAddr::from(([127, 0, 0, 1], 0)).into()).unwrap();
    listener.listen(0).unwrap();
    let address = listener.local_addr().unwrap().as_socket().unwrap();
    // Fill the queue: connections the kernel completes but nobody accepts, until one hangs.
    let mut queued = Vec::new();
    while let Ok(stream) = std::net::TcpStream::connect_timeout(&address, Duration::from_millis(200)) {
        queued.push(stream);
        assert!(queued.len() < 64, "the accept queue never filled");
    }
    (format!("http://{address}"), listener, queued)
}

/// A connection that cannot be made within `connect_timeout` is reported as a connect timeout,
/// after the retries, not as an attempt timeout.
#[tokio::test]
async fn a_connect_timeout_is_reported_as_one() {
    let (base_url, _listener, _queued) = unanswering_listener();
    for case in cases::per_call_shape() {
        let connect = Duration::from_millis(100);
        let client = case.client(&base_url, config().with_connect_timeout(connect));
        let result = failed(case.call(&client).await);
        let Err(Error::Timeout(timeout)) = result else { panic!("{}: a timeout, not {result:?}", case.provider) };
        let tries = attempts(&case, 3);
        assert_eq!((timeout.kind, timeout.attempts), (TimeoutKind::Connect(connect), tries), "{}", case.provider);
        assert!(timeout.to_string().contains("connection timed out"), "{timeout}");
    }
}

/// A response type for calls made through the runtime directly (no spec behind them).
#[derive(Debug, serde::Deserialize)]
struct Thing {
    #[allow(dead_code, reason = "decoded, never read")]
    id: String,
}

static THING_SCHEMAS: pspkit_runtime::lenient::Schemas = pspkit_runtime::lenient::Schemas::new(
    r#"{"Thing":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"x-pspkit-identity":["id"]}}"#,
);

impl pspkit_runtime::lenient::Documented for Thing {
    const SCHEMAS: &'static pspkit_runtime::lenient::Schemas = &THING_SCHEMAS;
    const SCHEMA: &'static str = "Thing";
}

/// A provider for calls made through the runtime directly: `key` is its idempotency-key header.
fn provider_info(key: Option<&'static str>) -> &'static pspkit_runtime::ProviderInfo {
    Box::leak(Box::new(pspkit_runtime::ProviderInfo {
        name: "writes",
        user_agent: "pspkit-test/0",
        request_id_headers: &[],
        rate_limit: None,
        idempotency_key: key,
    }))
}

/// One call of `method` to `/things` through the runtime, with `header` set on the request.
#[allow(clippy::result_large_err, reason = "the runtime's public `Error`, as every generated `send` returns it")]
async fn call_things(
    provider: &'static pspkit_runtime::ProviderInfo,
    server: &TestServer,
    config: Config,
    method: reqwest::Method,
    header: Option<(&'static str, &'static str)>,
) -> Result<Response<Thing>, Error<Thing>> {
    use pspkit_runtime::{RequestBuilder, StatusClass, auth::AuthHeaders};
    let parts = pspkit_runtime::build_client(provider, AuthHeaders::new(), Some(server.base_url()), &config).unwrap();
    let url = parts.context.endpoint(parts.base_url.as_str(), "/things", "/things").unwrap();
    let build = || {
        let request = RequestBuilder::new(method.clone(), url.clone());
        let request = match header {
            Some((name, value)) => request.header(name, value),
            None => request,
        };
        request.json(&serde_json::json!({"name": "Leaky Person"})).build()
    };
    pspkit_runtime::send(&parts.context, &parts.http, build, "things", |status| match status {
        200 => StatusClass::Success,
        _ => StatusClass::Error,
    })
    .await
}

/// Methods HTTP defines as idempotent are retried; a POST or a PATCH without an idempotency key is
/// sent exactly once (against a server that always answers 503), and its error says it was not
/// retried because that would be unsafe.
#[tokio::test]
async fn writes_without_an_idempotency_key_are_sent_once_and_say_why() {
    use reqwest::Method;
    for (method, attempts) in
        [(Method::GET, 3), (Method::PUT, 3), (Method::DELETE, 3), (Method::POST, 1), (Method::PATCH, 1)]
    {
        let server = TestServer::always(Reply::json(503, SERVER_ERROR)).await;
        let error = call_things(provider_info(None), &server, config(), method.clone(), None).await.unwrap_err();
        assert_eq!(error.status().map(|status| status.as_u16()), Some(503), "{method}");
        let seen = server.requests_once(attempts, Duration::from_secs(2)).await;
        assert_eq!((error.attempts() as usize, seen.len()), (attempts, attempts), "{method}");
        assert!(seen.iter().all(|request| request.method == method.as_str()), "{method}");
        let unsafe_write = attempts == 1;
        assert_eq!(error.to_string().contains("not retried: a "), unsafe_write, "{method}: {error}");
        assert!(seen.iter().all(|request| request.header("idempotency-key").is_none()), "no key without the extension");
    }
}

/// With the spec's idempotency key, a create whose first attempt times out after the server
/// stored it is retried with the same key, and the server holds exactly one customer; the
/// caller's own key is kept; a GET never carries one.
#[tokio::test]
async fn a_write_with_an_idempotency_key_is_retried_with_the_same_key() {
    use std::collections::BTreeMap;
    use std::sync::Mutex;
    let provider = provider_info(Some("idempotency-key"));
    let stored: Arc<Mutex<BTreeMap<String, usize>>> = Arc::default();
    let store = stored.clone();
    let server = TestServer::start(move |request| {
        let key = request.header("idempotency-key").unwrap_or("none").to_owned();
        let mut stored = store.lock().unwrap();
        let seen = stored.entry(key).or_insert(0);
        *seen += 1;
        // The first copy is stored, but answered too late for the client's attempt timeout.
        let reply = Reply::json(200, r#"{"id":"cus_1"}"#);
        if *seen == 1 { reply.delayed(Duration::from_millis(400)) } else { reply }
    })
    .await;
    let config = config().with_attempt_timeout(Duration::from_millis(150));
    let created = call_things(provider, &server, config.clone(), reqwest::Method::POST, None).await.expect("retried");
    assert_eq!(created.attempts(), 2);
    let seen = server.requests_once(2, Duration::from_secs(2)).await;
    let keys: Vec<&str> = seen.iter().filter_map(|request| request.header("idempotency-key")).collect();
    assert_eq!(keys.len(), 2, "every attempt carries the key");
    assert_eq!(keys[0], keys[1], "the same key on every attempt");
    assert_eq!(stored.lock().unwrap().len(), 1, "exactly one stored customer");

    let own =
        call_things(provider, &server, config.clone(), reqwest::Method::POST, Some(("Idempotency-Key", "mine-1")))
            .await
            .expect("the caller's key");
    assert_eq!(own.attempts(), 2);
    assert_eq!(stored.lock().unwrap().get("mine-1"), Some(&2), "the caller's own key, on both attempts");

    let before = server.requests().len();
    call_things(provider, &server, config, reqwest::Method::GET, None).await.expect("a read");
    let get = &server.requests_once(before + 1, Duration::from_secs(2)).await[before];
    assert_eq!((get.method.as_str(), get.header("idempotency-key")), ("GET", None), "never on a GET");
}

/// Answers with `replies` in turn (the last one from then on).
async fn in_turn(replies: Vec<Reply>) -> TestServer {
    let count = Arc::new(AtomicUsize::new(0));
    TestServer::start(move |_| replies[count.fetch_add(1, Ordering::SeqCst).min(replies.len() - 1)].clone()).await
}

/// A reply marked with the attempt it answers: `x-attempt` and every request-id header the spec
/// names carry `attempt-<n>`.
fn marked(case: &Case, reply: Reply, attempt: u32) -> Reply {
    let mark = format!("attempt-{attempt}");
    let mut reply = reply.header("x-attempt", &mark);
    for header in case.provider.request_id_headers() {
        reply = reply.header(header, &mark);
    }
    reply
}

/// A transport error describes its own attempt: the response whose body broke off (status,
/// headers, request id), or none when the failing attempt got no response; never an earlier
/// attempt's. One case per retry sequence that ends in a transport error.
#[tokio::test]
async fn a_transport_error_describes_the_attempt_that_failed() {
    let retried_with_body = |case: &Case| case.retried() && case.has_body();
    each_case_where(retried_with_body, |case| async move {
        let busy = || Reply::json(503, SERVER_ERROR);
        let cut = || case.success_reply().with_fault(Fault::Truncate(10));
        // (three replies in turn, the third attempt's status when it had a response)
        let sequences: [([Reply; 3], Option<u16>); 5] = [
            ([cut(), cut(), cut()], Some(case.success.status)),
            ([busy(), busy(), cut()], Some(case.success.status)),
            ([busy(), cut(), Reply::reset()], None),
            ([busy(), busy(), Reply::reset()], None),
            ([cut(), busy(), Reply::reset()], None),
        ];
        let attempts = 3;
        for (replies, status) in sequences {
            let replies = replies.into_iter().zip(1..).map(|(reply, attempt)| marked(&case, reply, attempt)).collect();
            let server = in_turn(replies).await;
            let run = run(&case, &server, config()).await;
            let Err(Error::Transport(error)) = run.result else { panic!("{}: a transport error", case.provider) };
            assert_eq!((error.attempts, run.requests as u32), (attempts, attempts), "{}", case.provider);
            let meta = error.meta.as_ref();
            assert_eq!(meta.map(|meta| meta.status.as_u16()), status, "{}: {error}", case.provider);
            if let Some(meta) = meta {
                let mark = format!("attempt-{attempts}");
                assert_eq!(meta.headers.get("x-attempt").and_then(|v| v.to_str().ok()), Some(mark.as_str()));
                assert_eq!(meta.attempts, attempts);
                if !case.provider.request_id_headers().is_empty() {
                    assert_eq!(meta.request_id.as_deref(), Some(mark.as_str()), "{}", case.provider);
                }
            }
        }
    })
    .await;
}

#[tokio::test]
async fn truncated_json_and_non_json_bodies_are_undecodable_and_not_retried() {
    each_case_where(Case::has_body, |case| async move {
        let seed = case.success.body;
        let cut = (0..=seed.len() / 2).rev().find(|at| seed.is_char_boundary(*at)).unwrap_or(0);
        for body in [&seed[..cut], "<html>502 Bad Gateway</html>"] {
            let server = TestServer::always(Reply::json(case.success.status, body)).await;
            let run = run(&case, &server, config()).await;
            let Err(Error::UnexpectedResponse(error)) = run.result else { panic!("{body}: unexpected response") };
            assert!(matches!(error.reason, UnexpectedReason::UndecodableBody(_)));
            assert_eq!((&error.body[..], error.meta.attempts, run.requests), (body.as_bytes(), 1, 1));
        }
    })
    .await;
}

#[tokio::test]
async fn a_json_body_under_a_wrong_content_type_still_decodes() {
    each_case_where(Case::has_body, |case| async move {
        let (status, body) = (case.success.status, case.success.body.as_bytes());
        let server = TestServer::always(Reply::raw(status, "text/plain; charset=latin1", body)).await;
        let run = run(&case, &server, config()).await;
        let response = run.result.expect("the body decides, not the label");
        assert!(
            response.is_object() && response.deviations().is_empty(),
            "{}: {:?}",
            case.provider,
            response.deviations()
        );
    })
    .await;
}

#[tokio::test]
async fn bodies_over_the_cap_are_discarded_with_or_without_a_length() {
    each_case_where(Case::has_body, |case| async move {
        let padded = case.success_with("pad", Value::String("x".repeat(4096)));
        let server = TestServer::always(Reply::json(case.success.status, &padded)).await;
        let run1 = run(&case, &server, config().with_max_body_bytes(1024)).await;
        let Err(Error::UnexpectedResponse(error)) = run1.result else { panic!("body too large") };
        assert!(matches!(error.reason, UnexpectedReason::BodyTooLarge { limit: 1024 }));
        assert!(error.body.is_empty());
        assert_eq!((error.meta.attempts, run1.requests), (1, 1));

        let endless = TestServer::always(case.success_reply().with_fault(Fault::Drip(Duration::from_millis(1)))).await;
        let run2 = run(&case, &endless, config().with_max_body_bytes(64)).await;
        let Err(Error::UnexpectedResponse(error)) = run2.result else { panic!("body too large") };
        assert!(matches!(error.reason, UnexpectedReason::BodyTooLarge { limit: 64 }));
        assert!(error.to_string().contains("exceeded the 64-byte cap"), "{error}");
    })
    .await;
}

#[tokio::test]
async fn the_client_side_rate_limit_delays_the_call_over_the_limit() {
    each_case(|case| async move {
        let server = TestServer::always(case.success_reply()).await;
        let limit = pspkit_runtime::RateLimit { requests: 1, period: Duration::from_millis(400) };
        let client =
            case.client(server.base_url(), config().with_rate_limit(pspkit_runtime::RateLimitSetting::Custom(limit)));
        let started = Instant::now();
        case.call(&client).await.expect("first call");
        let first = started.elapsed();
        case.call(&client).await.expect("second call");
        assert!(first < Duration::from_millis(400), "the first call does not wait: {first:?}");
        assert!(
            started.elapsed() >= Duration::from_millis(400),
            "the second waits for its slot: {:?}",
            started.elapsed()
        );
        assert_eq!(server.requests().len(), 2);
    })
    .await;
}

/// A slot beyond the deadline is not waited for: the call ends at once, unsent, with
/// `Error::Throttled`, and reserves nothing (the refused calls do not push the next slot away).
#[tokio::test]
async fn a_rate_limit_slot_past_the_deadline_ends_the_call_at_once_unsent() {
    each_case(|case| async move {
        let server = TestServer::always(case.success_reply()).await;
        let limit = pspkit_runtime::RateLimit { requests: 1, period: Duration::from_millis(1500) };
        let config = config()
            .with_deadline(Duration::from_secs(1))
            .with_rate_limit(pspkit_runtime::RateLimitSetting::Custom(limit));
        let client = case.client(server.base_url(), config);
        let started = Instant::now();
        case.call(&client).await.expect("the first call has its slot");
        for _ in 0..20 {
            let Err(Error::Throttled(throttled)) = failed(case.call(&client).await) else {
                panic!("the next slot is 1.5 s away, past the 1 s deadline")
            };
            assert_eq!(throttled.attempts, 0);
            assert!(throttled.wait > Duration::from_secs(1), "{throttled}");
        }
        assert!(started.elapsed() < Duration::from_millis(500), "no refused call waited: {:?}", started.elapsed());
        assert_eq!(server.requests().len(), 1, "nothing was sent for the refused calls");
        // The refusals reserved nothing: once the period is over, the next call goes straight out.
        tokio::time::sleep_until((started + Duration::from_millis(1500)).into()).await;
        let next = Instant::now();
        case.call(&client).await.expect("the slot after the period");
        assert!(next.elapsed() < Duration::from_millis(500), "waited {:?}", next.elapsed());
    })
    .await;
}

/// A call cancelled while it waits for its slot gives the slot back: the next call gets it.
#[tokio::test]
async fn a_call_cancelled_while_it_waits_for_its_slot_gives_it_back() {
    each_case(|case| async move {
        let server = TestServer::always(case.success_reply()).await;
        let limit = pspkit_runtime::RateLimit { requests: 1, period: Duration::from_secs(1) };
        let client =
            case.client(server.base_url(), config().with_rate_limit(pspkit_runtime::RateLimitSetting::Custom(limit)));
        let started = Instant::now();
        case.call(&client).await.expect("the first call has its slot");
        let cancelled = tokio::time::timeout(Duration::from_millis(100), case.call(&client)).await;
        assert!(cancelled.is_err(), "the second call was still waiting for its slot, 1 s after the first");
        case.call(&client).await.expect("the third call takes the slot the second gave back");
        let elapsed = started.elapsed();
        assert!(
            elapsed >= Duration::from_secs(1) && elapsed < Duration::from_millis(1700),
            "the third call had the slot 1 s after the first, not 2 s: {elapsed:?}"
        );
        assert_eq!(server.requests().len(), 2, "the cancelled call sent nothing");
    })
    .await;
}

#[tokio::test]
async fn redirects_are_not_followed() {
    // reqwest drops `Authorization` on a redirect to another host, but not an API-key header: a
    // followed redirect would hand the credentials to whatever the `Location` names.
    each_case(|case| async move {
        for status in [301, 302, 307, 308] {
            let elsewhere = TestServer::always(case.success_reply()).await;
            let location = format!("{}/elsewhere", elsewhere.base_url());
            let server = TestServer::always(Reply::json(status, "{}").header("location", &location)).await;
            let run = run(&case, &server, config()).await;
            let error = run.result.expect_err("a redirect is not a success");
            assert_eq!(
                (error.status().map(|s| s.as_u16()), error.attempts(), run.requests),
                (Some(status), 1, 1),
                "{}",
                case.provider
            );
            assert!(elsewhere.requests().is_empty(), "{}: the redirect was followed", case.provider);
        }
    })
    .await;
}
