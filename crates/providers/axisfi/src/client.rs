// generated from specs/axisfi.yaml by cargo xtask codegen; do not edit

use crate::generated::Client;
/// What the spec says about AxisFI that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "axisfi",
    user_agent: concat!("pspkit-axisfi/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &[],
    rate_limit: None,
    idempotency_key: None,
};
/// AxisFI documents no public host: there is no environment to choose, and the base URL is required.
pub type Environment = pspkit_runtime::NoEnvironment;
pspkit_runtime::credentials! {
    doc :
    " AxisFI credentials. `Debug` shows `[REDACTED]` in place of every value.\n\n- `api_key`: Sent as the `x-api-key` header. The API key issued by AxisFI.\n- `api_secret`: Sent as the `x-api-secret` header. The API secret issued with the key.",
    new_doc : " Credentials from their values: `api_key`, `api_secret`.", from_env_doc :
    " Reads the credentials from the environment variables `AXISFI_API_KEY`, `AXISFI_API_SECRET`.",
    fields : [api_key => "AXISFI_API_KEY", api_secret => "AXISFI_API_SECRET"], auth :
    [pspkit_runtime::AuthStep::ApiKeyHeader { header : "x-api-key", value : 0usize },
    pspkit_runtime::AuthStep::ApiKeyHeader { header : "x-api-secret", value : 1usize }],
}
pspkit_runtime::provider_client! {
    client : Client, info : PROVIDER, examples : crate ::examples::ALL, environment :
    Environment, credentials : Credentials, builder_doc :
    " Starts building a client. This provider documents no public host: set `base_url` before `build`.",
}
