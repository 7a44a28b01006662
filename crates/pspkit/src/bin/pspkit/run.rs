//! One operation run, the same for every provider and operation: build the client for the target
//! (starting the mock server first with `--mock`), call, print.

use std::future::Future;
use std::time::Instant;

use pspkit::runtime::{ClientBuilder, Credentials, Environment, Error, Provider as ClientProvider, Response, Secret};
use pspkit::{Customer, Provider};
use serde::Serialize;

use crate::common::Output;
pub use crate::common::{Common, with_common_args};
use crate::outcome::{Failure, classify};
use crate::{mock, print};

/// Where requests go.
enum Target<'a> {
    /// The local mock server (credentials are not read).
    Mock(&'a str),
    /// A base URL given with `--base-url`.
    BaseUrl(&'a str),
    /// A named environment given with `--env`.
    Environment(&'a str),
    /// The provider's default environment.
    Default,
}

/// Runs `operation_id` of `provider` through client `C`. `normalize` is the provider's
/// `x-pspkit-customer` mapping when this operation is the one that returns a customer.
pub async fn operation<C, T, E, F, Fut>(
    provider: Provider,
    operation_id: &str,
    common: Common,
    normalize: Option<fn(T) -> Customer>,
    call: F,
) -> Result<(), Failure>
where
    C: ClientProvider,
    T: Serialize,
    E: Serialize + std::fmt::Debug,
    F: FnOnce(C) -> Fut,
    Fut: Future<Output = Result<Response<T>, Error<E>>>,
{
    if common.output != Output::Json && normalize.is_none() {
        return Err(Failure::Usage(format!(
            "{provider} declares no normalised customer for `{operation_id}` (no `x-pspkit-customer` in its spec): \
             use --output json"
        )));
    }
    let (client, _server) = connect::<C>(provider, operation_id, None, &common).await?;
    let verbose = common.verbose;
    let started = Instant::now();
    let result = call(client).await;
    if verbose {
        report(&result, started);
    }
    let response = result.map_err(|error| classify(error, verbose))?;
    if common.strict && !response.deviations().is_empty() {
        let listed = response.deviations().iter().map(ToString::to_string).collect();
        return Err(Failure::Deviations { listed, omitted: response.meta().deviations_omitted });
    }
    let text = print::render(common.output, response.into_inner(), normalize)
        .map_err(|e| Failure::Broken(format!("could not print the response: {e}")))?;
    print_stdout(text.trim_end())
}

/// The client for the run's target, and the mock server it talks to with `--mock` (kept alive
/// for as long as the client is used).
async fn connect<C: ClientProvider>(
    provider: Provider,
    operation_id: &str,
    paging: Option<mock::Paging>,
    common: &Common,
) -> Result<(C, Option<httpmock::MockServer>), Failure> {
    let server = match common.mock {
        true => {
            let example = mock::choose(C::EXAMPLES, operation_id, common.mock_example.as_deref())?;
            Some(mock::serve(example, paging).await?)
        }
        false => None,
    };
    let mock_url = server.as_ref().map(|server| server.base_url());
    let target = match (&mock_url, &common.base_url, &common.environment) {
        (Some(url), _, _) => Target::Mock(url),
        (None, Some(url), _) => Target::BaseUrl(url),
        (None, None, Some(name)) => Target::Environment(name),
        (None, None, None) => Target::Default,
    };
    let mut config = pspkit::runtime::Config::default();
    if let Some(pages) = common.max_pages {
        config = config.with_max_pages(pages);
    }
    let client = client::<C>(&target, config)?;
    if common.verbose {
        eprintln!("pspkit: {provider} {operation_id} → {}", describe(&target));
    }
    Ok((client, server))
}

/// `--all` on a paged list: every item of every page, one JSON line each, a page fetched only
/// when the items before are printed. An error ends the run after what was already printed. In
/// mock mode the example is the first page and `paging` says how to answer for the next (empty).
#[allow(dead_code, reason = "called by the generated commands of a paged list (`x-pspkit-paging`)")]
pub async fn all<C, T, E, F, Fut, S>(
    provider: Provider,
    operation_id: &str,
    paging: mock::Paging,
    common: Common,
    call: F,
) -> Result<(), Failure>
where
    C: ClientProvider,
    T: Serialize,
    E: Serialize + std::fmt::Debug,
    F: FnOnce(&'static C) -> Fut,
    Fut: std::future::Future<Output = Result<S, Error<E>>>,
    S: pspkit::runtime::paging::Stream<Item = Result<T, Error<E>>>,
{
    if common.output != Output::Json {
        return Err(Failure::Usage("--all prints one JSON line per item: use --output json".to_owned()));
    }
    let (client, _server) = connect::<C>(provider, operation_id, Some(paging), &common).await?;
    // The stream borrows the client for as long as it is read: the one client of this process.
    let client: &'static C = Box::leak(Box::new(client));
    let mut items = std::pin::pin!(call(client).await.map_err(|error| classify(error, common.verbose))?);
    while let Some(item) = std::future::poll_fn(|cx| items.as_mut().poll_next(cx)).await {
        let item = item.map_err(|error| classify(error, common.verbose))?;
        let line =
            serde_json::to_string(&item).map_err(|e| Failure::Broken(format!("could not print an item: {e}")))?;
        print_stdout(&line)?;
    }
    Ok(())
}

/// Prints the result. A reader that went away (`pspkit ... | head`) is not an error of the call:
/// the output is simply not wanted any more, so it is not a panic either.
fn print_stdout(text: &str) -> Result<(), Failure> {
    use std::io::Write as _;
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::Broken(format!("could not write the response to stdout: {error}")))
        }
        _ => Ok(()),
    }
}

/// Builds a client for `target` with `config`. The environment is checked before credentials are
/// read, so a wrong `--env` is reported as such; mock credentials are placeholders, one per field.
fn client<C: ClientProvider>(target: &Target<'_>, config: pspkit::runtime::Config) -> Result<C, Failure> {
    let environment = match target {
        Target::Environment(name) => Some(C::Environment::parse(name).map_err(|e| Failure::Usage(e.to_string()))?),
        _ => None,
    };
    let no_host = C::Environment::ALL.is_empty();
    if no_host && matches!(target, Target::Environment(_) | Target::Default) {
        return Err(Failure::Usage(format!(
            "{} documents no public host: give --base-url URL (or --mock)",
            C::INFO.name
        )));
    }
    let credentials = match target {
        Target::Mock(_) => {
            let placeholders = C::Credentials::FIELDS.iter().map(|field| Secret::new(format!("mock-{}", field.name)));
            C::Credentials::from_secrets(placeholders.collect())
        }
        _ => C::Credentials::from_env()?,
    };
    let builder = ClientBuilder::<C>::new(credentials).config(config);
    let builder = match (target, environment) {
        (Target::Mock(url) | Target::BaseUrl(url), _) => builder.base_url(*url),
        (_, Some(environment)) => builder.environment(environment),
        _ => builder,
    };
    Ok(builder.build()?)
}

fn describe(target: &Target<'_>) -> String {
    match target {
        Target::Mock(url) => format!("{url} (mock: the spec's example)"),
        Target::BaseUrl(url) => url.to_string(),
        Target::Environment(name) => format!("environment `{name}`"),
        Target::Default => "the default environment".to_owned(),
    }
}

/// `--verbose`: status, request id, attempts, time and deviations (paths and kinds); never
/// headers or credentials.
fn report<T, E>(result: &Result<Response<T>, Error<E>>, started: Instant) {
    let elapsed = started.elapsed();
    match result {
        Ok(response) => {
            eprintln!(
                "pspkit: HTTP {} in {elapsed:.0?}, {} attempt(s), request id {}",
                response.status(),
                response.attempts(),
                response.request_id().unwrap_or("-")
            );
            print_deviations(response.deviations(), response.meta().deviations_omitted);
        }
        Err(error) => {
            eprintln!(
                "pspkit: failed in {elapsed:.0?} after {} attempt(s), status {}, request id {}",
                error.attempts(),
                error.status().map_or_else(|| "-".to_owned(), |status| status.to_string()),
                error.request_id().unwrap_or("-")
            );
            let meta = error.response_meta();
            print_deviations(meta.map_or(&[], |meta| &meta.deviations), meta.map_or(0, |meta| meta.deviations_omitted));
        }
    }
}

/// Every listed tolerated departure from the spec, one per line, and how many more were not
/// listed (the runtime keeps the first `MAX_DEVIATIONS`).
fn print_deviations(deviations: &[pspkit::runtime::Deviation], omitted: usize) {
    if !deviations.is_empty() {
        let count = deviations.len() + omitted;
        eprintln!("pspkit: the response departed from the spec in {count} place(s), tolerated:");
        for deviation in deviations {
            eprintln!("  {deviation}");
        }
        if omitted > 0 {
            eprintln!("  ... and {omitted} more");
        }
    }
}

/// `--body`: JSON of the operation's request schema, given inline, as `@FILE`, or `-` for standard
/// input. The error says where the JSON breaks the schema (a JSON pointer and how, or a line and
/// column), never what it holds: a body is personal data.
#[allow(dead_code, reason = "called by the generated commands of an operation with a request body")]
pub fn body<T: pspkit::runtime::lenient::Documented + serde::Serialize>(value: &str) -> Result<T, String> {
    let text = match value {
        "-" => std::io::read_to_string(std::io::stdin()).map_err(|error| format!("`--body -`: {}", error.kind()))?,
        _ => match value.strip_prefix('@') {
            Some(path) => {
                std::fs::read_to_string(path).map_err(|error| format!("`--body @{path}`: {}", error.kind()))?
            }
            None => value.to_owned(),
        },
    };
    pspkit::runtime::lenient::request_body(&text).map_err(|error| format!("invalid `--body`: {error}"))
}
