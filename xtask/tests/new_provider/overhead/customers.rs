//! The throwaway `customers` provider (`../customers.yaml`, Razorpay's documented Customers
//! resource) in the overhead benchmark: a write (Create a Customer, a POST with a JSON body) and a
//! paged list (Fetch All Customers, offset-paged, every item of every page), each made by
//! hand-written reqwest code that sends the same request and decodes every documented field (the
//! fair baseline), by progenitor's plain client and by the generated client.
//!
//! This file is not part of the workspace: `cargo xtask bench-writes` copies it and the spec into a
//! scratch copy of the workspace, beside the other providers' files in `tests/benches/overhead/`,
//! where the generated crate exists; the end-to-end test (`../../new_provider.rs`) lints it there.

use std::collections::BTreeMap;

use futures_util::StreamExt as _;
use serde::{Deserialize, Serialize};

use super::{Calls, basic, call, hand_written_http, leak, plain_http};
use pspkit_tests::bench::{start_answering_server, start_example_server};

#[path = "../plain/customers.rs"]
mod plain;

use pspkit::customers as generated;

/// Items per page the lists ask for, and pages of items the server holds: a list call reads
/// `PAGES` full pages and the empty one that ends it.
const PAGE: u64 = 10;
const PAGES: u64 = 3;
const ITEMS: usize = (PAGE * PAGES) as usize;

/// The spec's `Customer`, hand-written with every documented field: what Create a Customer returns
/// and each item of a page holds.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; nothing reads them")]
pub struct Customer {
    contact: Option<String>,
    /// Unix seconds.
    created_at: i64,
    email: Option<String>,
    entity: Option<String>,
    gstin: Option<String>,
    id: String,
    name: Option<String>,
    notes: Option<BTreeMap<String, String>>,
}

/// A page of Fetch All Customers, hand-written.
#[derive(Deserialize)]
#[allow(dead_code, reason = "decoding the fields is the cost measured; only the items are read")]
pub struct Collection {
    count: Option<i64>,
    entity: Option<String>,
    items: Vec<Customer>,
}

/// The Create a Customer body, hand-written: the spec example's fields.
#[derive(Serialize)]
pub struct CreateBody {
    name: String,
    contact: Option<String>,
    email: Option<String>,
    fail_existing: Option<&'static str>,
    gstin: Option<String>,
    notes: BTreeMap<String, String>,
}

/// The spec example's notes, built per call by every variant.
fn notes<M: FromIterator<(String, String)>>() -> M {
    std::iter::once(("notes_key_1".to_owned(), "Tea, Earl Grey, Hot".to_owned())).collect()
}

/// A page of `PAGE` copies of the spec's example customer, as Razorpay's collection.
fn page_body(items: u64) -> &'static str {
    let customer = generated::examples::CREATE_CUSTOMER_200_EXAMPLE.body;
    let items: Vec<&str> = (0..items).map(|_| customer).collect();
    leak(format!(r#"{{"entity":"collection","count":{},"items":[{}]}}"#, items.len(), items.join(","))).as_str()
}

/// The first `PAGES` offsets get a full page, any later one the empty page that ends the list.
fn start_list_server() -> String {
    let (full, empty) = (page_body(PAGE), page_body(0));
    start_answering_server(move |uri| {
        let skip = uri
            .query()
            .unwrap_or_default()
            .split('&')
            .find_map(|pair| pair.strip_prefix("skip="))
            .and_then(|skip| skip.parse::<u64>().ok())
            .unwrap_or(0);
        if skip < PAGE * PAGES { full } else { empty }
    })
}

/// The hand-written list: every page, `skip` advanced by the items read, until an empty page.
async fn list_by_hand(http: &reqwest::Client, base: &str, authorization: &str) -> reqwest::Result<usize> {
    let (mut skip, mut read) = (0, 0);
    loop {
        let page: Collection = http
            .get(format!("{base}/v1/customers?count={PAGE}&skip={skip}"))
            .header("accept", "application/json")
            .header("authorization", authorization)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        if page.items.is_empty() {
            return Ok(read);
        }
        read += page.items.len();
        skip += page.items.len() as u64;
    }
}

/// The write and the list, made each way against their servers.
pub fn calls() -> Vec<Calls> {
    let authorization = leak(basic("rzp_test_bench", "bench-secret"));
    let headers = vec![("authorization", authorization.clone())];
    let http = hand_written_http("pspkit-customers/0.1.0");
    let client = |base: &str| {
        leak(
            generated::Client::builder(generated::Credentials::new("rzp_test_bench", "bench-secret"))
                .base_url(base)
                .build()
                .expect("a client"),
        )
    };

    let write_base = leak(start_example_server(generated::examples::CREATE_CUSTOMER_200_EXAMPLE.body));
    let write = client(write_base);
    let write_plain = leak(plain::Client::new_with_client(write_base, plain_http(&headers)));
    let create = Calls::new(
        "create_customer",
        1,
        call(move || async move {
            let body = CreateBody {
                name: "Gaurav Kumar".to_owned(),
                contact: Some("9123456780".to_owned()),
                email: Some("gaurav.kumar@example.com".to_owned()),
                fail_existing: Some("0"),
                gstin: Some("29XAbbA4369J1PA".to_owned()),
                notes: notes(),
            };
            let sent = http
                .post(format!("{write_base}/v1/customers"))
                .header("accept", "application/json")
                .header("authorization", authorization.as_str())
                .json(&body)
                .send()
                .await;
            match sent.and_then(reqwest::Response::error_for_status) {
                Ok(response) => response.json::<Customer>().await.is_ok(),
                Err(_) => false,
            }
        }),
        call(move || async move {
            let body = plain::types::CustomerCreate {
                name: "Gaurav Kumar".parse().expect("a valid name"),
                contact: Some("9123456780".to_owned()),
                email: Some("gaurav.kumar@example.com".to_owned()),
                fail_existing: Some(plain::types::CustomerCreateFailExisting::X0),
                gstin: Some("29XAbbA4369J1PA".to_owned()),
                notes: notes(),
                extra: Default::default(),
            };
            write_plain.create_customer(&body).await.is_ok()
        }),
        call(move || async move {
            let body = generated::types::CustomerCreate {
                name: "Gaurav Kumar".parse().expect("a valid name"),
                contact: Some("9123456780".to_owned()),
                email: Some("gaurav.kumar@example.com".to_owned()),
                fail_existing: Some(generated::types::CustomerCreateFailExisting::X0),
                gstin: Some("29XAbbA4369J1PA".to_owned()),
                notes: notes(),
                extra: Default::default(),
            };
            write.create_customer().body(body).send().await.is_ok()
        }),
    );

    let list_base = leak(start_list_server());
    let list = client(list_base);
    let list_plain = leak(plain::Client::new_with_client(list_base, plain_http(&headers)));
    let page_size = std::num::NonZeroU64::new(PAGE).expect("a page holds items");
    let list_customers = Calls::new(
        "list_customers",
        ITEMS,
        call(move || async move { list_by_hand(http, list_base, authorization).await.is_ok_and(|read| read == ITEMS) }),
        call(move || async move {
            let (mut skip, mut read) = (0, 0);
            loop {
                let Ok(page) = list_plain.list_customers(Some(page_size), Some(skip)).await else { return false };
                let items = page.into_inner().items;
                if items.is_empty() {
                    return read == ITEMS;
                }
                read += items.len();
                skip += items.len() as u64;
            }
        }),
        call(move || async move {
            let mut items = std::pin::pin!(list.list_customers().count(PAGE).stream());
            let mut read = 0;
            while let Some(item) = items.next().await {
                if item.is_err() {
                    return false;
                }
                read += 1;
            }
            read == ITEMS
        }),
    );
    vec![create, list_customers]
}
