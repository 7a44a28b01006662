// generated from specs/juspay.yaml by cargo xtask codegen; do not edit

use crate::generated::Client;
/// What the spec says about Juspay that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "juspay",
    user_agent: concat!("pspkit-juspay/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &["x-request-id", "x-response-id"],
    rate_limit: None,
    idempotency_key: None,
};
pspkit_runtime::environments! {
    doc : " The Juspay environments named in the spec; the first is the default.",
    default : Production = ("production", "https://api.juspay.in",
    " Production (`https://api.juspay.in`)"), others : [Sandbox = ("sandbox",
    "https://sandbox.juspay.in", " Sandbox (test keys) (`https://sandbox.juspay.in`)")],
}
pspkit_runtime::credentials! {
    doc :
    " Juspay credentials. `Debug` shows `[REDACTED]` in place of every value.\n\n- `api_key`: Sent as the HTTP Basic username. HTTP Basic with the API key from the Juspay dashboard as the username and an empty password.\n- `merchant_id`: Sent as the `x-merchantid` header. The merchant id, sent with every request.",
    new_doc : " Credentials from their values: `api_key`, `merchant_id`.", from_env_doc :
    " Reads the credentials from the environment variables `JUSPAY_API_KEY`, `JUSPAY_MERCHANT_ID`.",
    fields : [api_key => "JUSPAY_API_KEY", merchant_id => "JUSPAY_MERCHANT_ID"], auth :
    [pspkit_runtime::AuthStep::Basic { username : 0usize, password : None },
    pspkit_runtime::AuthStep::ApiKeyHeader { header : "x-merchantid", value : 1usize }],
}
pspkit_runtime::provider_client! {
    client : Client, info : PROVIDER, examples : crate ::examples::ALL, environment :
    Environment, credentials : Credentials, builder_doc :
    " Starts building a client; requests go to the default environment unless told otherwise.",
}
