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

/// Starts a server on a loopback port that answers the example's endpoint with the example.
pub async fn serve(example: Example) -> Result<MockServer, Failure> {
    let server = MockServer::start_async().await;
    let path = path_regex(example.path).map_err(|e| Failure::Broken(format!("mock path: {e}")))?;
    let method = match example.method {
        "GET" => httpmock::Method::GET,
        other => return Err(Failure::Broken(format!("mock mode serves GET operations, not {other}"))),
    };
    server
        .mock_async(|when, then| {
            when.method(method).path_matches(path);
            then.status(example.status).header("content-type", example.content_type).body(example.body);
        })
        .await;
    Ok(server)
}

/// A regex for a path template: literal segments escaped, `{parameter}` segments non-empty.
fn path_regex(template: &str) -> Result<regex::Regex, regex::Error> {
    let segments: Vec<String> = template
        .split('/')
        .map(|segment| {
            if segment.starts_with('{') && segment.ends_with('}') { "[^/]+".to_owned() } else { regex::escape(segment) }
        })
        .collect();
    regex::Regex::new(&format!("^{}$", segments.join("/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates_become_anchored_regexes() {
        let regex = path_regex("/v1/customers/{id}").unwrap();
        assert!(regex.is_match("/v1/customers/cust_1"));
        assert!(!regex.is_match("/v1/customers/"));
        assert!(!regex.is_match("/v1/customers/a/b"));
        assert!(path_regex("/api/customers/detail").unwrap().is_match("/api/customers/detail"));
    }
}
