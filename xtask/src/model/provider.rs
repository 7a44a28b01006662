//! What a spec says about a provider beyond what progenitor reads: environments (`servers`),
//! credentials (`security` + `securitySchemes` with `x-pspkit-*` field names), request-id headers,
//! parameter rules and the example call used in docs.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::spec::diagnostics::Problem;
use crate::spec::document::{example_of, operations, resolve};
use crate::spec::extensions::{
    CREDENTIAL, CUSTOMER, DISPLAY_NAME, ENVIRONMENT, IDEMPOTENCY_KEY, PASSWORD, RATE_LIMIT, REQUEST_ID, REQUIRE_ONE_OF,
    USERNAME,
};
use crate::spec::naming;
use crate::spec::pointer::Pointer;

/// The provider, as the generated glue code needs it.
#[derive(Debug, Clone)]
pub struct Provider {
    /// Short name, e.g. `razorpay`.
    pub name: String,
    /// Human name, e.g. `Razorpay` (`info.x-pspkit-display-name`, else the capitalised short name).
    pub display_name: String,
    /// `info.description`: the spec author's notes on the provider and the sources checked.
    pub description: Option<String>,
    /// Named environments, in spec order; the first is the default. Empty: the base URL is required.
    pub environments: Vec<Environment>,
    /// How the credentials become headers, in the order of the security requirement.
    pub auth: Vec<AuthScheme>,
    /// Response headers marked `x-pspkit-request-id: true`, in order of first appearance.
    pub request_id_headers: Vec<String>,
    /// Human-readable rule per (builder struct, parameter field), for invalid-input messages.
    pub parameter_rules: BTreeMap<(String, String), String>,
    /// `x-pspkit-rate-limit`: (requests, per seconds).
    pub rate_limit: Option<(u32, u64)>,
    /// `x-pspkit-idempotency-key: {header}`: the request header, lower case, by which the provider
    /// tells copies of a write apart (every POST and PATCH carries one, and may then be retried).
    pub idempotency_key: Option<String>,
    /// Per builder struct: parameters (Rust names) of which a call must set at least one.
    pub require_one_of: BTreeMap<String, Vec<String>>,
    /// The first operation, for README examples.
    pub example: ExampleCall,
    /// `x-pspkit-customer`: how the operation that returns a customer maps into the normalised view.
    pub customer: Option<crate::model::customer::CustomerMapping>,
    /// Every operation, in document order: its request, its response and its CLI subcommand.
    pub operations: Vec<crate::model::operation::Operation>,
    /// `x-pspkit-webhooks` and the events: how deliveries are authenticated.
    pub webhooks: Option<crate::model::webhooks::Webhooks>,
}

/// One `servers` entry marked with `x-pspkit-environment`.
#[derive(Debug, Clone)]
pub struct Environment {
    /// The name in the spec, e.g. `production`.
    pub name: String,
    /// Enum variant name, e.g. `Production`.
    pub variant: String,
    /// The URL with every server variable at its default.
    pub url: String,
    /// The server's description.
    pub description: String,
}

/// One security scheme of the provider's security requirement.
#[derive(Debug, Clone)]
pub enum AuthScheme {
    /// HTTP Basic; `password: None` sends an empty password.
    Basic { username: Credential, password: Option<Credential> },
    /// HTTP Bearer.
    Bearer { token: Credential },
    /// An API key in a request header.
    ApiKeyHeader { header: String, value: Credential },
}

/// One field of the generated `Credentials` type.
#[derive(Debug, Clone)]
pub struct Credential {
    /// Rust field name, e.g. `key_id`.
    pub field: String,
    /// Doc comment.
    pub doc: String,
}

impl AuthScheme {
    /// The credential fields this scheme needs.
    pub fn credentials(&self) -> Vec<&Credential> {
        match self {
            AuthScheme::Basic { username, password } => std::iter::once(username).chain(password).collect(),
            AuthScheme::Bearer { token } => vec![token],
            AuthScheme::ApiKeyHeader { value, .. } => vec![value],
        }
    }
}

/// A call the crate's docs show, with its required parameters' examples: the first operation, in
/// document order, that only reads (a GET without a body), else the first operation. A doc example
/// neither writes nor needs a body it could not build.
#[derive(Debug, Clone)]
pub struct ExampleCall {
    /// Client method, e.g. `get_customer`.
    pub method: String,
    /// (setter, example value as JSON) for each required parameter.
    pub arguments: Vec<(String, Value)>,
}

/// Reads the provider model, or every problem that prevents it.
pub fn read(provider: &str, document: &Value) -> Result<Provider, Vec<Problem>> {
    let mut problems = Vec::new();
    let display_name = document
        .pointer(&format!("/info/{DISPLAY_NAME}"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| naming::pascal(provider));
    let environments = read_environments(document, &mut problems);
    let auth = read_auth(document, &mut problems);
    let example = read_example(document, &mut problems);
    let rate_limit = read_rate_limit(document, &mut problems);
    let idempotency_key = read_idempotency_key(document, &mut problems);
    let operations = crate::model::operation::read(document, &mut problems);
    let webhooks = crate::model::webhooks::read(document, &mut problems);
    if webhooks.is_some()
        && let Some(operation) = operations.iter().find(|operation| operation.command.name == "webhooks")
    {
        problems.push(Problem::new(
            Pointer::root().join("paths").join(&operation.path),
            format!(
                "`{}` is the CLI's `webhooks` command: give it an `x-pspkit-cli` name or another operationId",
                operation.id
            ),
        ));
    }
    let mut customers = crate::model::customer::read(document, &mut problems);
    if customers.len() > 1 {
        let operations: Vec<&str> = customers.iter().map(|mapping| mapping.operation_id.as_str()).collect();
        problems.push(Problem::new(
            Pointer::root().join("paths"),
            format!("`{}` may be declared on one operation only (found on {})", CUSTOMER, operations.join(", ")),
        ));
    }
    let (Some(example), true) = (example, problems.is_empty()) else {
        return Err(problems);
    };
    Ok(Provider {
        name: provider.to_owned(),
        display_name,
        description: document.pointer("/info/description").and_then(Value::as_str).map(str::to_owned),
        environments,
        auth,
        request_id_headers: read_request_id_headers(document),
        parameter_rules: read_parameter_rules(document),
        require_one_of: read_require_one_of(document),
        rate_limit,
        idempotency_key,
        example,
        customer: customers.pop(),
        operations,
        webhooks,
    })
}

fn read_environments(document: &Value, problems: &mut Vec<Problem>) -> Vec<Environment> {
    let servers = document.get("servers").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut environments = Vec::new();
    for (index, server) in servers.iter().enumerate() {
        let ptr = Pointer::root().join("servers").join(index);
        let Some(name) = server.get(ENVIRONMENT).and_then(Value::as_str) else { continue };
        let mut url = server.get("url").and_then(Value::as_str).unwrap_or("").to_owned();
        if let Some(variables) = server.get("variables").and_then(Value::as_object) {
            for (variable, spec) in variables {
                match spec.get("default").and_then(Value::as_str) {
                    Some(default) => url = url.replace(&format!("{{{variable}}}"), default),
                    None => problems
                        .push(Problem::new(ptr.join("variables").join(variable), "server variable needs a `default`")),
                }
            }
        }
        if !url.starts_with("https://") || url.contains('{') {
            problems.push(Problem::new(
                ptr.join("url"),
                format!("environment `{name}` needs an https URL whose variables all have defaults, not `{url}`"),
            ));
        }
        let description = server.get("description").and_then(Value::as_str).unwrap_or(name).to_owned();
        environments.push(Environment { name: name.to_owned(), variant: naming::pascal(name), url, description });
    }
    environments
}

fn read_auth(document: &Value, problems: &mut Vec<Problem>) -> Vec<AuthScheme> {
    let ptr = Pointer::root().join("security");
    let requirements = document.get("security").and_then(Value::as_array).cloned().unwrap_or_default();
    let [requirement] = requirements.as_slice() else {
        problems
            .push(Problem::new(ptr, "declare exactly one top-level security requirement (it becomes `Credentials`)"));
        return Vec::new();
    };
    let names: Vec<&String> = requirement.as_object().map(|map| map.keys().collect()).unwrap_or_default();
    names
        .into_iter()
        .filter_map(|name| {
            let scheme_ptr = Pointer::root().join("components").join("securitySchemes").join(name);
            let Some(scheme) = document.pointer(&format!("/components/securitySchemes/{name}")) else {
                problems.push(Problem::new(scheme_ptr, format!("security scheme `{name}` is not defined")));
                return None;
            };
            read_scheme(&scheme_ptr, scheme, problems)
        })
        .collect()
}

fn read_scheme(ptr: &Pointer, scheme: &Value, problems: &mut Vec<Problem>) -> Option<AuthScheme> {
    let text = |key: &str| scheme.get(key).and_then(Value::as_str);
    let description = text("description").unwrap_or("").trim().to_owned();
    let mut field = |key: &str, role: &str| -> Option<Credential> {
        match text(key) {
            Some(name) if !name.is_empty() => Some(Credential {
                field: naming::snake(name),
                doc: format!("Sent as the {role}. {description}").trim().to_owned(),
            }),
            _ => {
                problems.push(Problem::new(
                    ptr.join(key),
                    format!("name the credential field for the {role} with `{key}`"),
                ));
                None
            }
        }
    };
    match (text("type"), text("scheme").map(str::to_ascii_lowercase).as_deref(), text("in")) {
        (Some("http"), Some("basic"), _) => {
            let username = field(USERNAME, "HTTP Basic username");
            let password = match text(PASSWORD) {
                Some(_) => Some(field(PASSWORD, "HTTP Basic password")?),
                None => None,
            };
            Some(AuthScheme::Basic { username: username?, password })
        }
        (Some("http"), Some("bearer"), _) => {
            Some(AuthScheme::Bearer { token: field(CREDENTIAL, "HTTP Bearer token")? })
        }
        (Some("apiKey"), _, Some("header")) => {
            let header = text("name").unwrap_or("").to_ascii_lowercase();
            let value = field(CREDENTIAL, &format!("`{header}` header"))?;
            Some(AuthScheme::ApiKeyHeader { header, value })
        }
        _ => {
            problems.push(Problem::new(ptr.clone(), "supported schemes: http basic, http bearer, apiKey in a header"));
            None
        }
    }
}

/// The operation's parameters, the path item's shared ones included.
fn parameters<'a>(document: &'a Value, path: &str, operation: &'a Value) -> impl Iterator<Item = &'a Value> {
    crate::spec::document::parameters(document, path, operation).into_iter().map(|(_, parameter)| parameter)
}

fn read_example(document: &Value, problems: &mut Vec<Problem>) -> Option<ExampleCall> {
    let all = operations(document);
    let reads = all.iter().find(|(_, method, operation)| *method == "get" && operation.get("requestBody").is_none());
    let Some((path, _, operation)) = reads.or(all.first()).copied() else {
        problems.push(Problem::new(Pointer::root().join("paths"), "the spec has no operation"));
        return None;
    };
    let operation_id = operation.get("operationId").and_then(Value::as_str).unwrap_or("");
    // Required parameters, plus the first of `x-pspkit-require-one-of` so the call is valid.
    let first_of_one_of = operation.pointer(&format!("/{}/0", REQUIRE_ONE_OF)).and_then(Value::as_str);
    let arguments = parameters(document, path, operation)
        .filter(|p| {
            p.get("required").and_then(Value::as_bool) == Some(true)
                || p.get("name").and_then(Value::as_str) == first_of_one_of
        })
        .filter_map(|p| {
            let name = p.get("name").and_then(Value::as_str)?;
            Some((naming::progenitor_snake(name), example_of(p)?.clone()))
        })
        .collect();
    Some(ExampleCall { method: naming::progenitor_snake(operation_id), arguments })
}

fn read_request_id_headers(document: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (_, _, operation) in operations(document) {
        let responses = operation.get("responses").and_then(Value::as_object).into_iter().flatten();
        for (_, response) in responses {
            let headers = resolve(document, response).get("headers").and_then(Value::as_object).into_iter().flatten();
            for (name, header) in headers {
                let marked = resolve(document, header).get(REQUEST_ID).and_then(Value::as_bool) == Some(true);
                let name = name.to_ascii_lowercase();
                if marked && !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    names
}

fn read_parameter_rules(document: &Value) -> BTreeMap<(String, String), String> {
    let mut rules = BTreeMap::new();
    for (path, _, operation) in operations(document) {
        let builder = naming::pascal(operation.get("operationId").and_then(Value::as_str).unwrap_or(""));
        for parameter in parameters(document, path, operation) {
            let Some(name) = parameter.get("name").and_then(Value::as_str) else { continue };
            let rule = match parameter.pointer("/schema/pattern").and_then(Value::as_str) {
                Some(pattern) => format!("it must match the pattern `{pattern}`"),
                None => match parameter.pointer("/schema/type").and_then(Value::as_str) {
                    Some(kind) => format!("it must be a valid {kind}"),
                    None => "it must match the parameter's schema".to_owned(),
                },
            };
            let description = parameter.get("description").and_then(Value::as_str).map(str::trim).unwrap_or("");
            let rule = if description.is_empty() { rule } else { format!("{rule} ({description})") };
            rules.insert((builder.clone(), naming::progenitor_snake(name)), rule);
        }
    }
    rules
}

fn read_require_one_of(document: &Value) -> BTreeMap<String, Vec<String>> {
    operations(document)
        .into_iter()
        .filter_map(|(_, _, operation)| {
            let names = operation.get(REQUIRE_ONE_OF)?.as_array()?;
            let builder = naming::pascal(operation.get("operationId")?.as_str()?);
            let fields = names.iter().filter_map(Value::as_str).map(naming::progenitor_snake).collect();
            Some((builder, fields))
        })
        .collect()
}

/// `x-pspkit-idempotency-key: {header: NAME}` at the document root: a valid header name.
fn read_idempotency_key(document: &Value, problems: &mut Vec<Problem>) -> Option<String> {
    let extension = document.get(IDEMPOTENCY_KEY)?;
    let header = extension.get("header").and_then(Value::as_str).filter(|name| {
        !name.is_empty() && name.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
    });
    if header.is_none() {
        problems.push(Problem::new(
            Pointer::root().join(IDEMPOTENCY_KEY),
            "needs `header`: the request header's name (e.g. `Idempotency-Key`)",
        ));
    }
    header.map(str::to_ascii_lowercase)
}

/// `x-pspkit-rate-limit: {requests: N, period_seconds: S}` at the document root.
fn read_rate_limit(document: &Value, problems: &mut Vec<Problem>) -> Option<(u32, u64)> {
    let limit = document.get(RATE_LIMIT)?;
    let requests = limit.get("requests").and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok()).filter(|n| *n > 0);
    let seconds = limit.get("period_seconds").and_then(Value::as_u64).filter(|s| *s > 0);
    match (requests, seconds) {
        (Some(requests), Some(seconds)) => Some((requests, seconds)),
        _ => {
            problems.push(Problem::new(
                Pointer::root().join(RATE_LIMIT),
                "needs positive integers `requests` and `period_seconds`",
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_docs_call_the_first_read_even_when_a_write_comes_first() {
        let document: Value = yaml_serde::from_str(
            r#"
paths:
  /things:
    post: {operationId: createThing, requestBody: {content: {application/json: {schema: {type: object}}}}, responses: {}}
  /things/{id}:
    get:
      operationId: getThing
      parameters: [{name: id, in: path, required: true, example: t_1, schema: {type: string}}]
      responses: {}
"#,
        )
        .unwrap();
        let call = read_example(&document, &mut Vec::new()).expect("an example call");
        assert_eq!(call.method, "get_thing");
        assert_eq!(call.arguments, [("id".to_owned(), Value::from("t_1"))]);
    }

    #[test]
    fn without_a_read_the_docs_call_the_first_operation() {
        let document: Value = yaml_serde::from_str(
            "paths: {/things: {post: {operationId: createThing, responses: {}}, delete: {operationId: dropThings, responses: {}}}}",
        )
        .unwrap();
        assert_eq!(read_example(&document, &mut Vec::new()).expect("an example call").method, "create_thing");
    }
}
