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

/// Starts a server on a loopback port that answers the example's endpoint with the example (its
/// path matched by the runtime's own `Example::matches_path`).
pub async fn serve(example: Example) -> Result<MockServer, Failure> {
    let server = MockServer::start_async().await;
    let method: httpmock::Method = example
        .method
        .parse()
        .map_err(|_| Failure::Broken(format!("mock mode cannot serve the HTTP method {}", example.method)))?;
    server
        .mock_async(|when, then| {
            when.method(method).is_true(move |request| example.matches_path(request.uri().path()));
            let then = then.status(example.status);
            if !example.body.is_empty() {
                then.header("content-type", example.content_type).body(example.body);
            }
        })
        .await;
    Ok(server)
}
