//! The progenitor hooks every generated client delegates to.
//!
//! A generated crate implements `progenitor_client::ClientHooks` for its `Client` with one-line
//! methods that call these functions, so all request behaviour lives here: authentication, the
//! rate limiter, retries with backoff, the body cap and tracing.

use std::time::SystemTime;

use bytes::{Bytes, BytesMut};
use reqwest::header::HeaderName;
use tokio::time::Instant;
use tracing::{Instrument, field};

use crate::exchange::with_call;
use crate::{Context, ResponseMeta, retry};

/// progenitor sends `api-version: <info.version>` on every request; no provider asks for it.
const PROGENITOR_API_VERSION: HeaderName = HeaderName::from_static("api-version");

/// Prepares a request: removes progenitor's `api-version` header, adds the configured extra
/// headers, then the credentials (which win over an extra header of the same name).
pub fn prepare(context: &Context, request: &mut reqwest::Request) {
    let headers = request.headers_mut();
    headers.remove(PROGENITOR_API_VERSION);
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
/// Each call is a `pspkit.call` span (provider, operation) holding one `pspkit.attempt` span per
/// attempt (attempt, status, request id, latency), at DEBUG: per-request spans cost a formatting
/// subscriber several microseconds, so they stay off at the usual INFO level. Failed attempts are
/// INFO events and retries WARN events. No URL, header value or body is ever logged:
/// paths can hold personal data (Juspay ids may be emails) and headers hold credentials.
pub async fn execute(
    context: &Context,
    http: &reqwest::Client,
    request: reqwest::Request,
    operation: &'static str,
) -> reqwest::Result<reqwest::Response> {
    let span = tracing::debug_span!("pspkit.call", provider = context.provider.name, operation);
    Box::pin(attempts(context, http, request).instrument(span)).await
}

async fn attempts(
    context: &Context,
    http: &reqwest::Client,
    request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let policy = &context.config.retry;
    let max_attempts = if retry::is_idempotent(request.method()) { policy.max_attempts.max(1) } else { 1 };
    let mut request = request;
    let mut attempt = 1;
    loop {
        let next = if attempt < max_attempts { request.try_clone() } else { None };
        if let Some(limiter) = &context.limiter {
            limiter.acquire().await;
        }
        let outcome = attempt_once(context, http, request, attempt).await;
        let Some(next) = next else { return outcome };
        let Some(wait) = wait_before_retry(context, &outcome, attempt) else { return outcome };
        tracing::warn!(attempt, wait_ms = wait.as_millis() as u64, "retrying");
        tokio::time::sleep(wait).await;
        request = next;
        attempt += 1;
    }
}

/// How long to wait before the next attempt, or `None` when this outcome is final.
fn wait_before_retry(
    context: &Context,
    outcome: &reqwest::Result<reqwest::Response>,
    attempt: u32,
) -> Option<std::time::Duration> {
    let backoff = || retry::backoff(&context.config.retry, attempt);
    let wait = match outcome {
        Ok(response) if retry::is_retryable_status(response.status()) => {
            retry::retry_after(response.headers(), SystemTime::now()).unwrap_or_else(backoff)
        }
        Ok(_) => return None,
        Err(error) if retry::is_retryable_error(error) => backoff(),
        Err(_) => return None,
    };
    let remaining = with_call(|call| call.deadline.saturating_duration_since(Instant::now()));
    // A wait that would end past the deadline cannot lead to a usable answer: stop here.
    match remaining {
        Some(remaining) if wait >= remaining => None,
        _ => Some(wait),
    }
}

async fn attempt_once(
    context: &Context,
    http: &reqwest::Client,
    request: reqwest::Request,
    attempt: u32,
) -> reqwest::Result<reqwest::Response> {
    let span = tracing::debug_span!(
        "pspkit.attempt",
        attempt,
        status = field::Empty,
        request_id = field::Empty,
        latency_ms = field::Empty
    );
    // Counted when it starts, so an attempt the deadline cuts short is still counted.
    with_call(|call| call.attempts = attempt);
    let started = Instant::now();
    let result = fetch_buffered(http, request, context.config.max_body_bytes).instrument(span.clone()).await;
    let latency_ms = started.elapsed().as_millis() as u64;
    span.record("latency_ms", latency_ms);
    match &result {
        Ok((response, too_large)) => {
            let meta = ResponseMeta::new(context.provider, response.status(), response.headers().clone(), attempt);
            span.record("status", meta.status.as_u16());
            if let Some(id) = &meta.request_id {
                span.record("request_id", id.as_str());
            }
            span.in_scope(|| tracing::debug!(status = meta.status.as_u16(), latency_ms, "attempt finished"));
            with_call(|call| {
                call.last = Some(meta);
                call.body_too_large = *too_large;
            });
        }
        Err(error) => {
            let kind = error_kind(error);
            span.in_scope(|| tracing::info!(error = kind, latency_ms, "attempt failed"));
        }
    }
    result.map(|(response, _)| response)
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
/// (the flag is `true`) so a hostile server cannot exhaust memory.
async fn fetch_buffered(
    http: &reqwest::Client,
    request: reqwest::Request,
    cap: usize,
) -> reqwest::Result<(reqwest::Response, bool)> {
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
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = response.status();
    *rebuilt.version_mut() = response.version();
    *rebuilt.headers_mut() = std::mem::take(response.headers_mut());
    Ok((reqwest::Response::from(rebuilt), too_large))
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
