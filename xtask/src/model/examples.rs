//! Every response example of a spec, collected once when it is loaded: what each crate's
//! `examples.rs` holds (`emit::examples`), so mocks, tests and the CLI's `--mock` mode serve the
//! spec's own data, never hand-copied JSON. A `default` response is one list entry, whatever the
//! document progenitor reads makes of it.

use anyhow::Context as _;
use openapiv3::{OpenAPI, ReferenceOr, Response, StatusCode};

/// One response example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    pub operation_id: String,
    pub method: String,
    pub path: String,
    pub status: u16,
    pub name: String,
    pub summary: String,
    pub content_type: String,
    pub body: String,
    /// The normalised customer the example maps to (`x-pspkit-customer` on the example), as JSON.
    pub customer: Option<String>,
}

/// Every response example of every operation, in spec order.
pub fn collect(spec: &OpenAPI) -> anyhow::Result<Vec<Example>> {
    let mut examples = Vec::new();
    for (path, item) in &spec.paths.paths {
        let Some(item) = item.as_item() else { continue };
        for (method, operation) in item.iter() {
            let operation_id = operation.operation_id.clone().unwrap_or_default();
            let responses = statuses_read(operation);
            for (status, prefix, response) in responses {
                let response = resolve(spec, response)?;
                if response.content.is_empty() {
                    // A response without a body (a `204`) is its own example: the status alone.
                    examples.push(Example {
                        operation_id: operation_id.clone(),
                        method: method.to_ascii_uppercase(),
                        path: path.clone(),
                        status,
                        name: format!("{prefix}empty"),
                        summary: response.description.trim().to_owned(),
                        content_type: String::new(),
                        body: String::new(),
                        customer: None,
                    });
                }
                for (content_type, media) in &response.content {
                    let mut found: Vec<(String, String, serde_json::Value, Option<String>)> = Vec::new();
                    if let Some(value) = &media.example {
                        found.push(("example".to_owned(), response.description.clone(), value.clone(), None));
                    }
                    for (name, example) in &media.examples {
                        let example = example.as_item().context("referenced examples are not supported")?;
                        let value = example.value.clone().unwrap_or(serde_json::Value::Null);
                        let summary = example.summary.clone().unwrap_or_else(|| response.description.clone());
                        let customer = example
                            .extensions
                            .get(crate::spec::extensions::CUSTOMER)
                            .map(serde_json::to_string)
                            .transpose()?;
                        found.push((name.clone(), summary, value, customer));
                    }
                    for (name, summary, value, customer) in found {
                        examples.push(Example {
                            operation_id: operation_id.clone(),
                            method: method.to_ascii_uppercase(),
                            path: path.clone(),
                            status,
                            name: format!("{prefix}{name}"),
                            summary: summary.trim().to_owned(),
                            content_type: content_type.clone(),
                            body: serde_json::to_string(&value)?,
                            customer,
                        });
                    }
                }
            }
        }
    }
    Ok(examples)
}

/// Each response of `operation` with the status its examples are served at and their name's
/// prefix. `default`, copied into `4XX` and `5XX` where those are not documented
/// (`spec::default_as_error_ranges`), is read once, at a status no other response has.
fn statuses_read(operation: &openapiv3::Operation) -> Vec<(u16, &'static str, &ReferenceOr<Response>)> {
    let from_default = |response: &ReferenceOr<Response>| {
        response.as_item().is_some_and(|item| item.extensions.contains_key(FROM_DEFAULT))
    };
    let documented: Vec<&StatusCode> = operation
        .responses
        .responses
        .iter()
        .filter(|(_, response)| !from_default(response))
        .map(|(code, _)| code)
        .collect();
    let mut responses = Vec::new();
    let mut default_seen = false;
    for (code, response) in &operation.responses.responses {
        match (from_default(response), default_seen) {
            (false, _) => responses.push((representative(code), "", response)),
            (true, false) => {
                default_seen = true;
                responses.push((undocumented_error(&documented), "default_", response));
            }
            (true, true) => {}
        }
    }
    responses
}

/// The status a mock answers with for the `default` response: the first error status (500, then
/// 400 to 599) that no other response documents, exactly or by range; 500 when all are.
fn undocumented_error(documented: &[&StatusCode]) -> u16 {
    let covered = |status: u16| {
        documented.iter().any(|code| match code {
            StatusCode::Code(code) => *code == status,
            StatusCode::Range(range) => *range == status / 100,
        })
    };
    std::iter::once(500).chain(400..600).find(|status| !covered(*status)).unwrap_or(500)
}

/// The status a mock answers with: the code itself, or the first of a range (`4XX` → 400).
fn representative(code: &StatusCode) -> u16 {
    match code {
        StatusCode::Code(code) => *code,
        StatusCode::Range(range) => *range * 100,
    }
}

fn resolve<'a>(spec: &'a OpenAPI, response: &'a ReferenceOr<Response>) -> anyhow::Result<&'a Response> {
    match response {
        ReferenceOr::Item(response) => Ok(response),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/responses/").context("only local response refs")?;
            spec.components
                .as_ref()
                .and_then(|components| components.responses.get(name))
                .and_then(ReferenceOr::as_item)
                .with_context(|| format!("response `{reference}` is not defined"))
        }
    }
}

/// Marks a response `model::default_as_error_ranges` copied from `default` (an extension
/// progenitor ignores), so [`collect`] reads it once, as the `default` response it is.
pub const FROM_DEFAULT: &str = "x-pspkit-internal-from-default";
