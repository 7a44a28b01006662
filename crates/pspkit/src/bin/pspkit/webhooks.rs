//! `pspkit <provider> webhooks verify | send`: check that a webhook delivery comes from the
//! provider, as its spec says the provider authenticates one (`x-pspkit-webhooks`), or send the
//! spec's example of an event, signed the same way, to an endpoint under test. The secret comes
//! only from the environment: `<PROVIDER>_WEBHOOK_SECRET` for a signature,
//! `<PROVIDER>_WEBHOOK_USERNAME` and `<PROVIDER>_WEBHOOK_PASSWORD` for Basic credentials.

use std::io::Read as _;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clap::{Arg, ArgAction, ArgMatches, Command};
use pspkit::Provider;
use pspkit::runtime::webhook::{self, WebhookAuth, WebhookError, WebhookSecret, Webhooks};
use pspkit::runtime::{BaseUrl, Secret};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::outcome::Failure;

/// The environment variables that hold the merchant's webhook secret for `provider`'s scheme.
fn secret_variables(provider: Provider, auth: &WebhookAuth) -> Vec<String> {
    let prefix = provider.name().to_ascii_uppercase();
    match auth {
        WebhookAuth::Hmac(_) => vec![format!("{prefix}_WEBHOOK_SECRET")],
        WebhookAuth::Basic => vec![format!("{prefix}_WEBHOOK_USERNAME"), format!("{prefix}_WEBHOOK_PASSWORD")],
    }
}

/// `pspkit <provider> webhooks`, for a provider whose spec describes its webhooks.
pub fn command(provider: Provider) -> Command {
    let variables = provider.webhooks().map(|webhooks| secret_variables(provider, &webhooks.auth)).unwrap_or_default();
    let secret = format!("The secret comes from {}.", variables.join(" and "));
    Command::new("webhooks")
        .about("Verify a webhook delivery, or send the spec's example of an event to an endpoint")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("verify")
                .about("Check that a delivery comes from the provider; print its event, typed, as JSON")
                .long_about(format!(
                    "Checks a delivery's headers and raw body the way the provider authenticates one \
                     (signatures compared in constant time, the signed timestamp within the replay window), \
                     decodes its payload tolerantly as the event it names and prints that typed event as JSON \
                     (what was tolerated on stderr). Exit 6, with the reason on stderr, when it is not authentic; \
                     the body, the signature and the secret are never printed. {secret}"
                ))
                .arg(
                    Arg::new("header")
                        .short('H')
                        .long("header")
                        .value_name("NAME: VALUE")
                        .action(ArgAction::Append)
                        .help("A header of the delivery, as received (repeat for each)"),
                )
                .arg(
                    Arg::new("body")
                        .long("body")
                        .value_name("@FILE | -")
                        .default_value("-")
                        .help("The raw body, byte for byte: `@file`, or `-` for standard input"),
                )
                .arg(
                    Arg::new("now")
                        .long("now")
                        .value_name("UNIX_SECONDS")
                        .value_parser(clap::value_parser!(u64))
                        .help("The clock to check the replay window against (a captured delivery's time)"),
                ),
        )
        .subcommand(
            Command::new("send")
                .about("POST the spec's example of an event, authenticated with the secret, to an endpoint")
                .long_about(format!(
                    "Sends the spec's example payload of the event to the URL (https, or http to a loopback \
                     host), signed or with Basic credentials as the provider sends one, timestamped now: a \
                     delivery `webhooks verify` and the merchant's endpoint accept. Exit 3 when the endpoint \
                     answers with an error status. {secret}"
                ))
                .arg(Arg::new("event").required(true).value_name("EVENT").help("The event, e.g. `customer.created`"))
                .arg(Arg::new("to").long("to").required(true).value_name("URL").help("The endpoint to send it to")),
        )
}

/// Runs `pspkit <provider> webhooks ...`.
pub async fn run(provider: Provider, matches: &ArgMatches) -> Result<(), Failure> {
    let webhooks =
        provider.webhooks().ok_or_else(|| Failure::Usage(format!("{provider}'s spec describes no webhooks")))?;
    match matches.subcommand() {
        Some(("verify", matches)) => verify(provider, webhooks, matches),
        Some(("send", matches)) => send(provider, webhooks, matches).await,
        _ => Err(Failure::Usage("name `verify` or `send`".to_owned())),
    }
}

/// The merchant's secret for the scheme, from the environment.
fn secrets(provider: Provider, auth: &WebhookAuth) -> Result<Vec<Secret>, Failure> {
    secret_variables(provider, auth)
        .into_iter()
        .map(|variable| match std::env::var(&variable) {
            Ok(value) if !value.is_empty() => Ok(Secret::new(value)),
            _ => Err(Failure::Usage(format!("set {variable}: the webhook secret"))),
        })
        .collect()
}

fn webhook_secret<'a>(auth: &WebhookAuth, secrets: &'a [Secret]) -> WebhookSecret<'a> {
    match (auth, secrets) {
        (WebhookAuth::Basic, [username, password]) => WebhookSecret::Basic { username, password },
        (_, [key, ..]) => WebhookSecret::Hmac(key),
        (_, []) => unreachable!("secrets() returns one value per variable"),
    }
}

fn verify(provider: Provider, webhooks: &Webhooks, matches: &ArgMatches) -> Result<(), Failure> {
    let secrets = secrets(provider, &webhooks.auth)?;
    let headers = headers(matches.get_many::<String>("header").into_iter().flatten())?;
    let body = body(matches.get_one::<String>("body").map_or("-", String::as_str))?;
    let now = match matches.get_one::<u64>("now") {
        Some(seconds) => UNIX_EPOCH + Duration::from_secs(*seconds),
        None => SystemTime::now(),
    };
    let secret = webhook_secret(&webhooks.auth, &secrets);
    let delivery = provider
        .verify_webhook(&secret, &headers, &body, now)
        .ok_or_else(|| Failure::Usage(format!("{provider}'s spec describes no webhooks")))?
        .map_err(|error| match error {
            WebhookError::UndecodableBody(_) => Failure::Broken(error.to_string()),
            _ => Failure::NotAuthentic(error.to_string()),
        })?;
    if delivery.event_name.as_deref().and_then(|name| webhooks.event(name)).is_none() {
        match &delivery.event_name {
            Some(name) => eprintln!("note: `{name}` is not an event the spec lists (tolerated)"),
            None => eprintln!("note: the payload names no event in `{}` (tolerated)", webhooks.event_property),
        }
    }
    for deviation in &delivery.deviations {
        eprintln!("tolerated: {deviation}");
    }
    if delivery.omitted > 0 {
        eprintln!("tolerated: {} more", delivery.omitted);
    }
    if let Some(customer) = &delivery.customer_id {
        eprintln!("the event concerns customer `{customer}` (the id {provider}'s Get Customer takes)");
    }
    let event = &delivery.event;
    println!("{}", serde_json::to_string_pretty(event).unwrap_or_else(|_| event.to_string()));
    Ok(())
}

/// The `-H 'Name: value'` arguments as a header map (a name may repeat, as on the wire).
fn headers<'a>(arguments: impl Iterator<Item = &'a String>) -> Result<HeaderMap, Failure> {
    let mut headers = HeaderMap::new();
    for argument in arguments {
        let invalid = || Failure::Usage("a header is written `-H 'Name: value'`".to_owned());
        let (name, value) = argument.split_once(':').ok_or_else(invalid)?;
        let name = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| invalid())?;
        let value = HeaderValue::from_str(value.trim()).map_err(|_| invalid())?;
        headers.append(name, value);
    }
    Ok(headers)
}

/// The raw body: `@file`, or `-` for standard input.
fn body(source: &str) -> Result<Vec<u8>, Failure> {
    if source == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|error| {
            Failure::Usage(format!("could not read the body from standard input: {}", error.kind()))
        })?;
        return Ok(bytes);
    }
    let path = source
        .strip_prefix('@')
        .ok_or_else(|| Failure::Usage("--body takes `@file` or `-` (standard input)".to_owned()))?;
    std::fs::read(path)
        .map_err(|error| Failure::Usage(format!("could not read the body from {path}: {}", error.kind())))
}

async fn send(provider: Provider, webhooks: &Webhooks, matches: &ArgMatches) -> Result<(), Failure> {
    let name = matches.get_one::<String>("event").map_or("", String::as_str);
    let event = webhooks.event(name).ok_or_else(|| {
        let listed: Vec<&str> = webhooks.events.iter().map(|event| event.name).collect();
        Failure::Usage(format!("the spec lists no event `{name}` (it lists: {})", listed.join(", ")))
    })?;
    let to = matches.get_one::<String>("to").map_or("", String::as_str);
    let url = BaseUrl::parse(to).map_err(|error| Failure::Usage(format!("--to: {error}")))?;
    let secrets = secrets(provider, &webhooks.auth)?;
    let body = event.example.as_bytes();
    let secret = webhook_secret(&webhooks.auth, &secrets);
    let headers = webhook::sign_delivery(&webhooks.auth, &secret, body, SystemTime::now())
        .map_err(|error| Failure::Usage(error.to_string()))?;
    let request = reqwest::Client::new()
        .post(url.as_str())
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .headers(headers)
        .body(body.to_vec());
    let response = request.send().await.map_err(|error| {
        Failure::Broken(format!(
            "the endpoint could not be reached: {}",
            if error.is_connect() { "connection failed" } else { "request failed" }
        ))
    })?;
    let status = response.status();
    eprintln!("sent `{}` to {}: HTTP {status}", event.name, url.as_str());
    if status.is_success() {
        Ok(())
    } else {
        Err(Failure::Provider(serde_json::json!({ "endpoint_status": status.as_u16() })))
    }
}
