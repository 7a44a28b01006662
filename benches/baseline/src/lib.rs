//! A hand-written Get Customer: what a merchant would write with reqwest and serde alone (each
//! provider's struct is in `tests/benches/overhead/<provider>.rs`). The benchmarks measure the
//! generated clients against it, and `cargo xtask bench-build` compares
//! its build cost with a provider crate's.

/// Sends `GET {url}` with the given headers and decodes the JSON body as `T`.
pub async fn get_json<T: serde::de::DeserializeOwned>(
    client: &reqwest::Client,
    url: &str,
    headers: &[(&'static str, String)],
) -> reqwest::Result<T> {
    let mut request = client.get(url).header("accept", "application/json");
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    request.send().await?.error_for_status()?.json::<T>().await
}

/// Sends `GET {url}` with the given headers and decodes the body as an untyped JSON value.
pub async fn get_value(
    client: &reqwest::Client,
    url: &str,
    headers: &[(&'static str, String)],
) -> reqwest::Result<serde_json::Value> {
    get_json::<serde_json::Value>(client, url, headers).await
}
