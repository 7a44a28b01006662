//! Any operation of any provider, called by name: the dynamically typed way in, for code that
//! picks the provider at run time (a router across providers, a suite run for every spec).
//! [`Provider::client`](crate::Provider::client) and [`AnyClient`](crate::AnyClient) are
//! generated from the specs; what they do with a [`Target`], the arguments and the typed result is
//! here, the same for every provider.

use std::fmt;

use std::str::FromStr;

use pspkit_runtime::lenient::Documented;
use pspkit_runtime::{
    ClientBuilder, Config, ConfigError, Credentials, Environment, Error, Provider as ClientProvider, Response, Secret,
    UnknownEnvironment,
};

use serde::Serialize;
use serde_json::Value;

/// Where an [`AnyClient`](crate::AnyClient)'s calls go and what it authenticates with.
///
/// By default: the provider's default environment, credentials from its environment variables
/// ([`Provider::credential_fields`](crate::Provider::credential_fields)), the default [`Config`].
/// `Debug` shows no credential.
#[derive(Clone, Debug, Default)]
pub struct Target {
    base_url: Option<String>,
    environment: Option<String>,
    credentials: Option<Vec<Secret>>,
    config: Config,
}

impl Target {
    /// The default target (see [`Target`]).
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends to another base URL: `https`, or plain `http` to a loopback host.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// Sends to the spec's environment of this name (`servers` with `x-pspkit-environment`).
    pub fn environment(mut self, name: impl Into<String>) -> Self {
        self.environment = Some(name.into());
        self
    }

    /// The credentials' values, in the order of
    /// [`Provider::credential_fields`](crate::Provider::credential_fields), instead of reading
    /// the environment variables.
    pub fn credentials<S: Into<String>>(mut self, values: impl IntoIterator<Item = S>) -> Self {
        self.credentials = Some(values.into_iter().map(Secret::new).collect());
        self
    }

    /// Timeouts, retries, body cap, rate limit and extra headers.
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }
}

/// Why building an [`AnyClient`](crate::AnyClient) or one of its calls failed. Like every pspkit error, it never
/// shows a credential, an argument's value or a body.
#[derive(Debug)]
#[non_exhaustive]
pub enum CallError {
    /// The provider's feature is off: this build has no client for it.
    FeatureOff {
        /// The provider's name.
        provider: &'static str,
    },
    /// [`Target::credentials`] gave a different number of values than the provider has
    /// credentials ([`Provider::credential_fields`](crate::Provider::credential_fields)).
    CredentialCount {
        /// How many the provider needs.
        expected: usize,
        /// How many were given.
        given: usize,
    },
    /// The provider's spec has no operation with this `operationId`.
    UnknownOperation {
        /// The provider's name.
        provider: &'static str,
        /// The `operationId` asked for.
        operation_id: String,
    },
    /// An argument names no parameter of the operation, or its value is not of the parameter's type.
    InvalidArgument {
        /// The argument's name.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// No environment of this name in the spec.
    UnknownEnvironment(UnknownEnvironment),
    /// The client could not be built (a missing credential, a rejected base URL, ...).
    Config(ConfigError),
    /// The call was made and failed; a documented error body is kept as JSON (boxed: an error
    /// carries the response's metadata).
    Call(Box<Error<Value>>),
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::FeatureOff { provider } => write!(f, "pspkit was built without the `{provider}` feature"),
            CallError::CredentialCount { expected, given } => {
                write!(f, "{given} credential value(s) given; the provider needs {expected}")
            }
            CallError::UnknownOperation { provider, operation_id } => {
                write!(f, "{provider}'s spec has no operation `{operation_id}`")
            }
            CallError::InvalidArgument { name, reason } => write!(f, "argument `{name}`: {reason}"),
            CallError::UnknownEnvironment(e) => e.fmt(f),
            CallError::Config(e) => e.fmt(f),
            CallError::Call(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for CallError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CallError::UnknownEnvironment(e) => Some(e),
            CallError::Config(e) => Some(e),
            CallError::Call(e) => Some(e.as_ref()),
            CallError::FeatureOff { .. }
            | CallError::CredentialCount { .. }
            | CallError::UnknownOperation { .. }
            | CallError::InvalidArgument { .. } => None,
        }
    }
}

/// The client of provider `C` that `target` describes.
pub(crate) fn client<C: ClientProvider>(target: &Target) -> Result<C, CallError> {
    let credentials = match &target.credentials {
        Some(values) if values.len() != C::Credentials::FIELDS.len() => {
            return Err(CallError::CredentialCount { expected: C::Credentials::FIELDS.len(), given: values.len() });
        }
        Some(values) => C::Credentials::from_secrets(values.clone()),
        None => C::Credentials::from_env().map_err(CallError::Config)?,
    };
    let builder = ClientBuilder::<C>::new(credentials).config(target.config.clone());
    let builder = match (&target.base_url, &target.environment) {
        (Some(url), _) => builder.base_url(url.clone()),
        (None, Some(name)) => builder.environment(C::Environment::parse(name).map_err(CallError::UnknownEnvironment)?),
        (None, None) => builder,
    };
    builder.build().map_err(CallError::Config)
}

/// The typed outcome of a call as JSON.
pub(crate) fn finish<T: Serialize, E: Serialize>(
    result: Result<Response<T>, Error<E>>,
) -> Result<Response<Value>, CallError> {
    match result {
        Ok(response) => Ok(response.map(json)),
        Err(error) => Err(CallError::Call(Box::new(error.map_body(json)))),
    }
}

/// A typed body as JSON. Generated types serialise without failing (string keys, no custom
/// serialisers); a failure would still be `null`, not a panic.
fn json<T: Serialize>(body: T) -> Value {
    serde_json::to_value(body).unwrap_or_default()
}

/// An argument's value as its parameter's Rust type (`true`/`false` for a boolean, digits for an
/// integer in the parameter's bounds, one of the listed values for an enum, text matching the
/// parameter's pattern). A value that is not one is the typed client's own invalid input (nothing
/// is sent): `message` names the parameter and the spec's rule.
#[allow(dead_code, reason = "called by the generated `AnyClient::call` of a spec with a parameter")]
pub(crate) fn parsed<T: FromStr>(message: &'static str, value: &str) -> Result<T, CallError> {
    value.parse().map_err(|_| CallError::Call(Box::new(Error::invalid_input(message))))
}

/// The `body` argument: JSON of the operation's request schema, exactly (a request is sent as its
/// schema says). JSON that breaks the schema is the typed client's own invalid input, naming where
/// and how (never the value), and nothing is sent.
#[allow(dead_code, reason = "called by the generated `AnyClient::call` of a spec with a request body")]
pub(crate) fn body<T: Documented + Serialize>(value: &str) -> Result<T, CallError> {
    pspkit_runtime::lenient::request_body(value)
        .map_err(|error| CallError::Call(Box::new(Error::invalid_input(format!("invalid body: {error}")))))
}

/// An argument naming no parameter of the operation.
pub(crate) fn unknown(name: &str) -> CallError {
    invalid(name, "the operation has no parameter of this name")
}

fn invalid(name: &str, reason: &'static str) -> CallError {
    CallError::InvalidArgument { name: name.to_owned(), reason }
}
