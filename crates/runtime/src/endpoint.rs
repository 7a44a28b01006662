//! Request URLs built from the client's base URL parsed once, instead of parsing every request's
//! full URL (and path parameters percent-encoded as the path is formatted): parsing a URL's host
//! (scheme rules, IDNA mapping, IP address forms) is most of what parsing the URL costs, and it is
//! the same host on every call. Every URL is checked structurally before it is used: the
//! operation's path segments under the base URL's path, one segment per path parameter
//! ([`crate::segment::check`]), and nothing URL parsing reinterpreted.

use std::borrow::Cow;
use std::fmt;

use percent_encoding::utf8_percent_encode;
use reqwest::Url;

use crate::BaseUrl;
use crate::segment::{self, PATH_SEGMENT};

/// A client's base URL, parsed once.
#[derive(Clone, Debug)]
pub(crate) struct Endpoint {
    /// The base URL as the generated client holds it.
    text: String,
    /// The base URL's own path, without a trailing slash (empty for none), which every
    /// operation's path is appended to.
    base_path: String,
    /// The base URL parsed with a placeholder path [`PATH_ROOM`] bytes long: a copy has room for
    /// an operation's path, so setting it does not reallocate.
    template: Url,
}

/// The length of an operation's path a request URL is built for without reallocating (a longer
/// path only costs a reallocation).
const PATH_ROOM: usize = 192;

impl Endpoint {
    /// The parsed form of a validated base URL.
    pub(crate) fn new(base: &BaseUrl) -> Self {
        let base_path = base.parsed().path().trim_end_matches('/').to_owned();
        let mut template = base.parsed().clone();
        template.set_path(&"/".repeat(PATH_ROOM));
        Self { text: base.as_str().to_owned(), base_path, template }
    }

    /// The URL of `path` (an operation's path, parameters already percent-encoded) under `base`,
    /// checked against the operation's path `template` (`/v1/customers/{id}`).
    ///
    /// When `base` is this client's base URL, the URL is the parsed base URL with the path set,
    /// without parsing the host again; another base URL (a client's `baseurl` that is not its
    /// context's) is parsed first. Either way the path must follow the template segment by
    /// segment ([`segment::check`]) and come out of URL parsing exactly as it went in (no `\`
    /// read as `/`, no dot segment removed): anything else is an error, and nothing is sent.
    pub(crate) fn url(&self, base: &str, template: &str, path: &str) -> Result<Url, String> {
        segment::check(template, path)?;
        let (mut url, full) = if base == self.text {
            let full = if self.base_path.is_empty() {
                Cow::Borrowed(path)
            } else {
                Cow::Owned(format!("{}{path}", self.base_path))
            };
            (self.template.clone(), full)
        } else {
            let parsed = Url::parse(base).map_err(|error| format!("the request URL is not valid: {error}"))?;
            let full = Cow::Owned(format!("{}{path}", parsed.path().trim_end_matches('/')));
            (parsed, full)
        };
        url.set_path(&full);
        if url.path() != full {
            return Err(reinterpreted(template));
        }
        Ok(url)
    }
}

/// The error for a path that URL parsing would not keep as it is.
fn reinterpreted(template: &str) -> String {
    format!("the request path would not stay the operation's `{template}` once parsed as a URL")
}

/// A path parameter's value, percent-encoded as it is formatted (`PATH_SEGMENT`: progenitor's
/// `encode_path` set, plus `\`), written straight into the URL being formatted instead of through
/// two intermediate strings. Generated operations format their paths with it
/// ([`ToPathSegment::path_segment`]).
pub struct PathSegment<'a, T: ?Sized>(pub &'a T);

/// `value.path_segment()`: a [`PathSegment`] of any value that can be displayed. A method, so
/// that it finds the same `Display` as `value.to_string()` does (a newtype over `String` is
/// displayed through `Deref`, as `to_string` does).
pub trait ToPathSegment: fmt::Display {
    /// This value as a percent-encoded path segment.
    fn path_segment(&self) -> PathSegment<'_, Self> {
        PathSegment(self)
    }
}

impl<T: fmt::Display + ?Sized> ToPathSegment for T {}

impl<T: fmt::Display + ?Sized> fmt::Display for PathSegment<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// Percent-encodes what is written through it.
        struct Encoding<'a, 'b>(&'a mut fmt::Formatter<'b>);
        impl fmt::Write for Encoding<'_, '_> {
            fn write_str(&mut self, text: &str) -> fmt::Result {
                utf8_percent_encode(text, PATH_SEGMENT).try_for_each(|piece| self.0.write_str(piece))
            }
        }
        fmt::write(&mut Encoding(f), format_args!("{}", self.0))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const BASES: [&str; 8] = [
        "https://api.example.com",
        "https://API.Example.com/",
        "https://api.example.com/v2",
        "https://api.example.com:8443/v2/",
        "http://127.0.0.1:8080",
        "http://[::1]:9/base/path",
        "https://xn--bcher-kva.example",
        "https://bücher.example/v1",
    ];

    const TEMPLATE: &str = "/v1/customers/{id}";

    /// The URL of `/v1/customers/<value>`, the value encoded as generated operations encode it.
    fn customer_url(endpoint: &Endpoint, base: &BaseUrl, value: &str) -> Result<Url, String> {
        endpoint.url(base.as_str(), TEMPLATE, &format!("/v1/customers/{}", value.path_segment()))
    }

    /// A plain path gives the URL parsing the whole string gives, under every base URL.
    #[test]
    fn plain_paths_give_the_url_parsing_the_whole_string_gives() {
        let paths = [
            ("/v1/customers/cust_1Aa00000000001", TEMPLATE),
            ("/v1/customers/user@example.com", TEMPLATE),
            ("/v1/customers/a%2Fb%5Cc", TEMPLATE),
            ("/v1/customers/%C3%BC%E2%82%AC", TEMPLATE),
            ("/v1/customers", "/v1/customers"),
            ("/v1/files/f1.json", "/v1/files/{name}.json"),
        ];
        for base in BASES {
            let base = BaseUrl::parse(base).unwrap();
            let endpoint = Endpoint::new(&base);
            for (path, template) in paths {
                let built = endpoint.url(base.as_str(), template, path).map(|url| url.to_string());
                assert_eq!(built, Ok(Url::parse(&format!("{base}{path}")).unwrap().to_string()), "{base}{path}");
            }
            let long = format!("/v1/customers/{}", "a".repeat(3 * PATH_ROOM));
            let built = endpoint.url(base.as_str(), TEMPLATE, &long).unwrap();
            assert_eq!(built, Url::parse(&format!("{base}{long}")).unwrap());
        }
    }

    /// A path that is not the template's, or that URL parsing would change (a segment it reads as
    /// `/`, a dot segment it resolves, a character that ends the path), is refused: the structural
    /// check does not rely on the values having been encoded.
    #[test]
    fn paths_that_leave_the_template_are_refused() {
        let hostile = [
            "",
            ".",
            "..",
            "%2e",
            "%2E%2e",
            ".%2E",
            "a\\b",
            "..\\admin",
            "\\\\evil.example",
            "a/b",
            "../../admin",
            "a?b=1",
            "a#f",
            "a b",
            "ü",
            "\u{ff0f}",
            "\t",
        ];
        for base in BASES {
            let base = BaseUrl::parse(base).unwrap();
            let endpoint = Endpoint::new(&base);
            for segment in hostile {
                let path = format!("/v1/customers/{segment}");
                let built = endpoint.url(base.as_str(), TEMPLATE, &path);
                assert!(built.is_err(), "{base}{path:?} was accepted as {built:?}");
                let message = built.unwrap_err();
                assert!(message.contains(TEMPLATE), "{message}");
            }
            let personal = endpoint.url(base.as_str(), TEMPLATE, "/v1/customers/leaky@example.com\\..").unwrap_err();
            assert!(!personal.contains("leaky"), "the error shows the value: {personal}");
            // A template whose own literal segments URL parsing would change is refused too.
            for literal in ["/v1/..", "/v1/a\\b", "/v1/%2e%2e"] {
                assert!(endpoint.url(base.as_str(), literal, literal).is_err(), "{literal}");
            }
            for (template, path) in [("/v1/customers/{id}", "/v1/orders/o1"), ("/v1/customers/{id}", "/v1/customers")] {
                assert!(endpoint.url(base.as_str(), template, path).is_err(), "{path} for {template}");
            }
        }
    }

    /// Backslash forms, encoded dots and Unicode look-alikes of `/` and `.`: each, encoded as a
    /// path parameter, is refused (a dot segment) or arrives as exactly one segment that decodes to
    /// the value, on the configured host.
    #[test]
    fn hostile_values_stay_one_segment_or_are_refused() {
        let values = [
            "..\\x",
            "a\\b",
            "\\\\host",
            "x\\..\\..\\orders\\o1",
            "a/b\\c/..\\d",
            "%2e%2e",
            "%2e%2e%2fadmin",
            ".%2e",
            "\u{ff0f}admin",
            "\u{ff0e}\u{ff0e}",
            "\u{2215}x",
            "\u{2044}x",
            "\u{2024}\u{2024}",
            "\u{fe52}",
            "..;",
            "...",
        ];
        let base = BaseUrl::parse("https://api.example.com/v2").unwrap();
        let endpoint = Endpoint::new(&base);
        for value in values {
            let url = customer_url(&endpoint, &base, value).unwrap_or_else(|error| panic!("{value:?}: {error}"));
            assert_one_segment(&url, value);
        }
        for value in ["", ".", ".."] {
            assert!(customer_url(&endpoint, &base, value).is_err(), "{value:?}");
        }
    }

    /// `url` is `https://api.example.com/v2/v1/customers/<one segment decoding to value>`.
    fn assert_one_segment(url: &Url, value: &str) {
        assert_eq!(url.host_str(), Some("api.example.com"), "{value:?}");
        let segments: Vec<&str> = url.path_segments().unwrap().collect();
        assert_eq!(segments.len(), 4, "{value:?}: {url}");
        assert_eq!(&segments[..3], ["v2", "v1", "customers"], "{value:?}");
        let decoded = percent_encoding::percent_decode_str(segments[3]).decode_utf8().unwrap();
        assert_eq!(decoded, value);
    }

    proptest! {
        /// Any string as a path parameter: the request goes to the operation's endpoint with the
        /// value as exactly one segment, or nothing is built.
        #[test]
        fn any_value_is_one_segment_or_refused(value in any::<String>(), pattern in "[./\\\\%2eE\u{ff0f}\u{ff0e}a]{0,6}") {
            let base = BaseUrl::parse("https://api.example.com/v2").unwrap();
            let endpoint = Endpoint::new(&base);
            for value in [value.as_str(), pattern.as_str()] {
                match customer_url(&endpoint, &base, value) {
                    Ok(url) => assert_one_segment(&url, value),
                    Err(_) => prop_assert!(["", ".", ".."].contains(&value), "{:?} was refused", value),
                }
            }
        }
    }

    /// Encoding while formatting gives what progenitor's `encode_path(&value.to_string())` gives,
    /// except that `\` is encoded too.
    #[test]
    fn path_segments_are_encoded_as_progenitor_encodes_them_and_backslashes_too() {
        let values =
            ["cust_1Aa00000000001", "", ".", "..", "a/b", "?x=1", "#f", "%2e%2e", "ü€漢字", "\u{202e}rtl", "a b"];
        let more = ["tab\there", "nul\0", "<>`{}\"", "user@example.com", "+0000", "\u{7f}\u{80}\u{ffff}"];
        for value in values.iter().chain(&more) {
            let expected = progenitor_client::encode_path(value);
            assert_eq!(PathSegment(value).to_string(), expected, "{value:?}");
            assert_eq!(PathSegment(&value.to_string()).to_string(), expected, "{value:?}");
        }
        assert_eq!("..\\a\\b".path_segment().to_string(), "..%5Ca%5Cb");
        assert_eq!((-42i64).path_segment().to_string(), progenitor_client::encode_path(&(-42i64).to_string()));
        /// A newtype over `String` without `Display`, as typify generates for a pattern.
        struct Id(String);
        impl std::ops::Deref for Id {
            type Target = String;
            fn deref(&self) -> &String {
                &self.0
            }
        }
        let id = Id("a/b c".to_owned());
        assert_eq!(id.path_segment().to_string(), progenitor_client::encode_path(&id.to_string()));
    }

    /// A generated client whose base URL is not its context's sends to the one it holds, checked
    /// the same way.
    #[test]
    fn another_base_url_is_parsed_and_checked() {
        let endpoint = Endpoint::new(&BaseUrl::parse("https://api.example.com").unwrap());
        let url = endpoint.url("https://other.example/api/", "/v1/{id}", "/v1/x").unwrap();
        assert_eq!(url.as_str(), "https://other.example/api/v1/x");
        let prefixed = endpoint.url("https://api.example.com.evil", "/v1", "/v1").unwrap();
        assert_eq!(prefixed.host_str(), Some("api.example.com.evil"));
        assert!(endpoint.url("https://other.example", "/v1/{id}", "/v1/..").is_err());
        assert!(endpoint.url("not a url", "/v1", "/v1").is_err());
    }
}
