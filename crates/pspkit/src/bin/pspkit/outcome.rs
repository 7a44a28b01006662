//! How a run ends: what to print and which exit code to return.

use std::fmt::Debug;
use std::process::ExitCode;

use pspkit::runtime::{ConfigError, Error, UnexpectedReason};
use serde::Serialize;
use serde_json::json;

/// A run that did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// Bad usage or input; nothing was sent. Exit 2.
    Usage(String),
    /// The provider answered with an error; the JSON goes to stderr. Exit 3.
    Provider(serde_json::Value),
    /// Transport, timeout or an undecodable response. Exit 4.
    Broken(String),
    /// A webhook delivery that is not authentic (why; never the body, a signature or the
    /// secret). Exit 6.
    NotAuthentic(String),
    /// With `--strict`: the response departed from the spec (its deviations). Exit 5.
    Deviations {
        /// The listed departures (at most the runtime's `MAX_DEVIATIONS`), as text.
        listed: Vec<String>,
        /// How many more were not listed.
        omitted: usize,
    },
}

impl Failure {
    /// Prints the failure to stderr and returns its exit code.
    pub fn report(self) -> ExitCode {
        match self {
            Failure::Usage(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
            Failure::Provider(value) => {
                eprintln!("{}", serde_json::to_string_pretty(&value).unwrap_or_else(|_| value.to_string()));
                ExitCode::from(3)
            }
            Failure::Broken(message) => {
                eprintln!("error: {message}");
                ExitCode::from(4)
            }
            Failure::NotAuthentic(reason) => {
                eprintln!("error: not authentic: {reason}");
                ExitCode::from(6)
            }
            Failure::Deviations { listed, omitted } => {
                let count = listed.len() + omitted;
                eprintln!("error: --strict: the response departed from the spec in {count} place(s):");
                for deviation in listed {
                    eprintln!("  {deviation}");
                }
                if omitted > 0 {
                    eprintln!("  ... and {omitted} more");
                }
                ExitCode::from(5)
            }
        }
    }
}

impl From<ConfigError> for Failure {
    fn from(error: ConfigError) -> Self {
        Failure::Usage(error.to_string())
    }
}

/// Sorts a call's error into the exit-code classes. An undocumented error body (which may hold
/// personal data) is printed only with `--verbose`; otherwise its size stands in for it.
pub fn classify<E: Serialize + Debug>(error: Error<E>, verbose: bool) -> Failure {
    let message = error.to_string();
    let request_id = error.request_id().map(str::to_owned);
    match error {
        Error::InvalidInput(input) => Failure::Usage(input.to_string()),
        Error::Provider(provider) => Failure::Provider(json!({
            "message": message,
            "status": provider.meta.status.as_u16(),
            "request_id": request_id,
            "body": provider.body,
        })),
        Error::RateLimited(limited) => Failure::Provider(json!({
            "message": message,
            "status": limited.meta.status.as_u16(),
            "request_id": request_id,
            "retry_after_seconds": limited.retry_after.map(|wait| wait.as_secs()),
        })),
        Error::UnexpectedResponse(unexpected)
            if matches!(unexpected.reason, UnexpectedReason::UndocumentedStatus)
                && (unexpected.meta.status.is_client_error() || unexpected.meta.status.is_server_error()) =>
        {
            let mut failure = json!({
                "message": message,
                "status": unexpected.meta.status.as_u16(),
                "request_id": request_id,
                "body_bytes": unexpected.body.len(),
            });
            if verbose {
                failure["body"] = serde_json::from_slice::<serde_json::Value>(&unexpected.body)
                    .unwrap_or_else(|_| String::from_utf8_lossy(&unexpected.body).into_owned().into());
            }
            Failure::Provider(failure)
        }
        _ => Failure::Broken(message),
    }
}
