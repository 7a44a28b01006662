//! `cargo xtask check-payload <provider> <file> [--status N] [--operation ID]`: validates a
//! captured response body strictly against the spec (required, nullable, types, enums, formats,
//! patterns, lengths), as the spec is written, not as the client tolerates it, and lists every
//! violation by JSON path; properties the spec does not list are noted. How a maintainer turns a
//! real capture into a spec fix.
//!
//! The spec's schemas become a JSON Schema (2020-12) document: `$ref`s to `$defs`, `nullable` to
//! `null` in the type (or an `anyOf` with `null`), `x-*` extensions dropped; the `jsonschema`
//! crate validates against it. Messages name paths, keywords and what the spec says, never a
//! value of the payload (captures hold personal data).

use std::path::Path;

use anyhow::{Context as _, bail};
use serde_json::{Value, json};

use crate::model;
use crate::spec::json_schema;

/// What to check.
#[derive(Debug, Clone)]
pub struct Request {
    /// The spec's short name, e.g. `razorpay`.
    pub provider: String,
    /// The captured body.
    pub body: Vec<u8>,
    /// The response status (default: the operation's first documented 2XX).
    pub status: Option<u16>,
    /// The operation (default: the spec's only one).
    pub operation: Option<String>,
}

/// What the check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Which operation, status key and component schema the body was checked against.
    pub against: String,
    /// Every violation: `/path: keyword: what the spec says`.
    pub violations: Vec<String>,
    /// Pointers of properties the spec does not list.
    pub undocumented: Vec<String>,
}

impl Report {
    /// Whether the body conforms (undocumented properties aside).
    pub fn conforms(&self) -> bool {
        self.violations.is_empty()
    }
}

/// Parses `check-payload`'s arguments.
pub fn parse(args: &[String]) -> anyhow::Result<(String, String, Option<u16>, Option<String>)> {
    let mut positional = Vec::new();
    let (mut status, mut operation) = (None, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--status" => {
                let value = args.next().context("--status needs a number")?;
                status = Some(value.parse().with_context(|| format!("--status `{value}` is not an HTTP status"))?);
            }
            "--operation" => operation = Some(args.next().context("--operation needs an operationId")?.clone()),
            flag if flag.starts_with('-') => bail!("unknown flag `{flag}`"),
            value => positional.push(value.to_owned()),
        }
    }
    match <[String; 2]>::try_from(positional) {
        Ok([provider, file]) => Ok((provider, file, status, operation)),
        Err(_) => bail!("name a provider and a file: check-payload <provider> <file> [--status N] [--operation ID]"),
    }
}

/// Runs the command: prints the report; `Ok(false)` when the body violates the spec.
pub fn run(root: &Path, args: &[String]) -> anyhow::Result<bool> {
    let (provider, file, status, operation) = parse(args)?;
    let body = std::fs::read(&file).with_context(|| format!("reading {file}"))?;
    let report = check(root, &Request { provider, body, status, operation })?;
    println!("{file} against {}:", report.against);
    for violation in &report.violations {
        println!("  violation {violation}");
    }
    for pointer in &report.undocumented {
        println!("  note      {pointer}: a property the spec does not list");
    }
    match report.conforms() {
        true => println!("conforms to the spec"),
        false => println!("{} violation(s)", report.violations.len()),
    }
    Ok(report.conforms())
}

/// Checks a body against the spec of `request.provider`.
pub fn check(root: &Path, request: &Request) -> anyhow::Result<Report> {
    let path = model::discover(root, std::slice::from_ref(&request.provider))?.remove(0);
    let file = path.strip_prefix(root).unwrap_or(&path).display().to_string();
    // The document the crate was generated from: for an overlay on a published document, with
    // its defaults (operation names, named inline schemas) filled in.
    let document = model::load(root, &path)?.effective;
    check_against(&document, &file, request)
}

/// Checks a body against `document`, the document a crate was generated from (read from `file`),
/// already loaded: a caller checking many bodies loads it once.
pub fn check_against(document: &Value, file: &str, request: &Request) -> anyhow::Result<Report> {
    let (operation, status, schema) = response_schema(document, request)?;
    let body: Value = serde_json::from_slice(&request.body).context("the payload is not JSON")?;
    let against = format!("{file} {operation} {status} ({schema})");
    let violations = validate(document, &schema, &body, false)?.into_iter().map(|found| found.line).collect();
    let mut undocumented: Vec<String> =
        validate(document, &schema, &body, true)?.into_iter().flat_map(|found| found.unexpected).collect();
    undocumented.sort();
    undocumented.dedup();
    Ok(Report { against, violations, undocumented })
}

/// The operation id, status key and component schema name the body answers.
fn response_schema(document: &Value, request: &Request) -> anyhow::Result<(String, String, String)> {
    let operations: Vec<&Value> =
        crate::spec::document::operations(document).into_iter().map(|(_, _, operation)| operation).collect();
    let id = |operation: &&Value| operation.get("operationId").and_then(Value::as_str).unwrap_or_default().to_owned();
    let operation = match &request.operation {
        Some(wanted) => operations.iter().find(|operation| id(operation) == *wanted),
        None if operations.len() == 1 => operations.first(),
        None => bail!("the spec has several operations: give --operation ({})", {
            operations.iter().map(id).collect::<Vec<_>>().join(", ")
        }),
    }
    .with_context(|| format!("the spec has no operation `{}`", request.operation.as_deref().unwrap_or_default()))?;
    let responses = operation.get("responses").and_then(Value::as_object).context("the operation has no responses")?;
    let key = match request.status {
        Some(status) => [status.to_string(), format!("{}XX", status / 100), "default".to_owned()]
            .into_iter()
            .find(|key| responses.keys().any(|k| k.eq_ignore_ascii_case(key)))
            .with_context(|| format!("the operation documents no response for HTTP {status}"))?,
        None => responses.keys().find(|key| key.starts_with('2')).cloned().context("no 2XX response documented")?,
    };
    let response = responses.iter().find(|(k, _)| k.eq_ignore_ascii_case(&key)).map(|(_, r)| r).context("response")?;
    let response = crate::spec::document::resolve(document, response);
    let schema = response
        .pointer("/content/application~1json/schema/$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.strip_prefix("#/components/schemas/"))
        .with_context(|| format!("response {key} has no JSON body schema"))?;
    Ok((id(operation), key, schema.to_owned()))
}

/// One violation the validator found.
struct Found {
    /// `/path: keyword: the spec says ...`.
    line: String,
    /// For `additionalProperties`: the pointers of the properties it did not expect.
    unexpected: Vec<String>,
}

/// Every violation of `body` against component `schema`; with `closed`, properties the spec does
/// not list are violations too (`additionalProperties: false` wherever the spec is silent).
fn validate(document: &Value, schema: &str, body: &Value, closed: bool) -> anyhow::Result<Vec<Found>> {
    let root = json_schema::root(document, &json!({"$ref": format!("#/components/schemas/{schema}")}), closed);
    let validator = json_schema::validator(&root).map_err(|error| anyhow::anyhow!(error))?;
    let mut found: Vec<Found> = validator
        .iter_errors(body)
        .map(|error| {
            let location = error.schema_path().to_string();
            let keyword = location.rsplit('/').next().unwrap_or_default().to_owned();
            let path = error.instance_path().to_string();
            let unexpected = match error.kind() {
                jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
                    .iter()
                    .map(|name| format!("{path}/{}", name.replace('~', "~0").replace('/', "~1")))
                    .collect(),
                _ => Vec::new(),
            };
            let path = if path.is_empty() { "/".to_owned() } else { path };
            Found { line: format!("{path}: {keyword}: the spec says {}", spec_says(&root, &location)), unexpected }
        })
        .collect();
    found.sort_by(|a, b| a.line.cmp(&b.line));
    found.dedup_by(|a, b| a.line == b.line);
    Ok(found)
}

/// What the JSON Schema says at a schema location, compactly (`"string"`, `["id","name"]`).
fn spec_says(root: &Value, location: &str) -> String {
    let pointer = location.split("/$ref").last().unwrap_or(location);
    let found = root.pointer(location).or_else(|| {
        // Past a `$ref`, the location continues inside the referenced definition.
        let (before, after) = location.rsplit_once("/$ref")?;
        let reference = root.pointer(&format!("{before}/$ref"))?.as_str()?;
        root.pointer(&format!("{}{after}", reference.trim_start_matches('#')))
    });
    match found {
        Some(Value::Bool(false)) if pointer.ends_with("additionalProperties") => "no other properties".to_owned(),
        Some(value) => value.to_string(),
        None => "(see the spec)".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_need_a_provider_and_a_file() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let parsed = parse(&args(&["acme", "body.json", "--status", "404"])).unwrap();
        assert_eq!(parsed, ("acme".to_owned(), "body.json".to_owned(), Some(404), None));
        assert!(parse(&args(&["acme"])).is_err());
        assert!(parse(&args(&["a", "b", "--status", "many"])).is_err());
    }
}
