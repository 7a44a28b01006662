use std::ops::Deref;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::{Deviation, ProviderInfo};

/// Status, headers and request id of a provider's HTTP response.
#[derive(Clone, Debug)]
pub struct ResponseMeta {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The provider's request id, from the first of the spec's request-id headers that is present.
    pub request_id: Option<String>,
    /// How many attempts the call made up to and including this response.
    pub attempts: u32,
    /// Where the decoded body departed from the spec and was tolerated (empty for a body as
    /// documented, and for a body that was not decoded): the first
    /// [`MAX_DEVIATIONS`](crate::lenient::MAX_DEVIATIONS), sorted by path.
    pub deviations: Vec<Deviation>,
    /// How many more departures were tolerated and not listed in `deviations`.
    pub deviations_omitted: usize,
    /// Set when this response was worth a retry that the method made unsafe (a write without an
    /// idempotency key).
    pub not_retried: Option<crate::NotRetried>,
}

impl ResponseMeta {
    pub(crate) fn new(provider: &ProviderInfo, status: StatusCode, headers: HeaderMap, attempts: u32) -> Self {
        let request_id =
            provider.request_id_headers.iter().find_map(|name| headers.get(*name)?.to_str().ok()).map(str::to_owned);
        Self { status, headers, request_id, attempts, deviations: Vec::new(), deviations_omitted: 0, not_retried: None }
    }
}

/// A successful, decoded response. Dereferences to the decoded body.
#[derive(Clone, Debug)]
pub struct Response<T> {
    value: T,
    meta: ResponseMeta,
}

impl<T> Response<T> {
    pub(crate) fn new(value: T, meta: ResponseMeta) -> Self {
        Self { value, meta }
    }

    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.value
    }

    /// The same response with its body converted by `convert` (status, headers, request id and
    /// deviations kept).
    pub fn map<U>(self, convert: impl FnOnce(T) -> U) -> Response<U> {
        Response { value: convert(self.value), meta: self.meta }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.meta.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.meta.headers
    }

    /// The provider's request id, when the provider sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id.as_deref()
    }

    /// How many attempts the call made (1 when the first one succeeded).
    pub fn attempts(&self) -> u32 {
        self.meta.attempts
    }

    /// Where the body departed from the spec and was tolerated, by JSON pointer and kind (never
    /// the value); empty when it came as documented. Each call that tolerated something also
    /// logs one WARN event.
    pub fn deviations(&self) -> &[Deviation] {
        &self.meta.deviations
    }

    /// Status, headers and request id together.
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}
