/// A response example from a provider's spec, extracted by `cargo xtask codegen` into the
/// generated crate's `examples` module. Mocks, tests and the CLI's `--mock` mode serve these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// The operation's `operationId`, e.g. `getCustomer`.
    pub operation_id: &'static str,
    /// The HTTP method, e.g. `GET`.
    pub method: &'static str,
    /// The path template, e.g. `/v1/customers/{id}`.
    pub path: &'static str,
    /// The status to answer with (the first of a range: `4XX` is 400).
    pub status: u16,
    /// The example's name in the spec (`example` for a lone `example`).
    pub name: &'static str,
    /// The example's summary (or the response's description).
    pub summary: &'static str,
    /// The media type, e.g. `application/json`.
    pub content_type: &'static str,
    /// The body, as compact JSON.
    pub body: &'static str,
    /// The normalised customer this example maps to (`x-pspkit-customer` on the example), as
    /// compact JSON: what `pspkit`'s spec-driven tests expect.
    pub customer: Option<&'static str>,
}

impl Example {
    /// Whether `request_path` (without query) is this example's endpoint: literal segments equal,
    /// every `{parameter}` segment non-empty.
    pub fn matches_path(&self, request_path: &str) -> bool {
        let template = self.path.trim_matches('/').split('/');
        let actual = request_path.trim_start_matches('/').split('/');
        template.clone().count() == actual.clone().count()
            && template.zip(actual).all(|(expected, got)| {
                if expected.starts_with('{') && expected.ends_with('}') { !got.is_empty() } else { expected == got }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: Example = Example {
        operation_id: "getCustomer",
        method: "GET",
        path: "/v1/customers/{id}",
        status: 200,
        name: "seed",
        summary: "",
        content_type: "application/json",
        body: "{}",
        customer: None,
    };

    #[test]
    fn matches_its_endpoint_only() {
        assert!(EXAMPLE.matches_path("/v1/customers/cust_1"));
        assert!(!EXAMPLE.matches_path("/v1/customers/"));
        assert!(!EXAMPLE.matches_path("/v1/customers"));
        assert!(!EXAMPLE.matches_path("/v1/customers/a/b"));
        assert!(!EXAMPLE.matches_path("/v2/customers/cust_1"));
    }
}
