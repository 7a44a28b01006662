//! The spec's view of a body: walks a decoded JSON value against the component schemas a
//! generated crate embeds, and reports every place it departs from them, by JSON pointer.
//!
//! Only run when the typed decode tolerated something (or failed, or DEBUG logging wants unknown
//! fields), so an as-documented body never pays for it.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::MAX_DEVIATIONS;
use super::deviation::{DeviationKind, JsonKind};
use super::fields::integer_text;
use crate::Deviation;

/// A generated crate's component schemas (`components/schemas` of its spec, strict: required,
/// nullable, types, enums, formats and `x-pspkit-*` marks), embedded as JSON text and parsed on
/// first use.
pub struct Schemas {
    json: &'static str,
    parsed: OnceLock<Map<String, Value>>,
}

impl Schemas {
    /// Schemas from the JSON text of a spec's `components/schemas` object.
    pub const fn new(json: &'static str) -> Self {
        Self { json, parsed: OnceLock::new() }
    }

    /// The parsed schemas; an unparseable text (which generation never emits) reads as none, so
    /// every body then checks as conforming rather than panicking.
    fn components(&self) -> &Map<String, Value> {
        self.parsed.get_or_init(|| serde_json::from_str(self.json).unwrap_or_default())
    }

    /// The first place `body` breaks the schema `name` as written, strictly (a request body is
    /// sent exactly as its schema says: nothing is tolerated, nothing converted): a missing
    /// required property, a `null` it does not allow, a value of another type, a value its `enum`
    /// does not list, an unparseable date-time. `None` when it conforms.
    pub fn violation(&self, name: &str, body: &Value) -> Option<Deviation> {
        let report = self.check(name, body);
        let unlisted = report.unlisted.into_iter().map(|path| Deviation { path, kind: DeviationKind::Unlisted });
        let first =
            report.identity.into_iter().chain(report.deviations).chain(unlisted).min_by(|a, b| a.path.cmp(&b.path))?;
        let kind = match first.kind {
            DeviationKind::Converted { expected, came } => DeviationKind::WrongType { expected, came },
            kind => kind,
        };
        Some(Deviation { path: first.path, kind })
    }

    /// Walks `body` against the component schema `name`.
    pub(crate) fn check(&self, name: &str, body: &Value) -> Report {
        let components = self.components();
        let mut walker = Walker { components, report: Report::default(), siblings: Vec::new() };
        let root = Value::String(format!("#/components/schemas/{name}"));
        let schema = Value::Object(Map::from_iter([("$ref".to_owned(), root)]));
        walker.walk(&schema, body, &mut String::new(), Identity::Yes);
        // Sorted: object key order depends on serde_json's features, unified across a build.
        walker.report.deviations.sort_by(|a, b| a.path.cmp(&b.path));
        walker.report.unknown.sort();
        walker.report
    }
}

/// What the walk found.
#[derive(Debug, Default)]
pub(crate) struct Report {
    /// The first [`MAX_DEVIATIONS`] tolerated departures the walk met, sorted by path.
    pub(crate) deviations: Vec<Deviation>,
    /// How many more the walk met and did not keep: the record of a body full of them stays
    /// [`MAX_DEVIATIONS`] long, whatever the body's size.
    pub(crate) omitted: usize,
    /// Pointers of the first [`MAX_DEVIATIONS`] properties the spec does not list (decoded and
    /// ignored).
    pub(crate) unknown: Vec<String>,
    /// How many properties the spec does not list, in all.
    pub(crate) unknown_count: usize,
    /// Pointers, by their own names, of properties a schema that allows no others
    /// (`additionalProperties: false`) does not list: only a request check reads them (it names
    /// what the caller wrote), never a response's record or log.
    pub(crate) unlisted: Vec<String>,
    /// The first departure at a value that identifies the object: the body cannot decode.
    pub(crate) identity: Option<Deviation>,
}

/// Whether a departure at the current value is fatal: the value identifies its object (an
/// `x-pspkit-identity` property, the body itself, or an array item).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Identity {
    Yes,
    No,
}

/// What an unresolvable reference stands for: any value.
static ANY: Value = Value::Bool(true);

/// `$ref` chains longer than this are cycles (specs never nest references this deep).
const MAX_REF_DEPTH: usize = 32;

struct Walker<'a> {
    components: &'a Map<String, Value>,
    report: Report,
    /// The parts of the `allOf` being walked: an object part's unknown properties are those no
    /// part lists.
    siblings: Vec<&'a Value>,
}

impl<'a> Walker<'a> {
    fn resolve(&self, mut schema: &'a Value) -> &'a Value {
        for _ in 0..MAX_REF_DEPTH {
            let Some(reference) = schema.get("$ref").and_then(Value::as_str) else { return schema };
            let name = reference.strip_prefix("#/components/schemas/").unwrap_or(reference);
            match self.components.get(name) {
                Some(target) => schema = target,
                None => return &ANY,
            }
        }
        schema
    }

    fn record(&mut self, path: &str, kind: DeviationKind, identity: Identity) {
        let deviation = || Deviation { path: path.to_owned(), kind };
        match identity {
            Identity::Yes => {
                self.report.identity.get_or_insert_with(deviation);
            }
            Identity::No if self.report.deviations.len() < MAX_DEVIATIONS => self.report.deviations.push(deviation()),
            Identity::No => self.report.omitted += 1,
        }
    }

    /// Notes a property the spec does not list, at `path`.
    fn unknown(&mut self, path: &str) {
        self.report.unknown_count += 1;
        if self.report.unknown.len() < MAX_DEVIATIONS {
            self.report.unknown.push(path.to_owned());
        }
    }

    fn walk(&mut self, schema: &'a Value, value: &Value, path: &mut String, identity: Identity) {
        let schema = self.resolve(schema);
        let came = JsonKind::of(value);
        if came == JsonKind::Null {
            if !nullable(schema, self) {
                self.record(path, DeviationKind::Null, identity);
            }
            return;
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            // Each part checks the properties it lists; a property another part lists is not
            // unknown to the whole.
            let siblings: Vec<&'a Value> = parts.iter().map(|part| self.resolve(part)).collect();
            for part in &siblings {
                self.siblings.clone_from(&siblings);
                self.walk(part, value, path, identity);
            }
            self.siblings.clear();
        }
        let branches = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array);
        if let Some(branches) = branches {
            let fits = branches.iter().any(|branch| {
                let mut trial = Walker { components: self.components, report: Report::default(), siblings: Vec::new() };
                trial.walk(branch, value, &mut path.clone(), Identity::Yes);
                trial.report.identity.is_none() && trial.report.deviations.is_empty()
            });
            if !fits {
                let kinds: Vec<JsonKind> = branches.iter().filter_map(|b| declared_kind(self.resolve(b))).collect();
                let kind = if kinds.is_empty()
                    || kinds
                        .iter()
                        .any(|kind| *kind == came || (*kind == JsonKind::Number && came == JsonKind::Integer))
                {
                    DeviationKind::NoAlternativeFits { alternatives: branches.len() }
                } else {
                    DeviationKind::WrongType { expected: kinds[0], came }
                };
                self.record(path, kind, identity);
            }
            return;
        }
        let Some(expected) = declared_kind(schema) else { return };
        match (expected, came) {
            (JsonKind::Object, JsonKind::Object) => self.object(schema, value, path),
            (JsonKind::Array, JsonKind::Array) => self.array(schema, value, path),
            (JsonKind::String, JsonKind::String) => self.string(schema, value, path, identity),
            (JsonKind::Integer, JsonKind::Integer)
            | (JsonKind::Number, JsonKind::Integer | JsonKind::Number)
            | (JsonKind::Boolean, JsonKind::Boolean) => self.listed(schema, value, path, identity),
            (JsonKind::String, JsonKind::Integer) if plain_text(schema) && identity == Identity::No => {
                self.record(path, DeviationKind::Converted { expected, came }, identity)
            }
            (JsonKind::Integer, JsonKind::String)
                if !money(schema) && identity == Identity::No && value.as_str().and_then(integer_text).is_some() =>
            {
                self.record(path, DeviationKind::Converted { expected, came }, identity)
            }
            _ => self.record(path, DeviationKind::WrongType { expected, came }, identity),
        }
    }

    /// An integer, number or boolean the schema's `enum` does not list (an integer enum's type
    /// refuses it: the field is dropped, and said so).
    fn listed(&mut self, schema: &Value, value: &Value, path: &str, identity: Identity) {
        let Some(listed) = schema.get("enum").and_then(Value::as_array) else { return };
        let same = |entry: &Value| match (entry.as_f64(), value.as_f64()) {
            (Some(entry), Some(value)) => entry == value,
            _ => entry == value,
        };
        if !listed.iter().any(same) {
            self.record(path, DeviationKind::UnknownEnumValue, identity);
        }
    }

    fn string(&mut self, schema: &Value, value: &Value, path: &str, identity: Identity) {
        let text = value.as_str().unwrap_or_default();
        if let Some(listed) = schema.get("enum").and_then(Value::as_array) {
            if !listed.iter().any(|entry| entry.as_str() == Some(text)) {
                // An open enum keeps the value: never fatal.
                let open = schema.get("x-pspkit-open-enum").and_then(Value::as_bool) == Some(true);
                let identity = if open { Identity::No } else { identity };
                self.record(path, DeviationKind::UnknownEnumValue, identity);
            }
            return;
        }
        if date_time(schema) && text.parse::<crate::types::Timestamp>().is_err() {
            self.record(path, DeviationKind::Unparseable { format: "date-time".to_owned() }, identity);
        }
    }

    fn object(&mut self, schema: &'a Value, value: &Value, path: &mut String) {
        let Some(fields) = value.as_object() else { return };
        let properties = schema.get("properties").and_then(Value::as_object);
        let lists = |schema: &Value, name: &str| {
            schema.get("properties").and_then(Value::as_object).is_some_and(|properties| properties.contains_key(name))
        };
        let siblings = std::mem::take(&mut self.siblings);
        let declared = |name: &str| lists(schema, name) || siblings.iter().any(|sibling| lists(sibling, name));
        let listed = |key: &str, name: &str| {
            schema
                .get(key)
                .and_then(Value::as_array)
                .is_some_and(|names| names.iter().any(|n| n.as_str() == Some(name)))
        };
        let length = path.len();
        for (name, property) in properties.into_iter().flatten() {
            let identity = if listed("x-pspkit-identity", name) { Identity::Yes } else { Identity::No };
            push_segment(path, name);
            match fields.get(name) {
                Some(field) => self.walk(property, field, path, identity),
                None if listed("required", name) => self.record(path, DeviationKind::Missing, identity),
                None => {}
            }
            path.truncate(length);
        }
        let additional = schema.get("additionalProperties");
        // A key the spec does not name comes from the body (a map keyed by email is personal
        // data): a path names it `*`, never by its text.
        for (name, field) in fields.iter().filter(|(name, _)| !declared(name)) {
            if additional == Some(&Value::Bool(false)) {
                push_segment(path, name);
                self.report.unlisted.push(path.clone());
                path.truncate(length);
            }
            push_segment(path, "*");
            match additional {
                Some(additional @ Value::Object(_)) => self.walk(additional, field, path, Identity::No),
                Some(Value::Bool(true)) => {}
                _ => self.unknown(path),
            }
            path.truncate(length);
        }
    }

    fn array(&mut self, schema: &'a Value, value: &Value, path: &mut String) {
        let Some(items) = schema.get("items") else { return };
        let length = path.len();
        for (index, item) in value.as_array().into_iter().flatten().enumerate() {
            path.push('/');
            path.push_str(&index.to_string());
            // An item the list's type rejects fails the whole list: items count as identifying.
            self.walk(items, item, path, Identity::Yes);
            path.truncate(length);
        }
    }
}

/// The JSON type a schema declares (`properties` alone implies an object).
fn declared_kind(schema: &Value) -> Option<JsonKind> {
    match schema.get("type").and_then(Value::as_str) {
        Some(name) => JsonKind::from_openapi(name),
        None if schema.get("properties").is_some() => Some(JsonKind::Object),
        None => None,
    }
}

fn nullable(schema: &Value, walker: &Walker<'_>) -> bool {
    schema.get("nullable").and_then(Value::as_bool) == Some(true)
        || schema.get("allOf").and_then(Value::as_array).is_some_and(|parts| {
            parts.iter().any(|part| walker.resolve(part).get("nullable").and_then(Value::as_bool) == Some(true))
        })
}

/// A string the generated type holds as a plain `String` (no enum, no typed format, no
/// `x-rust-type`, not money): an integer converts into it without loss.
fn plain_text(schema: &Value) -> bool {
    let typed_format = matches!(schema.get("format").and_then(Value::as_str), Some("date-time" | "date" | "uuid"));
    schema.get("enum").is_none() && !typed_format && schema.get("x-rust-type").is_none() && !money(schema)
}

/// A date-time: `format: date-time`, or a string the spec maps to the runtime's `Timestamp`.
fn date_time(schema: &Value) -> bool {
    schema.get("format").and_then(Value::as_str) == Some("date-time")
        || schema.pointer("/x-rust-type/path").and_then(Value::as_str) == Some("pspkit_runtime::types::Timestamp")
}

/// `x-pspkit-money: true`: never converted, whatever came.
fn money(schema: &Value) -> bool {
    schema.get("x-pspkit-money").and_then(Value::as_bool) == Some(true)
}

/// Appends a JSON-pointer segment (`~` and `/` escaped as RFC 6901 says).
fn push_segment(path: &mut String, name: &str) {
    path.push('/');
    path.push_str(&name.replace('~', "~0").replace('/', "~1"));
}

#[cfg(test)]
mod tests {
    use super::*;

    static SCHEMAS: Schemas = Schemas::new(
        r##"{
        "Customer": {"type": "object", "required": ["id", "entity", "created_at"], "x-pspkit-identity": ["id"],
          "properties": {
            "id": {"type": "string"}, "entity": {"type": "string"},
            "contact": {"type": "string", "nullable": true},
            "created_at": {"type": "integer"},
            "amount": {"type": "integer", "x-pspkit-money": true},
            "status": {"type": "string", "enum": ["active"]},
            "level": {"type": "integer", "enum": [1, 2]},
            "when": {"type": "string", "format": "date-time"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "notes": {"$ref": "#/components/schemas/Notes"}}},
        "Notes": {"oneOf": [{"type": "object", "additionalProperties": {"type": "string"}}, {"type": "array", "maxItems": 0}]}
    }"##,
    );

    fn check(body: Value) -> Report {
        SCHEMAS.check("Customer", &body)
    }

    fn listed(report: &Report) -> Vec<String> {
        report.deviations.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_documented_body_has_no_deviation() {
        let report = check(serde_json::json!({"id": "c", "entity": "customer", "created_at": 1, "contact": null,
            "status": "active", "level": 2, "when": "2020-03-17T14:29:17Z", "tags": ["a"], "notes": []}));
        assert!(report.deviations.is_empty() && report.identity.is_none(), "{report:?}");
    }

    #[test]
    fn each_departure_is_named_by_path_and_kind() {
        let report = check(serde_json::json!({"id": "c", "created_at": "17", "contact": 9123, "amount": "5",
            "status": "gone", "level": 3, "when": "yesterday", "notes": "x", "extra": {"a": 1}}));
        assert_eq!(
            listed(&report),
            [
                "/amount: string for integer",
                "/contact: integer for string (converted)",
                "/created_at: string for integer (converted)",
                "/entity: missing",
                "/level: unknown enum value",
                "/notes: string for object",
                "/status: unknown enum value",
                "/when: unparseable date-time",
            ]
        );
        assert_eq!(report.unknown, ["/*"]);
        assert!(report.identity.is_none());
    }

    #[test]
    fn a_value_of_the_right_type_that_fits_no_alternative_says_so() {
        static PAYMENT: Schemas = Schemas::new(
            r##"{"Pay": {"oneOf": [{"$ref": "#/components/schemas/Card"}, {"$ref": "#/components/schemas/Bank"}]},
            "Card": {"type": "object", "required": ["card"], "properties": {"card": {"type": "string"}}},
            "Bank": {"type": "object", "required": ["iban"], "properties": {"iban": {"type": "string"}}}}"##,
        );
        // The body itself must be usable: its departure is the fatal one.
        let fatal = |body: Value| PAYMENT.check("Pay", &body).identity.map(|d| d.to_string());
        assert_eq!(fatal(serde_json::json!({"card": "4242"})), None);
        let neither = serde_json::json!({"card": [], "iban": []});
        assert_eq!(fatal(neither).as_deref(), Some("/: fits none of the 2 alternatives its schema lists"));
        assert_eq!(fatal(serde_json::json!("card")).as_deref(), Some("/: string for object"));
    }

    #[test]
    fn an_unusable_identity_is_fatal() {
        for (body, expected) in [
            (serde_json::json!({"entity": "customer"}), "/id: missing"),
            (serde_json::json!({"id": 5}), "/id: integer for string"),
            (serde_json::json!({"id": "c", "tags": [1]}), "/tags/0: integer for string"),
            (serde_json::json!([]), "/: array for object"),
        ] {
            let report = check(body);
            assert_eq!(report.identity.map(|d| d.to_string()).as_deref(), Some(expected));
        }
    }

    #[test]
    fn a_violation_is_the_first_departure_by_path_with_nothing_converted() {
        let violation = |body: Value| SCHEMAS.violation("Customer", &body).map(|d| d.to_string());
        let valid = serde_json::json!({"id": "c", "entity": "customer", "created_at": 1});
        assert_eq!(violation(valid), None);
        let converted = serde_json::json!({"id": "c", "entity": "e", "created_at": 1, "contact": 9123});
        assert_eq!(violation(converted).as_deref(), Some("/contact: integer for string"));
        let several = serde_json::json!({"id": 5, "status": "gone"});
        assert_eq!(violation(several).as_deref(), Some("/created_at: missing"));
        let unlisted = serde_json::json!({"id": "c", "entity": "e", "created_at": 1, "status": "gone"});
        assert_eq!(violation(unlisted).as_deref(), Some("/status: unknown enum value"));
    }

    #[test]
    fn keys_the_body_chose_are_never_named() {
        let email = "leaky.person@example.com";
        let report = check(serde_json::json!({"id": "c", "entity": "e", "created_at": 1, email: 1,
            "notes": {email: 5}}));
        assert_eq!(report.unknown, ["/*"]);
        assert!(!format!("{report:?}").contains(email), "{report:?}");
    }

    #[test]
    fn a_property_one_all_of_part_lists_is_not_unknown_to_another() {
        static PARTS: Schemas = Schemas::new(
            r##"{"Place": {"type": "object", "properties": {"place": {"allOf": [
                {"$ref": "#/components/schemas/Address"},
                {"type": "object", "properties": {"landmark": {"type": "string"}}}]}}},
              "Address": {"type": "object", "properties": {"city": {"type": "string"}}}}"##,
        );
        let report = PARTS.check("Place", &serde_json::json!({"place": {"city": "Pune", "landmark": "Fort"}}));
        assert!(report.unknown.is_empty() && report.deviations.is_empty(), "{report:?}");
        let report = PARTS.check("Place", &serde_json::json!({"place": {"city": "Pune", "other": 1}}));
        assert_eq!(report.unknown, ["/place/*", "/place/*"], "each part finds the property no part lists");
    }

    #[test]
    fn past_the_cap_departures_and_unknown_properties_are_counted_not_kept() {
        let items: Vec<Value> =
            (0..MAX_DEVIATIONS + 50).map(|i| serde_json::json!({"tags": ["a"], "level": i + 3, "x": 1})).collect();
        static MANY: Schemas = Schemas::new(
            r##"{"Many": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/One"}}}},
                "One": {"type": "object", "properties": {"level": {"type": "integer", "enum": [1, 2]}, "tags": {"type": "array"}}}}"##,
        );
        let report = MANY.check("Many", &serde_json::json!({"items": items}));
        assert_eq!((report.deviations.len(), report.omitted), (MAX_DEVIATIONS, 50));
        assert_eq!((report.unknown.len(), report.unknown_count), (MAX_DEVIATIONS, MAX_DEVIATIONS + 50));
        assert_eq!(report.deviations[0].path, "/items/0/level", "the first ones met, sorted by path");
    }
}
