//! Example values made from a schema, deterministically, for a published document that gives a
//! required parameter or a request body no example: the schema's own `example`, else the first of
//! its `enum`, else a string its `pattern` matches (the shortest, one of each open repetition), else
//! a fixed value for its `format`, else a value of its `type`. An object is composed from its
//! properties ([`Properties`] says which), an array holds one item.

use regex_syntax::hir::{Class, Hir, HirKind};
use serde_json::{Map, Value};

use crate::spec::document::resolve;
use crate::spec::json_schema::Components;

/// How deep a composed example may nest (a schema that refers to itself stops here).
const DEPTH: usize = 8;

/// Which properties a composed object holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Properties {
    /// The required ones and those with an example: what a request needs to send.
    Needed,
    /// Every one that an example can be made of (a response mock mode answers with).
    All,
}

/// An example of `schema` (of the property or parameter `name`, in `document`, whose component
/// schemas are `components`), or why none can be made.
pub fn example(
    document: &Value,
    components: &Components,
    schema: &Value,
    name: &str,
    properties: Properties,
) -> Result<Value, String> {
    Composer { document, components, properties }.value(schema, name, 0)
}

struct Composer<'a> {
    document: &'a Value,
    components: &'a Components,
    properties: Properties,
}

impl Composer<'_> {
    fn value(&self, schema: &Value, name: &str, depth: usize) -> Result<Value, String> {
        let document = self.document;
        if depth > DEPTH {
            return Err(format!("`{name}` nests deeper than {DEPTH} levels"));
        }
        let schema = resolve(document, schema);
        if let Some(example) = schema.get("example").filter(|example| fits_type(schema, example)) {
            return Ok(example.clone());
        }
        if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|values| values.first()) {
            return Ok(first.clone());
        }
        for combinator in ["allOf", "oneOf", "anyOf"] {
            if let Some(members) = schema.get(combinator).and_then(Value::as_array) {
                return self.combined(combinator, members, name, depth);
            }
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") | None if schema.get("properties").is_some() => self.object(schema, depth),
            Some("object") => Ok(Value::Object(Map::new())),
            Some("array") => {
                let items = schema.get("items").unwrap_or(&Value::Null);
                Ok(Value::Array(vec![self.value(items, name, depth + 1)?]))
            }
            Some("integer") => Ok(Value::from(schema.get("minimum").and_then(Value::as_i64).unwrap_or(1))),
            Some("number") => Ok(schema.get("minimum").cloned().unwrap_or(Value::from(1))),
            Some("boolean") => Ok(Value::Bool(true)),
            Some("string") | None => string(schema, name).map(Value::String),
            Some(other) => Err(format!("`{name}` has type `{other}`, of which no example can be made")),
        }
    }

    /// `allOf`: the members' objects merged; `anyOf`: the first member's example; `oneOf`: the
    /// first member's example that matches that member alone (members that overlap, such as two
    /// objects with the same required properties and no `additionalProperties: false`, make an
    /// example of either match both, which `oneOf` forbids), else, when every example matches
    /// several (members that require nothing accept every object), the first member's: the
    /// generated client reads a `oneOf` as its first member that decodes.
    fn combined(&self, combinator: &str, members: &[Value], name: &str, depth: usize) -> Result<Value, String> {
        let first = members.first().ok_or_else(|| format!("`{name}` has an empty `{combinator}`"))?;
        if combinator == "anyOf" {
            return self.value(first, name, depth + 1);
        }
        if combinator == "oneOf" {
            return self.one_of(members, name, depth);
        }
        let mut merged = Map::new();
        for member in members {
            match self.value(member, name, depth + 1)? {
                Value::Object(part) => merged.extend(part),
                other if members.len() == 1 => return Ok(other),
                _ => return Err(format!("`{name}` combines non-objects with `allOf`")),
            }
        }
        Ok(Value::Object(merged))
    }

    /// The first member's example that exactly one member validates, else the first member's
    /// (see [`Composer::combined`]).
    fn one_of(&self, members: &[Value], name: &str, depth: usize) -> Result<Value, String> {
        let validators =
            members.iter().map(|member| self.components.validator(member)).collect::<Result<Vec<_>, String>>()?;
        let examples: Vec<Value> =
            members.iter().filter_map(|member| self.value(member, name, depth + 1).ok()).collect();
        let alone = examples
            .iter()
            .find(|example| validators.iter().filter(|validator| validator.is_valid(example)).count() == 1);
        alone.or(examples.first()).cloned().ok_or_else(|| format!("no member of `{name}`'s `oneOf` has an example"))
    }

    /// The required properties, each with its example, and the optional ones [`Properties`] asks for
    /// (an optional one no example can be made of is left out).
    fn object(&self, schema: &Value, depth: usize) -> Result<Value, String> {
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let mut composed = Map::new();
        for (property, property_schema) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            if required.contains(&property.as_str()) {
                composed.insert(property.clone(), self.value(property_schema, property, depth + 1)?);
            } else if (self.properties == Properties::All
                || resolve(self.document, property_schema).get("example").is_some())
                && let Ok(value) = self.value(property_schema, property, depth + 1)
            {
                composed.insert(property.clone(), value);
            }
        }
        Ok(Value::Object(composed))
    }
}

/// Whether `example` is of `schema`'s `type` (a published document's example is sometimes of
/// another: a list where the schema says string; such an example is not used).
fn fits_type(schema: &Value, example: &Value) -> bool {
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => example.is_string(),
        Some("integer") => example.is_i64() || example.is_u64(),
        Some("number") => example.is_number(),
        Some("boolean") => example.is_boolean(),
        Some("array") => example.is_array(),
        Some("object") => example.is_object(),
        _ => true,
    }
}

/// A string for `schema`: one its `pattern` matches, else one of its `format`, else `name`.
fn string(schema: &Value, name: &str) -> Result<String, String> {
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        return matching(pattern).ok_or_else(|| format!("no example of `{name}` can be made from `{pattern}`"));
    }
    let fixed = match schema.get("format").and_then(Value::as_str) {
        Some("uuid") => "00000000-0000-4000-8000-000000000000",
        Some("date-time") => "2024-01-01T00:00:00Z",
        Some("date") => "2024-01-01",
        Some("time") => "00:00:00",
        Some("email") => "user@example.com",
        Some("uri" | "url") => "https://example.com/",
        Some("ipv4") => "192.0.2.1",
        _ => name,
    };
    let length = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let mut text = fixed.to_owned();
    while text.chars().count() < length {
        text.push('x');
    }
    Ok(text)
}

/// The shortest string `pattern` matches (one of each open repetition, the first alternative, the
/// first letter or digit of a class), checked with the ECMAScript engine the generated code
/// validates with; `None` when it cannot be made or does not match.
pub fn matching(pattern: &str) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new().build().parse(pattern).ok()?;
    let mut text = String::new();
    write(&hir, &mut text)?;
    let regex = regress::Regex::new(pattern).ok()?;
    regex.find(&text).is_some().then_some(text)
}

fn write(hir: &Hir, out: &mut String) -> Option<()> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => out.push_str(std::str::from_utf8(&literal.0).ok()?),
        HirKind::Class(Class::Unicode(class)) => {
            let contains = |c: char| class.ranges().iter().any(|range| range.start() <= c && c <= range.end());
            let preferred = ['a', '0', 'A', '_', '-'].into_iter().find(|c| contains(*c));
            out.push(preferred.or_else(|| class.ranges().first().map(|range| range.start()))?);
        }
        HirKind::Class(Class::Bytes(class)) => out.push(char::from(class.ranges().first()?.start())),
        HirKind::Repetition(repetition) => {
            for _ in 0..repetition.min.max(1).min(repetition.max.unwrap_or(u32::MAX)) {
                write(&repetition.sub, out)?;
            }
        }
        HirKind::Capture(capture) => write(&capture.sub, out)?,
        HirKind::Concat(parts) => parts.iter().try_for_each(|part| write(part, out))?,
        HirKind::Alternation(branches) => write(branches.first()?, out)?,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// [`example`] of `schema` in `document`, its components converted for this call.
    fn example_in(document: &Value, schema: &Value, name: &str, properties: Properties) -> Result<Value, String> {
        example(document, &Components::of(document), schema, name, properties)
    }

    #[test]
    fn a_pattern_gives_the_shortest_string_it_matches_with_one_of_each_open_repetition() {
        assert_eq!(matching("^cwa_.*$").as_deref(), Some("cwa_a"));
        assert_eq!(matching("^(bca_|ica_).*").as_deref(), Some("bca_a"));
        assert_eq!(matching("^tkn_{32}").as_deref(), Some(format!("tkn{}", "_".repeat(32))).as_deref());
        assert_eq!(matching("^[A-Z]{3}-[0-9]+$").as_deref(), Some("AAA-0"));
        assert_eq!(matching("^x?$").as_deref(), Some("x"));
        assert_eq!(matching("^(?!\\.{1,2}$)[^/]+$"), None, "a look-ahead regex-syntax cannot read");
    }

    #[test]
    fn a_schema_gives_its_example_enum_pattern_format_or_type() {
        let document = serde_json::json!({});
        let of = |schema: Value| example_in(&document, &schema, "wallet_id", Properties::Needed).unwrap();
        assert_eq!(of(serde_json::json!({"type": "string", "example": "w_1", "enum": ["a"]})), "w_1");
        // An example of another type than the schema's is not used.
        assert_eq!(of(serde_json::json!({"type": "string", "example": ["SRD"], "enum": ["SRD"]})), "SRD");
        assert_eq!(of(serde_json::json!({"type": "string", "enum": ["peer", "move"]})), "peer");
        assert_eq!(of(serde_json::json!({"type": "string", "pattern": "^wlt_.*$"})), "wlt_a");
        assert_eq!(of(serde_json::json!({"type": "string", "format": "uuid"})), "00000000-0000-4000-8000-000000000000");
        assert_eq!(of(serde_json::json!({"type": "string"})), "wallet_id");
        assert_eq!(of(serde_json::json!({"type": "integer", "minimum": 5})), 5);
        assert_eq!(of(serde_json::json!({"type": "boolean"})), true);
    }

    #[test]
    fn an_object_is_composed_from_its_required_properties_and_those_with_examples() {
        let document = serde_json::json!({"components": {"schemas": {"Amount": {
            "type": "object", "required": ["value"],
            "properties": {"value": {"type": "number"}, "currency": {"type": "string", "example": "XCD"}, "note": {"type": "string"}}
        }}}});
        let schema = serde_json::json!({"type": "object", "required": ["amount", "tags"], "properties": {
            "amount": {"$ref": "#/components/schemas/Amount"},
            "tags": {"type": "array", "items": {"type": "string", "enum": ["a"]}},
            "memo": {"type": "string"}
        }});
        assert_eq!(
            example_in(&document, &schema, "body", Properties::Needed).unwrap(),
            serde_json::json!({"amount": {"value": 1, "currency": "XCD"}, "tags": ["a"]})
        );
        assert_eq!(
            example_in(&document, &schema, "body", Properties::All).unwrap(),
            serde_json::json!({"amount": {"value": 1, "currency": "XCD", "note": "note"}, "tags": ["a"], "memo": "memo"})
        );
    }

    /// Paisr 2.2.1's `initiateTransfer` body: "Peer" and "Bank" require the same properties and
    /// "Move" a subset, none closed; only an example of "Move" matches one member alone.
    #[test]
    fn a_one_of_example_matches_exactly_one_member() {
        let object = |required: &[&str]| {
            let properties: serde_json::Map<String, Value> = ["source", "destination", "amount", "reference"]
                .map(|p| (p.to_owned(), json!({"type": "string"})))
                .into_iter()
                .collect();
            json!({"type": "object", "required": required, "properties": properties})
        };
        let document = json!({"components": {"schemas": {
            "Peer": object(&["source", "destination", "amount", "reference"]),
            "Move": object(&["source", "destination", "amount"]),
            "Bank": object(&["source", "destination", "amount", "reference"]),
        }}});
        let member = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
        let schema = json!({"oneOf": [member("Peer"), member("Move"), member("Bank")]});
        assert_eq!(
            example_in(&document, &schema, "body", Properties::Needed).unwrap(),
            json!({"source": "source", "destination": "destination", "amount": "amount"})
        );
        // Twins: every example matches both; the first member's is the client's reading.
        let twins = json!({"oneOf": [member("Bank"), member("Peer")]});
        let both =
            json!({"source": "source", "destination": "destination", "amount": "amount", "reference": "reference"});
        assert_eq!(example_in(&document, &twins, "body", Properties::Needed).unwrap(), both);
    }

    #[test]
    fn a_schema_that_refers_to_itself_is_refused_not_followed_forever() {
        let document = serde_json::json!({"components": {"schemas": {"Node": {
            "type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/components/schemas/Node"}}
        }}}});
        let node = serde_json::json!({"$ref": "#/components/schemas/Node"});
        let error = example_in(&document, &node, "node", Properties::Needed).unwrap_err();
        assert!(error.contains("nests deeper than 8 levels"), "{error}");
    }
}
