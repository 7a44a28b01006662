// generated from specs/razorpay.yaml by cargo xtask codegen; do not edit

use crate::generated::Client;
/// What the spec says about Razorpay that the runtime needs.
pub static PROVIDER: pspkit_runtime::ProviderInfo = pspkit_runtime::ProviderInfo {
    name: "razorpay",
    user_agent: concat!("pspkit-razorpay/", env!("CARGO_PKG_VERSION")),
    request_id_headers: &["x-razorpay-request-id"],
    rate_limit: None,
    idempotency_key: None,
};
pspkit_runtime::environments! {
    doc : " The Razorpay environments named in the spec; the first is the default.",
    default : Production = ("production", "https://api.razorpay.com",
    " Razorpay API (test or live mode is chosen by the key pair). (`https://api.razorpay.com`)"),
    others : [],
}
pspkit_runtime::credentials! {
    doc :
    " Razorpay credentials. `Debug` shows `[REDACTED]` in place of every value.\n\n- `key_id`: Sent as the HTTP Basic username. HTTP Basic authentication with the API key id as the username and the key secret as the password, both from the Razorpay Dashboard.\n- `key_secret`: Sent as the HTTP Basic password. HTTP Basic authentication with the API key id as the username and the key secret as the password, both from the Razorpay Dashboard.",
    new_doc : " Credentials from their values: `key_id`, `key_secret`.", from_env_doc :
    " Reads the credentials from the environment variables `RAZORPAY_KEY_ID`, `RAZORPAY_KEY_SECRET`.",
    fields : [key_id => "RAZORPAY_KEY_ID", key_secret => "RAZORPAY_KEY_SECRET"], auth :
    [pspkit_runtime::AuthStep::Basic { username : 0usize, password : Some(1usize) }],
}
pspkit_runtime::provider_client! {
    client : Client, info : PROVIDER, examples : crate ::examples::ALL, environment :
    Environment, credentials : Credentials, builder_doc :
    " Starts building a client; requests go to the default environment unless told otherwise.",
}
