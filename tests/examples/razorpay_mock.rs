//! Runs the Razorpay client end to end with no credentials and no network: a loopback server
//! answers with the spec's seed example and the real generated client fetches and decodes it.
//!
//! `cargo run -p pspkit-tests --example razorpay_mock`

use pspkit_razorpay::{Client, Credentials};
use pspkit_tests::server::{Reply, TestServer};

/// The `seed` example of `GET /v1/customers/{id}` in specs/razorpay.yaml.
const SEED: &str = r#"{"id":"cust_1Aa00000000001","entity":"customer","name":"Gaurav Kumar","email":"gaurav.kumar@example.com","contact":"9123456780","gstin":null,"notes":{"notes_key_1":"Tea, Earl Grey, Hot","notes_key_2":"Tea, Earl Grey… decaf."},"created_at":1655298731}"#;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = TestServer::always(Reply::json(200, SEED).header("x-razorpay-request-id", "mock-request-1")).await;
    let client =
        Client::builder(Credentials::new("rzp_test_mock", "mock-secret")).base_url(server.base_url()).build()?;
    let response = client.get_customer().id("cust_1Aa00000000001").send().await?;
    println!("HTTP {} from the mock at {}", response.status(), server.base_url());
    println!("{}", serde_json::to_string_pretty(&*response)?);
    Ok(())
}
