//! An `application/x-www-form-urlencoded` request body as OpenAPI 3.0 encodes one: each top-level
//! property `name=value` (style `form`, `explode: true`, the default: a list is one pair per item),
//! and a property the spec's `encoding` marks `style: deepObject` in brackets, nested as deep as it
//! goes (`address[city]=Pune`, `expand[0]=sources`, Stripe's encoding); a key in brackets that is
//! empty or holds a bracket is refused, so no bracket parser can read nesting the body does not
//! have. `null` and absent properties send nothing. Properties go in name order, whatever order serde_json keeps.

use serde_json::Value;

/// Why a body could not be form-encoded. Never holds a value of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FormError {
    /// The body is not an object of properties.
    NotAnObject,
    /// A property holds an object (or a list of them) but is not `deepObject`: form style has no
    /// way to send it.
    Nested(String),
    /// A key inside `deepObject` property (the property's name) is empty or holds `[` or `]`:
    /// bracket parsers (Rack's, `qs`, Stripe's) would read `key[a][b]` as deeper nesting and
    /// `key[]` as a list push, so the body would arrive as something the caller never wrote.
    ForgedNesting(String),
}

/// Encodes `body` (serialised to JSON first); `deep_object` names the top-level properties whose
/// `encoding` is `style: deepObject`.
pub(crate) fn encode(body: &Value, deep_object: &[&str]) -> Result<String, FormError> {
    let Value::Object(properties) = body else { return Err(FormError::NotAnObject) };
    let mut pairs = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in sorted(properties) {
        if deep_object.contains(&name.as_str()) {
            deep(name, value, &mut pairs).map_err(|()| FormError::ForgedNesting(name.clone()))?;
            continue;
        }
        match value {
            Value::Array(items) => {
                for item in items {
                    let text = scalar(item).ok_or_else(|| FormError::Nested(name.clone()))?;
                    pairs.append_pair(name, &text);
                }
            }
            Value::Object(_) => return Err(FormError::Nested(name.clone())),
            Value::Null => {}
            scalar_value => {
                let text = scalar(scalar_value).ok_or_else(|| FormError::Nested(name.clone()))?;
                pairs.append_pair(name, &text);
            }
        }
    }
    Ok(pairs.finish())
}

/// `value` under `key` in brackets: an object's properties as `key[name]`, a list's items as
/// `key[index]`, recursively; a scalar as `key=value`. An object key that is empty or holds a
/// bracket is refused (`Err`): written in brackets, it would read as other nesting.
fn deep(key: &str, value: &Value, pairs: &mut url::form_urlencoded::Serializer<'_, String>) -> Result<(), ()> {
    match value {
        Value::Object(properties) => {
            for (name, value) in sorted(properties) {
                if name.is_empty() || name.contains(['[', ']']) {
                    return Err(());
                }
                deep(&format!("{key}[{name}]"), value, pairs)?;
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                deep(&format!("{key}[{index}]"), item, pairs)?;
            }
        }
        Value::Null => {}
        scalar_value => {
            if let Some(text) = scalar(scalar_value) {
                pairs.append_pair(key, &text);
            }
        }
    }
    Ok(())
}

/// An object's properties in name order.
fn sorted(properties: &serde_json::Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut sorted: Vec<(&String, &Value)> = properties.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    sorted
}

/// A string, number or boolean as form text; `None` for a container or `null`.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn scalars_are_pairs_lists_repeat_and_nulls_send_nothing() {
        let body = json!({"name": "Jane Doe&co", "count": 2, "active": true, "email": null, "tags": ["a", "b"]});
        assert_eq!(encode(&body, &[]).as_deref(), Ok("active=true&count=2&name=Jane+Doe%26co&tags=a&tags=b"));
    }

    #[test]
    fn deep_objects_go_in_brackets_as_deep_as_they_nest() {
        let body = json!({"address": {"city": "Pune", "lines": ["1 MG Road", null]}, "expand": ["sources"]});
        assert_eq!(
            encode(&body, &["address", "expand"]).as_deref(),
            Ok("address%5Bcity%5D=Pune&address%5Blines%5D%5B0%5D=1+MG+Road&expand%5B0%5D=sources")
        );
    }

    #[test]
    fn an_object_that_is_not_a_deep_object_is_refused_by_name_only() {
        let body = json!({"address": {"city": "Leaky Person's town"}});
        assert_eq!(encode(&body, &[]), Err(FormError::Nested("address".to_owned())));
        assert_eq!(encode(&json!({"list": [{"a": 1}]}), &[]), Err(FormError::Nested("list".to_owned())));
        assert_eq!(encode(&json!([1]), &[]), Err(FormError::NotAnObject));
    }

    /// Reads a form body as a bracket parser does (`serde_qs` with form encoding: percent-decoded,
    /// then `a[b][c]=x` read as nesting and `a[]=x` as a list, as Rack and `qs` read them): what
    /// the provider would see.
    fn parsed(text: &str) -> Value {
        serde_qs::Config::new()
            .max_depth(10)
            .use_form_encoding(true)
            .deserialize_str(text)
            .expect("a bracket parser reads it")
    }

    #[test]
    fn a_bracket_parser_reads_back_exactly_the_deep_object_sent() {
        let body = json!({"metadata": {"order id": "A-1", "note": "x=y&z", "nested": {"level": "2"}}, "name": "Pune"});
        let sent = encode(&body, &["metadata"]).unwrap();
        assert_eq!(parsed(&sent), body);
    }

    #[test]
    fn keys_that_would_read_as_other_nesting_are_refused() {
        // What a bracket parser makes of the names such keys would have produced.
        assert_eq!(parsed("metadata%5Ba%5D%5Bb%5D=x"), json!({"metadata": {"a": {"b": "x"}}}));
        assert_eq!(parsed("metadata%5B%5D=y"), json!({"metadata": ["y"]}));
        for key in ["a][b", "", "a[b", "b]", "[]"] {
            let body = json!({"metadata": {key: "x"}});
            assert_eq!(encode(&body, &["metadata"]), Err(FormError::ForgedNesting("metadata".to_owned())), "{key:?}");
            let deeper = json!({"metadata": {"ok": [{key: "x"}]}});
            assert_eq!(encode(&deeper, &["metadata"]), Err(FormError::ForgedNesting("metadata".to_owned())), "{key:?}");
        }
    }
}
