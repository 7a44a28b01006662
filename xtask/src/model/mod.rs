//! The model of a spec, built once when it is loaded: the provider (environments, credentials,
//! operations and how each request is built and response read), the CLI's commands, the customer
//! mapping, the tolerant-decoding plan and the crate's release; and [`Spec`], which loads a spec
//! file, validates it, builds the model and the document progenitor reads.

// In layer order: a module imports only those above it (blank lines keep rustfmt from sorting them).
// A crate's version and changelog from its surface's changes.
pub mod release;

// The CLI's view of an operation: its subcommand and arguments.
pub mod commands;

// Each operation, read once: its request and response (as `request()` and `send()` are emitted
// from) and its CLI subcommand.
pub mod operation;

// The `x-pspkit-customer` mapping into the normalised customer.
pub mod customer;

// The tolerant-decoding plan.
pub mod tolerance;

// Every response example, collected once.
pub mod examples;

// How webhook deliveries are authenticated, and the events.
pub mod webhooks;

// The provider, built once from the validated document: holds the models above.
pub mod provider;

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde_json::Value;

use crate::model::provider::Provider;
use crate::spec::diagnostics::{InvalidSpec, Problem};
use crate::spec::document::request_only_schemas;
use crate::spec::extensions::{OPEN_ENUM, PUBLISHED};
use crate::spec::pointer::Pointer;
use crate::spec::rules;
use crate::spec::{defaults, openapi31, overlay};

/// A validated provider spec.
pub struct Spec {
    /// The provider's short name: the file stem, e.g. `razorpay`.
    pub provider: String,
    /// The spec's path relative to the workspace root, e.g. `specs/razorpay.yaml`.
    pub file: String,
    /// The document progenitor reads (response-side validation keywords removed).
    pub openapi: openapiv3::OpenAPI,
    /// What the `x-pspkit-*` extensions and standard sections say about the provider.
    pub model: Provider,
    /// How each response field decodes tolerantly (read before the document is relaxed).
    pub lenient: crate::model::tolerance::Plan,
    /// Every response example, in spec order.
    pub examples: Vec<examples::Example>,
    /// The generated crate's version and changelog: as checked in, until codegen finds its
    /// surface changed ([`crate::model::release`]).
    pub release: crate::model::release::Release,
    /// Every default applied where the document left the answer to pspkit
    /// ([`crate::spec::defaults`]); empty for a spec that states everything.
    pub assumed: Vec<crate::spec::defaults::Assumption>,
    /// The document as pspkit read it, before anything is fitted to progenitor: the spec as
    /// written, or for an overlay the published document with the overlay applied, 3.1 converted
    /// and the defaults filled in. Written beside the crate (`openapi.yaml`).
    pub effective: Value,
}

/// The spec files under `specs/`, sorted; only `providers` when any are named.
pub fn discover(root: &Path, providers: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let dir = root.join("specs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    if providers.is_empty() {
        return Ok(files);
    }
    providers
        .iter()
        .map(|provider| {
            files
                .iter()
                .find(|path| path.file_stem().is_some_and(|stem| stem == provider.as_str()))
                .cloned()
                .with_context(|| format!("no spec named specs/{provider}.yaml"))
        })
        .collect()
}

/// Reads, validates and models one spec.
pub fn load(root: &Path, path: &Path) -> anyhow::Result<Spec> {
    let file = path.strip_prefix(root).unwrap_or(path).display().to_string();
    let provider = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .filter(|stem| !stem.is_empty() && stem.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
        .with_context(|| format!("{file}: spec file names must be lowercase letters and digits (they name the crate)"))?
        .to_owned();
    let document = read_document(path, &file)?;
    let mut spec = parse(provider, file, document)?;
    spec.release = crate::model::release::checked_in(root, &spec.provider);
    Ok(spec)
}

/// The OpenAPI 3.0 document a spec file stands for, as a JSON tree; `file` names it in errors.
/// An overlay ([`crate::spec::overlay`]) is applied to the published document it extends; an
/// OpenAPI 3.1 document is converted ([`crate::spec::openapi31`]). A problem in either is an
/// [`InvalidSpec`] naming its pointer.
pub fn read_document(path: &Path, file: &str) -> anyhow::Result<Value> {
    let mut document = read_yaml(path, file)?;
    let mut named = file.to_owned();
    if overlay::is_overlay(&document) {
        let actions = document;
        let extends = overlay::extends(&actions)
            .map_err(|problem| InvalidSpec { file: file.to_owned(), problems: vec![problem] })?;
        let folder = Path::new(file).parent().unwrap_or(Path::new(""));
        let published = folder.join(extends).display().to_string();
        document = read_yaml(&path.parent().unwrap_or(Path::new(".")).join(extends), &published)?;
        let problems = overlay::apply(&mut document, &actions);
        if !problems.is_empty() {
            return Err(InvalidSpec { file: file.to_owned(), problems }.into());
        }
        if let Some(root) = document.as_object_mut() {
            root.insert(PUBLISHED.to_owned(), Value::from(published.clone()));
        }
        named = format!("{file} (over {published})");
    }
    if openapi31::is_31(&document) {
        let problems = openapi31::convert(&mut document);
        if !problems.is_empty() {
            return Err(InvalidSpec { file: named, problems }.into());
        }
    }
    Ok(document)
}

/// Parses a YAML file into a JSON tree; `file` names it in errors.
fn read_yaml(path: &Path, file: &str) -> anyhow::Result<Value> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {file}"))?;
    yaml_serde::from_str(&text).with_context(|| format!("{file} is not valid YAML"))
}

/// The `openapiv3` reading of `document`; a shape it cannot read is a spec error at the pointer
/// where reading stopped.
fn openapi_document(file: &str, document: &Value) -> anyhow::Result<openapiv3::OpenAPI> {
    serde_path_to_error::deserialize(document).map_err(|error| {
        use serde_path_to_error::Segment;
        let pointer = error.path().iter().fold(Pointer::root(), |at, segment| match segment {
            Segment::Seq { index } => at.join(index),
            Segment::Map { key } => at.join(key),
            Segment::Enum { variant } => at.join(variant),
            Segment::Unknown => at,
        });
        let message = format!("is not OpenAPI 3.0 as openapiv3 reads it: {}", error.inner());
        InvalidSpec { file: file.to_owned(), problems: vec![Problem::new(pointer, message)] }.into()
    })
}

/// Validates and models an already-parsed document.
pub fn parse(provider: String, file: String, mut document: Value) -> anyhow::Result<Spec> {
    let (assumed, mut problems) = defaults::apply(&mut document);
    problems.extend(rules::check(&document));
    let effective = document.clone();
    let model = if problems.is_empty() {
        match provider::read(&provider, &document) {
            Ok(model) => Some(model),
            Err(mut found) => {
                problems.append(&mut found);
                None
            }
        }
    } else {
        None
    };
    let Some(model) = model else {
        return Err(InvalidSpec { file, problems }.into());
    };
    let lenient = crate::model::tolerance::plan(&document);
    crate::model::tolerance::relax(&mut document);
    relax_response_schemas(&mut document);
    default_as_error_ranges(&mut document);
    without_body_encodings(&mut document);
    open_enums(&mut document);
    nullable_components(&mut document);
    keep_unlisted_request_properties(&mut document);
    fitted_formats(&mut document);
    let openapi = openapi_document(&file, &document)?;
    let examples = examples::collect(&openapi)?;
    let release = crate::model::release::Release::first(&provider, &crate::model::release::today());
    Ok(Spec { provider, file, openapi, model, lenient, examples, release, assumed, effective })
}

/// Keywords that would make a decoder reject a response for a rule only the provider enforces.
const RESPONSE_ONLY_CONSTRAINTS: [&str; 3] = ["maxLength", "minLength", "pattern"];

/// Removes string constraints from response component schemas, so a provider that sends a
/// 16-character phone number where its docs say 15 still yields a decoded response. Parameter
/// schemas (inline by convention) and request-body schemas keep theirs: those are checked before a
/// request is sent.
fn relax_response_schemas(document: &mut Value) {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                for keyword in RESPONSE_ONLY_CONSTRAINTS {
                    if map.get(keyword).is_some_and(|v| !v.is_object()) {
                        map.remove(keyword);
                    }
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let request_only = request_only_schemas(document);
    if let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        schemas.iter_mut().filter(|(name, _)| !request_only.contains(*name)).for_each(|(_, schema)| strip(schema));
    }
}

/// Formats fitted to what they can mean: a `number` with `format: float` is read and sent as
/// `f64` (typify's `f32` would change an amount: `9.99` reads back as `9.989999771118164`), and a
/// `format` on an array, object or boolean, which names no representation of one (typify stops
/// on it), is dropped.
fn fitted_formats(document: &mut Value) {
    match document {
        Value::Object(map) => {
            match (map.get("type").and_then(Value::as_str), map.get("format").and_then(Value::as_str)) {
                (Some("number"), Some("float")) => {
                    map.insert("format".to_owned(), Value::from("double"));
                }
                (Some("array" | "object" | "boolean"), Some(_)) => {
                    map.shift_remove("format");
                }
                _ => {}
            }
            map.values_mut().for_each(fitted_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(fitted_formats),
        _ => {}
    }
}

/// A request body is sent as written: an object schema only request bodies use that does not say
/// whether it allows properties it does not list (OpenAPI's default: it does) gets
/// `additionalProperties: {}`, so typify gives its struct an `extra` map (`#[serde(flatten)]`)
/// that keeps them, in a body given as JSON and in the typed builder alike. One that forbids them
/// (`false`) keeps `deny_unknown_fields`, and the runtime's request check names such a property.
fn keep_unlisted_request_properties(document: &mut Value) {
    fn keep(schema: &mut Value) {
        let Some(map) = schema.as_object_mut() else { return };
        if map.contains_key("$ref") {
            return;
        }
        if map.contains_key("properties") && !map.contains_key("additionalProperties") {
            map.insert("additionalProperties".to_owned(), Value::Object(Default::default()));
        }
        if let Some(properties) = map.get_mut("properties").and_then(Value::as_object_mut) {
            properties.values_mut().for_each(keep);
        }
        if let Some(items) = map.get_mut("items") {
            keep(items);
        }
    }
    let request_only = request_only_schemas(document);
    if let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        schemas.iter_mut().filter(|(name, _)| request_only.contains(*name)).for_each(|(_, schema)| keep(schema));
    }
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        for body in item.values_mut().filter_map(|operation| operation.get_mut("requestBody")) {
            let content = body.get_mut("content").and_then(Value::as_object_mut);
            for media in content.into_iter().flat_map(|content| content.values_mut()) {
                if let Some(schema) = media.get_mut("schema") {
                    keep(schema);
                }
            }
        }
    }
}

/// A request body's `encoding` says how a form body sends each property; progenitor hits `todo!()`
/// on any (progenitor-impl `method.rs`: "media type encoding not empty"), so it gets none. The
/// operation model ([`crate::model::operation`]) reads the spec itself: the generated `request()` sends
/// the `deepObject` properties in brackets.
fn without_body_encodings(document: &mut Value) {
    fn strip(body: &mut Value) {
        let content = body.get_mut("content").and_then(Value::as_object_mut);
        for media in content.into_iter().flat_map(|content| content.values_mut()).filter_map(Value::as_object_mut) {
            media.remove("encoding");
        }
    }
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            item.values_mut().filter_map(|operation| operation.get_mut("requestBody")).for_each(strip);
        }
    }
    if let Some(bodies) = document.pointer_mut("/components/requestBodies").and_then(Value::as_object_mut) {
        bodies.values_mut().for_each(strip);
    }
}

/// A `default` response documents every status the others do not; progenitor counts it as both a
/// success and an error type (and panics when its body differs from the success body), so it gets
/// the `default` as `4XX` and `5XX` (where those are not documented) instead. The operation model
/// ([`crate::model::operation`]) reads the spec itself: every other status is an error.
/// Each copy is the response itself (a `$ref` resolved) marked [`examples::FROM_DEFAULT`], so the examples
/// read it once, as the `default` response it is.
fn default_as_error_ranges(document: &mut Value) {
    let resolved = |document: &Value, response: &Value| {
        let mut response = crate::spec::document::resolve(document, response).clone();
        if let Some(response) = response.as_object_mut() {
            response.insert(examples::FROM_DEFAULT.to_owned(), Value::Bool(true));
        }
        response
    };
    let snapshot = document.clone();
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        for operation in item.values_mut() {
            let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else { continue };
            let Some(default) = responses.remove("default") else { continue };
            let default = resolved(&snapshot, &default);
            for range in ["4XX", "5XX"] {
                responses.entry(range).or_insert_with(|| default.clone());
            }
        }
    }
}

/// Turns every component schema marked `x-pspkit-open-enum: true` into the runtime's
/// `Open<{Name}Known>`, with `{Name}Known` holding the listed values: a value the provider adds
/// later decodes as `Open::Unknown` instead of failing the whole response.
fn open_enums(document: &mut Value) {
    let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else { return };
    let marked: Vec<String> = schemas
        .iter()
        .filter(|(_, schema)| schema.get(OPEN_ENUM).and_then(Value::as_bool) == Some(true))
        .map(|(name, _)| name.clone())
        .collect();
    for name in marked {
        let known = format!("{name}Known");
        let Some(schema) = schemas.get_mut(&name).and_then(Value::as_object_mut) else { continue };
        let description = schema.get("description").cloned().unwrap_or(Value::String(String::new()));
        let values = schema.remove("enum").unwrap_or(Value::Array(Vec::new()));
        schema.insert(
            "x-rust-type".to_owned(),
            serde_json::json!({
                "crate": "pspkit-runtime",
                "version": "0.1",
                "path": "pspkit_runtime::types::Open",
                "parameters": [{ "$ref": format!("#/components/schemas/{known}") }],
            }),
        );
        let known_schema = serde_json::json!({
            "type": "string",
            "enum": values,
            "description": format!("The values of `{name}` the spec lists. {}", description.as_str().unwrap_or("")).trim().to_owned(),
        });
        schemas.insert(known, known_schema);
    }
}

/// A component schema marked `nullable: true` (the one nullable-reference idiom that Spectral,
/// Redocly and Prism all validate) becomes a plain Rust type, and every reference to it inside
/// `components/schemas` becomes `allOf: [$ref] + nullable: true`, which progenitor turns into
/// `Option<X>`. Without this, typify would wrap the component itself in an `Option` newtype and a
/// non-required field of it would be `Option<X(Option<XInner>)>`.
fn nullable_components(document: &mut Value) {
    let Some(schemas) = document.pointer_mut("/components/schemas").and_then(Value::as_object_mut) else { return };
    let mut references = Vec::new();
    for (name, schema) in schemas.iter_mut() {
        let Some(schema) = schema.as_object_mut() else { continue };
        if schema.get("nullable").and_then(Value::as_bool) == Some(true) && schema.get("$ref").is_none() {
            schema.remove("nullable");
            references.push(format!("#/components/schemas/{name}"));
        }
    }
    fn rewrite(value: &mut Value, references: &[String]) {
        match value {
            Value::Object(map) => {
                let target = map.get("$ref").and_then(Value::as_str).filter(|r| references.iter().any(|n| n == r));
                if let Some(target) = target.map(str::to_owned) {
                    // A `$ref` has no children of its own; the new `allOf` must not be revisited.
                    map.remove("$ref");
                    map.insert("allOf".to_owned(), serde_json::json!([{ "$ref": target }]));
                    map.insert("nullable".to_owned(), Value::Bool(true));
                    return;
                }
                map.values_mut().for_each(|child| rewrite(child, references));
            }
            Value::Array(items) => items.iter_mut().for_each(|child| rewrite(child, references)),
            _ => {}
        }
    }
    if !references.is_empty() {
        schemas.values_mut().for_each(|schema| rewrite(schema, &references));
    }
}
