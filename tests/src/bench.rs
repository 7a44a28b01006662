//! Shared pieces of the benchmarks: a keep-alive loopback server (axum) that answers with a spec
//! example (or a body chosen by path and query), and the ratio report read from criterion's estimates.

use std::path::{Path, PathBuf};

use axum::http::Uri;
use axum::http::header::CONTENT_TYPE;

/// Starts a keep-alive loopback server (axum) on its own runtime thread that answers every request
/// with `body` as JSON (HTTP 200); returns its base URL.
pub fn start_example_server(body: &'static str) -> String {
    start_answering_server(move |_| body)
}

/// Starts a keep-alive loopback server (axum) on its own runtime thread that answers each request
/// with the JSON body `answer` gives for its path and query (HTTP 200), such as a paged list's
/// page for its offset; returns its base URL.
pub fn start_answering_server(answer: impl Fn(&Uri) -> &'static str + Clone + Send + Sync + 'static) -> String {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        runtime.block_on(async move {
            let app = axum::Router::new()
                .fallback(move |uri: Uri| async move { ([(CONTENT_TYPE, "application/json")], answer(&uri)) });
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
            let address = listener.local_addr().expect("bound");
            sender.send(format!("http://{address}")).expect("the caller waits");
            axum::serve(listener, app).await.expect("the server runs");
        });
    });
    receiver.recv().expect("the server starts")
}

/// The median, in nanoseconds, criterion estimated for `group/function` in this run (criterion
/// stores a group `a/b` in the directory `a_b`).
pub fn criterion_median(group: &str, function: &str) -> Option<f64> {
    let path = criterion_dir().join(group.replace('/', "_")).join(function).join("new/estimates.json");
    let estimates: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    estimates["median"]["point_estimate"].as_f64()
}

fn criterion_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("criterion")
}
