//! Each operation as its generated `request()` and `send()` need it, read from the spec (not from
//! progenitor's output): the HTTP method and path template, every parameter by location (the
//! path item's shared ones merged in), the request body's media type, and how each documented
//! status is decoded.

use serde_json::Value;

use crate::spec::document::{deep_object, operations, resolve};
use crate::spec::naming;

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
    /// The items' identifying field (the cursor's field, else the first `x-pspkit-identity`
    /// property of the items' schema), if any: a page that ends with an item an earlier page
    /// ended with is the provider serving a page again.
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

/// Every operation of `document`, in document order.
pub fn read(document: &Value) -> Vec<Operation> {
    operations(document)
        .into_iter()
        .filter_map(|(path, verb, operation)| {
            let id = operation.get("operationId")?.as_str()?.to_owned();
            let (statuses, default_error) = statuses(operation);
            Some(Operation {
                builder: naming::pascal(&id),
                method: naming::progenitor_snake(&id),
                verb: verb.to_uppercase(),
                path: path.clone(),
                parameters: parameters(document, path, operation),
                body: body(document, operation),
                statuses,
                default_error,
                paging: paging(document, operation),
                id,
            })
        })
        .collect()
}

/// Every parameter, by location (the path item's shared ones merged in, OpenAPI's rule).
fn parameters(document: &Value, path: &str, operation: &Value) -> Vec<Parameter> {
    crate::spec::document::parameters(document, path, operation)
        .into_iter()
        .filter_map(|(_, parameter)| {
            let name = parameter.get("name")?.as_str()?.to_owned();
            let location = match parameter.get("in")?.as_str()? {
                "path" => Location::Path,
                "query" => Location::Query,
                "header" => Location::Header,
                _ => return None,
            };
            let required = parameter.get("required") == Some(&Value::Bool(true));
            Some(Parameter { field: naming::progenitor_snake(&name), name, location, required })
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
        let operations = read(&document);
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
}
