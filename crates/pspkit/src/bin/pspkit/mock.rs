//! `--mock`: a local httpmock server that answers with one of the spec's own examples.

use httpmock::MockServer;
use pspkit::runtime::Example;

use crate::outcome::Failure;

/// Picks the example to serve: the one named (or, for a number, the first with that HTTP status,
/// which tells apart examples that share a name), or the operation's first success.
pub fn choose(examples: &'static [Example], operation_id: &str, name: Option<&str>) -> Result<Example, Failure> {
    let candidates: Vec<&Example> = examples.iter().filter(|e| e.operation_id == operation_id).collect();
    let chosen = match name {
        Some(name) => candidates.iter().find(|e| e.name == name).or_else(|| {
            let status: u16 = name.parse().ok()?;
            candidates.iter().find(|e| e.status == status)
        }),
        None => candidates.iter().find(|e| (200..300).contains(&e.status)),
    };
    chosen.map(|e| **e).ok_or_else(|| {
        let names: Vec<String> = candidates.iter().map(|e| format!("{} (HTTP {})", e.name, e.status)).collect();
        Failure::Usage(format!("no such mock example; this operation has: {}", names.join(", ")))
    })
}

/// How a paged list asks for its next page and ends (the spec's `x-pspkit-paging`, as the wire
/// names it): mock mode serves the example as the first page and an empty last page after it.
#[derive(Clone, Copy, Debug)]
pub struct Paging {
    /// The query parameter that asks for a later page (a cursor or an offset), if the list has one.
    pub parameter: Option<&'static str>,
    /// The success body's next-link property, if the list pages by link.
    pub link: Option<&'static str>,
    /// The success body's items property.
    pub items: &'static str,
    /// The success body's "more pages follow" property, if it has one.
    pub has_more: Option<&'static str>,
}

/// The query a mock first page's next link carries (relative: the client follows it back to the
/// mock's own endpoint), by which the mock knows a request for the page after.
const MOCK_NEXT_PAGE: &str = "pspkit-mock-page=2";

impl Paging {
    /// Whether `query` (a raw query string) asks for a later page.
    fn asks_for_later_page(&self, query: Option<&str>) -> bool {
        let pairs = || query.into_iter().flat_map(|query| query.split('&'));
        match (self.parameter, self.link) {
            (Some(parameter), _) => {
                pairs().any(|pair| pair.split_once('=').map_or(pair, |(name, _)| name) == parameter)
            }
            (None, Some(_)) => pairs().any(|pair| pair == MOCK_NEXT_PAGE),
            (None, None) => false,
        }
    }

    /// The example as the first page: its next link (if the list pages by link) leads back to the
    /// mock.
    fn first_page(&self, example: &str) -> Option<String> {
        let link = self.link?;
        let mut page: serde_json::Value = serde_json::from_str(example).ok()?;
        page.as_object_mut()?.insert(link.to_owned(), serde_json::Value::from(format!("?{MOCK_NEXT_PAGE}")));
        Some(page.to_string())
    }

    /// The example with no items, no more pages where the body says so, and no next link: the
    /// list's last page.
    fn last_page(&self, example: &str) -> Option<String> {
        let mut page: serde_json::Value = serde_json::from_str(example).ok()?;
        let fields = page.as_object_mut()?;
        fields.insert(self.items.to_owned(), serde_json::Value::Array(Vec::new()));
        if let Some(flag) = self.has_more {
            fields.insert(flag.to_owned(), serde_json::Value::Bool(false));
        }
        if let Some(link) = self.link {
            fields.insert(link.to_owned(), serde_json::Value::Null);
        }
        Some(page.to_string())
    }
}

/// Starts a server on a loopback port that answers the example's endpoint with the example (its
/// path matched by the runtime's own `Example::matches_path`); with `paging`, a request for a
/// later page gets the example's last page instead.
pub async fn serve(example: Example, paging: Option<Paging>) -> Result<MockServer, Failure> {
    let server = MockServer::start_async().await;
    let method = || -> Result<httpmock::Method, Failure> {
        example
            .method
            .parse()
            .map_err(|_| Failure::Broken(format!("mock mode cannot serve the HTTP method {}", example.method)))
    };
    let last_page = paging.and_then(|paging| Some((paging, paging.last_page(example.body)?)));
    let later = last_page.as_ref().map(|(paging, _)| *paging);
    if let Some((paging, body)) = last_page {
        let method = method()?;
        server
            .mock_async(|when, then| {
                when.method(method).is_true(move |request| {
                    example.matches_path(request.uri().path()) && paging.asks_for_later_page(request.uri().query())
                });
                then.status(example.status).header("content-type", example.content_type).body(body);
            })
            .await;
    }
    let method = method()?;
    let first_page = paging.and_then(|paging| paging.first_page(example.body));
    server
        .mock_async(|when, then| {
            when.method(method).is_true(move |request| {
                example.matches_path(request.uri().path())
                    && !later.is_some_and(|paging| paging.asks_for_later_page(request.uri().query()))
            });
            let then = then.status(example.status);
            match first_page {
                Some(page) => {
                    then.header("content-type", example.content_type).body(page);
                }
                None if !example.body.is_empty() => {
                    then.header("content-type", example.content_type).body(example.body);
                }
                None => {}
            }
        })
        .await;
    Ok(server)
}
