use std::fmt;
use std::time::Duration;

use bytes::Bytes;

use crate::{DecodeError, ResponseMeta};

/// Why a client could not be built. Never contains a secret.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfigError {
    /// The provider has no default environment and no base URL was given.
    MissingBaseUrl,
    /// A credential's environment variable is not set (or not UTF-8).
    MissingEnvironmentVariable {
        /// The variable's name.
        name: &'static str,
    },
    /// The base URL was rejected.
    InvalidBaseUrl {
        /// Which rule it broke.
        reason: &'static str,
    },
    /// A credential cannot be sent in an HTTP header (e.g. it contains a newline).
    InvalidCredential {
        /// The credential's field name (never its value).
        field: &'static str,
    },
    /// The HTTP client could not be set up (e.g. no TLS roots).
    HttpClient(reqwest::Error),
    /// Built with the `rustls-no-provider` feature, and no rustls crypto provider was installed as
    /// the process default before the client was built.
    NoCryptoProvider,
    /// `Config::extra_headers` names a header the client sets itself: the provider's idempotency
    /// key (one per call, never shared between calls), `Content-Type` (the body's), or a header
    /// the credentials are sent in (`Authorization` or the spec's API-key header).
    ReservedHeader {
        /// The header's name (lower case; never its value).
        name: String,
    },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingBaseUrl => {
                f.write_str("no base URL was configured: this provider has no public default, so call `base_url(...)`")
            }
            ConfigError::MissingEnvironmentVariable { name } => {
                write!(f, "the environment variable `{name}` is not set")
            }
            ConfigError::InvalidBaseUrl { reason } => write!(f, "the base URL is invalid: {reason}"),
            ConfigError::InvalidCredential { field } => {
                write!(f, "the credential `{field}` contains characters that cannot be sent in an HTTP header")
            }
            ConfigError::HttpClient(source) => write!(f, "the HTTP client could not be built: {source}"),
            ConfigError::NoCryptoProvider => f.write_str(
                "no rustls crypto provider is installed: with the `rustls-no-provider` feature, call \
                 `rustls::crypto::CryptoProvider::install_default` before building a client",
            ),
            ConfigError::ReservedHeader { name } => write!(
                f,
                "the extra header `{name}` is one the client sets itself (the idempotency key, the body's \
                 content type or a credential): it cannot be configured"
            ),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigError::HttpClient(source) => Some(source),
            _ => None,
        }
    }
}

/// A name that is not one of the provider's environments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEnvironment {
    /// The name given.
    pub given: String,
    /// The provider's environment names.
    pub known: Vec<&'static str>,
}

impl fmt::Display for UnknownEnvironment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown environment `{}`; this provider has: {}", self.given, self.known.join(", "))
    }
}

impl std::error::Error for UnknownEnvironment {}

/// Everything that can go wrong with a call; `E` is the provider's documented error body.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// An argument was rejected before anything was sent.
    InvalidInput(InvalidInput),
    /// The provider answered with a documented error status and body.
    Provider(ProviderError<E>),
    /// The provider answered with a status the spec does not list, or a body that does not decode.
    UnexpectedResponse(UnexpectedResponse),
    /// The request or response could not be transferred (connection, TLS, broken body), after retries.
    Transport(TransportError),
    /// The call ran out of time: an attempt exceeded its timeout (after retries), or the whole
    /// call exceeded its deadline.
    Timeout(Timeout),
    /// The provider still answered HTTP 429 when retries ran out (or asked to wait past the deadline).
    RateLimited(RateLimited),
    /// The client-side rate limit (`Config::rate_limit`) has no slot for the call's next attempt
    /// before its deadline: the call ended at once, without waiting and without that attempt.
    Throttled(Throttled),
    /// A paged list's `stream()` stopped: the provider's cursor did not advance, or there were
    /// more pages than `Config::max_pages`.
    Paging(PagingError),
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidInput(e) => e.fmt(f),
            Error::Provider(e) => e.fmt(f),
            Error::UnexpectedResponse(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::Timeout(e) => e.fmt(f),
            Error::RateLimited(e) => e.fmt(f),
            Error::Throttled(e) => e.fmt(f),
            Error::Paging(e) => e.fmt(f),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::UnexpectedResponse(e) => e.source(),
            Error::Transport(e) => e.source(),
            _ => None,
        }
    }
}

impl<E> Error<E> {
    /// An [`Error::InvalidInput`] with `message` (which names the parameter and its rule).
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Error::InvalidInput(InvalidInput { message: message.into() })
    }

    /// Status, headers and request id of the provider's response, when there was one.
    pub fn response_meta(&self) -> Option<&ResponseMeta> {
        match self {
            Error::Provider(e) => Some(&e.meta),
            Error::UnexpectedResponse(e) => Some(&e.meta),
            Error::Transport(e) => e.meta.as_ref(),
            Error::RateLimited(e) => Some(&e.meta),
            Error::InvalidInput(_) | Error::Timeout(_) | Error::Throttled(_) | Error::Paging(_) => None,
        }
    }

    /// How many attempts the call made before failing (0 when nothing was sent).
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Timeout(e) => e.attempts,
            Error::Transport(e) => e.attempts,
            Error::Throttled(e) => e.attempts,
            other => other.response_meta().map_or(0, |meta| meta.attempts),
        }
    }

    /// The HTTP status of the provider's response, when there was one.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        self.response_meta().map(|meta| meta.status)
    }

    /// The provider's request id, when its response carried one.
    pub fn request_id(&self) -> Option<&str> {
        self.response_meta()?.request_id.as_deref()
    }

    /// The same error with a documented error body converted by `convert`; every other kind is
    /// unchanged.
    pub fn map_body<F>(self, convert: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Error::Provider(ProviderError { meta, body }) => {
                Error::Provider(ProviderError { meta, body: convert(body) })
            }
            Error::InvalidInput(e) => Error::InvalidInput(e),
            Error::UnexpectedResponse(e) => Error::UnexpectedResponse(e),
            Error::Transport(e) => Error::Transport(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::RateLimited(e) => Error::RateLimited(e),
            Error::Throttled(e) => Error::Throttled(e),
            Error::Paging(e) => Error::Paging(e),
        }
    }
}

/// An argument that breaks a rule of the spec; nothing was sent.
#[derive(Debug, Clone)]
pub struct InvalidInput {
    /// Names the parameter and the rule it breaks.
    pub message: String,
}

impl fmt::Display for InvalidInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid input, nothing was sent: {}", self.message)
    }
}

impl std::error::Error for InvalidInput {}

/// A documented error response from the provider. Its decoded body is in `body`; `Debug` and
/// `Display` leave it out, because some providers' error bodies are free-form JSON that can echo
/// what was sent (names, emails).
pub struct ProviderError<E> {
    /// Status, headers and request id.
    pub meta: ResponseMeta,
    /// The decoded error body.
    pub body: E,
}

/// Shows the metadata and the body's type, never the body's content.
impl<E> fmt::Debug for ProviderError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderError")
            .field("meta", &self.meta)
            .field("body", &format_args!("<{}>", std::any::type_name::<E>()))
            .finish()
    }
}

impl<E> fmt::Display for ProviderError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the provider answered with an error: HTTP {}", self.meta.status)?;
        write_request_id(f, &self.meta)
    }
}

impl<E: fmt::Debug> std::error::Error for ProviderError<E> {}

/// Why a response counts as unexpected.
#[non_exhaustive]
pub enum UnexpectedReason {
    /// The spec lists no response for this status.
    UndocumentedStatus,
    /// The body does not decode as the type the spec gives for this status: where, and what kind
    /// of problem (never a value from the body).
    UndecodableBody(DecodeError),
    /// The body exceeded the configured cap and was discarded unread.
    BodyTooLarge {
        /// The cap, in bytes (`Config::max_body_bytes`).
        limit: usize,
    },
}

/// A response the spec does not describe. Keeps the raw body (up to the body cap) in `body`;
/// neither `Display` nor `Debug` shows it, nor any value from it (it may hold personal data):
/// they give its size, and for an undecodable body what kind of problem and where.
pub struct UnexpectedResponse {
    /// Status, headers and request id.
    pub meta: ResponseMeta,
    /// The raw response body.
    pub body: Bytes,
    /// What made it unexpected.
    pub reason: UnexpectedReason,
}

impl fmt::Display for UnexpectedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.reason {
            UnexpectedReason::UndocumentedStatus => {
                write!(f, "the provider answered with HTTP {}, which the spec does not document", self.meta.status)?
            }
            UnexpectedReason::UndecodableBody(e) => {
                write!(f, "the provider's HTTP {} response body could not be decoded ({e})", self.meta.status,)?
            }
            UnexpectedReason::BodyTooLarge { limit } => {
                write!(f, "the provider's HTTP {} response body exceeded the {limit}-byte cap", self.meta.status)?
            }
        }
        write_request_id(f, &self.meta)?;
        write!(f, "; body: {} bytes", self.body.len())
    }
}

/// Shows the metadata, the body's size and the reason, never the body's content.
impl fmt::Debug for UnexpectedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnexpectedResponse")
            .field("meta", &self.meta)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .field("reason", &self.reason)
            .finish()
    }
}

/// An undecodable body's problem without serde's message, which quotes the offending value
/// (`invalid type: string "jane@…"`).
impl fmt::Debug for UnexpectedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnexpectedReason::UndocumentedStatus => f.write_str("UndocumentedStatus"),
            UnexpectedReason::UndecodableBody(e) => write!(f, "UndecodableBody({e})"),
            UnexpectedReason::BodyTooLarge { limit } => f.debug_struct("BodyTooLarge").field("limit", limit).finish(),
        }
    }
}

impl std::error::Error for UnexpectedResponse {
    /// For an undecodable body, the [`DecodeError`] (a path and a kind, never a value).
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.reason {
            UnexpectedReason::UndecodableBody(error) => Some(error),
            _ => None,
        }
    }
}

/// A connection, TLS, timeout or body-transfer failure.
#[derive(Debug)]
pub struct TransportError {
    /// The failing attempt's own response (status, headers, request id), when the failure came
    /// while reading its body; `None` when that attempt got no response (never an earlier
    /// attempt's).
    pub meta: Option<ResponseMeta>,
    /// Attempts made.
    pub attempts: u32,
    /// The underlying error, without the request URL (which may hold personal data).
    pub source: reqwest::Error,
    /// Set when the failure was worth a retry that the method made unsafe.
    pub not_retried: Option<NotRetried>,
}

impl TransportError {
    /// Whether the failure was a timeout.
    pub fn is_timeout(&self) -> bool {
        self.source.is_timeout()
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the request failed in transport: {}", self.source)?;
        if let Some(meta) = &self.meta {
            write!(f, " (after HTTP {}", meta.status)?;
            if let Some(id) = &meta.request_id {
                write!(f, ", request id {id}")?;
            }
            f.write_str(")")?;
        }
        write_not_retried(f, self.not_retried.as_ref())
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Which time limit a call ran into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// The last attempt could not connect within `Config::connect_timeout`.
    Connect(Duration),
    /// One attempt exceeded `Config::attempt_timeout` (and retries, if any, did too).
    Attempt(Duration),
    /// The whole call exceeded `Config::deadline`.
    Deadline(Duration),
}

/// The call ran out of time.
#[derive(Debug, Clone)]
pub struct Timeout {
    /// Which limit was hit.
    pub kind: TimeoutKind,
    /// How long the call ran.
    pub elapsed: Duration,
    /// Attempts started.
    pub attempts: u32,
    /// Set when the timeout was worth a retry that the method made unsafe.
    pub not_retried: Option<NotRetried>,
}

impl fmt::Display for Timeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            TimeoutKind::Connect(limit) => write!(f, "the connection timed out: none was made within {limit:?}")?,
            TimeoutKind::Attempt(limit) => write!(f, "the request timed out: no attempt finished within {limit:?}")?,
            TimeoutKind::Deadline(limit) => write!(f, "the call exceeded its {limit:?} deadline")?,
        }
        write!(f, " ({} attempts in {:?})", self.attempts, self.elapsed)?;
        write_not_retried(f, self.not_retried.as_ref())
    }
}

impl std::error::Error for Timeout {}

/// The provider answered HTTP 429 after the last attempt.
#[derive(Debug, Clone)]
pub struct RateLimited {
    /// Status, headers, request id and attempts of the last response.
    pub meta: ResponseMeta,
    /// How long the provider asked to wait (`Retry-After`), when it said.
    pub retry_after: Option<Duration>,
}

impl fmt::Display for RateLimited {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the provider rate-limited the call (HTTP 429) after {} attempts", self.meta.attempts)?;
        if let Some(wait) = self.retry_after {
            write!(f, "; it asked to retry after {wait:?}")?;
        }
        write_request_id(f, &self.meta)
    }
}

impl std::error::Error for RateLimited {}

/// The client-side rate limiter had no slot before the call's deadline.
#[derive(Debug, Clone)]
pub struct Throttled {
    /// How long the next slot was away (`Duration::MAX` when the schedule is beyond the clock).
    pub wait: Duration,
    /// The call's deadline (`Config::deadline`).
    pub deadline: Duration,
    /// Attempts sent before this one could not be (0: nothing was sent).
    pub attempts: u32,
}

impl fmt::Display for Throttled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the client-side rate limit has no free slot before the call's ")?;
        write!(f, "{:?} deadline (the next is ", self.deadline)?;
        if self.wait == Duration::MAX {
            f.write_str("beyond the clock")?;
        } else {
            write!(f, "{:?} away", self.wait)?;
        }
        write!(f, "); the call ended without waiting, after {} attempts", self.attempts)
    }
}

impl std::error::Error for Throttled {}

/// Why a paged list's stream stopped with an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PagingProblem {
    /// The next page's cursor, next link or offset is one the stream already sent (the same
    /// again, or an earlier one: the provider's paging went back or cycles).
    CursorDidNotAdvance,
    /// A page ended with an item an earlier page ended with: the provider served a page again
    /// (e.g. it ignores the offset and keeps saying more pages follow). Its items are not yielded.
    PageRepeated,
    /// A page said more pages may follow, but its last item has no cursor to ask for them: the
    /// list cannot go on, and stopping there would look like its end.
    MissingCursor,
    /// A page's next link points somewhere other than the operation's own endpoint on the same
    /// host (another host, scheme, port or path, or credentials in it): it is not followed, so
    /// the request and its credentials never go there.
    LinkElsewhere,
    /// Another page would exceed `Config::max_pages`.
    TooManyPages,
}

/// A paged list's stream stopped instead of looping.
#[derive(Debug, Clone)]
pub struct PagingError {
    /// Pages fetched before it stopped.
    pub pages: u32,
    /// Why.
    pub problem: PagingProblem,
}

impl fmt::Display for PagingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.problem {
            PagingProblem::CursorDidNotAdvance => write!(
                f,
                "the paged list stopped after {} pages: the provider's cursor did not advance (it asked for a page \
                 already fetched)",
                self.pages
            ),
            PagingProblem::PageRepeated => write!(
                f,
                "the paged list stopped after {} pages: the provider served a page again (its last item ended an \
                 earlier page)",
                self.pages
            ),
            PagingProblem::MissingCursor => write!(
                f,
                "the paged list stopped after {} pages: more pages were promised, but the last item has no cursor \
                 to ask for them",
                self.pages
            ),
            PagingProblem::LinkElsewhere => write!(
                f,
                "the paged list stopped after {} pages: the provider's next link leaves the operation's endpoint, \
                 and is not followed",
                self.pages
            ),
            PagingProblem::TooManyPages => write!(
                f,
                "the paged list stopped after {} pages, the configured most (`Config::max_pages`)",
                self.pages
            ),
        }
    }
}

impl std::error::Error for PagingError {}

/// A call that failed in a way worth retrying and was not retried, because its method is not
/// idempotent and the spec declares no idempotency key (`x-pspkit-idempotency-key`): a second copy
/// of the write could not be told apart from the first, so it is never sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotRetried {
    /// The request's method, e.g. `POST`.
    pub method: reqwest::Method,
}

impl fmt::Display for NotRetried {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not retried: a {} is sent at most once, as the spec declares no idempotency key", self.method)
    }
}

/// The request id, and why the call was not retried, after an error's sentence.
fn write_request_id(f: &mut fmt::Formatter<'_>, meta: &ResponseMeta) -> fmt::Result {
    if let Some(id) = &meta.request_id {
        write!(f, " (request id {id})")?;
    }
    write_not_retried(f, meta.not_retried.as_ref())
}

fn write_not_retried(f: &mut fmt::Formatter<'_>, not_retried: Option<&NotRetried>) -> fmt::Result {
    match not_retried {
        Some(not_retried) => write!(f, "; {not_retried}"),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body of personal data that also fails to decode: neither `Display` nor `Debug` repeats
    /// any of it.
    #[test]
    fn unexpected_responses_show_no_body_content() {
        let body = r#""jane.doe@example.com""#;
        let meta = ResponseMeta {
            status: reqwest::StatusCode::OK,
            headers: reqwest::header::HeaderMap::new(),
            request_id: None,
            attempts: 1,
            deviations: Vec::new(),
            deviations_omitted: 0,
            not_retried: None,
        };
        let error = UnexpectedResponse {
            meta,
            body: Bytes::from_static(body.as_bytes()),
            reason: UnexpectedReason::UndecodableBody(DecodeError::Shape { line: 1, column: 22 }),
        };
        let (display, debug) = (error.to_string(), format!("{error:?}"));
        for shown in [&display, &debug] {
            assert!(!shown.contains("jane"), "{shown}");
        }
        assert!(display.contains("does not match the spec's types at line 1, column 22"), "{display}");
        assert!(display.ends_with("body: 22 bytes") && debug.contains("<22 bytes>"), "{display} / {debug}");
        let source = std::error::Error::source(&error).map(ToString::to_string);
        assert_eq!(source.as_deref(), Some("JSON that does not match the spec's types at line 1, column 22"));
    }
}
