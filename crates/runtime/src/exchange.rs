//! One call from start to finish: the request a generated operation built, its attempts under the
//! call's deadline, and the outcome as the runtime's [`Response`]/[`Error`].
//!
//! A generated `send()` builds its `reqwest::Request` from the spec's parameters (the `request()`
//! `cargo xtask codegen` emits from its operation model, checks included) and hands it to [`send`]
//! with the operation's documented statuses; nothing of progenitor's own send path (hooks,
//! `ResponseValue`) runs.

use bytes::Bytes;
use tracing::Instrument;

use crate::attempts::{self, Received};
use crate::error::{ProviderError, RateLimited, UnexpectedReason, UnexpectedResponse};
use crate::lenient;
use crate::{Context, Error, Response, ResponseMeta};

/// How an operation's spec documents a response status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusClass {
    /// A success whose body is the operation's success type.
    Success,
    /// An error whose body is the operation's error type.
    Error,
    /// A status the spec does not list.
    Undocumented,
}

/// Sends one generated operation's request and returns its outcome.
///
/// `build` makes the operation's request from its parameters (an invalid argument is an
/// [`Error::InvalidInput`], and nothing is sent); it runs once per attempt, so no copy of a request
/// is kept in case a retry happens. `documented` says how the spec documents each status. The
/// configured extra headers and the credentials are added, the attempts run under the call's
/// deadline (rate limiter, retries with backoff and `Retry-After`, one timer for every wait and
/// attempt, the body cap, a `pspkit.call` span with one `pspkit.attempt` span each), and the last
/// response's body is decoded tolerantly as `T` or `E` ([`lenient::Body`]: a documented type, or
/// `()` where the spec documents no body); what was tolerated
/// is in the outcome's `deviations`, with one WARN event.
pub async fn send<T, E>(
    context: &Context,
    http: &reqwest::Client,
    build: impl Fn() -> Result<reqwest::Request, Error<E>>,
    operation: &'static str,
    documented: fn(u16) -> StatusClass,
) -> Result<Response<T>, Error<E>>
where
    T: lenient::Body,
    E: lenient::Body,
{
    let span = tracing::debug_span!("pspkit.call", provider = context.provider.name, operation);
    let received = attempts::run(context, http, &build).instrument(span).await?;
    outcome(context, received, documented)
}

/// The outcome of a call whose last attempt got a response.
#[allow(clippy::result_large_err, reason = "the public `Error` every `send` returns, moved out once")]
fn outcome<T: lenient::Body, E: lenient::Body>(
    context: &Context,
    received: Received,
    documented: fn(u16) -> StatusClass,
) -> Result<Response<T>, Error<E>> {
    let Received { meta, body, too_large } = received;
    if too_large {
        let reason = UnexpectedReason::BodyTooLarge { limit: context.config.max_body_bytes };
        return Err(rate_limited(Error::UnexpectedResponse(UnexpectedResponse { meta, body: Bytes::new(), reason })));
    }
    let undecodable = |meta, body, reason| {
        Error::UnexpectedResponse(UnexpectedResponse { meta, body, reason: UnexpectedReason::UndecodableBody(reason) })
    };
    let error = match documented(meta.status.as_u16()) {
        StatusClass::Success => {
            return match T::decode_body(&body) {
                Ok(decoded) => {
                    let meta =
                        ResponseMeta { deviations: decoded.deviations, deviations_omitted: decoded.omitted, ..meta };
                    warn_deviations(context, &meta);
                    Ok(Response::new(decoded.value, meta))
                }
                Err(reason) => Err(undecodable(meta, body, reason)),
            };
        }
        StatusClass::Error => match E::decode_body(&body) {
            Ok(decoded) => {
                let meta = ResponseMeta { deviations: decoded.deviations, deviations_omitted: decoded.omitted, ..meta };
                warn_deviations(context, &meta);
                Error::Provider(ProviderError { meta, body: decoded.value })
            }
            Err(reason) => undecodable(meta, body, reason),
        },
        StatusClass::Undocumented => {
            Error::UnexpectedResponse(UnexpectedResponse { meta, body, reason: UnexpectedReason::UndocumentedStatus })
        }
    };
    Err(rate_limited(error))
}

/// One WARN event per response that needed tolerance: how many deviations in all, where the
/// listed ones are (at most `MAX_DEVIATIONS`) and how many are not listed.
fn warn_deviations(context: &Context, meta: &ResponseMeta) {
    if meta.deviations.is_empty() {
        return;
    }
    let paths: Vec<&str> = meta.deviations.iter().map(|deviation| deviation.path.as_str()).collect();
    tracing::warn!(
        provider = context.provider.name,
        status = meta.status.as_u16(),
        request_id = meta.request_id.as_deref().unwrap_or("-"),
        count = meta.deviations.len() + meta.deviations_omitted,
        omitted = meta.deviations_omitted,
        paths = %paths.join(", "),
        "the response departed from the spec; tolerated"
    );
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
