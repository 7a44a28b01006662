//! Paged lists over HTTP: the runtime's pager (`pspkit_runtime::paging::paged`, which every
//! generated `stream()` is built on) against a loopback server that pages by offset, cursor or
//! next link. N pages take exactly N requests, fetched only as items are read; a cursor or link
//! already sent, a page served again (an offset the server ignores), a last item without its
//! cursor while more are promised, or more pages than `Config::max_pages`, is an error after as
//! many requests, with no item yielded twice: never a loop, never a silent truncation.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures_util::StreamExt;
use pspkit_runtime::paging::{Next, Page, Position, follow, paged};
use pspkit_runtime::{Config, Error, PagingProblem, RequestBuilder, StatusClass, auth::AuthHeaders};
use pspkit_tests::server::{Recorded, Reply, TestServer};

/// One page of the test server's list.
#[derive(Debug, serde::Deserialize)]
struct ItemPage {
    data: Vec<Item>,
    has_more: bool,
    /// The next page's link, when the list pages by link.
    #[serde(default)]
    next: Option<String>,
}

#[derive(Debug, serde::Deserialize, PartialEq, Eq)]
struct Item {
    id: String,
    /// A cursor the item may lack (for the missing-cursor case).
    #[serde(default)]
    cursor: Option<String>,
}

static SCHEMAS: pspkit_runtime::lenient::Schemas = pspkit_runtime::lenient::Schemas::new(
    r##"{"ItemPage":{"type":"object","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Item"}},"has_more":{"type":"boolean"},"next":{"type":"string","nullable":true}},"required":["data","has_more"],"x-pspkit-identity":["data","has_more"]},"Item":{"type":"object","properties":{"id":{"type":"string"},"cursor":{"type":"string"}},"required":["id"],"x-pspkit-identity":["id"]}}"##,
);

impl pspkit_runtime::lenient::Documented for ItemPage {
    const SCHEMAS: &'static pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "ItemPage";
}

static INFO: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "pages",
    user_agent: "pspkit-test/0",
    request_id_headers: &[],
    rate_limit: None,
    idempotency_key: None,
};

/// The value of query parameter `name` in a recorded request.
fn query(request: &Recorded, name: &str) -> Option<String> {
    let (_, query) = request.target.split_once('?')?;
    query.split('&').find_map(|pair| pair.strip_prefix(&format!("{name}=")).map(str::to_owned))
}

/// A list of `total` items (`i0`, `i1`, ...) served `size` at a time, by `skip` or `starting_after`.
fn list_server(total: usize, size: usize) -> impl Fn(&Recorded) -> Reply + Send + Sync + 'static {
    move |request| {
        let start = match (query(request, "skip"), query(request, "starting_after")) {
            (Some(skip), _) => skip.parse().unwrap(),
            (_, Some(after)) => after.trim_start_matches('i').parse::<usize>().unwrap() + 1,
            _ => 0,
        };
        let end = total.min(start + size);
        let data: Vec<String> = (start..end).map(|i| format!(r#"{{"id":"i{i}"}}"#)).collect();
        Reply::json(200, &format!(r#"{{"data":[{}],"has_more":{}}}"#, data.join(","), end < total))
    }
}

#[allow(clippy::result_large_err, reason = "the runtime's public `Error`, as every generated `send` returns it")]
/// Reads every item of the list at `server` with paging `by` (`skip`, `starting_after` by id,
/// `cursor`: `starting_after` by the items' own `cursor`, or `link`: the page's `next`, followed
/// as `paging::follow` allows), at most `read` of them, as a generated `stream()` does (each
/// page's last id as its identity); the items and the error that ended the stream, if any.
async fn read_list(
    server: &TestServer,
    by: &'static str,
    config: Config,
    read: usize,
) -> (Vec<String>, Option<Error<()>>) {
    let parts = pspkit_runtime::build_client(&INFO, AuthHeaders::new(), Some(server.base_url()), &config).unwrap();
    let (context, http, base) = (&parts.context, &parts.http, parts.base_url.as_str());
    let stream = paged(config.max_pages, |position| async move {
        let build = || {
            let url = context.endpoint(base, "/items", "/items").map_err(Error::invalid_input)?;
            let url = match &position {
                Position::Link(link) => follow(&url, link)?,
                _ => url,
            };
            let request = RequestBuilder::new(reqwest::Method::GET, url);
            match &position {
                Position::Offset(skip) => request.query(&[("skip", skip)]),
                Position::Cursor(after) => request.query(&[("starting_after", after)]),
                _ => request,
            }
            .build()
        };
        let response =
            pspkit_runtime::send::<ItemPage, ()>(context, http, build, "items", |_| StatusClass::Success).await?;
        let start = match position {
            Position::Offset(skip) => skip,
            _ => 0,
        };
        let page = response.into_inner();
        let next = match (page.has_more, page.data.last(), by) {
            (false, _, _) | (_, None, _) => Next::End,
            (_, Some(_), "skip") => Next::Offset(start + page.data.len() as u64),
            (_, Some(last), "cursor") => last.cursor.clone().map_or(Next::MissingCursor, Next::Cursor),
            (_, Some(_), "link") => page.next.clone().map_or(Next::End, Next::Link),
            (_, Some(last), _) => Next::Cursor(last.id.clone()),
        };
        let last = page.data.last().map(|item| item.id.clone());
        Ok(Page { items: page.data, next, last })
    });
    let mut items = Vec::new();
    let mut stream = std::pin::pin!(stream.take(read));
    while let Some(item) = stream.next().await {
        match item {
            Ok(item) => items.push(item.id),
            Err(error) => return (items, Some(error)),
        }
    }
    (items, None)
}

/// Requests the server has seen.
async fn requests(server: &TestServer, expected: usize) -> Vec<Recorded> {
    server.requests_once(expected, std::time::Duration::from_secs(2)).await
}

fn ids(range: std::ops::Range<usize>) -> Vec<String> {
    range.map(|i| format!("i{i}")).collect()
}

/// 7 items, 3 a page: exactly 3 requests, by offset and by cursor, each asking for the next page.
#[tokio::test]
async fn n_pages_take_exactly_n_requests() {
    for (by, asked) in [("skip", ["", "3", "6"]), ("starting_after", ["", "i2", "i5"])] {
        let server = TestServer::start(list_server(7, 3)).await;
        let (items, error) = read_list(&server, by, Config::default(), usize::MAX).await;
        assert!(error.is_none(), "{by}: {error:?}");
        assert_eq!(items, ids(0..7), "{by}");
        let seen = requests(&server, 3).await;
        let positions: Vec<String> = seen.iter().map(|request| query(request, by).unwrap_or_default()).collect();
        assert_eq!(positions, asked, "{by}: one request per page, no more");
    }
}

/// Reading 4 items of 7 fetches the 2 pages that hold them, not the third.
#[tokio::test]
async fn a_page_is_fetched_only_when_its_items_are_read() {
    let server = TestServer::start(list_server(7, 3)).await;
    let (items, _) = read_list(&server, "skip", Config::default(), 4).await;
    assert_eq!(items, ids(0..4));
    assert_eq!(server.requests().len(), 2);
}

/// A provider whose cursor never advances (the same page, "more to come", every time): an error
/// after the second request, not an endless loop.
#[tokio::test]
async fn a_cursor_that_does_not_advance_ends_the_stream_with_an_error() {
    let server = TestServer::always(Reply::json(200, r#"{"data":[{"id":"i0"}],"has_more":true}"#)).await;
    let (items, error) = read_list(&server, "starting_after", Config::default(), usize::MAX).await;
    let Some(Error::Paging(error)) = error else { panic!("{error:?}") };
    assert_eq!((error.problem, error.pages, items.len()), (PagingProblem::CursorDidNotAdvance, 2, 1));
    assert_eq!(requests(&server, 2).await.len(), 2);
}

/// A list that never says "last page": `Config::max_pages` pages, then an error.
#[tokio::test]
async fn more_pages_than_the_cap_is_an_error_after_that_many_requests() {
    let count = Arc::new(AtomicUsize::new(0));
    let counted = count.clone();
    let endless = list_server(usize::MAX / 2, 3);
    let server = TestServer::start(move |request| {
        counted.fetch_add(1, Ordering::SeqCst);
        endless(request)
    })
    .await;
    let (items, error) = read_list(&server, "skip", Config::default().with_max_pages(5), usize::MAX).await;
    let Some(Error::Paging(error)) = error else { panic!("{error:?}") };
    assert_eq!((error.problem, error.pages, items.len()), (PagingProblem::TooManyPages, 5, 15));
    assert_eq!(count.load(Ordering::SeqCst), 5, "exactly max_pages requests");
}

/// A cursor that cycles with period 2 (i0 → i1 → i0): the third page ends with the item the first
/// ended with, so the stream stops there, having yielded no item twice, after 3 requests (before,
/// it printed duplicates for `max_pages` pages).
#[tokio::test]
async fn a_cursor_that_cycles_ends_the_stream_without_duplicates() {
    let server = TestServer::start(|request| {
        let id = match query(request, "starting_after").as_deref() {
            Some("i0") => "i1",
            _ => "i0",
        };
        Reply::json(200, &format!(r#"{{"data":[{{"id":"{id}"}}],"has_more":true}}"#))
    })
    .await;
    let (items, error) = read_list(&server, "starting_after", Config::default(), usize::MAX).await;
    let Some(Error::Paging(error)) = error else { panic!("{error:?}") };
    assert_eq!((error.problem, error.pages), (PagingProblem::PageRepeated, 3));
    assert_eq!(items, ["i0", "i1"], "no item twice");
    assert_eq!(requests(&server, 3).await.len(), 3);
}

/// An offset server that ignores `skip` and always says more follow: the second page is the
/// first again, and the stream stops after 2 requests with its 3 items (before: 1,000 pages of
/// the same items).
#[tokio::test]
async fn an_offset_the_server_ignores_ends_the_stream_without_duplicates() {
    let server =
        TestServer::always(Reply::json(200, r#"{"data":[{"id":"i0"},{"id":"i1"},{"id":"i2"}],"has_more":true}"#)).await;
    let (items, error) = read_list(&server, "skip", Config::default(), usize::MAX).await;
    let Some(Error::Paging(error)) = error else { panic!("{error:?}") };
    assert_eq!((error.problem, error.pages), (PagingProblem::PageRepeated, 2));
    assert_eq!(items, ids(0..3));
    assert_eq!(requests(&server, 2).await.len(), 2);
}

/// A page that says more follow but whose last item has no cursor: its items, then
/// `Error::Paging` (before: a silent, successful end of a truncated list).
#[tokio::test]
async fn a_last_item_without_its_cursor_is_an_error_not_an_end() {
    let server =
        TestServer::always(Reply::json(200, r#"{"data":[{"id":"i0","cursor":"c0"},{"id":"i1"}],"has_more":true}"#))
            .await;
    let (items, error) = read_list(&server, "cursor", Config::default(), usize::MAX).await;
    let Some(Error::Paging(error)) = error else { panic!("{error:?}") };
    assert_eq!((error.problem, error.pages), (PagingProblem::MissingCursor, 1));
    assert_eq!(items, ids(0..2));
    assert_eq!(requests(&server, 1).await.len(), 1);
}

/// A next link that cycles with period 2 (`?page=2` → `?page=3` → `?page=2`), each page with an
/// item of its own: the stream stops before it follows `?page=2` again, after 3 requests, each
/// item yielded once (before, it followed the cycle for `max_pages` pages, yielding `i1` and `i2`
/// again and again).
#[tokio::test]
async fn a_next_link_that_cycles_ends_the_stream_before_it_is_followed_again() {
    let server = TestServer::start(|request| {
        let (id, next) = match query(request, "page").as_deref() {
            None => ("i0", "2"),
            Some("2") => ("i1", "3"),
            _ => ("i2", "2"),
        };
        Reply::json(200, &format!(r#"{{"data":[{{"id":"{id}"}}],"has_more":true,"next":"?page={next}"}}"#))
    })
    .await;
    let (items, error) = read_list(&server, "link", Config::default(), usize::MAX).await;
    let Some(Error::Paging(error)) = error else { panic!("{error:?}") };
    assert_eq!((error.problem, error.pages), (PagingProblem::CursorDidNotAdvance, 3));
    assert_eq!(items, ids(0..3), "no item twice");
    let pages: Vec<Option<String>> = requests(&server, 3).await.iter().map(|request| query(request, "page")).collect();
    assert_eq!(pages, [None, Some("2".to_owned()), Some("3".to_owned())], "?page=2 is not followed again");
}
