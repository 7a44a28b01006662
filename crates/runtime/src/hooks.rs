//! The progenitor hooks every generated client delegates to.
//!
//! A generated crate implements `progenitor_client::ClientHooks` for its `Client` with one-line
//! methods that call these functions, so all request behaviour lives here.

use reqwest::header::HeaderName;

use crate::{Context, ResponseMeta, exchange};

/// progenitor sends `api-version: <info.version>` on every request; no provider asks for it.
const PROGENITOR_API_VERSION: HeaderName = HeaderName::from_static("api-version");

/// Prepares a request: removes progenitor's `api-version` header and adds the credentials.
pub fn prepare(context: &Context, request: &mut reqwest::Request) {
    let headers = request.headers_mut();
    headers.remove(PROGENITOR_API_VERSION);
    for (name, value) in context.auth.iter() {
        headers.insert(name.clone(), value.clone());
    }
}

/// Sends a request and records the response's metadata for error reporting.
pub async fn execute(
    context: &Context,
    http: &reqwest::Client,
    request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let response = http.execute(request).await?;
    exchange::record(ResponseMeta::new(context.provider, response.status(), response.headers().clone()));
    Ok(response)
}
