//! Each operation of a spec, read once, in the one order every emitter uses (paths in document
//! order, each path item's methods in document order): its generated `request()` and `send()`
//! (the HTTP method and path template, every parameter by location with the path item's shared
//! ones merged in, the request body's media type, how each documented status is decoded, how it
//! pages) and its `pspkit` CLI subcommand ([`crate::model::commands`]).

use serde_json::Value;

use crate::model::commands::{self, Argument, Command, Kind};
use crate::spec::diagnostics::Problem;
use crate::spec::document::{Declared, deep_object, operations, resolve};
use crate::spec::naming;
use crate::spec::pointer::Pointer;

/// One operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// `operationId`, e.g. `getCustomer`.
    pub id: String,
    /// progenitor's builder struct, e.g. `GetCustomer`.
    pub builder: String,
    /// progenitor's client method, e.g. `get_customer` (also the runtime's operation name).
    pub method: String,
    /// The HTTP method, upper case, e.g. `GET`.
    pub verb: String,
    /// The path template, e.g. `/v1/customers/{id}`.
    pub path: String,
    /// The parameters, in the spec's order (the path item's first).
    pub parameters: Vec<Parameter>,
    /// The request body, when the operation takes one.
    pub body: Option<Media>,
    /// How each documented status is read, exact codes before ranges.
    pub statuses: Vec<(Status, Class)>,
    /// Whether a `default` response is documented: every other status is then an error.
    pub default_error: bool,
    /// How the operation pages (`x-pspkit-paging`), when it does.
    pub paging: Option<Paging>,
    /// The operation as a `pspkit` CLI subcommand.
    pub command: Command,
}

impl Operation {
    /// The HTTP method and path template, e.g. `GET /v1/customers/{id}`.
    pub fn route(&self) -> String {
        format!("{} {}", self.verb, self.path)
    }

    /// `(parameter name, example value)` for every parameter a call needs (required, or the first
    /// of the require-one-of group), from the spec's examples; `true` for a boolean; then the
    /// body's example as `body`.
    pub fn example_arguments(&self) -> Vec<(String, String)> {
        self.parameters
            .iter()
            .filter(|p| p.argument.needed(&self.command.one_of))
            .filter_map(|p| {
                let value =
                    if p.argument.kind == Kind::Bool { Some("true".to_owned()) } else { p.argument.example.clone() };
                Some((p.name.clone(), value?))
            })
            .chain(self.command.body_example.clone().map(|body| ("body".to_owned(), body)))
            .collect()
    }
}

/// How a list operation pages (`x-pspkit-paging`), by the Rust names of the fields involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    /// The success body's field holding the page's items.
    pub items: String,
    /// How the next page is asked for.
    pub style: PagingStyle,
    /// The success body's boolean field that is `false` on the last page, if any.
    pub has_more: Option<String>,
    /// The items' identifying field: the cursor's field (the rules require it to be an
    /// `x-pspkit-identity` property of the items), else the first `x-pspkit-identity` property of
    /// the items' schema (the rules require one by offset or link). `stream()` gives the runtime
    /// its value on each page's last item (`Page::last`): a page that ends with an item an earlier
    /// page ended with is the provider serving a page again.
    pub item_identity: Option<String>,
    /// The same as the spec writes them on the wire (what mock mode reads and answers).
    pub wire: PagingWire,
}

/// `x-pspkit-paging`'s names as the spec writes them: the query parameter that asks for a later
/// page (or the success body's next-link property), and the success body's items and "more
/// pages" properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagingWire {
    /// The query parameter of a cursor or an offset.
    pub parameter: Option<String>,
    /// The next-link property.
    pub link: Option<String>,
    /// The items property.
    pub items: String,
    /// The boolean "more pages follow" property, if any.
    pub has_more: Option<String>,
}

/// How the next page is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PagingStyle {
    /// The query parameter (its setter) set to the last item's field (e.g. Stripe's
    /// `starting_after` = the last customer's `id`).
    Cursor { parameter: String, item_field: String },
    /// The query parameter (its setter) set to the number of items before the page (e.g.
    /// Razorpay's `skip`).
    Offset { parameter: String },
    /// The URL in the success body's field (its Rust name), followed to the same endpoint.
    Link { field: String },
}

/// One parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    /// The spec's name, e.g. `x-routing-id`.
    pub name: String,
    /// progenitor's builder field (and setter), e.g. `x_routing_id`.
    pub field: String,
    /// Where it goes.
    pub location: Location,
    /// Whether a call must set it.
    pub required: bool,
    /// The parameter as a CLI argument.
    pub argument: Argument,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Header,
}

/// A request body's media type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Media {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`; `deep_object` the properties its `encoding` sends
    /// in brackets (`style: deepObject`).
    Form { deep_object: Vec<String> },
}

/// A documented status key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// One code, e.g. `404`.
    Code(u16),
    /// A range, e.g. `4XX` (the hundreds digit).
    Range(u16),
}

/// How a documented status is decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// As the operation's success type (2xx).
    Success,
    /// As the operation's error type.
    Error,
}

/// Every operation of `document`, in document order; a problem for a CLI argument the spec
/// cannot have (a flag the CLI already has, a positional boolean).
pub fn read(document: &Value, problems: &mut Vec<Problem>) -> Vec<Operation> {
    operations(document)
        .into_iter()
        .filter_map(|(path, verb, operation)| {
            let id = operation.get("operationId")?.as_str()?.to_owned();
            let (statuses, default_error) = statuses(operation);
            let at = Pointer::root().join("paths").join(path).join(verb);
            let parameters = parameters(document, path, &at, operation, problems);
            let arguments: Vec<(String, &Argument)> =
                parameters.iter().map(|p| (p.field.clone(), &p.argument)).collect();
            let command = commands::command(document, &id, operation, &arguments);
            Some(Operation {
                builder: naming::pascal(&id),
                method: naming::progenitor_snake(&id),
                verb: verb.to_uppercase(),
                path: path.clone(),
                body: body(document, operation),
                statuses,
                default_error,
                paging: paging(document, operation),
                command,
                parameters,
                id,
            })
        })
        .collect()
}

/// Every parameter, by location (the path item's shared ones merged in, OpenAPI's rule); the
/// operation is written at `at`.
fn parameters(
    document: &Value,
    path: &str,
    at: &Pointer,
    operation: &Value,
    problems: &mut Vec<Problem>,
) -> Vec<Parameter> {
    crate::spec::document::parameters(document, path, operation)
        .into_iter()
        .filter_map(|(declared, parameter)| {
            let name = parameter.get("name")?.as_str()?.to_owned();
            let location = match parameter.get("in")?.as_str()? {
                "path" => Location::Path,
                "query" => Location::Query,
                "header" => Location::Header,
                _ => return None,
            };
            let written = match declared {
                Declared::PathItem(index) => Pointer::root().join("paths").join(path).join("parameters").join(index),
                Declared::Operation(index) => at.join("parameters").join(index),
            };
            let argument = commands::argument(parameter, &written, problems)?;
            let required = parameter.get("required") == Some(&Value::Bool(true));
            Some(Parameter { field: naming::progenitor_snake(&name), name, location, required, argument })
        })
        .collect()
}

/// `x-pspkit-paging` as Rust names (the rules check it against the spec).
fn paging(document: &Value, operation: &Value) -> Option<Paging> {
    let paging = operation.get(crate::spec::extensions::PAGING)?;
    let raw = |pointer: &str| paging.pointer(pointer).and_then(Value::as_str).map(str::to_owned);
    let text = |pointer: &str| raw(pointer).as_deref().map(naming::progenitor_snake);
    let style = match (text("/cursor/parameter"), text("/cursor/item"), text("/offset/parameter"), text("/next/link")) {
        (Some(parameter), Some(item_field), None, None) => PagingStyle::Cursor { parameter, item_field },
        (None, None, Some(parameter), None) => PagingStyle::Offset { parameter },
        (None, None, None, Some(field)) => PagingStyle::Link { field },
        _ => return None,
    };
    let wire = PagingWire {
        parameter: raw("/cursor/parameter").or_else(|| raw("/offset/parameter")),
        link: raw("/next/link"),
        items: raw("/items")?,
        has_more: raw("/has_more"),
    };
    let item_identity = match &style {
        PagingStyle::Cursor { item_field, .. } => Some(item_field.clone()),
        _ => crate::spec::document::paged_item_schema(document, operation, &wire.items)
            .and_then(|schema| schema.get(crate::spec::extensions::IDENTITY)?.as_array()?.first()?.as_str())
            .map(naming::progenitor_snake),
    };
    Some(Paging { items: text("/items")?, style, has_more: text("/has_more"), item_identity, wire })
}

fn body(document: &Value, operation: &Value) -> Option<Media> {
    let body = resolve(document, operation.get("requestBody")?);
    let content = body.get("content")?.as_object()?;
    content.iter().find_map(|(media, object)| match media.split(';').next().unwrap_or_default().trim() {
        "application/json" => Some(Media::Json),
        "application/x-www-form-urlencoded" => Some(Media::Form { deep_object: deep_object(object) }),
        _ => None,
    })
}

/// The documented statuses (exact codes first, then ranges) and whether `default` is documented.
fn statuses(operation: &Value) -> (Vec<(Status, Class)>, bool) {
    let responses = operation.get("responses").and_then(Value::as_object);
    let mut statuses: Vec<(Status, Class)> = responses
        .into_iter()
        .flatten()
        .filter_map(|(key, _)| {
            let status = match key.as_bytes() {
                [digit, b'X' | b'x', b'X' | b'x'] if digit.is_ascii_digit() => Status::Range(u16::from(digit - b'0')),
                _ => Status::Code(key.parse().ok()?),
            };
            let hundreds = match status {
                Status::Code(code) => code / 100,
                Status::Range(hundreds) => hundreds,
            };
            Some((status, if hundreds == 2 { Class::Success } else { Class::Error }))
        })
        .collect();
    statuses.sort_by_key(|(status, _)| *status);
    (statuses, responses.is_some_and(|responses| responses.contains_key("default")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_methods_paths_merged_parameters_bodies_and_statuses() {
        let document: Value = yaml_serde::from_str(
            r#"
paths:
  /things/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: X-Trace, in: header, schema: {type: string}}
    post:
      operationId: updateThing
      parameters:
        - {name: X-Trace, in: header, required: true, schema: {type: string}}
        - {name: 'expand[]', in: query, schema: {type: array, items: {type: string}}}
      requestBody:
        content: {application/x-www-form-urlencoded: {schema: {type: object}}}
      responses:
        '5XX': {description: down}
        '200': {description: ok}
        '404': {description: missing}
        default: {description: other}
"#,
        )
        .unwrap();
        let operations = read(&document, &mut Vec::new());
        let operation = &operations[0];
        assert_eq!(
            (operation.builder.as_str(), operation.method.as_str(), operation.verb.as_str()),
            ("UpdateThing", "update_thing", "POST")
        );
        let parameters: Vec<(&str, &str, Location, bool)> =
            operation.parameters.iter().map(|p| (p.name.as_str(), p.field.as_str(), p.location, p.required)).collect();
        assert_eq!(
            parameters,
            [
                ("id", "id", Location::Path, true),
                ("X-Trace", "x_trace", Location::Header, true),
                ("expand[]", "expand", Location::Query, false),
            ]
        );
        assert_eq!(operation.body, Some(Media::Form { deep_object: Vec::new() }));
        assert_eq!(
            operation.statuses,
            [(Status::Code(200), Class::Success), (Status::Code(404), Class::Error), (Status::Range(5), Class::Error)]
        );
        assert!(operation.default_error);
    }

    #[test]
    fn a_paged_lists_item_identity_is_its_cursor_else_the_items_first_identifying_property() {
        let document: Value = yaml_serde::from_str(
            r#"
paths:
  /by-cursor:
    get:
      operationId: listByCursor
      x-pspkit-paging: {items: data, cursor: {parameter: starting_after, item: id}}
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Things'}}}}}
  /by-offset:
    get:
      operationId: listByOffset
      x-pspkit-paging: {items: data, offset: {parameter: skip}}
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Things'}}}}}
  /by-link:
    get:
      operationId: listByLink
      x-pspkit-paging: {items: data, next: {link: next}}
      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Things'}}}}}
components:
  schemas:
    Thing: {type: object, required: [Thing-Key, id], x-pspkit-identity: [Thing-Key, id]}
    Things: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}
"#,
        )
        .unwrap();
        let identities: Vec<Option<String>> = read(&document, &mut Vec::new())
            .into_iter()
            .map(|operation| operation.paging.unwrap().item_identity)
            .collect();
        let thing_key = Some("thing_key".to_owned());
        assert_eq!(identities, [Some("id".to_owned()), thing_key.clone(), thing_key]);
    }

    fn cli_operations(parameters: &str) -> (Vec<Operation>, Vec<String>) {
        let yaml = format!(
            r#"
paths:
  /things/{{thing_id}}:
    get:
      operationId: getThing
      summary: Get a thing.
      x-pspkit-require-one-of: [ref, thing_ref]
      parameters: {parameters}
"#
        );
        let document: Value = yaml_serde::from_str(&yaml).unwrap();
        let mut problems = Vec::new();
        let operations = read(&document, &mut problems);
        (operations, problems.iter().map(|p| format!("{}: {}", p.pointer, p.message)).collect())
    }

    #[test]
    fn path_parameters_are_positional_and_the_rest_are_kebab_case_flags() {
        let (operations, problems) = cli_operations(
            r#"[{name: thing_id, in: path, required: true, schema: {type: string}},
                {name: options.with_parts, in: query, schema: {type: boolean}},
                {name: page.size, in: query, schema: {type: integer}},
                {name: X-Trace-Id, in: header, description: "  a   trace\n id ", schema: {type: string}}]"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let operation = &operations[0];
        assert_eq!((operation.command.name.as_str(), operation.method.as_str()), ("get-thing", "get_thing"));
        let summary: Vec<(&str, &str, bool, Kind)> = operation
            .parameters
            .iter()
            .map(|p| (p.field.as_str(), p.argument.id.as_str(), p.argument.positional, p.argument.kind))
            .collect();
        assert_eq!(
            summary,
            [
                ("thing_id", "thing_id", true, Kind::Text),
                ("options_with_parts", "options-with-parts", false, Kind::Bool),
                ("page_size", "page-size", false, Kind::Integer),
                ("x_trace_id", "x-trace-id", false, Kind::Text),
            ]
        );
        assert_eq!(operation.parameters[3].argument.help, "a trace id");
    }

    #[test]
    fn the_extension_renames_a_flag_or_makes_a_query_parameter_positional() {
        let (operations, problems) = cli_operations(
            r#"[{name: ref, in: query, x-pspkit-cli: {positional: true}, schema: {type: string}},
                {name: thing_ref, in: query, x-pspkit-cli: {flag: by-ref}, schema: {type: string}}]"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let parameters = &operations[0].parameters;
        assert!(parameters[0].argument.positional && parameters[0].argument.id == "ref");
        assert!(!parameters[1].argument.positional && parameters[1].argument.id == "by-ref");
        assert_eq!(operations[0].command.one_of, ["ref", "by-ref"], "the group names the arguments");
    }

    #[test]
    fn example_arguments_name_what_a_call_needs_by_the_specs_names() {
        let (operations, problems) = cli_operations(
            r#"[{name: thing_id, in: path, required: true, example: t_1, schema: {type: string}},
                {name: ref, in: query, example: r_1, schema: {type: string}},
                {name: thing_ref, in: query, example: tr_1, schema: {type: string}},
                {name: options.full, in: query, required: true, schema: {type: boolean}},
                {name: X-Trace, in: header, example: x, schema: {type: string}}]"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let arguments = operations[0].example_arguments();
        let pairs: Vec<(&str, &str)> = arguments.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect();
        // Required ones and the first of the require-one-of group; not the optional header.
        assert_eq!(pairs, [("thing_id", "t_1"), ("ref", "r_1"), ("options.full", "true")]);
    }

    #[test]
    fn a_flag_the_cli_already_has_is_a_problem_naming_the_fix() {
        let (_, problems) = cli_operations(r#"[{name: version, in: header, schema: {type: string}}]"#);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("`--version` is the CLI's own"), "{problems:?}");
        assert!(problems[0].contains("#/paths/~1things~1{thing_id}/get/parameters/0"), "{problems:?}");
    }

    #[test]
    fn operations_are_read_once_in_document_order_methods_as_written() {
        let document: Value = yaml_serde::from_str(
            r#"
paths:
  /b:
    post: {operationId: createB, responses: {}}
    x-note: not an operation
    get: {operationId: listB, responses: {}}
  /a:
    get: {operationId: getA, responses: {}}
"#,
        )
        .unwrap();
        let ids: Vec<String> = read(&document, &mut Vec::new()).into_iter().map(|operation| operation.id).collect();
        assert_eq!(ids, ["createB", "listB", "getA"]);
    }
}
