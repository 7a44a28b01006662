//! Request URLs built from the client's base URL parsed once, instead of parsing every request's
//! full URL (and path parameters percent-encoded as the path is formatted): parsing a URL's host (scheme rules, IDNA mapping, IP address forms) is most of what
//! parsing the URL costs, and it is the same host on every call.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use reqwest::Url;

use crate::BaseUrl;

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

    /// The URL of `path` (an operation's path, parameters already percent-encoded) under `base`.
    ///
    /// When `base` is this client's base URL and the path is plain (printable ASCII, no `?`, `#`
    /// or `\`, as a generated operation's percent-encoded path is), the URL is the parsed base
    /// URL with the path set: the same URL as parsing `base` followed by `path`, without parsing
    /// the host again. Anything else is parsed whole.
    pub(crate) fn url(&self, base: &str, path: &str) -> Result<Url, url::ParseError> {
        if base != self.text || !is_plain_path(path) {
            return Url::parse(&format!("{base}{path}"));
        }
        let mut url = self.template.clone();
        if self.base_path.is_empty() {
            url.set_path(path);
        } else {
            url.set_path(&format!("{}{path}", self.base_path));
        }
        Ok(url)
    }
}

/// A path whose parsing does not depend on where it stands in a URL: it starts with `/` and has
/// only printable ASCII, with no character that could end the path (`?`, `#`) or stand for `/`
/// (`\`).
fn is_plain_path(path: &str) -> bool {
    path.starts_with('/') && path.bytes().all(|byte| byte.is_ascii_graphic() && !matches!(byte, b'?' | b'#' | b'\\'))
}

/// What a path parameter's value has percent-encoded: the set progenitor's `encode_path` uses, so
/// a path is byte for byte the one progenitor's code would build.
const PATH_SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'%');

/// A path parameter's value, percent-encoded as it is formatted: what progenitor's
/// `encode_path(&value.to_string())` gives, written straight into the URL being formatted instead
/// of through two intermediate strings. Generated operations format their paths with it
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
    use super::*;

    /// Every URL built from the parsed base is the one parsing the whole string gives, for plain
    /// and hostile paths alike (dot segments, encoded slashes, characters that end a path).
    #[test]
    fn urls_match_parsing_the_whole_string() {
        let bases = [
            "https://api.example.com",
            "https://API.Example.com/",
            "https://api.example.com/v2",
            "https://api.example.com:8443/v2/",
            "http://127.0.0.1:8080",
            "http://[::1]:9/base/path",
            "https://xn--bcher-kva.example",
            "https://bücher.example/v1",
        ];
        let paths = [
            "",
            "/",
            "/v1/customers/cust_1Aa00000000001",
            "/v1/customers/",
            "/v1/customers/.",
            "/v1/customers/..",
            "/v1/customers/../../admin",
            "/v1/customers/%2e%2e",
            "/v1/customers/a%2Fb",
            "/v1/customers/a/b",
            "//evil.example/x",
            "/\\evil.example/x",
            "/v1/customers/x?y=1",
            "/v1/customers/x#f",
            "/v1/customers/a b",
            "/v1/customers/\u{202e}rtl",
            "/v1/customers/ü€漢字",
            "/v1/customers/%",
            "/v1/customers/%zz",
            "/v1/customers/\t\n",
            "/customers/user@example.com",
            "x",
        ];
        for base in bases {
            let base = BaseUrl::parse(base).unwrap();
            let endpoint = Endpoint::new(&base);
            for path in paths {
                let full = format!("{base}{path}");
                let built = endpoint.url(base.as_str(), path).map(|url| url.to_string());
                assert_eq!(built, Url::parse(&full).map(|url| url.to_string()), "{full}");
            }
            let long = format!("/v1/{}", "a".repeat(3 * PATH_ROOM));
            let built = endpoint.url(base.as_str(), &long).unwrap();
            assert_eq!(built, Url::parse(&format!("{base}{long}")).unwrap());
        }
    }

    /// Encoding while formatting gives what progenitor's `encode_path(&value.to_string())` gives.
    #[test]
    fn path_segments_are_encoded_as_progenitor_encodes_them() {
        let values =
            ["cust_1Aa00000000001", "", ".", "..", "a/b", "?x=1", "#f", "%2e%2e", "ü€漢字", "\u{202e}rtl", "a b"];
        let more = ["tab\there", "nul\0", "<>`{}\"", "user@example.com", "+0000", "\u{7f}\u{80}\u{ffff}"];
        for value in values.iter().chain(&more) {
            let expected = progenitor_client::encode_path(value);
            assert_eq!(PathSegment(value).to_string(), expected, "{value:?}");
            assert_eq!(PathSegment(&value.to_string()).to_string(), expected, "{value:?}");
        }
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

    /// A generated client made with another base URL than its context's (`Client::new`) sends to
    /// the one it was given.
    #[test]
    fn another_base_url_is_parsed_whole() {
        let endpoint = Endpoint::new(&BaseUrl::parse("https://api.example.com").unwrap());
        let url = endpoint.url("https://other.example", "/v1/x").unwrap();
        assert_eq!(url.as_str(), "https://other.example/v1/x");
        let prefixed = endpoint.url("https://api.example.com.evil", "/v1").unwrap();
        assert_eq!(prefixed.host_str(), Some("api.example.com.evil"));
    }
}
