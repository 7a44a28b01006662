//! A response full of departures from its spec is recorded in bounded space: a 4 MiB body whose
//! 150,000 items each depart once, decoded through a client from a loopback server, yields the
//! first `MAX_DEVIATIONS` deviations and a count of the rest, one bounded WARN line, and no more
//! memory than a body of the same size with a single departure. Its own test binary: the
//! allocator that measures peak memory is process-wide.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use pspkit_runtime::lenient::MAX_DEVIATIONS;
use pspkit_runtime::{Config, DeviationKind, RetryPolicy, StatusClass};
use pspkit_tests::logs::Captured;
use pspkit_tests::server::{Reply, TestServer};
use tracing::Level;
use tracing_subscriber::fmt::format::FmtSpan;

/// The system allocator, counting the bytes in use and their peak.
struct Peak;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Peak {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Peak = Peak;

/// A page of items, each with an id (identifying) and an optional integer amount.
#[derive(Debug, serde::Deserialize)]
struct Items {
    #[allow(dead_code, reason = "decoded, never read")]
    items: Vec<Item>,
}

#[derive(Debug, serde::Deserialize)]
struct Item {
    #[allow(dead_code, reason = "decoded, never read")]
    id: String,
    #[serde(
        default,
        deserialize_with = "pspkit_runtime::lenient::fields::integer::<_, _, pspkit_runtime::lenient::fields::Nullable>"
    )]
    #[allow(dead_code, reason = "decoded, never read")]
    amount: Option<i64>,
}

static SCHEMAS: pspkit_runtime::lenient::Schemas = pspkit_runtime::lenient::Schemas::new(
    r##"{"Items":{"type":"object","required":["items"],"x-pspkit-identity":["items"],"properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/Item"}}}},"Item":{"type":"object","required":["id"],"x-pspkit-identity":["id"],"properties":{"id":{"type":"string"},"amount":{"type":"integer","nullable":true}}}}"##,
);

impl pspkit_runtime::lenient::Documented for Items {
    const SCHEMAS: &'static pspkit_runtime::lenient::Schemas = &SCHEMAS;
    const SCHEMA: &'static str = "Items";
}

static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "deviations",
    user_agent: "pspkit-test/0",
    request_id_headers: &[],
    rate_limit: None,
    idempotency_key: None,
};

/// A body of about 4 MiB: `items` items, the first `departing` with an amount the spec does not
/// allow (`true` for an integer), the rest as documented.
fn body(items: usize, departing: usize) -> String {
    let mut body = String::with_capacity(items * 28 + 16);
    body.push_str(r#"{"items":["#);
    for index in 0..items {
        if index > 0 {
            body.push(',');
        }
        // The same length either way: only the departures differ.
        let amount = if index < departing { "true" } else { "1   " };
        body.push_str(&format!(r#"{{"id":"i{index:07}","amount":{amount}}}"#));
    }
    body.push_str("]}");
    body
}

#[allow(clippy::result_large_err, reason = "the runtime's public `Error`, as every generated `request` returns it")]
/// Decodes `body` through a client against a loopback server: the response's listed deviations,
/// the count left out, the peak bytes allocated while decoding and the WARN log it wrote.
fn decode(runtime: &tokio::runtime::Runtime, body: String) -> (Vec<pspkit_runtime::Deviation>, usize, usize, String) {
    let server = runtime.block_on(TestServer::always(Reply::json(200, &body)));
    drop(body);
    let config = Config::default().with_retry(RetryPolicy::disabled()).with_max_body_bytes(8 * 1024 * 1024);
    let parts = pspkit_runtime::build_client(&PROVIDER, Default::default(), Some(server.base_url()), &config).unwrap();
    let url = parts.context.endpoint(parts.base_url.as_str(), "/items", "/items").unwrap();
    let logs = Captured::default();
    let _guard = logs.install(Level::WARN, FmtSpan::NONE);
    PEAK.store(IN_USE.load(Ordering::Relaxed), Ordering::Relaxed);
    let before = IN_USE.load(Ordering::Relaxed);
    let response = runtime.block_on(pspkit_runtime::send::<Items, ()>(
        &parts.context,
        &parts.http,
        || pspkit_runtime::RequestBuilder::new(reqwest::Method::GET, url.clone()).build(),
        "list_items",
        |_| StatusClass::Success,
    ));
    let peak = PEAK.load(Ordering::Relaxed) - before;
    let response = response.expect("a tolerated body decodes");
    let meta = response.meta().clone();
    (meta.deviations, meta.deviations_omitted, peak, logs.text())
}

#[test]
fn a_body_full_of_departures_is_recorded_in_bounded_space() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let items = 150_000;
    // A first call allocates what every later one reuses (about 5 MB here): not counted.
    decode(&runtime, body(items, 1));
    let (listed, omitted, peak_full, warn) = decode(&runtime, body(items, items));
    assert!(body(items, items).len() > 4 * 1024 * 1024, "a 4 MiB body");
    assert_eq!(listed.len(), MAX_DEVIATIONS);
    assert_eq!(omitted, items - MAX_DEVIATIONS);
    assert!(listed.iter().all(|deviation| deviation.kind
        == DeviationKind::WrongType {
            expected: pspkit_runtime::lenient::JsonKind::Integer,
            came: pspkit_runtime::lenient::JsonKind::Boolean
        }));
    assert_eq!(listed[0].path, "/items/0/amount");
    assert_eq!(warn.lines().count(), 1, "one WARN event");
    assert!(warn.len() < 8 * 1024, "the WARN line is bounded: {} bytes", warn.len());
    assert!(warn.contains(&format!("count={items}")) && warn.contains(&format!("omitted={omitted}")), "{warn}");

    let (listed, omitted, peak_one, _) = decode(&runtime, body(items, 1));
    assert_eq!((listed.len(), omitted), (1, 0));
    // The same body size, 150,000 departures or one: recording them costs no more than a small
    // part of the body's own decoding (uncapped, the records alone were over 10 MB).
    let extra = peak_full.saturating_sub(peak_one);
    assert!(extra < 1024 * 1024, "150,000 departures cost {extra} bytes more at peak than one ({peak_one} bytes)");
}
