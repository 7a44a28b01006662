//! Paged lists as a stream of items: a generated operation that declares how it pages
//! (`x-pspkit-paging`) gets a `stream()` built on [`paged`], which fetches a page only when the
//! caller has read every item of the one before, holds at most one page, and provably ends: an
//! empty or last page ends it; a cursor that does not advance, or more pages than
//! `Config::max_pages`, is an error, never an endless loop.

use std::collections::VecDeque;
use std::future::Future;

/// The stream trait a paged list's `stream()` returns (futures-core's, which the `futures` crate re-exports).
pub use futures_core::Stream;

use crate::Error;
use crate::error::{PagingError, PagingProblem};

/// Where a page starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Position {
    /// The first page: the caller's own arguments.
    Start,
    /// After this cursor (the last item's, e.g. Stripe's `starting_after`).
    Cursor(String),
    /// After skipping this many items (e.g. Razorpay's `skip`).
    Offset(u64),
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
}

/// One page: its items and what follows.
#[derive(Debug)]
pub struct Page<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// What follows it.
    pub next: Next,
}

/// Every item of every page, in order: `fetch` gets each page's position (the first is
/// [`Position::Start`]) and is called only when the items before are all read. An empty page, or
/// [`Next::End`], ends the stream; a cursor equal to the one before, or a page beyond `max_pages`,
/// ends it with [`Error::Paging`]; a failed page ends it with that page's error.
pub fn paged<T, E, F, Fut>(max_pages: u32, fetch: F) -> impl Stream<Item = Result<T, Error<E>>>
where
    F: FnMut(Position) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error<E>>>,
{
    let state = Pager { fetch, position: Some(Position::Start), items: VecDeque::new(), pages: 0, max_pages };
    futures_util::stream::unfold(state, |mut pager| async move {
        let item = pager.next_item().await?;
        Some((item, pager))
    })
}

/// The stream's state: the position of the next page (`None` once ended) and the current page's
/// unread items.
struct Pager<T, F> {
    fetch: F,
    position: Option<Position>,
    items: VecDeque<T>,
    pages: u32,
    max_pages: u32,
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
            let position = self.position.take()?;
            if self.pages == self.max_pages {
                return Some(Err(Error::Paging(PagingError {
                    pages: self.pages,
                    problem: PagingProblem::TooManyPages,
                })));
            }
            self.pages += 1;
            let page = match (self.fetch)(position.clone()).await {
                Ok(page) => page,
                Err(error) => return Some(Err(error)),
            };
            if page.items.is_empty() {
                return None;
            }
            self.position = match page.next {
                Next::End => None,
                Next::Cursor(cursor) if position == Position::Cursor(cursor.clone()) => {
                    let problem = PagingProblem::CursorDidNotAdvance;
                    return Some(Err(Error::Paging(PagingError { pages: self.pages, problem })));
                }
                Next::Cursor(cursor) => Some(Position::Cursor(cursor)),
                Next::Offset(offset) => Some(Position::Offset(offset)),
            };
            self.items = page.items.into();
        }
    }
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

/// An item's cursor field as text, however the generated type holds it.
pub trait CursorValue {
    /// The cursor, when the item has one.
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
                    Position::Cursor(_) => unreachable!("offset paging"),
                };
                let items: Vec<u64> = (start..total.min(start + size)).collect();
                Ok(Page { next: Next::Offset(start + items.len() as u64), items })
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
        let stream =
            paged::<&str, (), _, _>(100, |_| async { Ok(Page { items: vec!["a"], next: Next::Cursor("c".into()) }) });
        let results: Vec<_> = stream.collect().await;
        assert_eq!(results.len(), 2, "a, then the error: the repeated page's items are not yielded again");
        let Err(Error::Paging(error)) = &results[1] else { panic!("{results:?}") };
        assert_eq!((error.pages, error.problem), (2, PagingProblem::CursorDidNotAdvance));
    }

    #[tokio::test]
    async fn more_pages_than_the_cap_is_an_error() {
        let stream = paged::<u32, (), _, _>(3, |_| async { Ok(Page { items: vec![1], next: Next::Offset(1) }) });
        let results: Vec<_> = stream.collect().await;
        assert_eq!(results.len(), 4);
        let Err(Error::Paging(error)) = &results[3] else { panic!("{results:?}") };
        assert_eq!((error.pages, error.problem), (3, PagingProblem::TooManyPages));
        assert!(error.to_string().contains("3 pages"), "{error}");
    }
}
