//! Turns progenitor's result into the runtime's [`Response`]/[`Error`].
//!
//! progenitor drops the status and headers when a documented body fails to decode. The `exec`
//! hook therefore records the metadata of each response in a task-local slot that [`complete`]
//! opens around one call, so every error can still report status, headers and request id.

use std::cell::RefCell;
use std::future::Future;

use bytes::Bytes;
use progenitor_client::ResponseValue;

use crate::error::{InvalidInput, ProviderError, TransportError, UnexpectedReason, UnexpectedResponse};
use crate::{Context, Error, Response, ResponseMeta};

tokio::task_local! {
    static LAST_RESPONSE: RefCell<Option<ResponseMeta>>;
}

/// Records the metadata of the response the current call received (called by the `exec` hook).
pub(crate) fn record(meta: ResponseMeta) {
    // Outside `complete` (a caller using progenitor's raw API) there is nothing to record into.
    let _ = LAST_RESPONSE.try_with(|slot| *slot.borrow_mut() = Some(meta));
}

/// Runs one generated operation and converts its outcome into the runtime's types.
///
/// Generated `send()` methods call this with progenitor's own `send` future.
pub async fn complete<T, E>(
    context: &Context,
    call: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>>,
) -> Result<Response<T>, Error<E>> {
    let (result, last) = LAST_RESPONSE
        .scope(RefCell::new(None), async {
            let result = call.await;
            (result, LAST_RESPONSE.with(|slot| slot.take()))
        })
        .await;
    match result {
        Ok(value) => {
            let meta = ResponseMeta::new(context.provider, value.status(), value.headers().clone());
            Ok(Response::new(value.into_inner(), meta))
        }
        Err(error) => Err(convert_error(context, error, last).await),
    }
}

async fn convert_error<E>(
    context: &Context,
    error: progenitor_client::Error<E>,
    last: Option<ResponseMeta>,
) -> Error<E> {
    use progenitor_client::Error as P;
    match error {
        P::InvalidRequest(message) | P::Custom(message) => Error::InvalidInput(InvalidInput { message }),
        P::ErrorResponse(value) => {
            let meta = ResponseMeta::new(context.provider, value.status(), value.headers().clone());
            Error::Provider(ProviderError { meta, body: value.into_inner() })
        }
        P::InvalidResponsePayload(body, source) => match last {
            Some(meta) => Error::UnexpectedResponse(UnexpectedResponse {
                meta,
                body,
                reason: UnexpectedReason::UndecodableBody(source),
            }),
            None => unreachable_without_response(body, source),
        },
        P::UnexpectedResponse(response) => {
            let meta = ResponseMeta::new(context.provider, response.status(), response.headers().clone());
            match response.bytes().await {
                Ok(body) => Error::UnexpectedResponse(UnexpectedResponse {
                    meta,
                    body,
                    reason: UnexpectedReason::UndocumentedStatus,
                }),
                Err(source) => Error::Transport(TransportError { meta: Some(meta), source: source.without_url() }),
            }
        }
        P::CommunicationError(source) | P::InvalidUpgrade(source) | P::ResponseBodyError(source) => {
            Error::Transport(TransportError { meta: last, source: source.without_url() })
        }
    }
}

/// A payload error always follows a response, which the `exec` hook records; should a caller drive
/// the hooks some other way, the body is still reported, under a status that says nothing is known.
fn unreachable_without_response<E>(body: Bytes, source: serde_json::Error) -> Error<E> {
    Error::UnexpectedResponse(UnexpectedResponse {
        meta: ResponseMeta { status: reqwest::StatusCode::OK, headers: Default::default(), request_id: None },
        body,
        reason: UnexpectedReason::UndecodableBody(source),
    })
}
