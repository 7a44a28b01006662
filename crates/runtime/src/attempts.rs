//! The attempts of one call: authentication, the rate limiter, retries with backoff, the body cap
//! and tracing. [`crate::send`] runs them for every generated operation.

use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use std::time::{Duration, SystemTime};

use bytes::{Bytes, BytesMut};
use tokio::time::{Instant, Sleep};
use tracing::{Instrument, field};

use crate::exchange::CallState;
use crate::{Context, ResponseMeta, TimeoutKind, retry};

/// Prepares a request: adds the configured extra headers, then the credentials (which win over an
/// extra header of the same name).
pub(crate) fn prepare(context: &Context, request: &mut reqwest::Request) {
    let headers = request.headers_mut();
    for (name, value) in &context.config.extra_headers {
        headers.insert(name.clone(), value.clone());
    }
    for (name, value) in context.auth.iter() {
        headers.insert(name.clone(), value.clone());
    }
}

/// Sends a request, retrying idempotent ones as [`crate::RetryPolicy`] describes, and reads its
/// body (up to the cap) so that every attempt's outcome is known before deciding on the next.
///
/// One timer serves the whole call: it is set to the end of each wait (rate limiter, backoff) or
/// attempt (`Config::attempt_timeout`, cut short by `Config::deadline`) in turn. reqwest's own
/// per-request timer is not used (the client is built without one). When the timer ends an
/// attempt or a wait, the call state records which limit was hit and this returns a placeholder
/// response that [`crate::send`] replaces with the timeout error. Every attempt's status, headers
/// and body (read up to the cap) are recorded in `state`.
///
/// Each call is a `pspkit.call` span (provider, operation) holding one `pspkit.attempt` span per
/// attempt (attempt, status, request id, latency), at DEBUG: per-request spans cost a formatting
/// subscriber several microseconds, so they stay off at the usual INFO level. Failed attempts are
/// INFO events and retries WARN events. No URL, header value or body is ever logged:
/// paths can hold personal data (Juspay ids may be emails) and headers hold credentials.
pub(crate) async fn run(
    context: &Context,
    http: &reqwest::Client,
    request: reqwest::Request,
    state: &mut CallState,
) -> reqwest::Result<reqwest::Response> {
    let config = &context.config;
    let deadline = state.deadline;
    let mut timer = std::pin::pin!(tokio::time::sleep_until(deadline));
    let max_attempts = if retry::is_idempotent(request.method()) { config.retry.max_attempts.max(1) } else { 1 };
    let mut request = request;
    let mut attempt = 1;
    loop {
        if let Some(limiter) = &context.limiter {
            let wait = limiter.reserve();
            if !wait.is_zero() && !wait_until(timer.as_mut(), Instant::now() + wait, deadline).await {
                return Ok(timed_out(TimeoutKind::Deadline(config.deadline), state));
            }
        }
        let next = if attempt < max_attempts { request.try_clone() } else { None };
        let attempt_ends = Instant::now() + config.attempt_timeout;
        let kind = if attempt_ends < deadline {
            TimeoutKind::Attempt(config.attempt_timeout)
        } else {
            TimeoutKind::Deadline(config.deadline)
        };
        timer.as_mut().reset(attempt_ends.min(deadline));
        let outcome = match race(attempt_once(context, http, request, attempt, state), timer.as_mut()).await {
            Some(outcome) => Attempt::Finished(outcome),
            None => {
                tracing::info!(error = "timeout", "attempt failed");
                Attempt::TimedOut(kind)
            }
        };
        let Some(next) = next else { return outcome.into_result(state) };
        let Some(wait) = wait_before_retry(context, &outcome, attempt, deadline, state) else {
            return outcome.into_result(state);
        };
        tracing::warn!(attempt, wait_ms = wait.as_millis() as u64, "retrying");
        // `wait_before_retry` only returns waits that end before the deadline.
        wait_until(timer.as_mut(), Instant::now() + wait, deadline).await;
        request = next;
        attempt += 1;
    }
}

/// How an attempt ended.
enum Attempt {
    /// With a response or a transport error.
    Finished(reqwest::Result<reqwest::Response>),
    /// The timer ran out first (the attempt's own timeout or the call's deadline).
    TimedOut(TimeoutKind),
}

impl Attempt {
    fn into_result(self, state: &mut CallState) -> reqwest::Result<reqwest::Response> {
        match self {
            Attempt::Finished(result) => result,
            Attempt::TimedOut(kind) => Ok(timed_out(kind, state)),
        }
    }
}

/// Polls `work` until it finishes (`Some`) or `timer` ends (`None`), whichever comes first.
async fn race<F: Future>(work: F, mut timer: Pin<&mut Sleep>) -> Option<F::Output> {
    let mut work = std::pin::pin!(work);
    std::future::poll_fn(|cx| {
        if let Poll::Ready(output) = work.as_mut().poll(cx) {
            return Poll::Ready(Some(output));
        }
        timer.as_mut().poll(cx).map(|()| None)
    })
    .await
}

/// Waits on the call's timer until `until`, or until `deadline` if that comes first; `false` when
/// the deadline was reached.
async fn wait_until(mut timer: Pin<&mut Sleep>, until: Instant, deadline: Instant) -> bool {
    timer.as_mut().reset(until.min(deadline));
    timer.await;
    until < deadline
}

/// Records that the call ran out of time, and returns the placeholder response `send` discards.
fn timed_out(kind: TimeoutKind, state: &mut CallState) -> reqwest::Response {
    state.timed_out = Some(kind);
    reqwest::Response::from(http::Response::new(Bytes::new()))
}

/// How long to wait before the next attempt, or `None` when this outcome is final.
fn wait_before_retry(
    context: &Context,
    outcome: &Attempt,
    attempt: u32,
    deadline: Instant,
    state: &CallState,
) -> Option<Duration> {
    let backoff = || retry::backoff(&context.config.retry, attempt);
    let wait = match outcome {
        Attempt::Finished(Ok(response)) if retry::is_retryable_status(response.status()) => {
            // The headers were moved into the recorded metadata.
            let now = SystemTime::now();
            state.last.as_ref().and_then(|meta| retry::retry_after(&meta.headers, now)).unwrap_or_else(backoff)
        }
        Attempt::Finished(Ok(_)) => return None,
        Attempt::Finished(Err(error)) if retry::is_retryable_error(error) => backoff(),
        Attempt::Finished(Err(_)) => return None,
        Attempt::TimedOut(TimeoutKind::Attempt(_)) => backoff(),
        Attempt::TimedOut(TimeoutKind::Deadline(_)) => return None,
    };
    // A wait that would end past the deadline cannot lead to a usable answer: stop here.
    (wait < deadline.saturating_duration_since(Instant::now())).then_some(wait)
}

async fn attempt_once(
    context: &Context,
    http: &reqwest::Client,
    request: reqwest::Request,
    attempt: u32,
    state: &mut CallState,
) -> reqwest::Result<reqwest::Response> {
    let span = tracing::debug_span!(
        "pspkit.attempt",
        attempt,
        status = field::Empty,
        request_id = field::Empty,
        latency_ms = field::Empty
    );
    // Counted when it starts, so an attempt the deadline cuts short is still counted.
    state.attempts = attempt;
    let started = Instant::now();
    let result = fetch_buffered(http, request, context.config.max_body_bytes).instrument(span.clone()).await;
    let latency_ms = started.elapsed().as_millis() as u64;
    span.record("latency_ms", latency_ms);
    match result {
        Ok((mut response, body, too_large)) => {
            let headers = std::mem::take(response.headers_mut());
            let meta = ResponseMeta::new(context.provider, response.status(), headers, attempt);
            span.record("status", meta.status.as_u16());
            if let Some(id) = &meta.request_id {
                span.record("request_id", id.as_str());
            }
            span.in_scope(|| tracing::debug!(status = meta.status.as_u16(), latency_ms, "attempt finished"));
            // The call state keeps the headers and body: `send` decodes the body and builds the
            // outcome from both, so the response is handed on as it is.
            state.last = Some(meta);
            state.body = Some(body);
            state.body_too_large = too_large;
            Ok(response)
        }
        Err(error) => {
            let kind = error_kind(&error);
            span.in_scope(|| tracing::info!(error = kind, latency_ms, "attempt failed"));
            Err(error)
        }
    }
}

/// A kind for logs: the error's own text includes the URL.
fn error_kind(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "connect"
    } else if error.is_body() || error.is_decode() {
        "body"
    } else {
        "request"
    }
}

/// Sends the request and reads the whole body, up to `cap` bytes. A larger body is discarded
/// (the flag is `true`) so a hostile server cannot exhaust memory. The response comes back with
/// its body consumed.
async fn fetch_buffered(
    http: &reqwest::Client,
    request: reqwest::Request,
    cap: usize,
) -> reqwest::Result<(reqwest::Response, Bytes, bool)> {
    let mut response = http.execute(request).await?;
    let declared = response.content_length().and_then(|length| usize::try_from(length).ok());
    let mut too_large = declared.is_some_and(|length| length > cap);
    let mut body = Body::default();
    while !too_large && let Some(chunk) = response.chunk().await? {
        too_large = body.len() + chunk.len() > cap;
        if !too_large {
            body.push(chunk);
        }
    }
    let body = if too_large { Bytes::new() } else { body.into_bytes() };
    Ok((response, body, too_large))
}

/// Body chunks, joined only when there is more than one.
#[derive(Default)]
struct Body {
    first: Option<Bytes>,
    rest: Option<BytesMut>,
}

impl Body {
    fn len(&self) -> usize {
        self.first.as_ref().map_or(0, Bytes::len) + self.rest.as_ref().map_or(0, BytesMut::len)
    }

    fn push(&mut self, chunk: Bytes) {
        match (&self.first, &mut self.rest) {
            (None, _) => self.first = Some(chunk),
            (Some(_), Some(rest)) => rest.extend_from_slice(&chunk),
            (Some(_), None) => self.rest = Some(BytesMut::from(&chunk[..])),
        }
    }

    fn into_bytes(self) -> Bytes {
        match (self.first, self.rest) {
            (Some(first), None) => first,
            (Some(first), Some(rest)) => {
                let mut joined = BytesMut::with_capacity(first.len() + rest.len());
                joined.extend_from_slice(&first);
                joined.extend_from_slice(&rest);
                joined.freeze()
            }
            (None, _) => Bytes::new(),
        }
    }
}
