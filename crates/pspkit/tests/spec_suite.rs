//! Spec-driven: for every spec in `specs/` and every operation in it, the `pspkit` binary (the
//! generated client behind it) is run against a loopback server, and what the server sees is
//! checked against what the spec itself says, read here from the YAML:
//!
//! - wire: the method, the path with the parameters' examples, the required query parameters, the
//!   body (the request-body example's JSON value or form fields, under its media type; none when
//!   the operation takes none), the credentials as each security scheme sends them, `User-Agent`
//!   and `Accept`, and nothing else the spec does not ask for (no `api-version`);
//! - local rejection and hostile ids: the identifying argument's (path parameter, or positional
//!   query parameter) empty, `.` and `..` values are refused; values that would leave the path
//!   segment or query value (`a/b`, `?x=1`, `#f`, `%2e%2e`, backslash forms such as `..\admin`,
//!   Unicode look-alikes of `/` and `.`, 10 KiB), bare or behind the
//!   spec's example, are refused (exit 2, nothing sent) or arrive intact, encoded, at the
//!   operation's own endpoint on the configured host;
//! - secrets: canary credentials (every one of the spec's, and HTTP Basic's base64 of any two)
//!   never appear on stdout or stderr of any run here (the `pspkit` helper checks every output),
//!   even with `--verbose`, on a success or an error.
//!
//! No provider is named: a new spec is covered as soon as it is generated. The checks run for the
//! providers `PSPKIT_TEST_PROVIDERS` names when it is set (the end-to-end test names the specs it
//! adds: the test stage has run these for the committed ones), else for every provider.

use std::process::Output;

use base64::Engine as _;
use pspkit::Provider;
use pspkit_tests::canary;
use pspkit_tests::cases::providers;
use pspkit_tests::server::{Recorded, Reply, TestServer};
use serde_json::Value;

/// A spec, as this suite reads it.
struct Spec {
    provider: Provider,
    document: &'static Value,
}

impl Spec {
    fn load(provider: Provider) -> Self {
        Self { provider, document: pspkit_tests::specs::document(provider.name()) }
    }

    /// `(environment variable, canary value, field)` for every credential of the security requirement.
    fn credentials(&self) -> Vec<(String, String, String)> {
        self.schemes()
            .iter()
            .flat_map(|scheme| {
                ["x-pspkit-username", "x-pspkit-password", "x-pspkit-credential"]
                    .into_iter()
                    .filter_map(|key| scheme.get(key).and_then(Value::as_str))
            })
            .map(|field| {
                let variable = format!("{}_{}", self.provider.name(), field).to_uppercase();
                (variable, canary::value("Suite", field), field.to_owned())
            })
            .collect()
    }

    fn schemes(&self) -> Vec<&Value> {
        let requirement = self.document.pointer("/security/0").and_then(Value::as_object);
        requirement
            .into_iter()
            .flat_map(|requirement| requirement.keys())
            .filter_map(|name| self.document.pointer(&format!("/components/securitySchemes/{name}")))
            .collect()
    }

    /// The headers the spec's security schemes send, with the canary values.
    fn auth_headers(&self) -> Vec<(String, String)> {
        let credentials = self.credentials();
        let value_of = |field: Option<&str>| {
            field.and_then(|field| credentials.iter().find(|(_, _, f)| f == field)).map(|(_, value, _)| value.clone())
        };
        self.schemes()
            .iter()
            .map(|scheme| {
                let text = |key: &str| scheme.get(key).and_then(Value::as_str);
                match (text("type"), text("scheme")) {
                    (Some("http"), Some("basic")) => {
                        let user = value_of(text("x-pspkit-username")).unwrap_or_default();
                        let password = value_of(text("x-pspkit-password")).unwrap_or_default();
                        let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
                        ("authorization".to_owned(), format!("Basic {encoded}"))
                    }
                    (Some("http"), Some("bearer")) => (
                        "authorization".to_owned(),
                        format!("Bearer {}", value_of(text("x-pspkit-credential")).unwrap_or_default()),
                    ),
                    _ => (
                        text("name").unwrap_or_default().to_ascii_lowercase(),
                        value_of(text("x-pspkit-credential")).unwrap_or_default(),
                    ),
                }
            })
            .collect()
    }

    /// `schema` with its `$ref`s followed (an absent one is `null`).
    fn resolve(&self, schema: Option<&Value>) -> Value {
        let mut schema = schema.cloned().unwrap_or(Value::Null);
        for _ in 0..8 {
            let Some(reference) = schema.get("$ref").and_then(Value::as_str) else { break };
            schema = self.document.pointer(reference.trim_start_matches('#')).cloned().unwrap_or(Value::Null);
        }
        schema
    }

    /// An operation as the spec writes it: its method (upper case), path template, parameters
    /// (the path item's and its own, its own winning by name and location) and its object.
    fn operation(&self, operation_id: &str) -> SpecOperation {
        let paths = self.document.get("paths").and_then(Value::as_object).expect("paths");
        for (path, item) in paths {
            let Some(item) = item.as_object() else { continue };
            let found = item
                .iter()
                .find(|(_, operation)| operation.get("operationId").and_then(Value::as_str) == Some(operation_id));
            if let Some((method, operation)) = found {
                let own = operation.get("parameters").and_then(Value::as_array).cloned().unwrap_or_default();
                let shared = item.get("parameters").and_then(Value::as_array).cloned().unwrap_or_default();
                let same = |a: &Value, b: &Value| a["name"] == b["name"] && a["in"] == b["in"];
                let mut parameters: Vec<Value> =
                    shared.into_iter().filter(|p| !own.iter().any(|mine| same(mine, p))).collect();
                parameters.extend(own);
                return SpecOperation {
                    method: method.to_ascii_uppercase(),
                    template: path.clone(),
                    parameters,
                    object: operation.clone(),
                };
            }
        }
        panic!("{}: no operation {operation_id}", self.provider)
    }
}

/// One operation of a spec.
struct SpecOperation {
    method: String,
    template: String,
    parameters: Vec<Value>,
    object: Value,
}

impl SpecOperation {
    /// The request body's media type and example, when the operation takes a body.
    fn body_example(&self) -> Option<(String, Value)> {
        let content = self.object.pointer("/requestBody/content").and_then(Value::as_object)?;
        let (media, body) = content.iter().next()?;
        let example = body
            .get("example")
            .cloned()
            .or_else(|| body.get("examples").and_then(Value::as_object)?.values().next()?.get("value").cloned())?;
        Some((media.clone(), example))
    }

    /// The form body properties the media type's `encoding` sends as `style: deepObject`.
    fn deep_object(&self) -> Vec<String> {
        let content = self.object.pointer("/requestBody/content").and_then(Value::as_object);
        let encoding = content.and_then(|content| content.values().next()?.get("encoding")?.as_object().cloned());
        encoding
            .into_iter()
            .flatten()
            .filter(|(_, encoding)| encoding.get("style").and_then(Value::as_str) == Some("deepObject"))
            .map(|(name, _)| name)
            .collect()
    }
}

/// The form fields OpenAPI 3.0 sends for `value` under `name`: a scalar as its text, a list one
/// field per item, nothing for `null`; under `deepObject`, objects and lists in brackets
/// (`address[city]`, `expand[0]`).
fn form_fields(name: &str, value: &Value, deep: bool, fields: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Object(properties) if deep => {
            properties.iter().for_each(|(key, value)| form_fields(&format!("{name}[{key}]"), value, true, fields))
        }
        Value::Array(items) if deep => items
            .iter()
            .enumerate()
            .for_each(|(index, item)| form_fields(&format!("{name}[{index}]"), item, true, fields)),
        Value::Array(items) => items.iter().for_each(|item| form_fields(name, item, false, fields)),
        Value::String(text) => fields.push((name.to_owned(), text.clone())),
        other => fields.push((name.to_owned(), other.to_string())),
    }
}

/// Checks the request's body against the spec's request-body example: the same JSON value, or the
/// same form fields (`deep_object` the properties sent in brackets); no body when the operation
/// takes none.
fn check_body(request: &Recorded, expected: Option<(String, Value)>, deep_object: &[String], what: &str) {
    let Some((media, example)) = expected else {
        assert!(request.body.is_empty(), "{what}: a body the spec does not describe");
        return;
    };
    assert_eq!(request.header("content-type"), Some(media.as_str()), "{what}");
    let sent = std::str::from_utf8(&request.body).expect("a UTF-8 body");
    if media == "application/x-www-form-urlencoded" {
        let mut fields: Vec<(String, String)> = sent
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(name, true), percent_decode(value, true))
            })
            .collect();
        let mut expected = Vec::new();
        for (name, value) in example.as_object().expect("a form body's example is an object") {
            form_fields(name, value, deep_object.contains(name), &mut expected);
        }
        fields.sort();
        expected.sort();
        assert_eq!(fields, expected, "{what}: the form fields sent");
    } else {
        let sent: Value = serde_json::from_str(sent).unwrap_or_else(|e| panic!("{what}: a JSON body: {e}"));
        assert!(same_json(&sent, &example), "{what}: the JSON body sent\n  sent: {sent}\n  given: {example}");
    }
}

/// Whether two JSON values are the same: numbers by value (a spec `number` is an `f64`, so an
/// example's `1` is sent as `1.0`, the same JSON number), everything else exactly.
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(a), Value::Number(b)) => a == b || a.as_f64() == b.as_f64(),
        (Value::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_json(a, b)),
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(key, a)| b.get(key).is_some_and(|b| same_json(a, b)))
        }
        _ => a == b,
    }
}

#[test]
fn same_json_compares_numbers_by_value_and_all_else_exactly() {
    let same = |a: Value, b: Value| same_json(&a, &b);
    assert!(same(serde_json::json!({"amount": 1, "tags": [2]}), serde_json::json!({"tags": [2.0], "amount": 1.0})));
    assert!(!same(serde_json::json!({"amount": 1}), serde_json::json!({"amount": 1.5})));
    assert!(!same(serde_json::json!({"amount": "1"}), serde_json::json!({"amount": 1})));
    assert!(!same(serde_json::json!({"a": 1}), serde_json::json!({"a": 1, "b": null})));
}

fn example_text(parameter: &Value) -> Option<String> {
    parameter.get("example").map(|value| match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    })
}

async fn pspkit(args: &[&str], env: &[(String, String, String)]) -> Output {
    let mut command = assert_cmd::Command::cargo_bin("pspkit").unwrap();
    for provider in Provider::ALL {
        for (variable, _, _) in Spec::load(provider).credentials() {
            command.env_remove(variable);
        }
    }
    command.args(args).envs(env.iter().map(|(variable, value, _)| (variable, value)));
    let output = tokio::task::spawn_blocking(move || command.output().unwrap()).await.unwrap();
    // Whatever the run, no credential value, nor HTTP Basic's encoding of any, is printed.
    let values: Vec<&str> = env.iter().map(|(_, value, _)| value.as_str()).collect();
    if let Some(form) = canary::leaked(&values, &text(&output)) {
        panic!("pspkit {args:?} printed a credential ({form:?}): {}", text(&output));
    }
    output
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// The one request the server saw.
fn only(requests: Vec<Recorded>, what: &str) -> Recorded {
    assert_eq!(requests.len(), 1, "{what}: {} requests", requests.len());
    requests.into_iter().next().expect("one request")
}

#[tokio::test(flavor = "multi_thread")]
async fn every_operation_sends_what_its_spec_describes() {
    let mut checked = 0;
    for provider in providers() {
        let spec = Spec::load(provider);
        let credentials = spec.credentials();
        for operation in provider.operations() {
            // The operation's first success example, so the call also decodes and exits 0.
            let success = provider
                .examples()
                .iter()
                .find(|example| example.operation_id == operation.operation_id && example.status < 300);
            let reply = success.map_or_else(|| Reply::json(200, "{}"), Reply::example);
            let server = TestServer::always(reply).await;
            let mut args = vec![provider.name(), operation.command];
            args.extend(operation.example_args);
            args.extend(["--base-url", server.base_url()]);
            let output = pspkit(&args, &credentials).await;
            let request = only(server.requests(), &format!("{args:?}"));
            let spec_operation = spec.operation(operation.operation_id);
            let (template, parameters) = (&spec_operation.template, &spec_operation.parameters);

            let mut expected_path = template.clone();
            for parameter in parameters.iter().filter(|p| p["in"] == "path") {
                let name = parameter["name"].as_str().unwrap_or_default();
                expected_path =
                    expected_path.replace(&format!("{{{name}}}"), &example_text(parameter).unwrap_or_default());
            }
            let (path, query) = request.target.split_once('?').unwrap_or((&request.target, ""));
            let expected = (spec_operation.method.as_str(), expected_path.as_str());
            assert_eq!((request.method.as_str(), path), expected, "{provider} {args:?}");
            let what = format!("{provider} {args:?}");
            check_body(&request, spec_operation.body_example(), &spec_operation.deep_object(), &what);
            for parameter in parameters.iter().filter(|p| p["in"] == "query" && p["required"] == true) {
                let pair = format!(
                    "{}={}",
                    parameter["name"].as_str().unwrap_or_default(),
                    example_text(parameter).unwrap_or_default()
                );
                assert!(query.split('&').any(|sent| sent == pair), "{provider}: `{pair}` not in `{query}`");
            }
            for (name, value) in spec.auth_headers() {
                assert_eq!(request.header(&name), Some(value.as_str()), "{provider}: header {name}");
            }
            let user_agent = format!("pspkit-{}/", provider.name());
            assert!(request.header("user-agent").is_some_and(|agent| agent.starts_with(&user_agent)), "{provider}");
            assert_eq!(request.header("accept"), Some("application/json"), "{provider}");
            assert_eq!(request.header("api-version"), None, "{provider}: progenitor's api-version header");
            if success.is_some() {
                assert!(output.status.success(), "{provider} {args:?}: {}", text(&output));
            }
            checked += 1;
        }
    }
    assert!(checked >= providers().len());
}

/// Every operation with a request body whose schema requires a property or lists an `enum`: the
/// spec's own example with a required property removed, or an enum property set to a value it does
/// not list, is refused (exit 2) naming that property's JSON pointer and nothing is sent; no value
/// of the body is printed.
#[tokio::test(flavor = "multi_thread")]
async fn a_body_that_breaks_its_request_schema_is_refused_naming_where() {
    let mut checked = 0;
    for provider in providers() {
        let spec = Spec::load(provider);
        let credentials = spec.credentials();
        for operation in provider.operations() {
            let spec_operation = spec.operation(operation.operation_id);
            let Some((_, example)) = spec_operation.body_example() else { continue };
            let schema = spec.resolve(
                spec_operation
                    .object
                    .pointer("/requestBody/content")
                    .and_then(|content| content.as_object()?.values().next()?.get("schema")),
            );
            let mut broken = Vec::new();
            if let Some(required) = schema.pointer("/required/0").and_then(Value::as_str) {
                let mut body = example.clone();
                body.as_object_mut().map(|fields| fields.remove(required));
                broken.push((body, format!("`/{required}`: missing")));
            }
            let properties = schema.get("properties").and_then(Value::as_object).into_iter().flatten();
            if let Some((name, _)) =
                properties.into_iter().find(|(_, property)| spec.resolve(Some(property)).get("enum").is_some())
            {
                let mut body = example.clone();
                body[name] = Value::from("PSPKIT_NOT_LISTED");
                broken.push((body, format!("`/{name}`: unknown enum value")));
            }
            for (body, says) in broken {
                let server = TestServer::always(Reply::json(200, "{}")).await;
                let body = body.to_string();
                let mut args = vec![provider.name(), operation.command];
                let mut rest = operation.example_args.iter();
                while let Some(arg) = rest.next() {
                    args.push(*arg);
                    if *arg == "--body" {
                        rest.next();
                        args.push(&body);
                    }
                }
                args.extend(["--base-url", server.base_url()]);
                let output = pspkit(&args, &credentials).await;
                let stderr = String::from_utf8_lossy(&output.stderr);
                assert_eq!(output.status.code(), Some(2), "{provider} {args:?}: {stderr}");
                assert!(stderr.contains("nothing was sent") && stderr.contains(&says), "{provider} {args:?}: {stderr}");
                assert!(!stderr.contains("PSPKIT_NOT_LISTED"), "{provider}: a value of the body was printed: {stderr}");
                assert!(server.requests().is_empty(), "{provider} {args:?}: refused, yet sent");
                checked += 1;
            }
        }
    }
    pspkit_tests::specs::checked("a request body with a required or enum property", checked);
}

/// Pages of `PAGE_SIZE` items the paging test's server answers with before its list ends.
const PAGES: usize = 3;
const PAGE_SIZE: usize = 2;

/// How the paging test's server tells pages apart, from the spec's `x-pspkit-paging`.
#[derive(Clone)]
enum Asked {
    /// By the cursor `p<page>-<index>` of the last item before (this query parameter).
    Cursor(String),
    /// By the offset (this query parameter).
    Offset(String),
    /// By the next link the page before gave: the same path with `pspkit_page=<page>`.
    Link,
}

/// The page a request of the paging test asks for; the first when the request names none (or
/// names the example's own cursor).
fn page_asked(request: &Recorded, asked: &Asked) -> usize {
    let (_, query) = request.target.split_once('?').unwrap_or_default();
    let value =
        |name: &str| query.split('&').find_map(|pair| pair.strip_prefix(&format!("{name}="))).unwrap_or_default();
    match asked {
        Asked::Cursor(parameter) => value(parameter)
            .strip_prefix('p')
            .and_then(|rest| rest.split_once('-'))
            .and_then(|(page, _)| page.parse::<usize>().ok())
            .map_or(0, |page| page + 1),
        Asked::Offset(parameter) => value(parameter).parse::<usize>().map_or(0, |offset| offset / PAGE_SIZE),
        Asked::Link => value("pspkit_page").parse().unwrap_or(0),
    }
}

/// The first `x-pspkit-identity` property of a paged list's items: the array `items` of the
/// operation's first 2XX JSON body.
fn item_identity(spec: &Spec, operation: &Value, items: &str) -> Option<String> {
    let responses = operation.get("responses")?.as_object()?;
    let (_, response) = responses.iter().find(|(status, _)| status.starts_with('2'))?;
    let body = spec.resolve(spec.resolve(Some(response)).pointer("/content/application~1json/schema"));
    let list = spec.resolve(body.pointer(&format!("/properties/{items}")));
    let item = spec.resolve(list.get("items"));
    Some(item.get("x-pspkit-identity")?.get(0)?.as_str()?.to_owned())
}

/// The next page's link the paging test's server gives: where it points, from the request for the
/// page before and the next page's number.
type NextLink = Box<dyn Fn(&Recorded, usize) -> String + Send + Sync>;

/// The next page's link to the same endpoint: the request's path (a link relative to the host)
/// with `pspkit_page` set.
fn same_endpoint(request: &Recorded, page: usize) -> String {
    let path = request.target.split_once('?').map_or(request.target.as_str(), |(path, _)| path);
    format!("{path}?pspkit_page={page}")
}

/// What the paging test's server serves for one paged list.
#[derive(Clone)]
struct PagedList {
    /// The spec's success example, the template of every page.
    first: Value,
    status: u16,
    items: String,
    asked: Asked,
    cursor_item: Option<String>,
    /// The items' identifying property (the cursor's, else the first `x-pspkit-identity`), which
    /// every served item gets a value of its own for: distinct items, as a provider lists them.
    identity: Option<String>,
    has_more: Option<String>,
    link: Option<String>,
}

impl PagedList {
    /// The server's handler: page `k` of `PAGES` holds `PAGE_SIZE` copies of the example's first
    /// item (each with its own cursor and identity), says whether more follow, and links to the
    /// next by `next_link`; the page after the last is empty.
    fn handler(self, next_link: NextLink) -> impl Fn(&Recorded) -> Reply + Send + Sync + 'static {
        move |request| {
            let page = page_asked(request, &self.asked);
            let mut body = self.first.clone();
            let item = self.first[self.items.as_str()][0].clone();
            let count = if page < PAGES { PAGE_SIZE } else { 0 };
            body[self.items.as_str()] = (0..count)
                .map(|index| {
                    let mut item = item.clone();
                    for field in self.cursor_item.iter().chain(&self.identity) {
                        item[field.as_str()] = match item[field.as_str()] {
                            Value::Number(_) => Value::from(page * 1_000 + index),
                            _ => Value::from(format!("p{page}-{index}")),
                        };
                    }
                    item
                })
                .collect();
            if let Some(flag) = &self.has_more {
                body[flag.as_str()] = Value::Bool(page + 1 < PAGES);
            }
            if let Some(field) = &self.link {
                let next = (page + 1 < PAGES).then(|| next_link(request, page + 1));
                body[field.as_str()] = next.map_or(Value::Null, Value::from);
            }
            Reply::json(self.status, &body.to_string())
        }
    }
}

/// Every paged list (`x-pspkit-paging`), through the CLI's `--all` against a loopback server that
/// serves `PAGES` pages built from the spec's example (its first item repeated, each with its own
/// cursor; each page linking to the next where the list pages by link) and then ends as the spec
/// says (`has_more` false or no link on the last page, else an empty page): every item is printed,
/// in order, and the server saw exactly one request per page. A next link to another host is not
/// followed: the run fails saying so, and that host sees nothing.
#[tokio::test(flavor = "multi_thread")]
async fn every_paged_list_streams_every_page_with_one_request_each() {
    let mut checked = 0;
    for provider in providers() {
        let spec = Spec::load(provider);
        let credentials = spec.credentials();
        for operation in provider.operations() {
            let spec_operation = spec.operation(operation.operation_id);
            let Some(paging) = spec_operation.object.get("x-pspkit-paging").cloned() else { continue };
            let named = |pointer: &str| paging.pointer(pointer).and_then(Value::as_str).map(str::to_owned);
            let example = provider
                .examples()
                .iter()
                .find(|example| example.operation_id == operation.operation_id && (200..300).contains(&example.status))
                .expect("a paged list has a success example");
            let list = PagedList {
                first: serde_json::from_str(example.body).expect("a JSON page"),
                status: example.status,
                items: named("/items").expect("items"),
                asked: match (named("/cursor/parameter"), named("/offset/parameter")) {
                    (Some(parameter), _) => Asked::Cursor(parameter),
                    (None, Some(parameter)) => Asked::Offset(parameter),
                    (None, None) => Asked::Link,
                },
                cursor_item: named("/cursor/item"),
                identity: item_identity(&spec, &spec_operation.object, &named("/items").expect("items")),
                has_more: named("/has_more"),
                link: named("/next/link"),
            };
            let server = TestServer::start(list.clone().handler(Box::new(same_endpoint))).await;
            let mut args = vec![provider.name(), operation.command];
            args.extend(operation.example_args);
            args.extend(["--all", "--base-url", server.base_url()]);
            let output = pspkit(&args, &credentials).await;
            assert!(output.status.success(), "{provider} {args:?}: {}", text(&output));
            let printed: Vec<Value> = String::from_utf8_lossy(&output.stdout)
                .lines()
                .map(|line| serde_json::from_str(line).expect("one JSON item per line"))
                .collect();
            assert_eq!(printed.len(), PAGES * PAGE_SIZE, "{provider} {args:?}: every item of every page");
            if let Some(field) = &list.cursor_item {
                let cursors: Vec<&str> = printed.iter().filter_map(|item| item[field.as_str()].as_str()).collect();
                let expected: Vec<String> =
                    (0..PAGES).flat_map(|page| (0..PAGE_SIZE).map(move |index| format!("p{page}-{index}"))).collect();
                assert_eq!(cursors, expected, "{provider} {args:?}: in order");
            }
            // The last page says so (or gives no link), or an empty one ends the list: one more request.
            let pages = if list.has_more.is_some() || list.link.is_some() { PAGES } else { PAGES + 1 };
            assert_eq!(server.requests().len(), pages, "{provider} {args:?}: one request per page");
            checked += 1;

            if list.link.is_some() {
                let elsewhere = TestServer::always(Reply::json(example.status, example.body)).await;
                let away = elsewhere.base_url().to_owned();
                let to_elsewhere =
                    move |request: &Recorded, page: usize| format!("{away}{}", same_endpoint(request, page));
                let server = TestServer::start(list.handler(Box::new(to_elsewhere))).await;
                let mut args = vec![provider.name(), operation.command];
                args.extend(operation.example_args);
                args.extend(["--all", "--base-url", server.base_url()]);
                let output = pspkit(&args, &credentials).await;
                assert!(!output.status.success(), "{provider} {args:?}: a link to another host was followed");
                assert!(text(&output).contains("not followed"), "{provider} {args:?}: {}", text(&output));
                assert!(elsewhere.requests().is_empty(), "{provider}: the other host was sent a request");
                assert_eq!(server.requests().len(), 1, "{provider}: the first page only");
            }
        }
    }
    pspkit_tests::specs::checked("a paged list (`x-pspkit-paging`)", checked);
}

/// Values that would leave their path segment or query value, or address another endpoint.
/// (A NUL cannot be a command-line argument; the specs' patterns refuse control characters.)
/// Backslash forms (URL parsing reads `\` as `/`), mixed separators, percent-encoded dot segments
/// and Unicode look-alikes of `/` and `.` included.
const HOSTILE: [&str; 27] = [
    "",
    ".",
    "..",
    "a/b",
    "?x=1",
    "#f",
    "%2e%2e",
    "ü€漢字",
    "../../admin",
    "\u{202e}rtl",
    "a b",
    "..\\admin",
    "a\\b",
    "\\\\evil.example\\x",
    "x\\..\\..\\orders\\o1",
    "..\\..\\",
    "a/..\\b",
    "..%2fadmin",
    ".%2e",
    "%2E%2e%5cadmin",
    "\u{ff0f}admin",
    "\u{ff0e}\u{ff0e}",
    "\u{2215}x",
    "\u{2044}x",
    "\u{2024}\u{2024}",
    "\u{fe52}\u{fe52}",
    "\u{ff3c}..",
];

/// Percent-decodes `text` (`+` as a space in a query value).
fn percent_decode(text: &str, query: bool) -> String {
    let text = if query { text.replace('+', " ") } else { text.to_owned() };
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        let hex = (byte == b'%').then(|| tail.get(..2)).flatten();
        match hex.and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()) {
            Some(decoded) => {
                bytes.push(decoded);
                rest = &tail[2..];
            }
            None => {
                bytes.push(byte);
                rest = tail;
            }
        }
    }
    String::from_utf8(bytes).expect("UTF-8 after decoding")
}

/// Every hostile value, bare and behind the spec's own example, and a 10 KiB one.
fn hostile_values(example: &str) -> Vec<String> {
    let mut values: Vec<String> = HOSTILE.iter().map(|value| value.to_string()).collect();
    values.extend(HOSTILE.iter().map(|value| format!("{example}{value}")));
    values.push(format!("{example}{}", "x".repeat(10 * 1024)));
    values
}

/// One hostile value for one operation's identifying argument: a CLI run against a server of
/// its own, and where on the wire the value must arrive if it is sent.
struct HostileRun {
    provider: Provider,
    command: &'static str,
    value: String,
    /// The operation's other example arguments.
    rest: Vec<&'static str>,
    credentials: Vec<(String, String, String)>,
    /// The argument's name, and whether it is a path parameter (else a query one).
    name: String,
    in_path: bool,
    /// The path template's segment count, its text before the first parameter, and the
    /// argument's segment.
    segments: usize,
    prefix: String,
    index: Option<usize>,
}

impl HostileRun {
    /// Runs the CLI with the value and checks it was refused with nothing sent, or arrived intact.
    async fn check(self) {
        let HostileRun { provider, command, value, rest, credentials, name, in_path, segments, prefix, index } = self;
        let server = TestServer::always(Reply::json(404, "{}")).await;
        let mut args = vec![provider.name(), command, value.as_str()];
        args.extend(&rest);
        args.extend(["--base-url", server.base_url()]);
        let output = pspkit(&args, &credentials).await;
        let requests = server.requests();
        let shown = value.chars().take(40).collect::<String>();
        if output.status.code() == Some(2) {
            assert!(requests.is_empty(), "{provider} {shown:?}: refused, yet sent");
            assert!(text(&output).contains("nothing was sent"), "{provider} {shown:?}: {}", text(&output));
            return;
        }
        assert!(!["", ".", ".."].contains(&value.as_str()), "{provider} {shown:?}: a dot segment must be refused");
        assert!(!requests.is_empty(), "{provider} {shown:?}: neither refused nor sent: {}", text(&output));
        let host = server.base_url().trim_start_matches("http://").to_owned();
        for request in requests {
            assert_eq!(request.header("host"), Some(host.as_str()), "{provider} {shown:?} went to another host");
            let (path, query) = request.target.split_once('?').unwrap_or((&request.target, ""));
            assert!(path.starts_with(&prefix), "{provider} {shown:?} went to {path}");
            assert_eq!(path.trim_matches('/').split('/').count(), segments, "{provider} {shown:?}: {path}");
            let arrived = if in_path {
                let segment = index.and_then(|i| path.trim_matches('/').split('/').nth(i)).unwrap_or_default();
                percent_decode(segment, false)
            } else {
                let pairs: Vec<&str> = query.split('&').filter(|pair| pair.starts_with(&format!("{name}="))).collect();
                assert_eq!(pairs.len(), 1, "{provider} {shown:?}: one `{name}` in `{query}`");
                percent_decode(pairs[0].trim_start_matches(&format!("{name}=")), true)
            };
            assert_eq!(arrived, value, "{provider}: the value arrived altered");
        }
    }
}

/// How many CLI runs the hostile-value test keeps going at once, each a process and a server of
/// its own: one at a time, a published API's few dozen arguments made it a minute of one core
/// while the suite's other tests had finished.
const CONCURRENT_HOSTILE_RUNS: usize = 4;

#[tokio::test(flavor = "multi_thread")]
async fn hostile_values_of_the_identifying_argument_are_refused_or_arrive_intact() {
    let mut exercised = std::collections::BTreeSet::new();
    // What decides a hostile value's fate is the parameter (where it goes, its schema: a pattern
    // refuses, the runtime's segment rule guards the rest), not the operation: each distinct one
    // of a provider is exercised once (a published API's hundred `{id}`s are a handful).
    let mut parameters_seen = std::collections::BTreeSet::new();
    let mut runs = Vec::new();
    for provider in providers() {
        let spec = Spec::load(provider);
        let credentials = spec.credentials();
        for operation in provider.operations() {
            let SpecOperation { template, parameters, .. } = spec.operation(operation.operation_id);
            // The argument the CLI takes first: the path parameter, else a positional query one.
            let Some(parameter) = parameters.iter().find(|p| p["in"] == "path").or_else(|| {
                parameters
                    .iter()
                    .find(|p| p["in"] == "query" && p.pointer("/x-pspkit-cli/positional") == Some(&Value::Bool(true)))
            }) else {
                continue;
            };
            if !parameters_seen.insert((provider.name(), parameter["in"].to_string(), parameter["schema"].to_string()))
            {
                continue;
            }
            let name = parameter["name"].as_str().unwrap_or_default().to_owned();
            let index = template.trim_matches('/').split('/').position(|s| s == format!("{{{name}}}"));
            let example = operation.example_args.first().copied().unwrap_or_default();
            for value in hostile_values(example) {
                runs.push(HostileRun {
                    provider,
                    command: operation.command,
                    value,
                    rest: operation.example_args.iter().skip(1).copied().collect(),
                    credentials: credentials.clone(),
                    name: name.clone(),
                    in_path: parameter["in"] == "path",
                    segments: template.trim_matches('/').split('/').count(),
                    prefix: template.split('{').next().unwrap_or_default().to_owned(),
                    index,
                });
            }
            exercised.insert(provider.name());
        }
    }
    let mut running = tokio::task::JoinSet::new();
    for run in runs {
        if running.len() == CONCURRENT_HOSTILE_RUNS {
            finished(running.join_next().await);
        }
        running.spawn(run.check());
    }
    while let Some(done) = running.join_next().await {
        finished(Some(done));
    }
    assert_eq!(exercised.len(), providers().len(), "every spec's identifying argument was exercised");
}

/// Fails the test with a finished run's own panic, if it panicked.
fn finished(done: Option<Result<(), tokio::task::JoinError>>) {
    if let Some(Err(error)) = done {
        std::panic::resume_unwind(error.into_panic());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn credentials_never_reach_the_output_on_any_outcome() {
    let replies = [
        Reply::json(401, r#"{"error":"unauthorised"}"#),
        Reply::json(418, "I'm a teapot"),
        Reply::json(200, "not json"),
    ];
    for provider in providers() {
        let credentials = Spec::load(provider).credentials();
        let Some(operation) = provider.operations().first() else { continue };
        for reply in replies.clone() {
            let server = TestServer::always(reply).await;
            let mut args = vec!["--verbose", provider.name(), operation.command];
            args.extend(operation.example_args);
            args.extend(["--base-url", server.base_url()]);
            // `pspkit` fails the test if any credential, or its Basic encoding, was printed.
            let output = pspkit(&args, &credentials).await;
            assert!(!output.status.success(), "{provider}: {args:?}");
        }
    }
}
