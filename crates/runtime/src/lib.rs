//! Runtime shared by pspkit's generated payment-provider clients.
//!
//! Generated crates (`pspkit-razorpay`, ...) contain only code produced by `cargo xtask codegen` from
//! a provider's OpenAPI spec. Everything they need beyond what progenitor emits lives here, as
//! general mechanisms configured by the spec:
//!
//! - [`auth`] and [`Secret`]: credentials as redacted secrets, turned into sensitive request headers;
//! - [`BaseUrl`]: base-URL validation (https, or http to loopback only; no trailing `//`);
//! - [`Provider`], [`Credentials`], [`Environment`] and [`ClientBuilder`]: what a generated crate
//!   declares (data from its spec) and the builder that makes its clients from it;
//! - [`Config`]: per-client timeouts, deadline, retry policy, body cap and rate limit;
//! - [`send`]: every generated operation's call, from building its request (once per attempt) to
//!   its outcome: auth headers, retries with backoff and `Retry-After`, the rate limiter, the
//!   deadline, the body cap, tracing, tolerant decoding;
//! - [`Context::endpoint`] and [`ToPathSegment`]: request URLs from the base URL parsed once, path
//!   parameters percent-encoded as the URL is formatted, every URL checked to be the operation's
//!   path with exactly one segment per path parameter before anything is sent;
//! - [`RequestBuilder`]: the request built in place from the calls progenitor chains;
//! - [`Response`] and [`Error`]: what every generated operation's `send()` returns;
//! - [`paging`]: the stream of items a paged list's generated `stream()` returns;
//! - [`lenient`]: tolerant decoding: a body decodes unless what identifies it is unusable, and
//!   every tolerated value is reported as a [`Deviation`] (`Response::deviations()`);
//! - [`types`]: JSON shapes providers send that plain serde types cannot decode.
//!
//! TLS is a feature choice, forwarded by every generated crate and by `pspkit`: `rustls` (the
//! default; aws-lc-rs as rustls' crypto provider), `rustls-no-provider` (rustls with a crypto
//! provider the application installs) or `native-tls` (the platform's TLS library).
#![deny(missing_docs)]

#[cfg(not(any(feature = "rustls", feature = "rustls-no-provider", feature = "native-tls")))]
compile_error!("pspkit-runtime needs a TLS feature: `rustls` (the default), `rustls-no-provider` or `native-tls`");

mod attempts;
pub mod auth;
mod base_url;
mod client;
mod config;
mod endpoint;
mod error;
mod example;
mod exchange;
mod form;
pub mod lenient;
pub mod paging;
mod provider;
mod rate_limit;
mod request;
mod response;
mod retry;
mod secret;
mod segment;
pub mod types;
pub mod webhook;

pub use base_url::BaseUrl;
pub use client::{ClientParts, Context, ProviderInfo, build_client};
pub use config::{Config, RateLimit, RateLimitSetting, RetryPolicy, env_var};
pub use endpoint::{PathSegment, ToPathSegment};
pub use error::{
    ConfigError, Error, InvalidInput, NotRetried, PagingError, PagingProblem, ProviderError, RateLimited, Throttled,
    Timeout, TimeoutKind, TransportError, UnexpectedReason, UnexpectedResponse, UnknownEnvironment,
};
pub use example::Example;
pub use exchange::{StatusClass, send};
pub use lenient::{DecodeError, Deviation, DeviationKind};
pub use provider::{AuthStep, ClientBuilder, CredentialField, Credentials, Environment, NoEnvironment, Provider};
pub use request::RequestBuilder;
pub use response::{Response, ResponseMeta};
pub use secret::Secret;
