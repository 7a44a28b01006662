//! Defaults where a document already holds the answer: a provider's published document names no
//! operation, inlines its schemas and gives few examples, and a maintainer should not hand-edit
//! thousands of lines the provider republishes next month. Each default applied is an
//! [`Assumption`], printed by codegen (a line per rule with a count, every instance with
//! `--explain`) and listed in the crate's surface listing, so a reviewer sees what was assumed.
//! Defaults apply to a published document only (one an overlay extends, marked
//! `x-pspkit-published` by codegen): a hand-written spec states everything, and the rules still
//! ask it to.
//!
//! Decisions only the maintainer can take (environments, credentials, rate limit, the customer
//! mapping) stay explicit; the identity of objects may be set once for the document with
//! `x-pspkit-identity-default` instead of once per schema.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use heck::{ToLowerCamelCase, ToUpperCamelCase};
use serde_json::{Map, Value};

use crate::spec::diagnostics::Problem;
use crate::spec::document::{example_of, operations, request_only_schemas, resolve, shared_schemas};
use crate::spec::extensions::{IDENTITY, IDENTITY_DEFAULT, PUBLISHED};
use crate::spec::json_schema::Components;
use crate::spec::pointer::Pointer;
use crate::spec::synthesis::{self, Properties};

/// One default applied, at the node it was applied to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assumption {
    /// Which default.
    pub rule: Rule,
    /// Where in the document.
    pub pointer: Pointer,
    /// What was assumed (a name, a value), as text.
    pub detail: String,
}

/// The defaults, in the order they are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    /// An operation without `operationId` is named from its `summary`.
    OperationIdFromSummary,
    /// An operation without `operationId` or `summary` is named from its method and path.
    OperationIdFromRoute,
    /// An inline response schema becomes the component `<Operation>Response`.
    NamedResponse,
    /// An inline request body schema becomes the component `<Operation>Body`.
    NamedBody,
    /// An inline object typify would name like a component schema becomes the component
    /// `<Parent><Property>2` (the first free number).
    NamedNested,
    /// A schema both a request body and a response use is split: requests use `<Name>Request`.
    SplitShared,
    /// One operation's success (or error) responses with bodies of the same shape (equal but for
    /// descriptions and examples) are read as the first one's.
    SameShapeBodies,
    /// One operation's success (or error) responses with bodies of different shapes are read as
    /// one `anyOf` of them, the component `<A>Or<B>` (the first that fits decodes).
    UnitedBodies,
    /// A response object's identifying properties, from `x-pspkit-identity-default`.
    Identity,
    /// A required parameter's example, from its schema.
    ParameterExample,
    /// A request body's example, composed from its schema's properties.
    BodyExample,
    /// A success response's example, composed from its schema's properties (mock mode answers
    /// with it).
    ResponseExample,
    /// A composed example its own schema rejects: no value satisfies the schema as a validator
    /// reads it (a `oneOf` whose members overlap, so that every value matches several), and the
    /// example is the one the generated client reads (the first member that decodes).
    NonConformingExample,
    /// A path parameter without `pattern` relies on the runtime's structural rule for a segment.
    StructuralSegment,
}

impl Rule {
    /// What the rule assumes, for codegen's report and the surface listing.
    pub fn describe(self) -> &'static str {
        match self {
            Rule::OperationIdFromSummary => "operationId named from the summary",
            Rule::OperationIdFromRoute => "operationId named from the method and path",
            Rule::NamedResponse => "inline response schema named <Operation>Response",
            Rule::NamedBody => "inline request body schema named <Operation>Body",
            Rule::NamedNested => "inline object named like a component schema: moved to <Parent><Property>2",
            Rule::SplitShared => "schema used by a request body and a response: requests use a copy, <Name>Request",
            Rule::SameShapeBodies => "responses of one class with bodies equal but for their docs: read as the first",
            Rule::UnitedBodies => "responses of one class with different bodies: read as one anyOf, <A>Or<B>",
            Rule::Identity => "identifying properties from x-pspkit-identity-default",
            Rule::ParameterExample => "required parameter's example made from its schema",
            Rule::BodyExample => "request body's example composed from its properties",
            Rule::ResponseExample => "success response's example composed from its properties",
            Rule::NonConformingExample => {
                "composed example its own schema rejects (e.g. a oneOf whose members overlap): the client's reading"
            }
            Rule::StructuralSegment => {
                "path parameter without pattern: one segment, not empty, not a dot segment, encoded (runtime rule)"
            }
        }
    }
}

impl fmt::Display for Assumption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({})", self.pointer, self.rule.describe(), self.detail)
    }
}

/// Applies every default to `document`; what was assumed, and the problems that stop it (two
/// operations given one name, a name already taken, an example that cannot be made).
pub fn apply(document: &mut Value) -> (Vec<Assumption>, Vec<Problem>) {
    let mut assumed = Vec::new();
    let mut problems = Vec::new();
    if !is_published(document) {
        return (assumed, problems);
    }
    name_operations(document, &mut assumed, &mut problems);
    name_inline_schemas(document, &mut assumed, &mut problems);
    rename_colliding_objects(document, &mut assumed);
    split_shared_schemas(document, &mut assumed, &mut problems);
    unite_bodies(document, &mut assumed, &mut problems);
    default_identities(document, &mut assumed);
    // Examples go into parameters and media types, never into a component schema.
    let components = Components::of(document);
    parameter_examples(document, &components, &mut assumed, &mut problems);
    body_examples(document, &components, &mut assumed, &mut problems);
    response_examples(document, &components, &mut assumed, &mut problems);
    assumed.sort_by_key(|assumption| assumption.rule);
    (assumed, problems)
}

/// Whether `document` is a provider's published document, made by an overlay.
pub fn is_published(document: &Value) -> bool {
    document.get(PUBLISHED).is_some()
}

/// `(path, method)` of every operation, in document order.
fn routes(document: &Value) -> Vec<(String, &'static str)> {
    operations(document).into_iter().map(|(path, method, _)| (path.clone(), method)).collect()
}

fn operation_pointer(path: &str, method: &str) -> Pointer {
    Pointer::root().join("paths").join(path).join(method)
}

fn name_operations(document: &mut Value, assumed: &mut Vec<Assumption>, problems: &mut Vec<Problem>) {
    let mut taken: BTreeMap<String, Pointer> = BTreeMap::new();
    let mut unnamed = Vec::new();
    for (path, method) in routes(document) {
        let at = operation_pointer(&path, method);
        let operation = document.pointer(at.path()).unwrap_or(&Value::Null);
        match operation.get("operationId").and_then(Value::as_str) {
            Some(id) => {
                taken.insert(id.to_owned(), at);
            }
            None => unnamed.push((path, method, at)),
        }
    }
    for (path, method, at) in unnamed {
        let summary = document.pointer(at.path()).and_then(|op| op.get("summary")).and_then(Value::as_str);
        let (rule, id) = match summary.map(from_summary).filter(|id| is_name(id)) {
            Some(id) => (Rule::OperationIdFromSummary, id),
            None => (Rule::OperationIdFromRoute, from_route(method, &path)),
        };
        if let Some(other) = taken.get(&id) {
            problems.push(Problem::new(
                at.clone(),
                format!("would be named `{id}`, the name of {other}: give one of them an `operationId` in the overlay"),
            ));
            continue;
        }
        if let Some(operation) = document.pointer_mut(at.path()).and_then(Value::as_object_mut) {
            operation.insert("operationId".to_owned(), Value::from(id.clone()));
        }
        assumed.push(Assumption { rule, pointer: at.clone(), detail: id.clone() });
        taken.insert(id, at);
    }
}

/// `Retrieve an access token` → `retrieveAccessToken` (articles dropped).
fn from_summary(summary: &str) -> String {
    let words: Vec<&str> = summary
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty() && !["a", "an", "the"].contains(&word.to_ascii_lowercase().as_str()))
        .collect();
    words.join(" ").to_lower_camel_case()
}

/// `get /webhooks/{webhook_id}/triggers` → `getWebhooksByWebhookIdTriggers`.
fn from_route(method: &str, path: &str) -> String {
    let mut words = vec![method.to_owned()];
    for segment in path.split('/').filter(|segment| !segment.is_empty()) {
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(parameter) => words.extend(["by".to_owned(), parameter.to_owned()]),
            None => words.push(segment.to_owned()),
        }
    }
    words.join(" ").to_lower_camel_case()
}

fn is_name(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

fn name_inline_schemas(document: &mut Value, assumed: &mut Vec<Assumption>, problems: &mut Vec<Problem>) {
    let mut moved: Vec<(Pointer, String, Rule)> = Vec::new();
    for (path, method) in routes(document) {
        let at = operation_pointer(&path, method);
        let Some(operation) = document.pointer(at.path()) else { continue };
        let Some(id) = operation.get("operationId").and_then(Value::as_str) else { continue };
        let type_name = id.to_upper_camel_case();
        for (status, response) in operation.get("responses").and_then(Value::as_object).into_iter().flatten() {
            if response.get("$ref").is_some() {
                continue;
            }
            let suffix = if status.starts_with('2') { "Response".to_owned() } else { format!("{status}Response") };
            let media = at.join("responses").join(status).join("content");
            for (media_type, content) in response.get("content").and_then(Value::as_object).into_iter().flatten() {
                if content.get("schema").is_some_and(|schema| schema.get("$ref").is_none()) {
                    let name = format!("{type_name}{suffix}");
                    moved.push((media.join(media_type).join("schema"), name, Rule::NamedResponse));
                }
            }
        }
        let body = operation.get("requestBody").filter(|body| body.get("$ref").is_none());
        for (media_type, content) in
            body.and_then(|b| b.get("content")).and_then(Value::as_object).into_iter().flatten()
        {
            if content.get("schema").is_some_and(|schema| schema.get("$ref").is_none()) {
                let schema_at = at.join("requestBody").join("content").join(media_type).join("schema");
                moved.push((schema_at, format!("{type_name}Body"), Rule::NamedBody));
            }
        }
    }
    for (at, name, rule) in moved {
        let components = document
            .as_object_mut()
            .map(|root| root.entry("components").or_insert_with(|| Value::Object(Map::new())))
            .and_then(Value::as_object_mut)
            .map(|components| components.entry("schemas").or_insert_with(|| Value::Object(Map::new())));
        let Some(Value::Object(schemas)) = components else { continue };
        if schemas.contains_key(&name) {
            problems.push(Problem::new(at, format!("would become the schema `{name}`, a name already taken")));
            continue;
        }
        let reference = Value::from(format!("#/components/schemas/{name}"));
        let Some(schema) = document.pointer_mut(at.path()) else { continue };
        let inline = std::mem::replace(schema, Value::Object(Map::from_iter([("$ref".to_owned(), reference)])));
        if let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
            schemas.insert(name.clone(), inline);
        }
        assumed.push(Assumption { rule, pointer: at, detail: name });
    }
}

/// progenitor reads one body type per operation among its success responses and one among its
/// error responses. Where an operation's responses of one class name different component schemas,
/// they are read as one: as the first, when the others have its shape (equal once descriptions,
/// titles and examples are set aside); else as the component `<A>Or<B>`, an `anyOf` of them in
/// the order the responses are written. The operation gets its own copy of each response it reads
/// differently (a shared `components/responses` entry stays as written for the others).
fn unite_bodies(document: &mut Value, assumed: &mut Vec<Assumption>, problems: &mut Vec<Problem>) {
    for (path, method) in routes(document) {
        let at = operation_pointer(&path, method);
        for success in [true, false] {
            let bodies = class_bodies(document, &at, success);
            let mut names: Vec<&str> = Vec::new();
            for (_, _, reference) in &bodies {
                if !names.contains(&reference.as_str()) {
                    names.push(reference);
                }
            }
            if names.len() < 2 {
                continue;
            }
            let schema =
                |name: &str| document.pointer(&format!("/components/schemas/{name}")).map(documentation_removed);
            let first = schema(names[0]);
            let (rule, united) = if names[1..].iter().all(|name| first.is_some() && schema(name) == first) {
                (Rule::SameShapeBodies, names[0].to_owned())
            } else {
                (Rule::UnitedBodies, names.join("Or"))
            };
            let detail = format!("{} read as {united}", names.join(", "));
            if rule == Rule::UnitedBodies && !add_union(document, &united, &names) {
                problems.push(Problem::new(at.join("responses"), format!("would read {detail}, a name already taken")));
                continue;
            }
            for (status, media_type, _) in bodies {
                let response_at = at.join("responses").join(&status);
                let Some(response) = document.pointer(response_at.path()) else { continue };
                let copy = resolve(document, response).clone();
                if let Some(response) = document.pointer_mut(response_at.path()) {
                    *response = copy;
                }
                let schema_at = response_at.join("content").join(&media_type).join("schema");
                if let Some(schema) = document.pointer_mut(schema_at.path()) {
                    *schema = serde_json::json!({"$ref": format!("#/components/schemas/{united}")});
                }
            }
            assumed.push(Assumption { rule, pointer: at.join("responses"), detail });
        }
    }
}

/// `(status, media type, schema name)` of each response of the operation at `at` in the class
/// (success: `2XX`) whose first media type's schema is a component `$ref`.
fn class_bodies(document: &Value, at: &Pointer, success: bool) -> Vec<(String, String, String)> {
    let responses = document.pointer(at.join("responses").path()).and_then(Value::as_object);
    responses
        .into_iter()
        .flatten()
        .filter(|(status, _)| status.starts_with('2') == success)
        .filter_map(|(status, response)| {
            let (media_type, media) = resolve(document, response).get("content")?.as_object()?.iter().next()?;
            let reference = media.pointer("/schema/$ref")?.as_str()?;
            let name = reference.strip_prefix("#/components/schemas/")?;
            Some((status.clone(), media_type.clone(), name.to_owned()))
        })
        .collect()
}

/// `schema` without its documentation (descriptions, titles, examples), at every depth.
fn documentation_removed(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => map
            .iter()
            .filter(|(key, _)| !matches!(key.as_str(), "description" | "title" | "example" | "examples"))
            .map(|(key, value)| (key.clone(), documentation_removed(value)))
            .collect(),
        Value::Array(items) => items.iter().map(documentation_removed).collect(),
        other => other.clone(),
    }
}

/// Adds the component `name`, an `anyOf` of the components `of`; `false` when another schema has
/// the name (the same union already added is fine).
fn add_union(document: &mut Value, name: &str, of: &[&str]) -> bool {
    let refs: Vec<Value> =
        of.iter().map(|part| serde_json::json!({"$ref": format!("#/components/schemas/{part}")})).collect();
    let union = serde_json::json!({"anyOf": refs});
    let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else {
        return false;
    };
    match schemas.get(name) {
        Some(existing) => *existing == union,
        None => {
            schemas.insert(name.to_owned(), union);
            true
        }
    }
}

/// An inline object inside a component schema that typify would name like a component schema
/// (and so give that schema's type) moves to `components/schemas` under its name with the first
/// free number appended.
fn rename_colliding_objects(document: &mut Value, assumed: &mut Vec<Assumption>) {
    loop {
        let mut taken = crate::spec::document::component_type_names(document);
        let colliding: Vec<(Pointer, String)> = crate::spec::document::inline_object_names(document)
            .into_iter()
            .filter(|(_, name)| taken.contains(name))
            .collect();
        // One at a time, outermost first: moving it renames what is nested inside.
        let Some((at, name)) = colliding.into_iter().next() else { return };
        let free = (2..).map(|n| format!("{name}{n}")).find(|candidate| !taken.contains(candidate)).unwrap_or_default();
        taken.insert(free.clone());
        let reference = Value::from(format!("#/components/schemas/{free}"));
        let Some(node) = document.pointer_mut(at.path()) else { return };
        let inline = std::mem::replace(node, Value::Object(Map::from_iter([("$ref".to_owned(), reference)])));
        if let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
            schemas.insert(free.clone(), inline);
        }
        assumed.push(Assumption { rule: Rule::NamedNested, pointer: at, detail: free });
    }
}

/// A schema with `required` properties that a request body and a response both reach gets a copy,
/// `<Name>Request`, which every request body (and every schema only requests reach) refers to
/// instead: a request is sent exactly as its schema says, a response is read tolerantly.
fn split_shared_schemas(document: &mut Value, assumed: &mut Vec<Assumption>, problems: &mut Vec<Problem>) {
    let request_only = request_only_schemas(document);
    let Some(schemas) = document.pointer("/components/schemas").and_then(Value::as_object) else { return };
    let has_required = |name: &String| {
        schemas.get(name).and_then(|s| s.get("required")).and_then(Value::as_array).is_some_and(|r| !r.is_empty())
    };
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    let mut copies = Vec::new();
    for name in shared_schemas(document).iter().filter(|name| has_required(name)) {
        let copy = format!("{name}Request");
        let at = Pointer::root().join("components").join("schemas").join(name);
        if schemas.contains_key(&copy) {
            problems.push(Problem::new(at, format!("would be copied for requests as `{copy}`, a name already taken")));
            continue;
        }
        renamed.insert(format!("#/components/schemas/{name}"), format!("#/components/schemas/{copy}"));
        copies.push((copy.clone(), schemas[name].clone()));
        assumed.push(Assumption { rule: Rule::SplitShared, pointer: at, detail: copy });
    }
    if renamed.is_empty() {
        return;
    }
    if let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        for (_, schema) in schemas.iter_mut().filter(|(name, _)| request_only.contains(*name)) {
            rewrite_refs(schema, &renamed);
        }
        for (copy, mut schema) in copies {
            rewrite_refs(&mut schema, &renamed);
            schemas.insert(copy, schema);
        }
    }
    if let Some(bodies) = document.pointer_mut("/components/requestBodies") {
        rewrite_refs(bodies, &renamed);
    }
    for (path, method) in routes(document) {
        if let Some(body) = document.pointer_mut(operation_pointer(&path, method).join("requestBody").path()) {
            rewrite_refs(body, &renamed);
        }
    }
}

/// Every `$ref` under `node` that `renamed` names, replaced.
fn rewrite_refs(node: &mut Value, renamed: &BTreeMap<String, String>) {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref")
                && let Some(new) = renamed.get(reference.as_str())
            {
                *reference = new.clone();
            }
            map.values_mut().for_each(|value| rewrite_refs(value, renamed));
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite_refs(item, renamed)),
        _ => {}
    }
}

/// `x-pspkit-identity-default: [names]` at the root: a response object schema that declares no
/// `x-pspkit-identity` is identified by those of the names it requires.
fn default_identities(document: &mut Value, assumed: &mut Vec<Assumption>) {
    let Some(names) = document.get(IDENTITY_DEFAULT).and_then(Value::as_array).cloned() else { return };
    let request_only = request_only_schemas(document);
    let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else { return };
    for (name, schema) in schemas.iter_mut().filter(|(name, _)| !request_only.contains(*name)) {
        let Some(map) = schema.as_object_mut() else { continue };
        let required: BTreeSet<&str> =
            map.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        if map.contains_key(IDENTITY) || required.is_empty() {
            continue;
        }
        let identity: Vec<Value> =
            names.iter().filter(|listed| listed.as_str().is_some_and(|n| required.contains(n))).cloned().collect();
        let detail = format!("{identity:?}").replace('"', "");
        map.insert(IDENTITY.to_owned(), Value::Array(identity));
        let pointer = Pointer::root().join("components").join("schemas").join(name);
        assumed.push(Assumption { rule: Rule::Identity, pointer, detail });
    }
}

/// A required parameter as written: where, the example to make (none when it has one), and
/// whether it is a path parameter without a pattern.
type ParameterFound = (Pointer, Option<Result<Value, String>>, bool);

fn parameter_examples(
    document: &mut Value,
    components: &Components,
    assumed: &mut Vec<Assumption>,
    problems: &mut Vec<Problem>,
) {
    // By the pointer of the parameter as written (a shared component once): its example to make,
    // if it has none, and whether it is a path parameter without a pattern.
    let mut found: BTreeMap<String, ParameterFound> = BTreeMap::new();
    for (path, method) in routes(document) {
        let operation = operation_pointer(&path, method).join("parameters");
        let shared = Pointer::root().join("paths").join(&path).join("parameters");
        for list_at in [shared, operation] {
            let list = document.pointer(list_at.path()).and_then(Value::as_array);
            for (index, written) in list.into_iter().flatten().enumerate() {
                let target = match written.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
                    Some(reference) => Pointer::from_path(reference),
                    None => list_at.join(index),
                };
                let parameter = resolve(document, written);
                if parameter.get("required") != Some(&Value::Bool(true)) || found.contains_key(target.path()) {
                    continue;
                }
                let unpatterned = parameter.get("in").and_then(Value::as_str) == Some("path")
                    && parameter.pointer("/schema/pattern").is_none();
                let schema = parameter.get("schema").unwrap_or(&Value::Null);
                let name = parameter.get("name").and_then(Value::as_str).unwrap_or_default();
                let example = example_of(parameter)
                    .is_none()
                    .then(|| synthesis::example(document, components, schema, name, Properties::Needed));
                found.insert(target.path().to_owned(), (target, example, unpatterned));
            }
        }
    }
    for (at, example, unpatterned) in found.into_values() {
        if unpatterned {
            let detail = "no pattern".to_owned();
            assumed.push(Assumption { rule: Rule::StructuralSegment, pointer: at.clone(), detail });
        }
        match example {
            None => {}
            Some(Ok(value)) => {
                if let Some(parameter) = document.pointer_mut(at.path()).and_then(Value::as_object_mut) {
                    parameter.insert("example".to_owned(), value.clone());
                }
                assumed.push(Assumption { rule: Rule::ParameterExample, pointer: at, detail: value.to_string() });
            }
            Some(Err(message)) => problems.push(Problem::new(at, format!("needs an `example`: {message}"))),
        }
    }
}

fn body_examples(
    document: &mut Value,
    components: &Components,
    assumed: &mut Vec<Assumption>,
    problems: &mut Vec<Problem>,
) {
    let bodies: Vec<Pointer> = routes(document)
        .into_iter()
        .map(|(path, method)| operation_pointer(&path, method).join("requestBody"))
        .collect();
    media_examples(document, components, &bodies, Rule::BodyExample, Properties::Needed, assumed, problems);
}

fn response_examples(
    document: &mut Value,
    components: &Components,
    assumed: &mut Vec<Assumption>,
    problems: &mut Vec<Problem>,
) {
    let mut responses = Vec::new();
    for (path, method) in routes(document) {
        let at = operation_pointer(&path, method).join("responses");
        let statuses = document.pointer(at.path()).and_then(Value::as_object).into_iter().flatten();
        responses.extend(statuses.filter(|(status, _)| status.starts_with('2')).map(|(status, _)| at.join(status)));
    }
    let (rule, properties) = (Rule::ResponseExample, Properties::All);
    media_examples(document, components, &responses, rule, properties, assumed, problems);
}

/// An example for every media type of the request bodies or responses at `owners` (each followed
/// through its `$ref`, a shared one once) that has none, composed from its schema.
fn media_examples(
    document: &mut Value,
    components: &Components,
    owners: &[Pointer],
    rule: Rule,
    properties: Properties,
    assumed: &mut Vec<Assumption>,
    problems: &mut Vec<Problem>,
) {
    let mut made: BTreeMap<String, (Pointer, Value, Result<Value, String>)> = BTreeMap::new();
    for at in owners {
        let Some(owner) = document.pointer(at.path()) else { continue };
        let (owner_at, owner) = match owner.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
            Some(reference) => (Pointer::from_path(reference), resolve(document, owner)),
            None => (at.clone(), owner),
        };
        for (media_type, media) in owner.get("content").and_then(Value::as_object).into_iter().flatten() {
            if media.get("example").is_some() || media.get("examples").is_some() {
                continue;
            }
            let Some(schema) = media.get("schema") else { continue };
            let media_at = owner_at.join("content").join(media_type);
            let example = synthesis::example(document, components, schema, "body", properties);
            made.entry(media_at.path().to_owned()).or_insert((media_at, schema.clone(), example));
        }
    }
    for (at, schema, example) in made.into_values() {
        match example {
            Ok(value) => {
                if let Some(detail) = rejected_by(components, &schema, &value) {
                    assumed.push(Assumption { rule: Rule::NonConformingExample, pointer: at.clone(), detail });
                }
                if let Some(media) = document.pointer_mut(at.path()).and_then(Value::as_object_mut) {
                    media.insert("example".to_owned(), value.clone());
                }
                assumed.push(Assumption { rule, pointer: at, detail: value.to_string() });
            }
            Err(message) => problems.push(Problem::new(at, format!("needs an `example`: {message}"))),
        }
    }
}

/// Why `schema` rejects `example`, as `<keyword> at <instance path>` (the first violation); `None`
/// when it conforms (or the schemas form no JSON Schema, which the rules report elsewhere).
fn rejected_by(components: &Components, schema: &Value, example: &Value) -> Option<String> {
    let validator = components.validator(schema).ok()?;
    let error = validator.iter_errors(example).next()?;
    let location = error.schema_path().to_string();
    let keyword = location.rsplit('/').next().unwrap_or_default().to_owned();
    let path = error.instance_path().to_string();
    Some(format!("`{keyword}` at {}", if path.is_empty() { "/" } else { path.as_str() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `paths` and `components` of a published document, after the defaults; what was assumed,
    /// as `rule pointer detail`, and the problems.
    fn published(yaml: &str) -> (Value, Vec<String>, Vec<String>) {
        let mut document: Value = yaml_serde::from_str(yaml).unwrap();
        document.as_object_mut().unwrap().insert(PUBLISHED.to_owned(), Value::from("published/x.yaml"));
        let (assumed, problems) = apply(&mut document);
        let assumed = assumed.iter().map(|a| format!("{:?} {} {}", a.rule, a.pointer, a.detail)).collect();
        (document, assumed, problems.iter().map(|p| format!("{}: {}", p.pointer, p.message)).collect())
    }

    /// Paisr 2.2.1's payment answer: a `oneOf` of objects that require nothing, so every value
    /// matches every member; its composed example is said to be rejected by its own schema.
    #[test]
    fn a_composed_example_its_schema_rejects_is_reported() {
        let (_, assumed, problems) = published(
            "{paths: {/pay: {post: {operationId: pay, responses: {'200': {description: ok, content: {application/json: {
                schema: {$ref: '#/components/schemas/Payment'}}}}}}}},
              components: {schemas: {
                Wallet: {type: object, properties: {session: {type: string}}},
                Card: {type: object, properties: {id: {type: string}}},
                Payment: {oneOf: [{$ref: '#/components/schemas/Wallet'}, {$ref: '#/components/schemas/Card'}]}}}}",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let rejected: Vec<&String> = assumed.iter().filter(|a| a.starts_with("NonConformingExample")).collect();
        assert_eq!(
            rejected,
            ["NonConformingExample #/paths/~1pay/post/responses/200/content/application~1json `oneOf` at /"]
        );
    }

    #[test]
    fn a_hand_written_spec_gets_no_default() {
        let mut document: Value = yaml_serde::from_str("{paths: {/a: {get: {summary: List things}}}}").unwrap();
        let before = document.clone();
        assert_eq!(apply(&mut document), (Vec::new(), Vec::new()));
        assert_eq!(document, before);
    }

    #[test]
    fn operations_are_named_from_the_summary_else_the_route_and_a_collision_is_a_problem() {
        let (document, assumed, problems) = published(
            "{paths: {'/access-tokens/{token_id}': {get: {summary: Retrieve an access token}, delete: {}},
                      /b: {get: {summary: 'Retrieve the access token'}, put: {operationId: keep}}}}",
        );
        assert_eq!(
            assumed,
            [
                "OperationIdFromSummary #/paths/~1access-tokens~1{token_id}/get retrieveAccessToken",
                "OperationIdFromRoute #/paths/~1access-tokens~1{token_id}/delete deleteAccessTokensByTokenId",
            ]
        );
        assert_eq!(
            problems,
            [
                "#/paths/~1b/get: would be named `retrieveAccessToken`, the name of #/paths/~1access-tokens~1{token_id}/get: \
              give one of them an `operationId` in the overlay"
            ]
        );
        assert_eq!(document.pointer("/paths/~1b/put/operationId"), Some(&Value::from("keep")));
    }

    #[test]
    fn inline_schemas_become_named_components_and_a_taken_name_is_a_problem() {
        let (document, assumed, problems) = published(
            "{paths: {/a: {post: {operationId: createThing,
                requestBody: {content: {application/json: {schema: {type: object, properties: {n: {type: string}}}}}},
                responses: {'200': {content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}},
                            '4XX': {content: {application/json: {schema: {type: object}}}}}}}},
              components: {schemas: {CreateThing4XXResponse: {type: object}}}}",
        );
        let schemas = document.pointer("/components/schemas").unwrap().as_object().unwrap();
        assert!(schemas.contains_key("CreateThingResponse") && schemas.contains_key("CreateThingBody"));
        let reference = document.pointer("/paths/~1a/post/responses/200/content/application~1json/schema/$ref");
        assert_eq!(reference, Some(&Value::from("#/components/schemas/CreateThingResponse")));
        assert!(assumed.iter().any(|a| a.starts_with("NamedResponse") && a.ends_with("CreateThingResponse")));
        assert!(assumed.iter().any(|a| a.starts_with("NamedBody") && a.ends_with("CreateThingBody")));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("`CreateThing4XXResponse`, a name already taken"), "{problems:?}");
    }

    #[test]
    fn examples_are_made_for_required_parameters_bodies_and_success_responses() {
        let (document, assumed, problems) = published(
            r#"{paths: {'/w/{wallet_id}': {
                parameters: [{name: wallet_id, in: path, required: true, schema: {type: string, pattern: '^(buw_|inw_).*'}}],
                post: {operationId: pay,
                  parameters: [{name: mode, in: path, required: true, schema: {type: string, enum: [peer, bank]}},
                               {name: note, in: query, schema: {type: string}}],
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pay'}}}},
                  responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Pay'}}}}}}}},
              components: {schemas: {Pay: {type: object, required: [amount],
                properties: {amount: {type: number, example: 9.99}, memo: {type: string}}}}}}"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let at = |pointer: &str| document.pointer(pointer).cloned().unwrap();
        assert_eq!(at("/paths/~1w~1{wallet_id}/parameters/0/example"), "buw_a");
        assert_eq!(at("/paths/~1w~1{wallet_id}/post/parameters/0/example"), "peer");
        assert!(document.pointer("/paths/~1w~1{wallet_id}/post/parameters/1/example").is_none(), "optional");
        let media = "/paths/~1w~1{wallet_id}/post";
        assert_eq!(
            at(&format!("{media}/requestBody/content/application~1json/example")),
            serde_json::json!({"amount": 9.99})
        );
        assert_eq!(
            at(&format!("{media}/responses/200/content/application~1json/example")),
            serde_json::json!({"amount": 9.99, "memo": "memo"}),
            "a response example holds every property"
        );
        let rules: Vec<&str> = assumed.iter().map(|a| a.split(' ').next().unwrap()).collect();
        assert_eq!(
            rules,
            [
                "SplitShared",
                "ParameterExample",
                "ParameterExample",
                "BodyExample",
                "ResponseExample",
                "StructuralSegment"
            ],
            "{assumed:?}"
        );
    }

    #[test]
    fn identity_default_a_shared_schema_split_and_a_colliding_inline_object_moved() {
        let (document, assumed, problems) = published(
            "{x-pspkit-identity-default: [id],
              paths: {/c: {post: {operationId: addCustomer,
                requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Address'}}}},
                responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/Customer'}}}}}}}},
              components: {schemas: {
                Address: {type: object, required: [city], properties: {city: {type: string}}},
                Customer: {type: object, required: [id, name], properties: {id: {type: string}, name: {type: string},
                  address: {$ref: '#/components/schemas/Address'},
                  billing: {type: object, properties: {city: {type: string}}}}},
                CustomerBilling: {type: string}}}}",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let at = |pointer: &str| document.pointer(pointer).cloned().unwrap();
        assert_eq!(at("/components/schemas/Customer/x-pspkit-identity"), serde_json::json!(["id"]));
        assert_eq!(at("/components/schemas/Address/x-pspkit-identity"), serde_json::json!([]));
        assert_eq!(at("/components/schemas/AddressRequest/required"), serde_json::json!(["city"]));
        let body = at("/paths/~1c/post/requestBody/content/application~1json/schema/$ref");
        assert_eq!(body, "#/components/schemas/AddressRequest", "the request uses the copy");
        assert_eq!(at("/components/schemas/Customer/properties/address/$ref"), "#/components/schemas/Address");
        assert_eq!(at("/components/schemas/Customer/properties/billing/$ref"), "#/components/schemas/CustomerBilling2");
        let rules: Vec<&str> = assumed.iter().map(|a| a.split(' ').next().unwrap()).collect();
        assert!(
            rules.contains(&"SplitShared") && rules.contains(&"NamedNested") && rules.contains(&"Identity"),
            "{assumed:?}"
        );
    }

    #[test]
    fn bodies_of_one_class_are_read_as_one_the_same_shape_as_the_first_else_an_any_of() {
        let error = |name: &str| {
            format!("{{content: {{application/json: {{schema: {{$ref: '#/components/schemas/{name}'}}}}}}}}")
        };
        let (document, assumed, problems) = published(&format!(
            "{{paths: {{
                /a: {{get: {{operationId: getA, responses: {{'200': {ok}, '4XX': {{$ref: '#/components/responses/Client'}},
                  '5XX': {server}}}}}}},
                /b: {{get: {{operationId: getB, responses: {{'200': {ok}, '4XX': {client}, '5XX': {other}}}}}}},
                /c: {{get: {{operationId: getC, responses: {{'200': {ok}, '4XX': {client}}}}}}}}},
              components: {{
                responses: {{Client: {client}}},
                schemas: {{
                  Ok: {{type: object}},
                  ClientError: {{type: object, description: a client error, properties: {{message: {{type: string, example: bad}}}}}},
                  ServerError: {{type: object, description: a server error, properties: {{message: {{type: string, example: oops}}}}}},
                  Other: {{type: object, properties: {{code: {{type: integer}}}}}}}}}}}}",
            ok = error("Ok"),
            client = error("ClientError"),
            server = error("ServerError"),
            other = error("Other"),
        ));
        assert!(problems.is_empty(), "{problems:?}");
        let schema = |path: &str, status: &str| {
            let at = format!("/paths/~1{path}/get/responses/{status}/content/application~1json/schema/$ref");
            document.pointer(&at).and_then(Value::as_str).unwrap_or("(none)").to_owned()
        };
        // Documentation aside, ServerError is ClientError: /a reads both as the first.
        assert_eq!([schema("a", "4XX"), schema("a", "5XX")], ["#/components/schemas/ClientError"; 2]);
        // Other has another shape: /b reads an anyOf of both, in the order written.
        assert_eq!([schema("b", "4XX"), schema("b", "5XX")], ["#/components/schemas/ClientErrorOrOther"; 2]);
        assert_eq!(
            document.pointer("/components/schemas/ClientErrorOrOther").unwrap(),
            &serde_json::json!({"anyOf": [{"$ref": "#/components/schemas/ClientError"}, {"$ref": "#/components/schemas/Other"}]})
        );
        // The success bodies, /c and the shared response are left as written.
        assert_eq!(schema("c", "4XX"), "#/components/schemas/ClientError");
        assert_eq!(schema("a", "200"), "#/components/schemas/Ok");
        assert_eq!(
            document.pointer("/components/responses/Client/content/application~1json/schema/$ref").unwrap(),
            "#/components/schemas/ClientError"
        );
        let rules: Vec<&str> = assumed.iter().map(|a| a.split(' ').next().unwrap()).collect();
        assert_eq!(rules[..2], ["SameShapeBodies", "UnitedBodies"], "{assumed:?}");
        assert!(rules[2..].iter().all(|rule| *rule == "ResponseExample"), "{assumed:?}");
    }
}
