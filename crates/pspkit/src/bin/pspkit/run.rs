//! One `get-customer` run, the same for every provider.

use std::future::Future;
use std::time::Instant;

use pspkit::Customer;
use pspkit::runtime::{Error, Response};
use serde::Serialize;

use crate::args::CommonArgs;
use crate::outcome::{Failure, classify};
use crate::providers::{CliProvider, Target};
use crate::{mock, print};

/// The operation every provider offers.
const OPERATION: &str = "getCustomer";

/// Builds the client (starting the mock server first with `--mock`), runs `call` and prints the
/// result; a failure says what to report and with which exit code.
pub async fn get_customer<P, T, E, F, Fut>(
    common: CommonArgs,
    verbose: bool,
    normalize: fn(T) -> Customer,
    call: F,
) -> Result<(), Failure>
where
    P: CliProvider,
    T: Serialize,
    E: Serialize + std::fmt::Debug,
    F: FnOnce(P::Client) -> Fut,
    Fut: Future<Output = Result<Response<T>, Error<E>>>,
{
    let server = match common.mock {
        true => Some(mock::serve(mock::choose(P::EXAMPLES, OPERATION, common.mock_example.as_deref())?).await?),
        false => None,
    };
    let mock_url = server.as_ref().map(|server| server.base_url());
    let target = match (&mock_url, &common.base_url, &common.environment) {
        (Some(url), _, _) => Target::Mock(url),
        (None, Some(url), _) => Target::BaseUrl(url),
        (None, None, Some(name)) => Target::Environment(name),
        (None, None, None) => Target::Default,
    };
    let client = P::client(&target)?;
    if verbose {
        eprintln!("pspkit: {} {OPERATION} → {}", P::NAME, describe(&target));
    }
    let started = Instant::now();
    let result = call(client).await;
    if verbose {
        report(&result, started);
    }
    let response = result.map_err(classify)?;
    let text = print::render(common.output, response.into_inner(), normalize)
        .map_err(|e| Failure::Broken(format!("could not print the response: {e}")))?;
    println!("{}", text.trim_end());
    Ok(())
}

fn describe(target: &Target<'_>) -> String {
    match target {
        Target::Mock(url) => format!("{url} (mock: the spec's example)"),
        Target::BaseUrl(url) => url.to_string(),
        Target::Environment(name) => format!("environment `{name}`"),
        Target::Default => "the default environment".to_owned(),
    }
}

/// `--verbose`: status, request id, attempts and time; never headers, bodies or credentials.
fn report<T, E>(result: &Result<Response<T>, Error<E>>, started: Instant) {
    let elapsed = started.elapsed();
    match result {
        Ok(response) => eprintln!(
            "pspkit: HTTP {} in {elapsed:.0?}, {} attempt(s), request id {}",
            response.status(),
            response.attempts(),
            response.request_id().unwrap_or("-")
        ),
        Err(error) => eprintln!(
            "pspkit: failed in {elapsed:.0?} after {} attempt(s), status {}, request id {}",
            error.attempts(),
            error.status().map_or_else(|| "-".to_owned(), |status| status.to_string()),
            error.request_id().unwrap_or("-")
        ),
    }
}
