//! `x-pspkit-customer`: how an operation's success body maps into `pspkit::Customer`, the
//! normalised view. Read from the spec, checked against the operation's schemas (every pointer
//! must name a property), and emitted as data into the facade's generated registry.
//!
//! ```yaml
//! x-pspkit-customer:                  # on the operation that returns one customer
//!   at: /data                         # where the customer sits in the success body (default: the body)
//!   id: /id                           # required
//!   merchant_reference: /object_reference_id
//!   name: {join: [/first_name, /last_name]}   # or a pointer, or a list: the first non-empty
//!   email: [/email, /contact_email]
//!   phone: {country_code: /mobile_country_code, number: /mobile_number}   # or a text rule
//!   created_at: {unix_seconds: /created_at}   # or {date_time: /date_created}
//! ```

use serde_json::Value;

use crate::spec::diagnostics::Problem;
use crate::spec::document::resolve;
use crate::spec::extensions::CUSTOMER as EXTENSION;
use crate::spec::naming;
use crate::spec::pointer::Pointer;

/// One operation's mapping into the normalised customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerMapping {
    /// The operation's `operationId`.
    pub operation_id: String,
    /// The Rust type of the operation's success body, e.g. `CustomerResponse`.
    pub response_type: String,
    /// The Rust type of the customer object, e.g. `Customer`.
    pub customer_type: String,
    /// Rust fields from the success body to the customer (empty: the body is the customer).
    pub envelope: Vec<String>,
    /// Pointer to the provider's id, within the customer.
    pub id: String,
    /// The merchant's own id for the customer.
    pub merchant_reference: Text,
    /// The customer's name.
    pub name: Text,
    /// Email address.
    pub email: Text,
    /// Phone number.
    pub phone: Phone,
    /// Creation time.
    pub created_at: Time,
}

/// A text field: absent, the first non-empty of several pointers, or several joined by a space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    None,
    First(Vec<String>),
    Join(Vec<String>),
}

/// A phone number: a text rule, or `+<country code><number>` from two fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phone {
    Text(Text),
    CountryCode { code: String, number: String },
}

/// A timestamp: absent, Unix seconds, or an RFC 3339 date-time (`+0000` offsets accepted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Time {
    None,
    UnixSeconds(String),
    DateTime(String),
}

/// Reads the mapping of every operation that declares one.
pub fn read(document: &Value, problems: &mut Vec<Problem>) -> Vec<CustomerMapping> {
    let mut mappings = Vec::new();
    let Some(paths) = document.get("paths").and_then(Value::as_object) else { return mappings };
    for (path, item) in paths {
        let Some(item) = item.as_object() else { continue };
        for (method, operation) in item {
            let Some(declared) = operation.get(EXTENSION) else { continue };
            let at = Pointer::root().join("paths").join(path).join(method).join(EXTENSION);
            let mut reader = Reader { document, problems, at: &at };
            if let Some(mapping) = reader.mapping(operation, declared) {
                mappings.push(mapping);
            }
        }
    }
    mappings
}

struct Reader<'a> {
    document: &'a Value,
    problems: &'a mut Vec<Problem>,
    at: &'a Pointer,
}

impl Reader<'_> {
    fn problem(&mut self, key: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(self.at.join(key), message));
    }

    fn mapping(&mut self, operation: &Value, declared: &Value) -> Option<CustomerMapping> {
        let Some(declared) = declared.as_object() else {
            self.problem("", "`x-pspkit-customer` is a mapping of normalised fields to JSON pointers");
            return None;
        };
        for key in declared.keys() {
            if !["at", "id", "merchant_reference", "name", "email", "phone", "created_at"].contains(&key.as_str()) {
                self.problem(key, format!("unknown normalised field `{key}`"));
            }
        }
        let operation_id = operation.get("operationId").and_then(Value::as_str).unwrap_or_default().to_owned();
        let (response_type, body) = self.success_body(operation)?;
        let (customer_type, customer, envelope) = self.envelope(&response_type, body, declared.get("at"))?;
        let id = match declared.get("id") {
            Some(Value::String(pointer)) => {
                self.check_pointer("id", customer, pointer);
                pointer.clone()
            }
            _ => {
                self.problem("id", "`id` (a JSON pointer into the customer) is required");
                return None;
            }
        };
        let mapping = CustomerMapping {
            operation_id,
            response_type,
            customer_type,
            envelope,
            id,
            merchant_reference: self.text("merchant_reference", customer, declared.get("merchant_reference")),
            name: self.text("name", customer, declared.get("name")),
            email: self.text("email", customer, declared.get("email")),
            phone: self.phone(customer, declared.get("phone")),
            created_at: self.time(customer, declared.get("created_at")),
        };
        Some(mapping)
    }

    /// The Rust type and schema of the operation's (one) success body.
    fn success_body<'v>(&mut self, operation: &'v Value) -> Option<(String, &'v Value)>
    where
        Self: 'v,
    {
        let responses = operation.get("responses").and_then(Value::as_object);
        let success = responses.into_iter().flatten().find(|(status, _)| status.starts_with('2'));
        let schema = success.and_then(|(_, response)| response.pointer("/content/application~1json/schema"));
        let component = schema.and_then(|schema| schema.get("$ref")).and_then(Value::as_str);
        match (schema, component.and_then(|reference| reference.rsplit('/').next())) {
            (Some(schema), Some(name)) => Some((naming::pascal(name), schema)),
            _ => {
                self.problem("", "the operation needs a 2xx `application/json` response whose schema is a `$ref`");
                None
            }
        }
    }

    /// Follows `at` (a pointer of required, non-nullable properties) to the customer's component.
    fn envelope<'v>(
        &mut self,
        response_type: &str,
        body: &'v Value,
        at: Option<&Value>,
    ) -> Option<(String, &'v Value, Vec<String>)>
    where
        Self: 'v,
    {
        let document: &'v Value = self.document;
        let Some(at) = at else { return Some((response_type.to_owned(), resolve(document, body), Vec::new())) };
        let Some(segments) = at.as_str().and_then(|at| at.strip_prefix('/')).map(|at| at.split('/')) else {
            self.problem("at", "`at` is a JSON pointer, e.g. `/data`");
            return None;
        };
        let (mut node, mut name, mut fields) = (body, response_type.to_owned(), Vec::new());
        for segment in segments {
            let object = resolve(document, node);
            let required = object
                .get("required")
                .and_then(Value::as_array)
                .is_some_and(|required| required.iter().any(|field| field.as_str() == Some(segment)));
            let property = object.pointer(&format!("/properties/{segment}"));
            let component = property.and_then(|p| p.get("$ref")).and_then(Value::as_str);
            let nullable =
                property.map(|p| resolve(document, p)).and_then(|p| p.get("nullable")) == Some(&Value::Bool(true));
            match (property, component.and_then(|reference| reference.rsplit('/').next())) {
                (Some(property), Some(component)) if required && !nullable => {
                    node = property;
                    name = naming::pascal(component);
                    fields.push(naming::snake(segment));
                }
                _ => {
                    self.problem("at", format!("`{segment}` must be a required, non-nullable `$ref` property"));
                    return None;
                }
            }
        }
        Some((name, resolve(document, node), fields))
    }

    /// Reports a pointer that names no property of the customer schema.
    fn check_pointer(&mut self, key: &str, customer: &Value, pointer: &str) {
        let Some(path) = pointer.strip_prefix('/') else {
            self.problem(key, format!("`{pointer}` is not a JSON pointer (it starts with `/`)"));
            return;
        };
        let mut node = customer;
        for segment in path.split('/') {
            match resolve(self.document, node).pointer(&format!("/properties/{segment}")) {
                Some(property) => node = property,
                None => {
                    self.problem(key, format!("`{pointer}`: the customer schema has no property `{segment}` there"));
                    return;
                }
            }
        }
    }

    fn pointers(&mut self, key: &str, customer: &Value, value: &Value) -> Vec<String> {
        let list: Vec<String> = match value {
            Value::String(pointer) => vec![pointer.clone()],
            Value::Array(items) => items.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
            _ => Vec::new(),
        };
        if list.is_empty() {
            self.problem(key, "expected a JSON pointer or a list of them");
        }
        for pointer in &list {
            self.check_pointer(key, customer, pointer);
        }
        list
    }

    fn text(&mut self, key: &str, customer: &Value, value: Option<&Value>) -> Text {
        match value {
            None => Text::None,
            Some(Value::Object(join)) if join.len() == 1 && join.contains_key("join") => {
                Text::Join(self.pointers(key, customer, &join["join"]))
            }
            Some(value) => Text::First(self.pointers(key, customer, value)),
        }
    }

    fn phone(&mut self, customer: &Value, value: Option<&Value>) -> Phone {
        let two = value.and_then(Value::as_object).filter(|object| object.contains_key("country_code"));
        match two {
            Some(object) => {
                let mut field = |name: &str| match object.get(name) {
                    Some(Value::String(pointer)) => {
                        self.check_pointer("phone", customer, pointer);
                        pointer.clone()
                    }
                    _ => {
                        self.problem("phone", format!("`{name}` must be a JSON pointer"));
                        String::new()
                    }
                };
                Phone::CountryCode { code: field("country_code"), number: field("number") }
            }
            None => Phone::Text(self.text("phone", customer, value)),
        }
    }

    fn time(&mut self, customer: &Value, value: Option<&Value>) -> Time {
        let Some(value) = value else { return Time::None };
        let object = value.as_object().filter(|object| object.len() == 1);
        let entry = object.and_then(|object| object.iter().next());
        match entry {
            Some((kind, Value::String(pointer))) if kind == "unix_seconds" || kind == "date_time" => {
                self.check_pointer("created_at", customer, pointer);
                match kind.as_str() {
                    "unix_seconds" => Time::UnixSeconds(pointer.clone()),
                    _ => Time::DateTime(pointer.clone()),
                }
            }
            _ => {
                self.problem("created_at", "expected `{unix_seconds: <pointer>}` or `{date_time: <pointer>}`");
                Time::None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(mapping: &str) -> Value {
        let yaml = format!(
            r#"
paths:
  /customers/{{id}}:
    get:
      operationId: getCustomer
      x-pspkit-customer: {mapping}
      responses:
        '200':
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/CustomerResponse'}}
components:
  schemas:
    CustomerResponse:
      type: object
      required: [data]
      properties:
        data: {{$ref: '#/components/schemas/Customer'}}
        meta: {{$ref: '#/components/schemas/Customer'}}
    Customer:
      type: object
      properties:
        id: {{type: string}}
        first_name: {{type: string}}
        last_name: {{type: string}}
        created: {{type: integer}}
        contact:
          type: object
          properties:
            email: {{type: string}}
"#
        );
        yaml_serde::from_str(&yaml).unwrap()
    }

    fn read_one(mapping: &str) -> (Vec<CustomerMapping>, Vec<String>) {
        let mut problems = Vec::new();
        let mappings = read(&spec(mapping), &mut problems);
        (mappings, problems.iter().map(|p| format!("{}: {}", p.pointer, p.message)).collect())
    }

    #[test]
    fn reads_every_rule_and_the_envelope() {
        let (mappings, problems) = read_one(
            "{at: /data, id: /id, name: {join: [/first_name, /last_name]}, email: [/contact/email], \
             created_at: {unix_seconds: /created}}",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let mapping = &mappings[0];
        assert_eq!((mapping.response_type.as_str(), mapping.customer_type.as_str()), ("CustomerResponse", "Customer"));
        assert_eq!(mapping.envelope, ["data"]);
        assert_eq!(mapping.name, Text::Join(vec!["/first_name".into(), "/last_name".into()]));
        assert_eq!(mapping.email, Text::First(vec!["/contact/email".into()]));
        assert_eq!(mapping.phone, Phone::Text(Text::None));
        assert_eq!(mapping.created_at, Time::UnixSeconds("/created".into()));
    }

    #[test]
    fn a_pointer_to_no_property_is_a_problem_naming_it() {
        let (_, problems) = read_one("{at: /data, id: /id, email: /contact/mail}");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("x-pspkit-customer/email"), "{problems:?}");
        assert!(problems[0].contains("no property `mail`"), "{problems:?}");
    }

    #[test]
    fn an_optional_envelope_a_missing_id_and_unknown_fields_are_problems() {
        let (_, problems) = read_one("{at: /meta, id: /id}");
        assert!(problems[0].contains("`meta` must be a required"), "{problems:?}");
        let (_, problems) = read_one("{name: /id}");
        assert!(
            problems.iter().any(|p| p.contains("`id` (a JSON pointer into the customer) is required")),
            "{problems:?}"
        );
        let (_, problems) = read_one("{id: /data/id, nickname: /data/id, created_at: {epoch: /data/id}}");
        assert!(problems.iter().any(|p| p.contains("unknown normalised field `nickname`")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("expected `{unix_seconds")), "{problems:?}");
    }
}
