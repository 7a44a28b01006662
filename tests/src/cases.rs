//! The calls the spec-driven tests make: one per operation of every spec that documents a success
//! example, with the arguments its parameters' examples give, through [`pspkit::AnyClient`]. No
//! provider is named: a new spec is covered once it is generated.

use pspkit::{AnyClient, CallError, Operation, Provider, Target};
use pspkit_runtime::lenient::ResponseDecoder;
use pspkit_runtime::{Config, Deviation, Example, Response, RetryPolicy};

use crate::server::{Reply, TestServer};
use serde_json::Value;

/// One operation of one spec, ready to call.
#[derive(Clone, Copy, Debug)]
pub struct Case {
    /// The provider.
    pub provider: Provider,
    /// The operation, with its example arguments.
    pub operation: &'static Operation,
    /// The operation's first success example.
    pub success: &'static Example,
}

/// The variable that narrows the cases to some providers, by name, comma-separated. The
/// end-to-end test sets it to the providers its specs add: the test stage has already run these
/// suites for the committed ones. Unset, every provider.
pub const ONLY_PROVIDERS: &str = "PSPKIT_TEST_PROVIDERS";

/// The providers [`ONLY_PROVIDERS`] names, or `None` when it is unset.
fn only_providers() -> Option<Vec<String>> {
    named_by(ONLY_PROVIDERS)
}

/// The providers the environment variable `variable` names, comma-separated, or `None` when it
/// is unset. Panics when it names no provider or one no spec generated: a typo must not leave a
/// suite checking nothing.
pub fn named_by(variable: &str) -> Option<Vec<String>> {
    Some(providers_named(std::env::var(variable).ok()?.as_str()))
}

/// The providers the variable's value `names` lists (see [`only_providers`]).
fn providers_named(names: &str) -> Vec<String> {
    let names: Vec<String> =
        names.split(',').map(str::trim).filter(|name| !name.is_empty()).map(str::to_owned).collect();
    assert!(!names.is_empty(), "a provider list is set but names no provider");
    for name in &names {
        assert!(Provider::ALL.iter().any(|provider| provider.name() == name), "no provider {name}");
    }
    names
}

/// The providers whose specs a suite checks: those [`ONLY_PROVIDERS`] names, else every one.
pub fn providers() -> Vec<Provider> {
    let only = only_providers();
    Provider::ALL
        .into_iter()
        .filter(|provider| only.as_ref().is_none_or(|names| names.iter().any(|name| name == provider.name())))
        .collect()
}

/// Every operation of every spec that has a success example (of the providers [`ONLY_PROVIDERS`]
/// names, when set). Panics when a provider has no example at all (its feature is off in this
/// build): a suite must not pass by skipping it.
pub fn all() -> Vec<Case> {
    providers()
        .into_iter()
        .inspect(|provider| assert!(!provider.examples().is_empty(), "{provider}: no examples (is its feature on?)"))
        .flat_map(|provider| provider.operations().iter().map(move |operation| (provider, operation)))
        .filter_map(|(provider, operation)| {
            let success = provider.examples().iter().find(|example| {
                example.operation_id == operation.operation_id && (200..300).contains(&example.status)
            })?;
            Some(Case { provider, operation, success })
        })
        .collect()
}

/// One case per provider and call shape ([`Case::call_shape`]), the first in spec order. The
/// suites whose every case costs time the runtime waits out (an attempt timeout, a rate-limit
/// slot, a retry delay, a connect timeout) or repeats a call a thousand times (load) run these:
/// what they check is how the runtime handles a call, which depends on the operation only through
/// its shape, never on its types. A published
/// API of a hundred operations has a handful of shapes: the waits grow with the shapes a spec
/// has, not with its operations. The per-operation suites (decoding, the wire, Prism) run
/// [`all`].
pub fn per_call_shape() -> Vec<Case> {
    let mut seen = std::collections::BTreeSet::new();
    all().into_iter().filter(|case| seen.insert(case.call_shape())).collect()
}

/// The cases whose success answer has a body: what the faults that break a body need.
pub fn with_body() -> Vec<Case> {
    all().into_iter().filter(Case::has_body).collect()
}

impl Case {
    /// Whether the success example has a body (a `204` has none).
    pub fn has_body(&self) -> bool {
        !self.success.body.is_empty()
    }

    /// The success example as the server answers it: its own status, body and media type.
    pub fn success_reply(&self) -> Reply {
        Reply::example(self.success)
    }

    /// Whether the runtime retries this call after a failed attempt: a method HTTP defines as
    /// idempotent, or a write the spec makes safe with `x-pspkit-idempotency-key`.
    pub fn retried(&self) -> bool {
        matches!(self.success.method, "GET" | "HEAD" | "OPTIONS" | "PUT" | "DELETE")
            || crate::specs::document(self.provider.name()).get("x-pspkit-idempotency-key").is_some()
    }

    /// What the runtime's handling of the call depends on: the provider (its client's
    /// credentials, rate limit and idempotency key), the HTTP method (whether a failed attempt is
    /// retried), the media type of the body it sends, if any, and the success answer's status and
    /// media type.
    pub fn call_shape(&self) -> (&'static str, &'static str, Option<&'static str>, u16, &'static str) {
        (
            self.provider.name(),
            self.success.method,
            self.request_media(),
            self.success.status,
            self.success.content_type,
        )
    }

    /// The operation's examples (success and error).
    pub fn examples(&self) -> impl Iterator<Item = &'static Example> + use<> {
        let operation_id = self.operation.operation_id;
        self.provider.examples().iter().filter(move |example| example.operation_id == operation_id)
    }

    /// `credential(field name)` as every credential's value, in the provider's order.
    pub fn credentials(&self, credential: impl Fn(&str) -> String) -> Vec<String> {
        self.provider.credential_fields().iter().map(|field| credential(field.name)).collect()
    }

    /// A client for `base_url` with placeholder credentials and `config`.
    pub fn client(&self, base_url: &str, config: Config) -> AnyClient {
        let target = Target::new()
            .base_url(base_url)
            .credentials(self.credentials(|field| format!("test-{field}")))
            .config(config);
        self.provider.client(&target).unwrap_or_else(|e| panic!("{}: {e}", self.provider))
    }

    /// Whether the operation has an argument it cannot be called without: a path parameter, a
    /// required query or header parameter (its own or its path's), or a required body with a
    /// required property. (A body whose properties are all optional may be sent empty.)
    pub fn requires_arguments(&self) -> bool {
        let (item, operation) = self.in_spec();
        let resolve = |value: &'static Value| resolve(self.provider, value);
        let required_parameter = [item, operation]
            .into_iter()
            .filter_map(|holder| holder.get("parameters").and_then(Value::as_array))
            .flatten()
            .map(resolve)
            .any(|parameter| parameter.get("required").and_then(Value::as_bool) == Some(true));
        let required_body = operation.get("requestBody").map(resolve).is_some_and(|body| {
            body.get("required").and_then(Value::as_bool) == Some(true)
                && body.get("content").and_then(Value::as_object).into_iter().flat_map(|c| c.values()).any(|media| {
                    let schema = resolve(media.get("schema").unwrap_or(&Value::Null));
                    schema.get("required").and_then(Value::as_array).is_some_and(|names| !names.is_empty())
                })
        });
        required_parameter || required_body
    }

    /// The operation's path item and operation object in the document its crate was generated
    /// from; panics when the spec has no operation of its `operationId`.
    fn in_spec(&self) -> (&'static Value, &'static Value) {
        let document = crate::specs::document(self.provider.name());
        let paths = document.get("paths").and_then(Value::as_object).into_iter().flat_map(|paths| paths.values());
        paths
            .filter_map(|item| {
                let operation = item.as_object()?.values().find(|operation| {
                    operation.get("operationId").and_then(Value::as_str) == Some(self.operation.operation_id)
                })?;
                Some((item, operation))
            })
            .next()
            .unwrap_or_else(|| panic!("{}: {} is not in its spec", self.provider, self.operation.operation_id))
    }

    /// The media type of the request body the call sends (its example's), `None` when it sends
    /// none.
    pub fn request_media(&self) -> Option<&'static str> {
        self.operation.example_arguments.iter().any(|(name, _)| *name == "body").then_some(())?;
        let (_, operation) = self.in_spec();
        let body = resolve(self.provider, operation.get("requestBody")?);
        body.get("content")?.as_object()?.keys().next().map(String::as_str)
    }

    /// Calls the operation with its example arguments.
    pub async fn call(&self, client: &AnyClient) -> Result<Response<Value>, CallError> {
        client.call(self.operation.operation_id, self.operation.example_arguments).await
    }

    /// The success example as the generated client decodes it (and the CLI prints it), served by
    /// a loopback server.
    pub async fn decoded_success(&self) -> Value {
        let server = TestServer::always(self.success_reply()).await;
        let client = self.client(server.base_url(), Config::default().with_retry(RetryPolicy::disabled()));
        self.call(&client).await.expect("the spec's example decodes").into_inner()
    }

    /// The operation with its example arguments, but `value` for the first (the identifying one).
    pub async fn call_with_first(&self, client: &AnyClient, value: &str) -> Result<Response<Value>, CallError> {
        let mut arguments = self.operation.example_arguments.to_vec();
        if let Some(first) = arguments.first_mut() {
            first.1 = value;
        }
        client.call(self.operation.operation_id, &arguments).await
    }

    /// The success example's body with an extra top-level property `name` of `value`.
    pub fn success_with(&self, name: &str, value: Value) -> String {
        let mut body: Value = serde_json::from_str(self.success.body).expect("examples are JSON");
        if let Some(object) = body.as_object_mut() {
            object.insert(name.to_owned(), value);
        }
        body.to_string()
    }

    /// An error status the operation's spec does not document (418, else 599), to drive the
    /// undocumented-status path; `None` when a `default` response documents every status.
    pub fn undocumented_status(&self) -> Option<u16> {
        let document = crate::specs::document(self.provider.name());
        let operation = document
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|paths| paths.values())
            .filter_map(Value::as_object)
            .flat_map(|item| item.values())
            .find(|operation| operation.get("operationId").and_then(Value::as_str) == Some(self.operation.operation_id))
            .expect("the operation is in its spec");
        let documented: Vec<&String> = operation.get("responses").and_then(Value::as_object)?.keys().collect();
        let covers = |key: &str, status: u16| {
            let status = status.to_string();
            key == status || (key.len() == 3 && key.ends_with("XX") && status.starts_with(&key[..1]))
        };
        if documented.iter().any(|key| key.as_str() == "default") {
            return None;
        }
        [418, 599].into_iter().find(|status| !documented.iter().any(|key| covers(key, *status)))
    }

    /// Decodes `body` as the client decodes this operation's success body: what it tolerated, or
    /// why it could not.
    pub fn decode_success(&self, body: &Value) -> Result<Vec<Deviation>, pspkit_runtime::DecodeError> {
        let decoder = ResponseDecoder::find(self.provider.response_decoders(), self.operation.operation_id, 200)
            .unwrap_or_else(|| panic!("{}: no decoder for the success body", self.provider));
        (decoder.decode)(body.to_string().as_bytes())
    }

    /// The success example with `value(n)` in its n-th string wherever the decoder still accepts
    /// it without tolerating anything (found with the generated decoder: no field is named).
    pub fn success_where(&self, value: impl Fn(usize) -> Value) -> Value {
        let mut body: Value = serde_json::from_str(self.success.body).expect("examples are JSON");
        for (index, pointer) in strings(&body).iter().enumerate() {
            let before = body.pointer(pointer).cloned().expect("collected");
            *body.pointer_mut(pointer).expect("collected") = value(index);
            if !self.decode_success(&body).is_ok_and(|deviations| deviations.is_empty()) {
                *body.pointer_mut(pointer).expect("collected") = before;
            }
        }
        body
    }

    /// `body` with `value` in its first string where the decoder tolerates it (else, for a body
    /// without such a string, `value` as text in its first number or boolean), and what it
    /// tolerated; `None` when no leaf does (a body that is a `oneOf` of objects: a departure in
    /// one alternative makes another fit, or none).
    pub fn tolerated(&self, body: &Value, value: Value) -> Option<(Value, Vec<Deviation>)> {
        let plant = |pointers: Vec<String>, planted: Value| {
            pointers.into_iter().find_map(|pointer| {
                let mut candidate = body.clone();
                *candidate.pointer_mut(&pointer)? = planted.clone();
                let deviations = self.decode_success(&candidate).ok().filter(|deviations| !deviations.is_empty())?;
                Some((candidate, deviations))
            })
        };
        plant(strings(body), value.clone()).or_else(|| plant(other_scalars(body), Value::String(value.to_string())))
    }
}

/// The JSON pointer of every number and boolean in `value`, in document order.
fn other_scalars(value: &Value) -> Vec<String> {
    leaves(value, |leaf| leaf.is_number() || leaf.is_boolean())
}

/// The JSON pointer of every string in `value`, in document order.
fn strings(value: &Value) -> Vec<String> {
    leaves(value, Value::is_string)
}

/// The JSON pointer of every leaf of `value` that `wanted` picks, in document order.
fn leaves(value: &Value, wanted: fn(&Value) -> bool) -> Vec<String> {
    fn walk(value: &Value, at: String, wanted: fn(&Value) -> bool, into: &mut Vec<String>) {
        match value {
            Value::Array(items) => {
                items.iter().enumerate().for_each(|(i, item)| walk(item, format!("{at}/{i}"), wanted, into))
            }
            Value::Object(fields) => fields.iter().for_each(|(key, field)| {
                walk(field, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), wanted, into)
            }),
            leaf if wanted(leaf) => into.push(at),
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(value, String::new(), wanted, &mut found);
    found
}

/// `value`, or the component its `$ref` points to in `provider`'s document (`null` for a dangling
/// one).
fn resolve(provider: Provider, value: &Value) -> &Value {
    static NULL: Value = Value::Null;
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            crate::specs::document(provider.name()).pointer(reference.trim_start_matches('#')).unwrap_or(&NULL)
        }
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_providers_names_generated_providers() {
        let names: Vec<&str> = Provider::ALL.iter().map(|provider| provider.name()).collect();
        assert_eq!(providers_named(&format!(" {} ,", names.join(" , "))), names);
    }

    #[test]
    #[should_panic(expected = "no provider nosuchpsp")]
    fn only_providers_refuses_a_name_no_spec_has() {
        providers_named("nosuchpsp");
    }

    #[test]
    #[should_panic(expected = "names no provider")]
    fn only_providers_refuses_an_empty_list() {
        providers_named(" , ");
    }
}
