//! One call from start to finish: the deadline around it, the state its attempts record, and the
//! conversion of progenitor's result into the runtime's [`Response`]/[`Error`].
//!
//! progenitor drops the status and headers when a documented body fails to decode, and knows
//! nothing of attempts or body caps. The `execute` hook therefore records each attempt in a
//! task-local [`CallState`] that [`complete`] opens around one call.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;

use bytes::Bytes;
use progenitor_client::ResponseValue;
use tokio::time::Instant;

use crate::error::{
    InvalidInput, ProviderError, RateLimited, Timeout, TimeoutKind, TransportError, UnexpectedReason,
    UnexpectedResponse,
};
use crate::lenient::{self, DecodeError, Deviation, Documented};
use crate::{Context, Error, Response, ResponseMeta};

/// What the attempts of the current call have recorded.
#[derive(Debug)]
pub(crate) struct CallState {
    /// When the whole call must be over.
    pub(crate) deadline: Instant,
    /// Attempts started so far.
    pub(crate) attempts: u32,
    /// The last response received.
    pub(crate) last: Option<ResponseMeta>,
    /// Whether the last response's body exceeded the cap (and was discarded).
    pub(crate) body_too_large: bool,
    /// Which limit ended the call, when the hook's timer did.
    pub(crate) timed_out: Option<TimeoutKind>,
    /// The last response's body, read by the hook (up to the cap) and taken by [`response_value`].
    pub(crate) body: Option<Bytes>,
    /// What [`response_value`] tolerated to decode the last body.
    pub(crate) deviations: Vec<Deviation>,
    /// Why [`response_value`] could not decode the last body.
    pub(crate) undecodable: Option<DecodeError>,
}

tokio::task_local! {
    // Boxed: tokio swaps a task-local's value in and out of its slot on every poll, so a
    // pointer-sized value keeps each poll of the call from copying the whole state twice.
    static CALL: Box<RefCell<CallState>>;
}

/// Runs `f` on the current call's state; `None` outside [`complete`] (progenitor's raw API).
pub(crate) fn with_call<R>(f: impl FnOnce(&mut CallState) -> R) -> Option<R> {
    CALL.try_with(|state| f(&mut state.borrow_mut())).ok()
}

/// Runs one generated operation under the client's deadline and converts its outcome.
///
/// Generated `send()` methods call this with progenitor's own `send` future. The deadline is
/// enforced by the `execute` hook's timer, which covers every wait and attempt of the call (what
/// progenitor does outside the hook is CPU work on an already-read body).
///
/// The future comes boxed from the call site: progenitor's request future is large, and moving
/// it by value through this function and the task-local scope showed up as the largest `memcpy`
/// in the profile.
pub async fn complete<T, E, F>(context: &Context, call: Pin<Box<F>>) -> Result<Response<T>, Error<E>>
where
    F: Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>>,
{
    let started = Instant::now();
    let state = Box::new(RefCell::new(CallState {
        deadline: started + context.config.deadline,
        attempts: 0,
        last: None,
        body_too_large: false,
        timed_out: None,
        body: None,
        deviations: Vec::new(),
        undecodable: None,
    }));
    let (outcome, state) = CALL
        .scope(state, async {
            let outcome = call.await;
            let state = CALL.with(|state| {
                let mut state = state.borrow_mut();
                CallState {
                    last: state.last.take(),
                    body: state.body.take(),
                    deviations: std::mem::take(&mut state.deviations),
                    undecodable: state.undecodable.take(),
                    ..*state
                }
            });
            (outcome, state)
        })
        .await;
    let timeout = |kind| Timeout { kind, elapsed: started.elapsed(), attempts: state.attempts };
    if let Some(kind) = state.timed_out {
        return Err(Error::Timeout(timeout(kind)));
    }
    match outcome {
        _ if state.body_too_large => Err(body_too_large(context, state)),
        Ok(value) => {
            // The attempt already captured this response's headers; no second copy.
            let mut meta = match state.last {
                Some(meta) if meta.status == value.status() => meta,
                _ => ResponseMeta::new(context.provider, value.status(), value.headers().clone(), state.attempts),
            };
            meta.deviations = state.deviations;
            warn_deviations(context, &meta);
            Ok(Response::new(value.into_inner(), meta))
        }
        Err(error) if transport_timed_out(&error) => {
            Err(Error::Timeout(timeout(TimeoutKind::Attempt(context.config.attempt_timeout))))
        }
        Err(error) => Err(convert_error(context, error, state).await),
    }
}

/// Decodes a documented response: what generated code calls where progenitor's
/// `ResponseValue::from_response` stood (the post-pass rewrites every call).
///
/// The `execute` hook has already read the body (to enforce the cap and retry a broken one) and
/// moved the headers into the call's [`ResponseMeta`]; this decodes that body, so the response is
/// neither rebuilt nor its headers copied again. Outside a call (no hook state), the response's
/// own body is read.
///
/// The body decodes tolerantly ([`lenient::decode`]): what was tolerated is recorded in the call's
/// state and ends up in the response's (or provider error's) `deviations`.
pub async fn response_value<T, E>(response: reqwest::Response) -> Result<ResponseValue<T>, progenitor_client::Error<E>>
where
    T: Documented,
{
    let status = response.status();
    let body = match with_call(|call| call.body.take()).flatten() {
        Some(body) => body,
        None => response.bytes().await.map_err(progenitor_client::Error::ResponseBodyError)?,
    };
    match lenient::decode::<T>(&body) {
        Ok(decoded) => {
            with_call(|call| call.deviations = decoded.deviations);
            Ok(ResponseValue::new(decoded.value, status, reqwest::header::HeaderMap::new()))
        }
        Err(error) => {
            // progenitor's error needs a serde error; it carries only the value-free description.
            let source = <serde_json::Error as serde::de::Error>::custom(&error);
            with_call(|call| call.undecodable = Some(error));
            Err(progenitor_client::Error::InvalidResponsePayload(body, source))
        }
    }
}

/// One WARN event per response that needed tolerance: how many deviations, and where.
fn warn_deviations(context: &Context, meta: &ResponseMeta) {
    if meta.deviations.is_empty() {
        return;
    }
    let paths: Vec<&str> = meta.deviations.iter().map(|deviation| deviation.path.as_str()).collect();
    tracing::warn!(
        provider = context.provider.name,
        status = meta.status.as_u16(),
        request_id = meta.request_id.as_deref().unwrap_or("-"),
        count = meta.deviations.len(),
        paths = %paths.join(", "),
        "the response departed from the spec; tolerated"
    );
}

fn transport_timed_out<E>(error: &progenitor_client::Error<E>) -> bool {
    use progenitor_client::Error as P;
    matches!(error, P::CommunicationError(e) | P::ResponseBodyError(e) if e.is_timeout())
}

fn body_too_large<E>(context: &Context, state: CallState) -> Error<E> {
    let meta = state.last.unwrap_or_else(|| ResponseMeta::unknown(state.attempts));
    let limit = context.config.max_body_bytes;
    Error::UnexpectedResponse(UnexpectedResponse {
        meta,
        body: Bytes::new(),
        reason: UnexpectedReason::BodyTooLarge { limit },
    })
}

async fn convert_error<E>(context: &Context, error: progenitor_client::Error<E>, state: CallState) -> Error<E> {
    use progenitor_client::Error as P;
    let CallState { attempts, last, body, deviations, undecodable, .. } = state;
    // The hook recorded every response it returned, with its headers; progenitor's copies are
    // empty. The fallback (no recorded response) is unreachable through generated clients.
    let recorded_or = |last: Option<ResponseMeta>, status, headers: &reqwest::header::HeaderMap| {
        last.unwrap_or_else(|| ResponseMeta::new(context.provider, status, headers.clone(), attempts))
    };
    let error = match error {
        P::InvalidRequest(message) | P::Custom(message) => return Error::InvalidInput(InvalidInput { message }),
        P::ErrorResponse(value) => {
            let mut meta = recorded_or(last, value.status(), value.headers());
            meta.deviations = deviations;
            warn_deviations(context, &meta);
            Error::Provider(ProviderError { meta, body: value.into_inner() })
        }
        P::InvalidResponsePayload(body, source) => {
            let meta = last.unwrap_or_else(|| ResponseMeta::unknown(attempts));
            // Outside a call (progenitor's raw API) only serde's position is known.
            let reason = undecodable.unwrap_or(DecodeError::Shape { line: source.line(), column: source.column() });
            Error::UnexpectedResponse(UnexpectedResponse {
                meta,
                body,
                reason: UnexpectedReason::UndecodableBody(reason),
            })
        }
        P::UnexpectedResponse(response) => {
            let meta = recorded_or(last, response.status(), response.headers());
            let body = match body {
                Some(body) => Ok(body),
                None => response.bytes().await,
            };
            match body {
                Ok(body) => Error::UnexpectedResponse(UnexpectedResponse {
                    meta,
                    body,
                    reason: UnexpectedReason::UndocumentedStatus,
                }),
                Err(source) => {
                    Error::Transport(TransportError { meta: Some(meta), attempts, source: source.without_url() })
                }
            }
        }
        P::CommunicationError(source) | P::InvalidUpgrade(source) | P::ResponseBodyError(source) => {
            Error::Transport(TransportError { meta: last, attempts, source: source.without_url() })
        }
    };
    rate_limited(error)
}

/// A final 429 (retries exhausted, or a `Retry-After` beyond the deadline) is its own error.
fn rate_limited<E>(error: Error<E>) -> Error<E> {
    match error.response_meta() {
        Some(meta) if meta.status == reqwest::StatusCode::TOO_MANY_REQUESTS => {
            let meta = meta.clone();
            let retry_after = crate::retry::retry_after(&meta.headers, std::time::SystemTime::now());
            Error::RateLimited(RateLimited { meta, retry_after })
        }
        _ => error,
    }
}
