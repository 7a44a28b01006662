// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

use crate::generated::Client;
/// What the spec says about Paisr that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "paisr",
    user_agent: concat!("pspkit-paisr/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &[],
    rate_limit: Some(pspkit_runtime::RateLimit {
        requests: 250u32,
        period: std::time::Duration::from_secs(60u64),
    }),
    idempotency_key: None,
};
pspkit_runtime::environments! {
    doc : " The Paisr environments named in the spec; the first is the default.", default
    : Live = ("live", "https://api.live.paisr.tech/v2",
    " Live (`https://api.live.paisr.tech/v2`)"), others : [Staging = ("staging",
    "https://api.staging.paisr.tech/v2",
    " Staging (`https://api.staging.paisr.tech/v2`)")],
}
pspkit_runtime::credentials! {
    doc :
    " Paisr credentials. `Debug` shows `[REDACTED]` in place of every value.\n\n- `token`: Sent as the HTTP Bearer token. An access token created in the Paisr dashboard (a JWT, as Paisr's official document says), sent as `Authorization: Bearer <token>`.",
    new_doc : " Credentials from their values: `token`.", from_env_doc :
    " Reads the credentials from the environment variables `PAISR_TOKEN`.", fields :
    [token => "PAISR_TOKEN"], auth : [pspkit_runtime::AuthStep::Bearer { token : 0usize
    }],
}
pspkit_runtime::provider_client! {
    client : Client, info : PROVIDER, examples : crate ::examples::ALL, environment :
    Environment, credentials : Credentials, builder_doc :
    " Starts building a client; requests go to the default environment unless told otherwise.",
}
