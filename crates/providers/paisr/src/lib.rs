// generated from specs/paisr.yaml by cargo xtask codegen; do not edit
#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[rustfmt::skip]
mod client;
/// Every response example in `specs/paisr.yaml`, for mocks and tests.
#[rustfmt::skip]
pub mod examples;
#[rustfmt::skip]
mod generated;
#[rustfmt::skip]
mod schemas;
#[rustfmt::skip]
pub mod webhooks;
/// progenitor's [httpmock](https://docs.rs/httpmock) helpers, to test code that uses this client
/// (feature `mock`). `MockServerExt` adds one method per operation to `httpmock::MockServer`.
/// ```
/// use pspkit_paisr::mock::MockServerExt;
/// use pspkit_paisr::{Client, Credentials, examples, types};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let server = httpmock::MockServer::start_async().await;
/// let body: types::CustomerResponse = serde_json::from_str(examples::GET_CUSTOMER_200_SEED.body).unwrap();
/// let mock = server.get_customer(|_when, then| {
///     then.ok(&body);
/// });
/// let client = Client::builder(Credentials::new("token")).base_url(server.base_url()).build().unwrap();
/// let response = client.get_customer().customer_id("cus_123456").send().await.unwrap();
/// assert_eq!(serde_json::to_value(&*response).unwrap(), serde_json::to_value(&body).unwrap());
/// mock.assert_async().await;
/// # }
/// ```
#[cfg(feature = "mock")]
#[rustfmt::skip]
pub mod mock;

pub use client::*;
pub use generated::{Client, builder, types};
pub use pspkit_runtime::{Config, ConfigError, Error, Response};
pub use schemas::RESPONSE_DECODERS;
#[cfg(feature = "schemars")]
pub use schemas::json_schemas;
