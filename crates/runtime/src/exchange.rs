//! One call from start to finish: the request a generated operation built, its attempts under the
//! call's deadline, and the outcome as the runtime's [`Response`]/[`Error`].
//!
//! A generated `send()` builds its `reqwest::Request` from the spec's parameters (progenitor's
//! request-building code, checks included) and hands it to [`send`] with the operation's
//! documented statuses; nothing of progenitor's own send path (hooks, `ResponseValue`) runs.

use bytes::Bytes;
use tokio::time::Instant;
use tracing::Instrument;

use crate::error::{
    InvalidInput, ProviderError, RateLimited, Timeout, TimeoutKind, TransportError, UnexpectedReason,
    UnexpectedResponse,
};
use crate::lenient;
use crate::{Context, Error, Response, ResponseMeta, attempts};

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
    /// Which limit ended the call, when the attempts' timer did.
    pub(crate) timed_out: Option<TimeoutKind>,
    /// The last response's body, read by the attempt (up to the cap).
    pub(crate) body: Option<Bytes>,
}

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
/// `request` is what the operation built from its parameters; `documented` says how the spec
/// documents each status. The configured extra headers and the credentials are added, the
/// attempts run under the call's deadline (rate limiter, retries with backoff and `Retry-After`,
/// one timer for every wait and attempt, the body cap, a `pspkit.call` span with one
/// `pspkit.attempt` span each), and the last response's body is decoded tolerantly as `T` or `E`
/// ([`lenient::decode`]); what was tolerated is in the outcome's `deviations`, with one WARN event.
pub async fn send<T, E>(
    context: &Context,
    http: &reqwest::Client,
    mut request: reqwest::Request,
    operation: &'static str,
    documented: fn(u16) -> StatusClass,
) -> Result<Response<T>, Error<E>>
where
    T: lenient::Documented,
    E: lenient::Documented,
{
    let started = Instant::now();
    attempts::prepare(context, &mut request);
    let mut state = CallState {
        deadline: started + context.config.deadline,
        attempts: 0,
        last: None,
        body_too_large: false,
        timed_out: None,
        body: None,
    };
    let span = tracing::debug_span!("pspkit.call", provider = context.provider.name, operation);
    let result = attempts::run(context, http, request, &mut state).instrument(span).await;
    if let Some(kind) = state.timed_out {
        return Err(Error::Timeout(Timeout { kind, elapsed: started.elapsed(), attempts: state.attempts }));
    }
    match result {
        Err(error) if error.is_timeout() => Err(Error::Timeout(Timeout {
            kind: TimeoutKind::Attempt(context.config.attempt_timeout),
            elapsed: started.elapsed(),
            attempts: state.attempts,
        })),
        Err(error) => Err(Error::Transport(TransportError {
            meta: state.last,
            attempts: state.attempts,
            source: error.without_url(),
        })),
        Ok(_) => outcome(context, state, documented),
    }
}

/// The outcome of a call whose last attempt got a response (recorded in `state`).
#[allow(clippy::result_large_err, reason = "the public `Error` every `send` returns, moved out once")]
fn outcome<T: lenient::Documented, E: lenient::Documented>(
    context: &Context,
    state: CallState,
    documented: fn(u16) -> StatusClass,
) -> Result<Response<T>, Error<E>> {
    let meta = state.last.unwrap_or_else(|| ResponseMeta::unknown(state.attempts));
    let body = state.body.unwrap_or_default();
    if state.body_too_large {
        let reason = UnexpectedReason::BodyTooLarge { limit: context.config.max_body_bytes };
        return Err(rate_limited(Error::UnexpectedResponse(UnexpectedResponse { meta, body: Bytes::new(), reason })));
    }
    let undecodable = |meta, body, reason| {
        Error::UnexpectedResponse(UnexpectedResponse { meta, body, reason: UnexpectedReason::UndecodableBody(reason) })
    };
    let error = match documented(meta.status.as_u16()) {
        StatusClass::Success => {
            return match lenient::decode::<T>(&body) {
                Ok(decoded) => {
                    let meta = ResponseMeta { deviations: decoded.deviations, ..meta };
                    warn_deviations(context, &meta);
                    Ok(Response::new(decoded.value, meta))
                }
                Err(reason) => Err(undecodable(meta, body, reason)),
            };
        }
        StatusClass::Error => match lenient::decode::<E>(&body) {
            Ok(decoded) => {
                let meta = ResponseMeta { deviations: decoded.deviations, ..meta };
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

/// The runtime's error for a request the operation could not build: an argument that breaks the
/// spec's rules (progenitor's `InvalidRequest`, with the message the generator wrote), or a
/// request reqwest refused to build. Nothing was sent.
pub fn unsent<E>(error: progenitor_client::Error<E>) -> Error<E> {
    use progenitor_client::Error as P;
    match error {
        P::InvalidRequest(message) | P::Custom(message) => Error::InvalidInput(InvalidInput { message }),
        P::CommunicationError(source) => {
            Error::Transport(TransportError { meta: None, attempts: 0, source: source.without_url() })
        }
        _ => Error::InvalidInput(InvalidInput { message: "the request could not be built".to_owned() }),
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
