//! A generated operation's request, built in place: the methods of reqwest's `RequestBuilder` a
//! generated `request()` calls (`header`, `headers`, `query`, `json`, `form`, `build`), with the
//! same effect on the request, but writing straight into one `reqwest::Request`.
//!
//! reqwest's builder holds a copy of the client (an `Arc` counted up and down on every call) and a
//! `Result<Request>` moved through every chained method; this one holds the request alone.

use std::fmt::Display;

use reqwest::header::{CONTENT_TYPE, Entry, HeaderMap, HeaderName, HeaderValue, OccupiedEntry};
use reqwest::{Method, Url};
use serde::Serialize;

use crate::form::{self, FormError};

/// Builds a `reqwest::Request` as reqwest's `RequestBuilder` would from the same calls. The first
/// invalid part (a header name or value, a query or body that cannot be encoded) is kept, and
/// [`build`](Self::build) returns it as [`crate::Error::InvalidInput`]; nothing is sent. The
/// messages never quote a value (a body is personal data).
#[derive(Debug)]
pub struct RequestBuilder {
    request: reqwest::Request,
    invalid: Option<String>,
}

impl RequestBuilder {
    /// Starts a request with `method` to `url` (see [`crate::Context::endpoint`]).
    pub fn new(method: Method, url: Url) -> Self {
        Self { request: reqwest::Request::new(method, url), invalid: None }
    }

    /// Appends a header, as `reqwest::RequestBuilder::header` does.
    pub fn header<K, V>(mut self, name: K, value: V) -> Self
    where
        K: TryInto<HeaderName>,
        K::Error: Display,
        V: TryInto<HeaderValue>,
        V::Error: Display,
    {
        match (name.try_into(), value.try_into()) {
            (Ok(name), Ok(value)) => {
                self.request.headers_mut().append(name, value);
            }
            (Err(error), _) => self.fail(format!("an invalid header name: {error}")),
            (_, Err(error)) => self.fail(format!("an invalid header value: {error}")),
        }
        self
    }

    /// Sets every header of `headers`, replacing any value already set under the same name, as
    /// `reqwest::RequestBuilder::headers` does.
    pub fn headers(mut self, headers: HeaderMap) -> Self {
        let target = self.request.headers_mut();
        // `HeaderMap::into_iter` names a header once, then yields its further values unnamed.
        let mut current: Option<OccupiedEntry<'_, HeaderValue>> = None;
        for (name, value) in headers {
            match (name, current.as_mut()) {
                (Some(name), _) => {
                    current = Some(match target.entry(name) {
                        Entry::Occupied(mut entry) => {
                            entry.insert(value);
                            entry
                        }
                        Entry::Vacant(entry) => entry.insert_entry(value),
                    });
                }
                (None, Some(entry)) => entry.append(value),
                (None, None) => {}
            }
        }
        self
    }

    /// Appends `query` to the URL's query, form-encoded, as `reqwest::RequestBuilder::query` does
    /// (an empty query leaves no `?`).
    pub fn query<T: Serialize + ?Sized>(mut self, query: &T) -> Self {
        let url = self.request.url_mut();
        let failed = {
            let mut pairs = url.query_pairs_mut();
            query.serialize(serde_urlencoded::Serializer::new(&mut pairs)).err()
        };
        if url.query() == Some("") {
            url.set_query(None);
        }
        if let Some(error) = failed {
            self.fail(format!("a query that cannot be encoded: {error}"));
        }
        self
    }

    /// Sets `body` as the request's JSON body, with `Content-Type: application/json`, as
    /// `reqwest::RequestBuilder::json` does.
    pub fn json<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body(bytes, "application/json"),
            Err(_) => self.fail("a body that cannot be encoded as JSON".to_owned()),
        }
        self
    }

    /// Sets `body` as the request's form-encoded body, with
    /// `Content-Type: application/x-www-form-urlencoded`, as OpenAPI 3.0 encodes one: each property
    /// a `name=value` pair (a list, one pair per item), those `deep_object` names in brackets
    /// (`address[city]=Pune`). An object anywhere else cannot be form-encoded: an invalid part
    /// naming the property.
    pub fn form<T: Serialize + ?Sized>(mut self, body: &T, deep_object: &[&str]) -> Self {
        let encoded = serde_json::to_value(body)
            .map_err(|_| FormError::NotAnObject)
            .and_then(|body| form::encode(&body, deep_object));
        match encoded {
            Ok(text) => self.body(text.into_bytes(), "application/x-www-form-urlencoded"),
            Err(FormError::NotAnObject) => self.fail("a form body that is not an object of properties".to_owned()),
            Err(FormError::Nested(name)) => self.fail(format!(
                "form body property `{name}` holds an object, which only a `deepObject` encoding can send"
            )),
            Err(FormError::ForgedNesting(name)) => self.fail(format!(
                "form body property `{name}` holds a key that is empty or contains `[` or `]`, which the \
                 provider would read as other nesting"
            )),
        }
        self
    }

    /// The request, or [`crate::Error::InvalidInput`] naming the first invalid part.
    #[allow(clippy::result_large_err, reason = "the error type of the generated `request` it returns into")]
    pub fn build<E>(self) -> Result<reqwest::Request, crate::Error<E>> {
        match self.invalid {
            None => Ok(self.request),
            Some(message) => Err(crate::Error::invalid_input(message)),
        }
    }

    fn body(&mut self, bytes: Vec<u8>, content_type: &'static str) {
        self.request.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        *self.request.body_mut() = Some(bytes.into());
    }

    fn fail(&mut self, message: String) {
        self.invalid.get_or_insert(message);
    }
}

#[cfg(test)]
mod tests {
    use reqwest::header::ACCEPT;

    use super::*;

    /// Both builders given the same calls: `both!(url, |builder| builder.header(..)..)`.
    macro_rules! both {
        ($url:expr, |$builder:ident| $chain:expr) => {
            build_both($url, |$builder| $chain, |$builder| $chain)
        };
    }

    /// Builds a request to `url` with `chain` on this builder and `reference` on reqwest's.
    fn build_both(
        url: &str,
        chain: impl Fn(RequestBuilder) -> RequestBuilder,
        reference: impl Fn(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> (Result<reqwest::Request, String>, Result<reqwest::Request, String>) {
        let url = Url::parse(url).unwrap();
        let ours =
            chain(RequestBuilder::new(Method::GET, url.clone())).build::<()>().map_err(|error| error.to_string());
        let theirs = reference(reqwest::Client::new().get(url)).build().map_err(|error| error.to_string());
        (ours, theirs)
    }

    fn same(ours: &reqwest::Request, theirs: &reqwest::Request) {
        assert_eq!(ours.method(), theirs.method());
        assert_eq!(ours.url(), theirs.url());
        assert_eq!(ours.headers(), theirs.headers());
        assert_eq!(ours.version(), theirs.version());
        assert_eq!(ours.timeout(), theirs.timeout());
        assert!(ours.body().is_none() && theirs.body().is_none());
    }

    #[derive(Serialize)]
    struct Query<'a> {
        customer_id: &'a str,
        partner: Option<&'a str>,
        page: Option<u32>,
    }

    #[test]
    fn builds_what_reqwest_builds_from_the_same_calls() {
        let mut headers = HeaderMap::new();
        headers.append("x-routing-id", HeaderValue::from_static("r1"));
        headers.append("accept", HeaderValue::from_static("text/plain"));
        headers.append("x-many", HeaderValue::from_static("1"));
        headers.append("x-many", HeaderValue::from_static("2"));
        let queries = [
            Query { customer_id: "cus_1", partner: None, page: None },
            Query { customer_id: "a b&c=d/é?#", partner: Some("p+1"), page: Some(2) },
            Query { customer_id: "", partner: Some(""), page: None },
        ];
        for url in
            ["https://api.example.com/v1/things", "https://api.example.com/v1/things?fixed=1", "http://[::1]:8080/x"]
        {
            for query in &queries {
                let (ours, theirs) = both!(url, |builder| builder
                    .header(ACCEPT, HeaderValue::from_static("application/json"))
                    .query(query)
                    .query(&[("second", "2")])
                    .headers(headers.clone()));
                same(&ours.unwrap(), &theirs.unwrap());
            }
        }
        let empty: [(&str, &str); 0] = [];
        let (ours, theirs) = both!("https://api.example.com/x", |builder| builder.query(&empty));
        let (ours, theirs) = (ours.unwrap(), theirs.unwrap());
        same(&ours, &theirs);
        assert_eq!(ours.url().as_str(), "https://api.example.com/x", "an empty query leaves no `?`");
    }

    #[test]
    fn an_invalid_part_is_an_invalid_request_where_reqwest_fails_to_build() {
        let url = "https://api.example.com/x";
        let built = [
            ("header name", both!(url, |builder| builder.header("bad name", "v"))),
            ("header value", both!(url, |builder| builder.header("x-ok", "line\nbreak"))),
            ("query", both!(url, |builder| builder.query(&5))),
        ];
        for (part, (ours, theirs)) in built {
            assert!(theirs.is_err(), "reqwest refuses {part}");
            let message = ours.expect_err(part);
            assert!(message.contains(part), "{message}");
        }
    }

    #[derive(Serialize)]
    struct Create<'a> {
        name: &'a str,
        email: Option<&'a str>,
        tags: Vec<&'a str>,
    }

    #[derive(Serialize)]
    struct Flat<'a> {
        name: &'a str,
        email: Option<&'a str>,
        count: u32,
    }

    /// A JSON body is the bytes and content type reqwest's `json` gives.
    #[test]
    fn a_json_body_is_what_reqwest_sends() {
        let body = Create { name: "Jane Ü", email: None, tags: vec!["a", "b"] };
        let (ours, theirs) = both!("https://api.example.com/x", |builder| builder.json(&body));
        let (ours, theirs) = (ours.unwrap(), theirs.unwrap());
        assert_eq!(ours.headers(), theirs.headers());
        let bytes = |request: &reqwest::Request| request.body().and_then(|body| body.as_bytes()).unwrap().to_vec();
        assert_eq!(bytes(&ours), bytes(&theirs));
        assert_eq!(bytes(&ours), r#"{"name":"Jane Ü","email":null,"tags":["a","b"]}"#.as_bytes());
    }

    /// A form body is form-encoded with its content type; an object outside a `deepObject`
    /// property cannot be, and is an invalid part that names the property, not its value.
    #[test]
    fn a_form_body_is_form_encoded_and_a_nested_one_is_invalid() {
        let url = Url::parse("https://api.example.com/x").unwrap();
        let request = RequestBuilder::new(Method::POST, url.clone())
            .form(&Flat { name: "Jane Doe&co", email: None, count: 2 }, &[])
            .build::<()>()
            .unwrap();
        assert_eq!(request.headers()[CONTENT_TYPE], "application/x-www-form-urlencoded");
        assert_eq!(request.body().and_then(|body| body.as_bytes()), Some(&b"count=2&name=Jane+Doe%26co"[..]));
        let nested = serde_json::json!({"name": "Jane Secret", "address": {"city": "Pune"}});
        let refused = RequestBuilder::new(Method::POST, url).form(&nested, &[]).build::<()>().unwrap_err().to_string();
        assert!(refused.contains("property `address`") && !refused.contains("Jane"), "{refused}");
    }

    #[test]
    fn the_first_invalid_part_is_the_one_reported() {
        let error = RequestBuilder::new(Method::GET, Url::parse("https://api.example.com/").unwrap())
            .header("x-ok", "fine")
            .header("bad name", "v")
            .query(&5)
            .build::<()>()
            .unwrap_err();
        assert!(error.to_string().contains("an invalid header name"), "{error}");
    }
}
