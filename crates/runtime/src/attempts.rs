//! The attempts of one call: authentication, the rate limiter, retries with backoff, the body cap
//! and tracing. [`crate::send`] runs them for every generated operation.

use std::future::Future;
use std::ops::ControlFlow;
use std::pin::Pin;
use std::task::Poll;
use std::time::{Duration, SystemTime};

use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderName, HeaderValue};
use tokio::time::{Instant, Sleep};
use tracing::field;

use crate::error::{NotRetried, Throttled, Timeout, TransportError};
use crate::{Context, Error, ResponseMeta, TimeoutKind, retry};

/// The response of a call's last attempt, with its body read (up to the cap).
pub(crate) struct Received {
    /// Status, headers (moved out of the response) and request id.
    pub(crate) meta: ResponseMeta,
    /// The body, empty when it was over the cap.
    pub(crate) body: Bytes,
    /// Whether the body exceeded the cap (and was discarded).
    pub(crate) too_large: bool,
}

/// How an attempt failed to get a response.
enum Failure {
    /// A transport error, body included (a truncated body is one), with the status and headers
    /// of this attempt's response when the failure came while reading its body.
    Transport(reqwest::Error, Option<Box<ResponseMeta>>),
    /// The timer ran out first (the attempt's own timeout or the call's deadline).
    TimedOut(TimeoutKind),
}

/// Prepares a request: adds the configured extra headers where the request has no header of that
/// name (an operation's own headers, its body's `Content-Type` and a caller's idempotency key stay
/// as they are), then the credentials. `build_client` already refused extra headers named like the
/// idempotency key, `Content-Type` or a credential.
fn prepare(context: &Context, request: &mut reqwest::Request) {
    let headers = request.headers_mut();
    for name in context.config.extra_headers.keys() {
        if let reqwest::header::Entry::Vacant(entry) = headers.entry(name) {
            let mut values = context.config.extra_headers.get_all(name).iter().cloned();
            if let Some(first) = values.next() {
                let mut occupied = entry.insert_entry(first);
                values.for_each(|value| occupied.append(value));
            }
        }
    }
    for (name, value) in context.auth.iter() {
        headers.insert(name.clone(), value.clone());
    }
}

/// Runs a call's attempts: builds each attempt's request with `build` (so no copy is kept in case
/// of a retry), retries idempotent ones as [`crate::RetryPolicy`] describes, and reads each body (up
/// to the cap) so that every attempt's outcome is known before deciding on the next. Returns the
/// last attempt's response, or the error that ended the call (an invalid argument, a timeout, a
/// transport failure).
///
/// One timer serves the whole call: it is set to the end of each wait (rate limiter, backoff) or
/// attempt (`Config::attempt_timeout`, cut short by `Config::deadline`) in turn. reqwest's own
/// per-request timer is not used (the client is built without one).
///
/// Each attempt is a `pspkit.attempt` span (attempt, status, request id, latency) at DEBUG:
/// per-request spans cost a formatting subscriber several microseconds, so they stay off at the
/// usual INFO level. Failed attempts are INFO events and retries WARN events. No URL, header value
/// or body is ever logged: paths can hold personal data (Juspay ids may be emails) and headers
/// hold credentials.
pub(crate) async fn run<E>(
    context: &Context,
    http: &reqwest::Client,
    build: &impl Fn() -> Result<reqwest::Request, Error<E>>,
) -> Result<Received, Error<E>> {
    // Kept small on purpose: every value held across an `.await` below is part of the future every
    // call moves and polls, so each attempt's work is done in plain functions.
    let config = &context.config;
    let started = Instant::now();
    let deadline = later(started, config.deadline);
    let mut timer = std::pin::pin!(tokio::time::sleep_until(deadline));
    // A write's idempotency key: made (or taken from the caller's request) once, sent on every attempt.
    let mut key: Option<HeaderValue> = None;
    let mut attempt = 1;
    loop {
        if let Some(limiter) = &context.limiter {
            // A slot is reserved only if its wait ends before the deadline; an unused one (the
            // call is cancelled while it waits) is given back when `slot` drops.
            let budget = deadline.saturating_duration_since(Instant::now());
            let slot = limiter.reserve_within(budget).map_err(|wait| {
                Error::Throttled(Throttled { wait, deadline: config.deadline, attempts: attempt - 1 })
            })?;
            if !slot.wait.is_zero() {
                wait_until(timer.as_mut(), later(Instant::now(), slot.wait), deadline).await;
            }
            slot.used();
        }
        let (pending, retry_safety) = start(context, http, build()?, &mut key);
        let attempt_started = Instant::now();
        let attempt_ends = later(attempt_started, config.attempt_timeout);
        let kind = if attempt_ends < deadline {
            TimeoutKind::Attempt(config.attempt_timeout)
        } else {
            TimeoutKind::Deadline(config.deadline)
        };
        timer.as_mut().reset(attempt_ends.min(deadline));
        let span = tracing::debug_span!(
            "pspkit.attempt",
            attempt,
            status = field::Empty,
            request_id = field::Empty,
            latency_ms = field::Empty
        );
        let ended = Ended { attempt, started: attempt_started, kind, span: &span };
        let more = attempt < config.retry.max_attempts;
        let outcome = ended.record(
            context,
            Race { work: read_buffered(pending, config.max_body_bytes), timer: timer.as_mut(), span: &span }.await,
        );
        let wait = match next(context, outcome, attempt, more.then_some(retry_safety), deadline, started) {
            ControlFlow::Break(result) => return result,
            ControlFlow::Continue(wait) => wait,
        };
        // `next` only returns waits that end before the deadline.
        wait_until(timer.as_mut(), later(Instant::now(), wait), deadline).await;
        attempt += 1;
    }
}

/// `instant + duration`, saturating: a duration too long for the clock (`Duration::MAX` as "no
/// deadline") is the far future, about 30 years on, as tokio's own timers treat it.
fn later(instant: Instant, duration: Duration) -> Instant {
    const FAR_FUTURE: Duration = Duration::from_secs(86_400 * 365 * 30);
    instant.checked_add(duration.min(FAR_FUTURE)).unwrap_or(instant)
}

/// Whether an attempt's request may be sent again.
enum RetrySafety {
    /// Its method is idempotent, or it carries an idempotency key.
    Safe,
    /// A write without an idempotency key: sent at most once.
    Unsafe(reqwest::Method),
}

/// Prepares an attempt's request and starts sending it; whether it may be sent again. A write
/// (a method HTTP does not define as idempotent) carries the provider's idempotency key when the
/// spec declares one: the caller's own, if its request has one, else a fresh one; `key` keeps it
/// for the call's next attempts.
fn start(
    context: &Context,
    http: &reqwest::Client,
    mut request: reqwest::Request,
    key: &mut Option<HeaderValue>,
) -> (impl Future<Output = reqwest::Result<reqwest::Response>> + use<>, RetrySafety) {
    prepare(context, &mut request);
    let safety = if retry::is_idempotent(request.method()) {
        RetrySafety::Safe
    } else if let Some(name) =
        context.provider.idempotency_key.and_then(|name| HeaderName::from_bytes(name.as_bytes()).ok())
    {
        let value = key.get_or_insert_with(|| {
            request.headers().get(&name).cloned().unwrap_or_else(|| {
                HeaderValue::try_from(retry::idempotency_key()).expect("a UUID is a valid header value")
            })
        });
        request.headers_mut().insert(name, value.clone());
        RetrySafety::Safe
    } else {
        RetrySafety::Unsafe(request.method().clone())
    };
    (http.execute(request), safety)
}

/// An attempt that just ended, for the records of its end.
struct Ended<'a> {
    attempt: u32,
    started: Instant,
    kind: TimeoutKind,
    span: &'a tracing::Span,
}

impl Ended<'_> {
    /// The status, headers (moved out of the response) and request id of this attempt's response.
    fn meta(&self, context: &Context, mut response: reqwest::Response) -> ResponseMeta {
        let headers = std::mem::take(response.headers_mut());
        ResponseMeta::new(context.provider, response.status(), headers, self.attempt)
    }

    /// Records how the attempt ended (span fields and events) and keeps its response's status,
    /// headers and request id (for a body that failed to arrive too).
    fn record(
        &self,
        context: &Context,
        result: Option<Result<(reqwest::Response, Bytes, bool), Broken>>,
    ) -> Result<Received, Failure> {
        let span = self.span;
        let latency_ms = || self.started.elapsed().as_millis() as u64;
        match result {
            Some(Ok((response, body, too_large))) => {
                let meta = self.meta(context, response);
                if !span.is_disabled() {
                    let latency_ms = latency_ms();
                    span.record("status", meta.status.as_u16());
                    span.record("latency_ms", latency_ms);
                    if let Some(id) = &meta.request_id {
                        span.record("request_id", id.as_str());
                    }
                    span.in_scope(|| tracing::debug!(status = meta.status.as_u16(), latency_ms, "attempt finished"));
                }
                Ok(Received { meta, body, too_large })
            }
            Some(Err(Broken { error, response })) => {
                let kind = error_kind(&error);
                span.in_scope(|| tracing::info!(error = kind, latency_ms = latency_ms(), "attempt failed"));
                let meta = response.map(|response| Box::new(self.meta(context, response)));
                Err(Failure::Transport(error, meta))
            }
            None => {
                span.in_scope(|| tracing::info!(error = "timeout", latency_ms = latency_ms(), "attempt failed"));
                Err(Failure::TimedOut(self.kind))
            }
        }
    }
}

/// Decides what follows attempt number `attempt` of a call that started at `started`: the call's
/// result when no more attempts are allowed (`retry` is `None`), the outcome is not worth one (or
/// a retry could not end before the deadline), or the request may not be sent again (then the
/// result says so), otherwise the wait before the next attempt (with a WARN event). A transport
/// error that ends the call describes its own attempt's response, if it had one.
fn next<E>(
    context: &Context,
    outcome: Result<Received, Failure>,
    attempt: u32,
    retry: Option<RetrySafety>,
    deadline: Instant,
    started: Instant,
) -> ControlFlow<Result<Received, Error<E>>, Duration> {
    let wait = if retry.is_some() { wait_before_retry(context, &outcome, attempt, deadline) } else { None };
    let (wait, not_retried) = match (wait, retry) {
        (Some(_), Some(RetrySafety::Unsafe(method))) => (None, Some(NotRetried { method })),
        (wait, _) => (wait, None),
    };
    let Some(wait) = wait else {
        return ControlFlow::Break(match outcome {
            Ok(mut received) => {
                received.meta.not_retried = not_retried;
                Ok(received)
            }
            Err(Failure::TimedOut(kind)) => Err(timeout(kind, started, attempt, not_retried)),
            // reqwest's only timer is the connect timeout (the attempt's is the call's timer).
            Err(Failure::Transport(error, _)) if error.is_timeout() => {
                let kind = if error.is_connect() {
                    TimeoutKind::Connect(context.config.connect_timeout)
                } else {
                    TimeoutKind::Attempt(context.config.attempt_timeout)
                };
                Err(timeout(kind, started, attempt, not_retried))
            }
            Err(Failure::Transport(error, meta)) => Err(Error::Transport(TransportError {
                meta: meta.map(|meta| *meta),
                attempts: attempt,
                source: error.without_url(),
                not_retried,
            })),
        });
    };
    tracing::warn!(attempt, wait_ms = wait.as_millis() as u64, "retrying");
    ControlFlow::Continue(wait)
}

/// The call ran out of time after `attempts` attempts.
fn timeout<E>(kind: TimeoutKind, started: Instant, attempts: u32, not_retried: Option<NotRetried>) -> Error<E> {
    Error::Timeout(Timeout { kind, elapsed: started.elapsed(), attempts, not_retried })
}

pin_project_lite::pin_project! {
    /// An attempt's work raced against the call's timer, polled inside the attempt's span: its
    /// output (`Some`), or `None` when the timer ends first.
    struct Race<'a, F> {
        #[pin]
        work: F,
        timer: Pin<&'a mut Sleep>,
        span: &'a tracing::Span,
    }
}

impl<F: Future> Future for Race<'_, F> {
    type Output = Option<F::Output>;

    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let _entered = this.span.enter();
        if let Poll::Ready(output) = this.work.poll(cx) {
            return Poll::Ready(Some(output));
        }
        this.timer.as_mut().poll(cx).map(|()| None)
    }
}

/// Waits on the call's timer until `until`, or until `deadline` if that comes first.
async fn wait_until(mut timer: Pin<&mut Sleep>, until: Instant, deadline: Instant) {
    timer.as_mut().reset(until.min(deadline));
    timer.await;
}

/// How long to wait before the next attempt, or `None` when this outcome is final.
fn wait_before_retry(
    context: &Context,
    outcome: &Result<Received, Failure>,
    attempt: u32,
    deadline: Instant,
) -> Option<Duration> {
    let backoff = || retry::backoff(&context.config.retry, attempt);
    let wait = match outcome {
        Ok(received) if retry::is_retryable_status(received.meta.status) => {
            retry::retry_after(&received.meta.headers, SystemTime::now()).unwrap_or_else(backoff)
        }
        Ok(_) => return None,
        Err(Failure::Transport(error, _)) if retry::is_retryable_error(error) => backoff(),
        Err(Failure::Transport(..)) => return None,
        Err(Failure::TimedOut(TimeoutKind::Deadline(_))) => return None,
        Err(Failure::TimedOut(_)) => backoff(),
    };
    // A wait that would end past the deadline cannot lead to a usable answer: stop here.
    (wait < deadline.saturating_duration_since(Instant::now())).then_some(wait)
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

/// A transport failure, with the response when it came while reading the body.
struct Broken {
    error: reqwest::Error,
    response: Option<reqwest::Response>,
}

impl From<reqwest::Error> for Broken {
    fn from(error: reqwest::Error) -> Self {
        Self { error, response: None }
    }
}

/// Awaits the response and reads the whole body, up to `cap` bytes. A larger body is discarded
/// (the flag is `true`) so a hostile server cannot exhaust memory. The response comes back with
/// its body consumed, also when reading the body failed.
async fn read_buffered(
    pending: impl Future<Output = reqwest::Result<reqwest::Response>>,
    cap: usize,
) -> Result<(reqwest::Response, Bytes, bool), Broken> {
    let mut response = pending.await?;
    let declared = response.content_length().and_then(|length| usize::try_from(length).ok());
    let mut too_large = declared.is_some_and(|length| length > cap);
    let mut body = Body::default();
    while !too_large {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(error) => return Err(Broken { error, response: Some(response) }),
        };
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
