//! How a provider's webhook deliveries are authenticated (`x-pspkit-webhooks` at the document
//! root) and which events it sends (OpenAPI 3.1's `webhooks`, or `x-webhooks` of the same shape in
//! a 3.0 spec: each entry a path item whose `post` request body is the event's payload). Every
//! problem names its pointer; the generated crate's `webhooks` module describes the scheme with the
//! runtime's `WebhookAuth`.

use std::collections::BTreeMap;

use heck::ToPascalCase;
use serde_json::{Map, Value};

use crate::spec::diagnostics::Problem;
use crate::spec::extensions::{CUSTOMER_ID, EVENTS, WEBHOOKS};
use crate::spec::pointer::Pointer;

/// The variant of a crate's `webhooks::Event` for an event the spec does not list.
pub const UNLISTED: &str = "Unlisted";

/// A provider's webhooks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhooks {
    /// How a delivery proves it comes from the provider.
    pub auth: Auth,
    /// The payload property that names the event, e.g. `event`.
    pub event_property: String,
    /// The events the spec lists, in its order.
    pub events: Vec<Event>,
}

/// How a delivery is authenticated: the runtime's `WebhookAuth`, as the spec states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// An HMAC-SHA256 signature in a header.
    Hmac(Hmac),
    /// HTTP Basic credentials the merchant set with the provider.
    Basic,
}

/// An HMAC-SHA256 scheme (the runtime's `HmacScheme`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hmac {
    /// The headers that may carry the signature, in order of preference.
    pub signature_headers: Vec<String>,
    /// `hex` or `base64`.
    pub encoding: Encoding,
    /// What is signed: a template of `{body}` and `{timestamp}`.
    pub signed: String,
    /// Where the signed timestamp is.
    pub timestamp: Timestamp,
    /// The replay window, in seconds, either direction.
    pub tolerance_seconds: Option<u64>,
}

/// How a signature's bytes are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Hexadecimal, either case.
    Hex,
    /// Standard base64.
    Base64,
}

/// Where a scheme's signed timestamp is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Timestamp {
    /// No timestamp is signed.
    None,
    /// In a header of its own.
    Header(String),
    /// In the signature header's `key=value` list (Stripe's `t=…,v1=…`).
    Listed {
        /// The timestamp's key, e.g. `t`.
        timestamp_key: String,
        /// The signatures' key, e.g. `v1`.
        signature_key: String,
    },
}

/// One event the spec lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Its name, the `x-webhooks` key, e.g. `customer.created`.
    pub name: String,
    /// Its variant of the crate's `webhooks::Event`: the name in Pascal case, e.g. `CustomerCreated`.
    pub variant: String,
    /// The component schema of its payload.
    pub schema: String,
    /// The payload's example.
    pub example: Value,
    /// `x-pspkit-customer-id`: the pointer to the customer's id in the payload.
    pub customer_id: Option<String>,
}

/// The webhooks `document` describes, `None` when it describes none; every problem in
/// `problems`.
pub fn read(document: &Value, problems: &mut Vec<Problem>) -> Option<Webhooks> {
    let at = Pointer::root().join(WEBHOOKS);
    let Some(extension) = document.get(WEBHOOKS) else {
        if document.get(EVENTS).is_some() {
            problems.push(Problem::new(
                Pointer::root().join(EVENTS),
                format!("events need `{WEBHOOKS}` at the root: how a delivery is authenticated"),
            ));
        }
        return None;
    };
    let Some(extension) = extension.as_object() else {
        problems.push(Problem::new(at, "needs an object: `event` and one of `hmac` or `basic`"));
        return None;
    };
    let before = problems.len();
    unknown_keys(extension, &["event", "hmac", "basic"], &at, problems);
    let event_property = match extension.get("event").and_then(Value::as_str) {
        Some(property) if !property.is_empty() => property.to_owned(),
        _ => {
            problems.push(Problem::new(at.join("event"), "needs the payload property that names the event"));
            String::new()
        }
    };
    let auth = match (extension.get("hmac"), extension.get("basic")) {
        (Some(hmac), None) => read_hmac(hmac, &at.join("hmac"), problems).map(Auth::Hmac),
        (None, Some(basic)) if basic.as_object().is_some_and(Map::is_empty) => Some(Auth::Basic),
        (None, Some(_)) => {
            problems.push(Problem::new(at.join("basic"), "takes no settings: `basic: {}`"));
            None
        }
        _ => {
            problems.push(Problem::new(at, "needs exactly one of `hmac` and `basic`"));
            None
        }
    };
    let events = read_events(document, &event_property, problems);
    let auth = auth.filter(|_| problems.len() == before)?;
    Some(Webhooks { auth, event_property, events })
}

fn unknown_keys(object: &Map<String, Value>, known: &[&str], at: &Pointer, problems: &mut Vec<Problem>) {
    for key in object.keys().filter(|key| !known.contains(&key.as_str())) {
        problems.push(Problem::new(at.join(key), format!("unknown setting; known: {}", known.join(", "))));
    }
}

fn read_hmac(hmac: &Value, at: &Pointer, problems: &mut Vec<Problem>) -> Option<Hmac> {
    let Some(hmac) = hmac.as_object() else {
        problems.push(Problem::new(at.clone(), "needs an object"));
        return None;
    };
    let known =
        ["signature-headers", "encoding", "signed", "timestamp-header", "timestamp-listed", "tolerance-seconds"];
    unknown_keys(hmac, &known, at, problems);
    let signature_headers: Vec<String> = hmac
        .get("signature-headers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    let listed = hmac.get("signature-headers").and_then(Value::as_array).map_or(0, Vec::len);
    if signature_headers.is_empty() || signature_headers.len() != listed || !signature_headers.iter().all(|h| token(h))
    {
        problems.push(Problem::new(at.join("signature-headers"), "needs a list of one or more header names"));
    }
    let encoding = match hmac.get("encoding").and_then(Value::as_str) {
        Some("hex") => Encoding::Hex,
        Some("base64") => Encoding::Base64,
        _ => {
            problems.push(Problem::new(at.join("encoding"), "needs `hex` or `base64`"));
            Encoding::Hex
        }
    };
    let timestamp = read_timestamp(hmac, at, &signature_headers, problems);
    let signed = hmac.get("signed").and_then(Value::as_str).unwrap_or_default().to_owned();
    if let Err(reason) = check_template(&signed, timestamp != Timestamp::None) {
        problems.push(Problem::new(at.join("signed"), reason));
    }
    let tolerance_seconds = match hmac.get("tolerance-seconds") {
        None => None,
        Some(value) => match value.as_u64().filter(|seconds| *seconds > 0) {
            Some(seconds) if timestamp != Timestamp::None => Some(seconds),
            Some(_) => {
                problems.push(Problem::new(at.join("tolerance-seconds"), "a replay window needs a signed timestamp"));
                None
            }
            None => {
                problems.push(Problem::new(at.join("tolerance-seconds"), "needs a positive number of seconds"));
                None
            }
        },
    };
    Some(Hmac { signature_headers, encoding, signed, timestamp, tolerance_seconds })
}

fn read_timestamp(
    hmac: &Map<String, Value>,
    at: &Pointer,
    signature_headers: &[String],
    problems: &mut Vec<Problem>,
) -> Timestamp {
    match (hmac.get("timestamp-header"), hmac.get("timestamp-listed")) {
        (None, None) => Timestamp::None,
        (Some(header), None) => match header.as_str().filter(|header| token(header)) {
            Some(header) => Timestamp::Header(header.to_owned()),
            None => {
                problems.push(Problem::new(at.join("timestamp-header"), "needs a header name"));
                Timestamp::None
            }
        },
        (None, Some(listed)) => {
            let key = |name: &str| listed.get(name).and_then(Value::as_str).filter(|key| token(key)).map(str::to_owned);
            if signature_headers.len() > 1 {
                problems.push(Problem::new(
                    at.join("timestamp-listed"),
                    "a listed timestamp is read from one signature header: name one",
                ));
            }
            match (key("timestamp"), key("signature")) {
                (Some(timestamp_key), Some(signature_key)) if timestamp_key != signature_key => {
                    Timestamp::Listed { timestamp_key, signature_key }
                }
                _ => {
                    problems.push(Problem::new(
                        at.join("timestamp-listed"),
                        "needs two different keys, `timestamp` and `signature` (e.g. `t` and `v1`)",
                    ));
                    Timestamp::None
                }
            }
        }
        (Some(_), Some(_)) => {
            problems.push(Problem::new(at.clone(), "takes one of `timestamp-header` and `timestamp-listed`"));
            Timestamp::None
        }
    }
}

/// Whether `template` holds `{body}` once, `{timestamp}` once exactly when one is signed, and no
/// other placeholder.
fn check_template(template: &str, timestamped: bool) -> Result<(), String> {
    let placeholders: Vec<&str> =
        template.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    let count = |name: &str| placeholders.iter().filter(|placeholder| **placeholder == name).count();
    if let Some(other) = placeholders.iter().find(|name| !matches!(**name, "body" | "timestamp")) {
        return Err(format!("`{{{other}}}` is no placeholder: `{{body}}` and `{{timestamp}}` are"));
    }
    if count("body") != 1 {
        return Err("needs the raw body, `{body}`, once".to_owned());
    }
    match (count("timestamp"), timestamped) {
        (0, false) | (1, true) => Ok(()),
        (0, true) => Err("the scheme sends a timestamp: sign it, `{timestamp}`".to_owned()),
        _ => Err("`{timestamp}` needs one timestamp source, signed once".to_owned()),
    }
}

/// Whether `name` is an HTTP token (a header name, a list key).
fn token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}

fn read_events(document: &Value, event_property: &str, problems: &mut Vec<Problem>) -> Vec<Event> {
    let at = Pointer::root().join(EVENTS);
    let Some(entries) = document.get(EVENTS) else { return Vec::new() };
    let Some(entries) = entries.as_object() else {
        problems.push(Problem::new(at, "needs a map of event names to path items"));
        return Vec::new();
    };
    let mut events = Vec::new();
    let mut variants: BTreeMap<String, &str> = BTreeMap::new();
    for (name, item) in entries {
        let variant = name.to_pascal_case();
        let identifier = variant.starts_with(|c: char| c.is_ascii_alphabetic())
            && variant.chars().all(|c| c.is_ascii_alphanumeric())
            && variant != "Self";
        if !identifier {
            problems.push(Problem::new(
                at.join(name),
                format!(
                    "names no Rust variant of `webhooks::Event` (`{variant}`): an event name needs a letter \
                     first, then letters, digits and separators"
                ),
            ));
            continue;
        }
        if variant == UNLISTED {
            problems.push(Problem::new(
                at.join(name),
                format!(
                    "is `webhooks::Event::{UNLISTED}`, the variant of the events the spec does not list: rename it"
                ),
            ));
            continue;
        }
        if let Some(other) = variants.insert(variant.clone(), name) {
            problems.push(Problem::new(
                at.join(name),
                format!("is the variant `{variant}` of `webhooks::Event`, as `{other}` is: rename one"),
            ));
            continue;
        }
        let media = at.join(name).join("post").join("requestBody").join("content").join("application/json");
        let content = item.pointer("/post/requestBody/content/application~1json");
        let schema = content
            .and_then(|content| content.pointer("/schema/$ref"))
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix("#/components/schemas/"))
            .filter(|schema| document.pointer(&format!("/components/schemas/{schema}")).is_some());
        let Some(schema) = schema else {
            problems.push(Problem::new(media.join("schema"), "needs a `$ref` to the payload's component schema"));
            continue;
        };
        let example = content.and_then(|content| content.get("example"));
        match example.and_then(|example| example.get(event_property)).and_then(Value::as_str) {
            Some(named) if named == name => {}
            _ => {
                problems.push(Problem::new(
                    media.join("example"),
                    format!("needs an example payload whose `{event_property}` is `{name}`"),
                ));
                continue;
            }
        }
        let example = example.cloned().unwrap_or_default();
        let customer_id = item.pointer(&format!("/post/{CUSTOMER_ID}")).map(|pointer| pointer.as_str().unwrap_or("!"));
        if let Some(pointer) = customer_id
            && example.pointer(pointer).and_then(Value::as_str).is_none()
        {
            problems.push(Problem::new(
                at.join(name).join("post").join(CUSTOMER_ID),
                "needs a JSON pointer to a string of the event's example (the customer's id)",
            ));
            continue;
        }
        let customer_id = customer_id.map(str::to_owned);
        events.push(Event { name: name.clone(), variant, schema: schema.to_owned(), example, customer_id });
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_yaml(yaml: &str) -> Result<Option<Webhooks>, Vec<String>> {
        let document: Value = yaml_serde::from_str(yaml).unwrap();
        let mut problems = Vec::new();
        let webhooks = read(&document, &mut problems);
        if problems.is_empty() {
            Ok(webhooks)
        } else {
            Err(problems.iter().map(|p| format!("{}: {}", p.pointer, p.message)).collect())
        }
    }

    #[test]
    fn an_hmac_scheme_and_its_events_are_read() {
        let webhooks = read_yaml(
            "
x-pspkit-webhooks:
  event: event
  hmac: {signature-headers: [X-Acme-Signature, X-Acme-Renamed-Signature], encoding: hex, signed: '{timestamp}.{body}',
         timestamp-header: X-Acme-Timestamp, tolerance-seconds: 300}
x-webhooks:
  customer.created:
    post: {requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/CustomerEvent'},
                                                      example: {id: cus_1, event: customer.created}}}}}
components: {schemas: {CustomerEvent: {type: object}}}",
        )
        .unwrap()
        .unwrap();
        assert_eq!(webhooks.event_property, "event");
        let Auth::Hmac(hmac) = &webhooks.auth else { panic!("{webhooks:?}") };
        assert_eq!(hmac.signature_headers, ["X-Acme-Signature", "X-Acme-Renamed-Signature"]);
        assert_eq!((hmac.encoding, hmac.signed.as_str()), (Encoding::Hex, "{timestamp}.{body}"));
        assert_eq!(
            (&hmac.timestamp, hmac.tolerance_seconds),
            (&Timestamp::Header("X-Acme-Timestamp".into()), Some(300))
        );
        assert_eq!(webhooks.events.len(), 1);
        assert_eq!(
            (webhooks.events[0].name.as_str(), webhooks.events[0].schema.as_str()),
            ("customer.created", "CustomerEvent")
        );
    }

    #[test]
    fn basic_and_a_listed_timestamp_are_read() {
        let basic = read_yaml("x-pspkit-webhooks: {event: type, basic: {}}").unwrap().unwrap();
        assert_eq!(basic.auth, Auth::Basic);
        let listed = read_yaml(
            "x-pspkit-webhooks: {event: type, hmac: {signature-headers: [Stripe-Signature], encoding: hex,
              signed: '{timestamp}.{body}', timestamp-listed: {timestamp: t, signature: v1}, tolerance-seconds: 300}}",
        )
        .unwrap()
        .unwrap();
        let Auth::Hmac(hmac) = listed.auth else { panic!() };
        assert_eq!(hmac.timestamp, Timestamp::Listed { timestamp_key: "t".into(), signature_key: "v1".into() });
        assert_eq!(read_yaml("openapi: 3.0.3").unwrap(), None);
    }

    #[test]
    fn every_mistake_is_named_by_its_pointer() {
        let problems = |yaml: &str| read_yaml(yaml).unwrap_err();
        assert_eq!(
            problems(
                "x-pspkit-webhooks: {event: event, hmac: {signature-headers: [], encoding: hex32, signed: '{body}{body}', tolerance-seconds: 5}}"
            ),
            [
                "#/x-pspkit-webhooks/hmac/signature-headers: needs a list of one or more header names",
                "#/x-pspkit-webhooks/hmac/encoding: needs `hex` or `base64`",
                "#/x-pspkit-webhooks/hmac/signed: needs the raw body, `{body}`, once",
                "#/x-pspkit-webhooks/hmac/tolerance-seconds: a replay window needs a signed timestamp",
            ]
        );
        assert_eq!(
            problems(
                "x-pspkit-webhooks: {event: event, hmac: {signature-headers: [A], encoding: hex, signed: '{body}', timestamp-header: T}}"
            ),
            ["#/x-pspkit-webhooks/hmac/signed: the scheme sends a timestamp: sign it, `{timestamp}`"]
        );
        assert_eq!(
            problems("x-pspkit-webhooks: {event: event, basic: {}, hmac: {}}"),
            ["#/x-pspkit-webhooks: needs exactly one of `hmac` and `basic`"]
        );
        assert_eq!(
            problems("x-pspkit-webhooks: {basic: {user: x}, secret: y}"),
            [
                "#/x-pspkit-webhooks/secret: unknown setting; known: event, hmac, basic",
                "#/x-pspkit-webhooks/event: needs the payload property that names the event",
                "#/x-pspkit-webhooks/basic: takes no settings: `basic: {}`",
            ]
        );
        assert_eq!(
            problems("x-webhooks: {}"),
            ["#/x-webhooks: events need `x-pspkit-webhooks` at the root: how a delivery is authenticated"]
        );
        assert_eq!(
            problems(
                "
x-pspkit-webhooks: {event: event, basic: {}}
x-webhooks:
  customer.created: {post: {requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Gone'}}}}}}
  customer.updated:
    post: {requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/E'}, example: {event: customer.created}}}}}
components: {schemas: {E: {type: object}}}"
            ),
            [
                "#/x-webhooks/customer.created/post/requestBody/content/application~1json/schema: needs a `$ref` to the payload's component schema",
                "#/x-webhooks/customer.updated/post/requestBody/content/application~1json/example: needs an example payload whose `event` is `customer.updated`",
            ]
        );
        assert_eq!(
            problems(
                "
x-pspkit-webhooks: {event: event, basic: {}}
x-webhooks:
  customer.created:
    post:
      x-pspkit-customer-id: /customer
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/E'}, example: {event: customer.created, id: c_1}}}}
components: {schemas: {E: {type: object}}}"
            ),
            [
                "#/x-webhooks/customer.created/post/x-pspkit-customer-id: needs a JSON pointer to a string of the event's example (the customer's id)"
            ]
        );
    }

    #[test]
    fn an_event_name_must_make_a_variant_of_its_own() {
        let event = |name: &str| {
            format!(
                "  {name}: {{post: {{requestBody: {{content: {{application/json: {{schema: {{$ref: '#/components/schemas/E'}}, example: {{event: {name}}}}}}}}}}}}}\n"
            )
        };
        let spec = |names: &[&str]| {
            let events: String = names.iter().map(|name| event(name)).collect();
            format!(
                "x-pspkit-webhooks: {{event: event, basic: {{}}}}\nx-webhooks:\n{events}components: {{schemas: {{E: {{type: object}}}}}}"
            )
        };
        let read = read_yaml(&spec(&["customer.created", "ORDER_SUCCEEDED"])).unwrap().unwrap();
        let variants: Vec<&str> = read.events.iter().map(|event| event.variant.as_str()).collect();
        assert_eq!(variants, ["CustomerCreated", "OrderSucceeded"]);
        assert_eq!(
            read_yaml(&spec(&["customer.created", "customer_created", "unlisted", "3ds.done"])).unwrap_err(),
            [
                "#/x-webhooks/customer_created: is the variant `CustomerCreated` of `webhooks::Event`, as `customer.created` is: rename one",
                "#/x-webhooks/unlisted: is `webhooks::Event::Unlisted`, the variant of the events the spec does not list: rename it",
                "#/x-webhooks/3ds.done: names no Rust variant of `webhooks::Event` (`3dsDone`): an event name needs a letter first, then letters, digits and separators",
            ]
        );
    }
}
