//! Paged lists as a stream of items: a generated operation that declares how it pages
//! (`x-pspkit-paging`) gets a `stream()` built on [`paged`], which fetches a page only when the
//! caller has read every item of the one before, holds at most one page, and provably ends: an
//! empty or last page ends it; a cursor, next link or offset the stream already sent, a page that
//! ends with an item an earlier page ended with, a last item without its cursor while more pages
//! are promised, or more pages than `Config::max_pages`, is an error, never an endless loop or a
//! silent truncation. A next link is followed only to the operation's own endpoint ([`follow`]).

use std::collections::{HashSet, VecDeque};
use std::future::Future;

/// The stream trait a paged list's `stream()` returns (futures-core's, which the `futures` crate re-exports).
pub use futures_core::Stream;

use crate::Error;
use crate::error::{PagingError, PagingProblem};

/// Where a page starts.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    /// The first page: the caller's own arguments.
    Start,
    /// After this cursor (the last item's, e.g. Stripe's `starting_after`).
    Cursor(String),
    /// After skipping this many items (e.g. Razorpay's `skip`).
    Offset(u64),
    /// At the next link the page before gave (a URL, absolute or relative to that page's).
    Link(String),
}

/// What follows a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// Nothing: this was the last page.
    End,
    /// The page after this cursor.
    Cursor(String),
    /// The page after this many items (counted from the first page's start).
    Offset(u64),
    /// The page at this link, as the page gave it.
    Link(String),
    /// More pages may follow, but the page's last item has no cursor to ask for them: the
    /// stream yields this page's items, then ends with [`PagingProblem::MissingCursor`].
    MissingCursor,
}

/// One page: its items, what follows, and what identifies its last item.
#[derive(Debug)]
pub struct Page<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// What follows it.
    pub next: Next,
    /// The identity of the page's last item as text ([`identity`] of its cursor, or of the items'
    /// first `x-pspkit-identity` property by offset or link), `None` when it has none. Whatever
    /// the paging style, a page that ends with an item an earlier page ended with is the provider
    /// serving a page again (e.g. an offset or link it ignores): the stream ends with
    /// [`PagingProblem::PageRepeated`], none of that page's items yielded. One string per page.
    pub last: Option<String>,
}

/// An item's identifying property as text (its JSON form), for [`Page::last`]: `None` when it is
/// absent (JSON `null`, e.g. an optional property the item lacks) or does not serialise, since
/// items without one cannot be told apart.
pub fn identity<T: serde::Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value).ok()? {
        serde_json::Value::Null => None,
        value => Some(value.to_string()),
    }
}

/// Every item of every page, in order: `fetch` gets each page's position (the first is
/// [`Position::Start`]) and is called only when the items before are all read. An empty page, or
/// [`Next::End`], ends the stream. It ends with [`Error::Paging`] before it sends a cursor, link
/// or offset it has sent before ([`PagingProblem::CursorDidNotAdvance`]), after a page whose
/// last item an earlier page ended with ([`PagingProblem::PageRepeated`], none of its items
/// yielded), after the items of a page that promises more but whose last item has no cursor
/// ([`PagingProblem::MissingCursor`]), and before a page beyond `max_pages`; a failed page ends it
/// with that page's error (a paging error `fetch` returns, such as a link [`follow`] refused,
/// counts the pages fetched). It remembers one position and one identity per page: at most
/// `max_pages` of each.
pub fn paged<T, E, F, Fut>(max_pages: u32, fetch: F) -> impl Stream<Item = Result<T, Error<E>>>
where
    F: FnMut(Position) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error<E>>>,
{
    let state = Pager {
        fetch,
        position: Some(Position::Start),
        items: VecDeque::new(),
        pages: 0,
        max_pages,
        sent: HashSet::new(),
        ends: HashSet::new(),
        failed: None,
    };
    futures_util::stream::unfold(state, |mut pager| async move {
        let item = pager.next_item().await?;
        Some((item, pager))
    })
}

/// The stream's state: the position of the next page (`None` once ended), the current page's
/// unread items, every position sent and every page's last identity, and the problem that ends
/// the stream once the current page's items are read.
struct Pager<T, F> {
    fetch: F,
    position: Option<Position>,
    items: VecDeque<T>,
    pages: u32,
    max_pages: u32,
    sent: HashSet<Position>,
    ends: HashSet<String>,
    failed: Option<PagingProblem>,
}

impl<T, F> Pager<T, F> {
    async fn next_item<E, Fut>(&mut self) -> Option<Result<T, Error<E>>>
    where
        F: FnMut(Position) -> Fut,
        Fut: Future<Output = Result<Page<T>, Error<E>>>,
    {
        loop {
            if let Some(item) = self.items.pop_front() {
                return Some(Ok(item));
            }
            if let Some(problem) = self.failed.take() {
                return Some(Err(Error::Paging(PagingError { pages: self.pages, problem })));
            }
            let position = self.position.take()?;
            if self.pages == self.max_pages {
                return Some(Err(Error::Paging(PagingError {
                    pages: self.pages,
                    problem: PagingProblem::TooManyPages,
                })));
            }
            if !self.sent.insert(position.clone()) {
                let problem = PagingProblem::CursorDidNotAdvance;
                return Some(Err(Error::Paging(PagingError { pages: self.pages, problem })));
            }
            self.pages += 1;
            let page = match (self.fetch)(position.clone()).await {
                Ok(page) => page,
                Err(Error::Paging(error)) => {
                    return Some(Err(Error::Paging(PagingError { pages: self.pages - 1, ..error })));
                }
                Err(error) => return Some(Err(error)),
            };
            if page.items.is_empty() {
                return None;
            }
            // A page that names itself as the next (nothing of it is new), or that ends with an
            // item an earlier page ended with (served again), ends the stream, none of it yielded.
            let names_itself = match (&page.next, &position) {
                (Next::Cursor(next), Position::Cursor(sent)) | (Next::Link(next), Position::Link(sent)) => next == sent,
                _ => false,
            };
            let repeated = if names_itself {
                Some(PagingProblem::CursorDidNotAdvance)
            } else if page.last.is_some_and(|last| !self.ends.insert(last)) {
                Some(PagingProblem::PageRepeated)
            } else {
                None
            };
            if let Some(problem) = repeated {
                return Some(Err(Error::Paging(PagingError { pages: self.pages, problem })));
            }
            self.position = match page.next {
                Next::End => None,
                Next::Cursor(cursor) => Some(Position::Cursor(cursor)),
                Next::Offset(offset) => Some(Position::Offset(offset)),
                Next::Link(link) => Some(Position::Link(link)),
                Next::MissingCursor => {
                    self.failed = Some(PagingProblem::MissingCursor);
                    None
                }
            };
            self.items = page.items.into();
        }
    }
}

/// Where a page's next `link` leads from the request that fetched the page (`current`): resolved
/// against it, and only when it is the same operation endpoint (scheme, host, port and path; the
/// query is the link's) with no credentials or fragment in it. Anything else is
/// [`PagingProblem::LinkElsewhere`]: the request, which carries the credentials, is not sent.
#[allow(clippy::result_large_err, reason = "the error type of the generated stream it returns into")]
pub fn follow<E>(current: &reqwest::Url, link: &str) -> Result<reqwest::Url, Error<E>> {
    let elsewhere = || Error::Paging(PagingError { pages: 0, problem: PagingProblem::LinkElsewhere });
    let next = current.join(link).map_err(|_| elsewhere())?;
    let same_endpoint = next.scheme() == current.scheme()
        && next.host_str() == current.host_str()
        && next.port_or_known_default() == current.port_or_known_default()
        && next.path() == current.path()
        && next.username().is_empty()
        && next.password().is_none()
        && next.fragment().is_none();
    if same_endpoint { Ok(next) } else { Err(elsewhere()) }
}

/// A page's list of items, however the generated type holds it.
pub trait Items<T> {
    /// The items.
    fn into_items(self) -> Vec<T>;
}

impl<T> Items<T> for Vec<T> {
    fn into_items(self) -> Vec<T> {
        self
    }
}

impl<T> Items<T> for Option<Vec<T>> {
    fn into_items(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}

/// A page's "more follow" flag, however the generated type holds it (absent: unknown).
pub trait MoreFlag {
    /// `Some(false)` when the provider says this is the last page.
    fn more(&self) -> Option<bool>;
}

impl MoreFlag for bool {
    fn more(&self) -> Option<bool> {
        Some(*self)
    }
}

impl MoreFlag for Option<bool> {
    fn more(&self) -> Option<bool> {
        *self
    }
}

/// An item's cursor field, or a page's next-link field, as text, however the generated type
/// holds it.
pub trait CursorValue {
    /// The cursor or link, when there is one.
    fn cursor(&self) -> Option<String>;
}

impl CursorValue for String {
    fn cursor(&self) -> Option<String> {
        Some(self.clone())
    }
}

impl CursorValue for Option<String> {
    fn cursor(&self) -> Option<String> {
        self.clone()
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use futures_util::StreamExt;

    use super::*;

    /// Pages of `size` numbers, `total` in all, by offset; records every position asked for.
    async fn offset_pages(total: u64, size: u64, read: usize, max_pages: u32) -> (Vec<u64>, Vec<Position>) {
        let asked = RefCell::new(Vec::new());
        let stream = paged::<u64, (), _, _>(max_pages, |position| {
            asked.borrow_mut().push(position.clone());
            async move {
                let start = match position {
                    Position::Start => 0,
                    Position::Offset(offset) => offset,
                    Position::Cursor(_) | Position::Link(_) => unreachable!("offset paging"),
                };
                let items: Vec<u64> = (start..total.min(start + size)).collect();
                Ok(Page { next: Next::Offset(start + items.len() as u64), items, last: None })
            }
        });
        let items: Vec<u64> = stream.take(read).map(|item| item.unwrap()).collect().await;
        (items, asked.into_inner())
    }

    #[tokio::test]
    async fn pages_are_fetched_only_when_needed_and_an_empty_page_ends_the_stream() {
        let (items, asked) = offset_pages(7, 3, 100, 100).await;
        assert_eq!(items, (0..7).collect::<Vec<_>>());
        // 3 pages of items and the empty one that ends the stream.
        assert_eq!(asked, [Position::Start, Position::Offset(3), Position::Offset(6), Position::Offset(7)]);
        let (items, asked) = offset_pages(7, 3, 4, 100).await;
        assert_eq!((items.len(), asked.len()), (4, 2), "reading 4 items fetches 2 pages, no more");
    }

    #[tokio::test]
    async fn a_cursor_that_does_not_advance_is_an_error_not_a_loop() {
        let stream = paged::<&str, (), _, _>(100, |_| async {
            Ok(Page { items: vec!["a"], next: Next::Cursor("c".into()), last: None })
        });
        let results: Vec<_> = stream.collect().await;
        assert_eq!(results.len(), 2, "a, then the error: the repeated page's items are not yielded again");
        let Err(Error::Paging(error)) = &results[1] else { panic!("{results:?}") };
        assert_eq!((error.pages, error.problem), (2, PagingProblem::CursorDidNotAdvance));
    }

    #[tokio::test]
    async fn a_next_link_that_does_not_advance_is_an_error_not_a_loop() {
        let stream = paged::<&str, (), _, _>(100, |_| async {
            Ok(Page { items: vec!["a"], next: Next::Link("?page=2".into()), last: None })
        });
        let results: Vec<_> = stream.collect().await;
        assert_eq!(results.len(), 2, "a, then the error: the linked page links to itself");
        let Err(Error::Paging(error)) = &results[1] else { panic!("{results:?}") };
        assert_eq!((error.pages, error.problem), (2, PagingProblem::CursorDidNotAdvance));
    }

    #[tokio::test]
    async fn a_refused_link_ends_the_stream_counting_the_pages_fetched() {
        let current: reqwest::Url = "https://api.example.com/v1/things?limit=2".parse().unwrap();
        let stream = paged::<&str, (), _, _>(100, |position| {
            let current = current.clone();
            async move {
                if let Position::Link(link) = position {
                    follow::<()>(&current, &link)?;
                }
                Ok(Page { items: vec!["a"], next: Next::Link("https://evil.example/v1/things".into()), last: None })
            }
        });
        let results: Vec<_> = stream.collect().await;
        assert_eq!(results.len(), 2, "the first page's item, then the error");
        let Err(Error::Paging(error)) = &results[1] else { panic!("{results:?}") };
        assert_eq!((error.pages, error.problem), (1, PagingProblem::LinkElsewhere));
        assert!(error.to_string().contains("not followed"), "{error}");
    }

    #[test]
    fn a_link_is_followed_only_to_the_same_endpoint() {
        let current: reqwest::Url = "https://api.example.com/v1/things?limit=2".parse().unwrap();
        let followed = |link: &str| follow::<()>(&current, link).ok().map(|url| url.to_string());
        let next = Some("https://api.example.com/v1/things?limit=2&page=2".to_owned());
        assert_eq!(followed("https://api.example.com/v1/things?limit=2&page=2"), next);
        assert_eq!(followed("/v1/things?limit=2&page=2"), next);
        assert_eq!(followed("?limit=2&page=2"), next);
        assert_eq!(followed("https://API.example.com:443/v1/things?limit=2&page=2"), next);
        for elsewhere in [
            "https://evil.example/v1/things?page=2",
            "http://api.example.com/v1/things?page=2",
            "https://api.example.com:8443/v1/things?page=2",
            "https://api.example.com/v1/orders?page=2",
            "https://api.example.com/v1/things/../orders",
            "/v1/things/x?page=2",
            "//evil.example/v1/things",
            "\\\\evil.example\\v1\\things",
            "https://user:pass@api.example.com/v1/things",
            "?page=2#fragment",
        ] {
            assert_eq!(followed(elsewhere), None, "{elsewhere}");
        }
    }

    #[tokio::test]
    async fn more_pages_than_the_cap_is_an_error() {
        // Always one more page, each at a new offset.
        let stream = paged::<u32, (), _, _>(3, |position| async move {
            let offset = if let Position::Offset(offset) = position { offset } else { 0 };
            Ok(Page { items: vec![1], next: Next::Offset(offset + 1), last: None })
        });
        let results: Vec<_> = stream.collect().await;
        assert_eq!(results.len(), 4);
        let Err(Error::Paging(error)) = &results[3] else { panic!("{results:?}") };
        assert_eq!((error.pages, error.problem), (3, PagingProblem::TooManyPages));
        assert!(error.to_string().contains("3 pages"), "{error}");
    }

    /// Pages served by `pages`: each call's position picks the next (items, next, last).
    async fn served(
        max_pages: u32,
        pages: impl Fn(&Position) -> (Vec<&'static str>, Next, Option<&'static str>),
    ) -> (Vec<Result<&'static str, PagingProblem>>, Vec<Position>) {
        let asked = RefCell::new(Vec::new());
        let stream = paged::<&str, (), _, _>(max_pages, |position| {
            asked.borrow_mut().push(position.clone());
            let (items, next, last) = pages(&position);
            async move { Ok(Page { items, next, last: last.map(str::to_owned) }) }
        });
        let results = stream
            .map(|item| {
                item.map_err(|error| match error {
                    Error::Paging(error) => error.problem,
                    other => panic!("{other}"),
                })
            })
            .collect()
            .await;
        (results, asked.into_inner())
    }

    #[tokio::test]
    async fn a_cursor_or_link_that_cycles_is_an_error_before_it_is_sent_again() {
        // A → B → A: the second A is never sent.
        let (results, asked) = served(100, |position| match position {
            Position::Start => (vec!["1"], Next::Cursor("A".into()), None),
            Position::Cursor(cursor) if cursor == "A" => (vec!["2"], Next::Cursor("B".into()), None),
            _ => (vec!["3"], Next::Cursor("A".into()), None),
        })
        .await;
        assert_eq!(results, [Ok("1"), Ok("2"), Ok("3"), Err(PagingProblem::CursorDidNotAdvance)]);
        assert_eq!(asked.len(), 3, "{asked:?}");
        let (results, asked) = served(100, |position| match position {
            Position::Start => (vec!["1"], Next::Link("?page=2".into()), None),
            Position::Link(link) if link == "?page=2" => (vec!["2"], Next::Link("?page=3".into()), None),
            _ => (vec!["3"], Next::Link("?page=2".into()), None),
        })
        .await;
        assert_eq!(results.last(), Some(&Err(PagingProblem::CursorDidNotAdvance)));
        assert_eq!(asked.len(), 3, "{asked:?}");
    }

    #[tokio::test]
    async fn a_page_served_again_is_an_error_and_its_items_are_not_yielded() {
        // An offset the server ignores: the same page, saying more follow.
        let (results, asked) = served(1_000, |position| {
            let start = match position {
                Position::Offset(offset) => *offset,
                _ => 0,
            };
            (vec!["a", "b"], Next::Offset(start + 2), Some("b"))
        })
        .await;
        assert_eq!(results, [Ok("a"), Ok("b"), Err(PagingProblem::PageRepeated)]);
        assert_eq!(asked, [Position::Start, Position::Offset(2)]);
    }

    #[tokio::test]
    async fn a_last_item_without_its_cursor_while_more_follow_is_an_error_after_its_page() {
        let (results, asked) = served(100, |_| (vec!["a"], Next::MissingCursor, None)).await;
        assert_eq!(results, [Ok("a"), Err(PagingProblem::MissingCursor)]);
        assert_eq!(asked.len(), 1);
    }

    #[tokio::test]
    async fn a_page_served_again_ends_the_stream_with_one_error_whatever_follows_it() {
        // The second page repeats the first and has no cursor either: one error, the first found.
        let (results, asked) = served(100, |position| match position {
            Position::Start => (vec!["a"], Next::Offset(1), Some("a")),
            _ => (vec!["a"], Next::MissingCursor, Some("a")),
        })
        .await;
        assert_eq!(results, [Ok("a"), Err(PagingProblem::PageRepeated)]);
        assert_eq!(asked.len(), 2);
    }

    #[test]
    fn an_identity_is_the_json_form_and_an_absent_one_is_none() {
        assert_eq!(identity(&"cus_1"), Some(r#""cus_1""#.to_owned()));
        assert_eq!(identity(&Some(42)), Some("42".to_owned()));
        // Items that lack the property are not the same item.
        assert_eq!(identity(&None::<String>), None);
        assert_eq!(identity(&()), None);
    }
}
