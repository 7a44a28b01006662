//! `cargo xtask drift <provider> <published document>`: how a hand-written spec and the provider's
//! published document disagree, for the operations the hand-written spec has. Operations match by
//! method and path (path parameters by position, whatever their names). For each, the parameters,
//! the statuses and the JSON bodies of the responses both document are compared: properties,
//! types, formats, enums, `required`, nullability, array items, at every depth (`$ref` and `allOf`
//! followed). Each finding names both pointers and its effect on the client: would a response that
//! follows the published document decode without a deviation, would a request be refused.
//!
//! A finding the maintainer has weighed is accepted in the spec itself, with the reason, under
//! `x-pspkit-drift` at its root: `{<finding key>: <why>}`. The command fails on any finding not
//! accepted, and on an acceptance no finding matches any more (the provider fixed it, or the key
//! changed), so the spec's justifications stay true.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context as _;
use serde_json::Value;

use crate::spec::document::{operations, parameters};
use crate::spec::extensions::DRIFT;
use crate::spec::pointer::Pointer;

/// One disagreement between the spec and the published document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What and where, stable across runs: `nullable getCustomer 200 .data.email`. The key
    /// `x-pspkit-drift` accepts it under.
    pub key: String,
    /// Where the spec says it (`None`: the spec does not).
    pub spec: Option<Pointer>,
    /// Where the published document says it (`None`: it does not).
    pub published: Option<Pointer>,
    /// The difference, in words.
    pub what: String,
    /// What it does to a merchant's call.
    pub effect: String,
}

/// Both documents, read by the same rules.
struct Documents<'a> {
    spec: &'a Value,
    published: &'a Value,
}

/// Every finding for the operations of `spec`, in its document order.
pub fn compare(spec: &Value, published: &Value) -> Vec<Finding> {
    let documents = Documents { spec, published };
    let theirs: BTreeMap<String, (&String, &Value)> = operations(published)
        .into_iter()
        .map(|(path, method, operation)| (route(method, path), (path, operation)))
        .collect();
    let mut found = Vec::new();
    for (path, method, operation) in operations(spec) {
        let at = Pointer::root().join("paths").join(path).join(method);
        let name = operation.get("operationId").and_then(Value::as_str).unwrap_or(path).to_owned();
        let Some((their_path, theirs)) = theirs.get(&route(method, path)) else {
            found.push(Finding {
                key: format!("operation {name}"),
                spec: Some(at),
                published: None,
                what: format!("{} {path} is not in the published document", method.to_uppercase()),
                effect: "every call may fail: the provider does not document this endpoint".to_owned(),
            });
            continue;
        };
        let their_at = Pointer::root().join("paths").join(their_path).join(method);
        let sides = Sides { ours: (operation, at), theirs: (theirs, their_at) };
        documents.parameters(&name, (path, their_path), &sides, &mut found);
        documents.responses(&name, &sides, &mut found);
    }
    found
}

/// `GET /customers/{}`: a route with its path parameters' names left out.
fn route(method: &str, path: &str) -> String {
    let mut out = format!("{} ", method.to_uppercase());
    let mut in_name = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_name = true;
                out.push_str("{}");
            }
            '}' => in_name = false,
            c if !in_name => out.push(c),
            _ => {}
        }
    }
    out
}

/// The operation's parameters by what makes two the same one (`path #1`, `query expand`): its
/// name as written, the parameter and its pointer.
fn listed<'a>(
    document: &'a Value,
    path: &str,
    operation: &'a Value,
    at: &Pointer,
) -> BTreeMap<String, (String, &'a Value, Pointer)> {
    let mut path_index = 0;
    parameters(document, path, operation)
        .into_iter()
        .enumerate()
        .map(|(index, (_, parameter))| {
            let location = parameter.get("in").and_then(Value::as_str).unwrap_or_default().to_owned();
            let name = parameter.get("name").and_then(Value::as_str).unwrap_or_default().to_owned();
            // A path parameter is the same one at the same place, whatever its name.
            let key = if location == "path" {
                path_index += 1;
                format!("path #{path_index}")
            } else {
                format!("{location} {}", name.to_ascii_lowercase())
            };
            (key, (name, parameter, at.join("parameters").join(index)))
        })
        .collect()
}

/// The JSON body schema of the operation's response `status`, and its pointer.
fn response_body<'a>(
    document: &'a Value,
    operation: &'a Value,
    at: &Pointer,
    status: &str,
) -> Option<(&'a Value, Pointer)> {
    let response = crate::spec::document::resolve(document, operation.get("responses")?.get(status)?);
    let schema = response.pointer("/content/application~1json/schema")?;
    Some((schema, at.join("responses").join(status).join("content").join("application/json").join("schema")))
}

/// The same node in the spec and in the published document, each with its pointer.
struct Sides<'a> {
    ours: (&'a Value, Pointer),
    theirs: (&'a Value, Pointer),
}

impl Documents<'_> {
    fn parameters(&self, name: &str, paths: (&str, &str), sides: &Sides<'_>, found: &mut Vec<Finding>) {
        let ours = listed(self.spec, paths.0, sides.ours.0, &sides.ours.1);
        let theirs = listed(self.published, paths.1, sides.theirs.0, &sides.theirs.1);
        let required = |parameter: &Value| parameter.get("required").and_then(Value::as_bool) == Some(true);
        for key in ours.keys().chain(theirs.keys()).collect::<BTreeSet<_>>() {
            let subject = format!("{name} {key}");
            match (ours.get(key), theirs.get(key)) {
                (None, Some((their_name, parameter, at))) => found.push(Finding {
                    key: format!("parameter {subject}"),
                    spec: None,
                    published: Some(at.clone()),
                    what: format!("`{their_name}` is only in the published document"),
                    effect: if required(parameter) {
                        "the client cannot send it and the provider requires it: every call is refused".to_owned()
                    } else {
                        "the client cannot send it: merchants lack the option".to_owned()
                    },
                }),
                (Some((our_name, _, at)), None) => found.push(Finding {
                    key: format!("parameter {subject}"),
                    spec: Some(at.clone()),
                    published: None,
                    what: format!("`{our_name}` is not in the published document"),
                    effect: "sent, but the provider does not document it: it may ignore or refuse it".to_owned(),
                }),
                (Some((_, ours, our_at)), Some((_, theirs, their_at))) => {
                    if required(ours) != required(theirs) {
                        found.push(Finding {
                            key: format!("required {subject}"),
                            spec: Some(our_at.clone()),
                            published: Some(their_at.clone()),
                            what: format!("required: {} in the spec, {} published", required(ours), required(theirs)),
                            effect: if required(theirs) {
                                "a call without it is refused by the provider, not before sending".to_owned()
                            } else {
                                "merchants must set what the provider treats as optional".to_owned()
                            },
                        });
                    }
                    let schema = |parameter: &Value, at: &Pointer| {
                        (parameter.get("schema").cloned().unwrap_or(Value::Null), at.join("schema"))
                    };
                    let (our_schema, our_at) = schema(ours, our_at);
                    let (their_schema, their_at) = schema(theirs, their_at);
                    let pattern = |schema: &Value| schema.get("pattern").and_then(Value::as_str).map(str::to_owned);
                    if pattern(&our_schema) != pattern(&their_schema) {
                        found.push(Finding {
                            key: format!("pattern {subject}"),
                            spec: Some(our_at.join("pattern")),
                            published: Some(their_at.join("pattern")),
                            what: format!(
                                "pattern {:?} in the spec, {:?} published",
                                pattern(&our_schema),
                                pattern(&their_schema)
                            ),
                            effect: "the client checks the spec's pattern before sending: a value the provider \
                                     accepts may be refused, or one it refuses sent"
                                .to_owned(),
                        });
                    }
                }
                (None, None) => {}
            }
        }
    }

    fn responses(&self, name: &str, sides: &Sides<'_>, found: &mut Vec<Finding>) {
        let statuses = |operation: &Value| -> Vec<String> {
            operation
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(s, _)| s.clone())
                .collect()
        };
        let (ours, theirs) = (statuses(sides.ours.0), statuses(sides.theirs.0));
        for status in &theirs {
            if covering(&ours, status).is_none() {
                found.push(Finding {
                    key: format!("status {name} {status}"),
                    spec: None,
                    published: Some(sides.theirs.1.join("responses").join(status)),
                    what: format!("{status} is documented only in the published document"),
                    effect: format!("a {status} answer is Error::UnexpectedResponse (the spec does not document it)"),
                });
            }
        }
        for status in &ours {
            let Some(their_status) = covering(&theirs, status) else {
                found.push(Finding {
                    key: format!("status {name} {status}"),
                    spec: Some(sides.ours.1.join("responses").join(status)),
                    published: None,
                    what: format!("{status} is not in the published document"),
                    effect: "none: the client reads a status the provider does not document".to_owned(),
                });
                continue;
            };
            let ours = response_body(self.spec, sides.ours.0, &sides.ours.1, status);
            let theirs = response_body(self.published, sides.theirs.0, &sides.theirs.1, &their_status);
            if let (Some(ours), Some(theirs)) = (ours, theirs) {
                let mut seen = BTreeSet::new();
                self.schemas(&format!("{name} {status}"), "", Sides { ours, theirs }, false, &mut seen, found);
            }
        }
    }

    /// Compares two response schemas at `place` (`.data.email`); `identity`: the property
    /// identifies its object in the spec, so an unusable value fails decoding.
    fn schemas(
        &self,
        operation: &str,
        place: &str,
        sides: Sides<'_>,
        identity: bool,
        seen: &mut BTreeSet<(String, String)>,
        found: &mut Vec<Finding>,
    ) {
        let ours = View::of(self.spec, sides.ours.0, sides.ours.1);
        let theirs = View::of(self.published, sides.theirs.0, sides.theirs.1);
        if !seen.insert((ours.at.to_string(), theirs.at.to_string())) {
            return;
        }
        let subject = format!("{operation} {}", if place.is_empty() { "(body)" } else { place });
        let mut push = |kind: &str, what: String, effect: String| {
            found.push(Finding {
                key: format!("{kind} {subject}"),
                spec: Some(ours.at.clone()),
                published: Some(theirs.at.clone()),
                what,
                effect,
            })
        };
        let fails = |deviation: &str| {
            if identity {
                "decoding fails: the spec makes it identify its object".to_owned()
            } else {
                format!("{deviation} deviation: the field is empty")
            }
        };
        if let (Some(ours_type), Some(their_type)) = (&ours.ty, &theirs.ty)
            && ours_type != their_type
            && !(ours_type == "number" && their_type == "integer")
        {
            let effect = match (ours_type.as_str(), their_type.as_str()) {
                ("string", "integer") => "a Converted deviation: the field holds the decimal text".to_owned(),
                ("integer", "string") => {
                    format!("a Converted deviation for an integer's text, else {}", fails("a WrongType"))
                }
                _ => fails("a WrongType"),
            };
            push("type", format!("{ours_type} in the spec, {their_type} published"), effect);
        }
        if ours.format != theirs.format {
            let effect = match &ours.format {
                Some(format) => format!("a value that does not read as {format}: {}", fails("an Unparseable")),
                None => "none: read as its plain type".to_owned(),
            };
            push("format", format!("format {:?} in the spec, {:?} published", ours.format, theirs.format), effect);
        }
        if let Some(ours_values) = &ours.values {
            let new: Vec<&Value> =
                theirs.values.iter().flatten().filter(|value| !ours_values.contains(value)).collect();
            if theirs.values.is_none() || !new.is_empty() {
                let what = match theirs.values {
                    None => "an enum in the spec, any value published".to_owned(),
                    Some(_) => format!("published values the spec's enum lacks: {new:?}"),
                };
                push("enum", what, "an UnknownEnumValue deviation (an open enum keeps the value)".to_owned());
            }
        }
        if theirs.nullable && !ours.nullable {
            push("nullable", "nullable published, not in the spec".to_owned(), fails("a null is a Null"));
        }
        self.properties(operation, place, (&ours, &theirs), seen, found);
        if let (Some(our_items), Some(their_items)) = (ours.items, theirs.items) {
            let sides = Sides { ours: our_items, theirs: their_items };
            self.schemas(operation, &format!("{place}[]"), sides, false, seen, found);
        }
    }

    fn properties(
        &self,
        operation: &str,
        place: &str,
        (ours, theirs): (&View<'_>, &View<'_>),
        seen: &mut BTreeSet<(String, String)>,
        found: &mut Vec<Finding>,
    ) {
        let names: BTreeSet<&String> = ours.properties.keys().chain(theirs.properties.keys()).collect();
        for name in names {
            let place = format!("{place}.{name}");
            let subject = format!("{operation} {place}");
            let identity = ours.identity.contains(name);
            let required_here = ours.required.contains(name);
            match (ours.properties.get(name), theirs.properties.get(name)) {
                (None, Some((_, at))) => found.push(Finding {
                    key: format!("property {subject}"),
                    spec: None,
                    published: Some(at.clone()),
                    what: "only in the published document".to_owned(),
                    effect: "ignored: the client has no field for it".to_owned(),
                }),
                (Some((_, at)), None) => found.push(Finding {
                    key: format!("property {subject}"),
                    spec: Some(at.clone()),
                    published: None,
                    what: "not in the published document".to_owned(),
                    effect: match (identity, required_here) {
                        (true, _) => "every response fails to decode: the spec makes it identify its object".to_owned(),
                        (false, true) => "a Missing deviation on every response: the field is empty".to_owned(),
                        (false, false) => "the field is always empty".to_owned(),
                    },
                }),
                (Some(our_property), Some(their_property)) => {
                    let required_there = theirs.required.contains(name);
                    if required_here != required_there {
                        found.push(Finding {
                            key: format!("required {subject}"),
                            spec: Some(our_property.1.clone()),
                            published: Some(their_property.1.clone()),
                            what: format!("required: {required_here} in the spec, {required_there} published"),
                            effect: match (required_here, identity) {
                                (true, true) => "its absence fails decoding (an identity property)".to_owned(),
                                (true, false) => "its absence is a Missing deviation: the field is empty".to_owned(),
                                (false, _) => "none: the client reads it as optional".to_owned(),
                            },
                        });
                    }
                    let sides = Sides {
                        ours: (our_property.0, our_property.1.clone()),
                        theirs: (their_property.0, their_property.1.clone()),
                    };
                    self.schemas(operation, &place, sides, identity, seen, found);
                }
                (None, None) => {}
            }
        }
    }
}

/// The status among `statuses` that reads `status`: the same code, its range (`4XX`) or
/// `default`.
fn covering(statuses: &[String], status: &str) -> Option<String> {
    let range = status.chars().next().map(|first| format!("{first}XX"));
    [Some(status.to_owned()), range, Some("default".to_owned())]
        .into_iter()
        .flatten()
        .find(|candidate| statuses.iter().any(|status| status.eq_ignore_ascii_case(candidate)))
}

/// A schema as the comparison reads it: `$ref`s followed, `allOf` parts merged.
struct View<'a> {
    at: Pointer,
    ty: Option<String>,
    format: Option<String>,
    values: Option<Vec<Value>>,
    nullable: bool,
    properties: BTreeMap<String, (&'a Value, Pointer)>,
    required: BTreeSet<String>,
    identity: BTreeSet<String>,
    items: Option<(&'a Value, Pointer)>,
}

impl<'a> View<'a> {
    fn of(document: &'a Value, node: &'a Value, at: Pointer) -> View<'a> {
        let (node, at) = follow(document, node, at);
        let mut view = View {
            ty: node.get("type").and_then(Value::as_str).map(str::to_owned),
            format: node.get("format").and_then(Value::as_str).map(str::to_owned),
            values: node.get("enum").and_then(Value::as_array).cloned(),
            nullable: node.get("nullable").and_then(Value::as_bool) == Some(true),
            properties: BTreeMap::new(),
            required: strings(node.get("required")),
            identity: strings(node.get(crate::spec::extensions::IDENTITY)),
            items: node.get("items").map(|items| (items, at.join("items"))),
            at,
        };
        for (name, property) in node.get("properties").and_then(Value::as_object).into_iter().flatten() {
            view.properties.insert(name.clone(), (property, view.at.join("properties").join(name)));
        }
        for (index, part) in node.get("allOf").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let part = View::of(document, part, view.at.join("allOf").join(index));
            view.ty = view.ty.or(part.ty);
            view.properties.extend(part.properties);
            view.required.extend(part.required);
            view.identity.extend(part.identity);
        }
        view
    }
}

/// `node` with its `$ref`s followed (at most 16, against cycles), and where it ended up.
fn follow<'a>(document: &'a Value, mut node: &'a Value, mut at: Pointer) -> (&'a Value, Pointer) {
    for _ in 0..16 {
        let Some(reference) = node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) else {
            break;
        };
        let Some(target) = document.pointer(reference) else { break };
        (node, at) = (target, Pointer::from_path(reference));
    }
    (node, at)
}

fn strings(node: Option<&Value>) -> BTreeSet<String> {
    node.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect()
}

/// The report for `findings` against the spec's acceptances (`x-pspkit-drift`), and whether every
/// finding is accepted and every acceptance still matches one.
pub fn report(findings: &[Finding], accepted: &BTreeMap<String, String>) -> (String, bool) {
    let mut out = String::new();
    let mut open = 0;
    for finding in findings {
        let _ = writeln!(out, "{}", finding.key);
        let pointer = |pointer: &Option<Pointer>| pointer.as_ref().map_or("(none)".to_owned(), ToString::to_string);
        let _ = writeln!(out, "  spec:      {}", pointer(&finding.spec));
        let _ = writeln!(out, "  published: {}", pointer(&finding.published));
        let _ = writeln!(out, "  what:      {}", finding.what);
        let _ = writeln!(out, "  effect:    {}", finding.effect);
        match accepted.get(&finding.key) {
            Some(reason) => {
                let _ = writeln!(out, "  accepted:  {reason}");
            }
            None => open += 1,
        }
    }
    let keys: BTreeSet<&String> = findings.iter().map(|finding| &finding.key).collect();
    let stale: Vec<&String> = accepted.keys().filter(|key| !keys.contains(key)).collect();
    for key in &stale {
        let _ = writeln!(out, "{DRIFT} accepts `{key}`, which is no finding any more: remove it");
    }
    let _ = writeln!(
        out,
        "{} findings: {} accepted in the spec, {open} open; {} stale acceptances",
        findings.len(),
        findings.len() - open,
        stale.len()
    );
    (out, open == 0 && stale.is_empty())
}

/// The spec's acceptances: `x-pspkit-drift` at its root.
pub fn accepted(spec: &Value) -> BTreeMap<String, String> {
    spec.get(DRIFT)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(key, reason)| Some((key.clone(), reason.as_str()?.to_owned())))
        .collect()
}

/// Runs the command: `provider`'s spec under `root` against the published document at
/// `published` (OpenAPI 3.0 or 3.1, YAML or JSON); prints the report; `Ok(false)` when a finding
/// is open or an acceptance stale.
pub fn run(root: &Path, provider: &str, published: &Path) -> anyhow::Result<bool> {
    let file = format!("specs/{provider}.yaml");
    let spec = crate::model::read_document(&root.join(&file), &file)?;
    let shown = published.display().to_string();
    let theirs = crate::model::read_document(published, &shown).with_context(|| format!("reading {shown}"))?;
    let findings = compare(&spec, &theirs);
    let (out, clean) = report(&findings, &accepted(&spec));
    print!("{out}");
    Ok(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(yaml: &str) -> Value {
        yaml_serde::from_str(yaml).unwrap()
    }

    const SPEC: &str = "
paths:
  /customers/{customer_id}:
    get:
      operationId: getCustomer
      parameters: [{name: customer_id, in: path, required: true, schema: {type: string, pattern: '^cus_[a-z]+$'}}]
      responses:
        '200': {content: {application/json: {schema: {$ref: '#/components/schemas/Customer'}}}}
        '404': {description: x}
components:
  schemas:
    Customer:
      type: object
      required: [id, email]
      x-pspkit-identity: [id]
      properties:
        id: {type: string}
        email: {type: string}
        created: {type: string, format: date-time}
        status: {type: string, enum: [active]}
        tags: {type: array, items: {type: string}}
";

    const PUBLISHED: &str = "
paths:
  /customers/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, pattern: '^cus_.*$'}}
        - {name: expand, in: query, schema: {type: string}}
      responses:
        '200': {content: {application/json: {schema: {allOf: [{$ref: '#/components/schemas/Base'}, {$ref: '#/components/schemas/Customer'}]}}}}
        '4XX': {description: x}
        '5XX': {description: x}
  /other:
    get: {responses: {'200': {description: x}}}
components:
  schemas:
    Base: {type: object, required: [id], properties: {id: {type: string}}}
    Customer:
      type: object
      properties:
        email: {type: string, nullable: true}
        created: {type: integer}
        status: {type: string, enum: [active, archived]}
        tags: {type: array, items: {type: integer}}
        phone: {type: string}
";

    fn keys(findings: &[Finding]) -> Vec<&str> {
        findings.iter().map(|finding| finding.key.as_str()).collect()
    }

    #[test]
    fn every_kind_of_disagreement_is_found_with_both_pointers_and_its_effect() {
        let findings = compare(&document(SPEC), &document(PUBLISHED));
        assert_eq!(
            keys(&findings),
            [
                "pattern getCustomer path #1",
                "parameter getCustomer query expand",
                "status getCustomer 4XX",
                "status getCustomer 5XX",
                "type getCustomer 200 .created",
                "format getCustomer 200 .created",
                "required getCustomer 200 .email",
                "nullable getCustomer 200 .email",
                "property getCustomer 200 .phone",
                "enum getCustomer 200 .status",
                "type getCustomer 200 .tags[]",
            ],
            "{findings:#?}"
        );
        let by_key = |key: &str| findings.iter().find(|finding| finding.key == key).unwrap();
        let email = by_key("nullable getCustomer 200 .email");
        assert_eq!(email.spec.as_ref().unwrap().to_string(), "#/components/schemas/Customer/properties/email");
        assert_eq!(email.published.as_ref().unwrap().to_string(), "#/components/schemas/Customer/properties/email");
        assert!(email.effect.contains("Null deviation"), "{email:?}");
        assert!(by_key("status getCustomer 5XX").effect.contains("UnexpectedResponse"));
        assert!(by_key("required getCustomer 200 .email").effect.contains("Missing deviation"));
        // The spec's 404 is one of the published 4XX: no finding for it (the other 4XX are one).
        assert!(!keys(&findings).iter().any(|key| key.contains("404")));
    }

    #[test]
    fn an_operation_the_published_document_lacks_is_a_finding() {
        let spec = document("paths: {/gone: {get: {operationId: gone, responses: {'200': {description: x}}}}}");
        let findings = compare(&spec, &document(PUBLISHED));
        assert_eq!(keys(&findings), ["operation gone"]);
        assert_eq!(findings[0].spec.as_ref().unwrap().to_string(), "#/paths/~1gone/get");
    }

    #[test]
    fn accepted_findings_pass_and_a_stale_acceptance_fails() {
        let findings = compare(&document(SPEC), &document(PUBLISHED));
        let all: BTreeMap<String, String> =
            findings.iter().map(|finding| (finding.key.clone(), "weighed".to_owned())).collect();
        let (out, clean) = report(&findings, &all);
        assert!(clean, "{out}");
        let mut one_open = all.clone();
        one_open.remove("nullable getCustomer 200 .email");
        assert!(!report(&findings, &one_open).1);
        let mut stale = all;
        stale.insert("property getCustomer 200 .fax".to_owned(), "old".to_owned());
        let (out, clean) = report(&findings, &stale);
        assert!(!clean && out.contains("no finding any more"), "{out}");
    }
}
