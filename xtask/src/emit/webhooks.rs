//! A crate's `crates/providers/<provider>/src/webhooks.rs`, for a spec with `x-pspkit-webhooks`:
//! the provider's scheme as the runtime's `WebhookAuth` (`AUTH`), with the payload property that
//! names an event and the events the spec lists, each with its example (`WEBHOOKS`).

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::provider::Provider;
use crate::model::webhooks::{Auth, Encoding, Timestamp, Webhooks};

/// The module, or `None` when the spec describes no webhooks.
pub fn module(provider: &Provider) -> Option<TokenStream> {
    let webhooks = provider.webhooks.as_ref()?;
    let name = &provider.display_name;
    let module_doc = [
        format!(" How {name} authenticates its webhook deliveries, and the events its spec lists."),
        String::new(),
        " Verify a delivery with [`pspkit_runtime::webhook::verify`]: it compares in constant time".to_owned(),
        " and never puts the body, a signature or the secret in an error.".to_owned(),
    ];
    let auth_doc = format!(" How {name} authenticates a webhook delivery: {}.", describe(webhooks));
    let auth = auth(&webhooks.auth);
    let property = &webhooks.event_property;
    let events = webhooks.events.iter().map(|event| {
        let (name, example) = (&event.name, event.example.to_string());
        let customer_id = match &event.customer_id {
            Some(pointer) => quote!(Some(#pointer)),
            None => quote!(None),
        };
        quote!(pspkit_runtime::webhook::WebhookEvent { name: #name, example: #example, customer_id: #customer_id })
    });
    let listed: Vec<String> = webhooks.events.iter().map(|event| format!("`{}`", event.name)).collect();
    let webhooks_doc = format!(
        " {name}'s webhooks: [`AUTH`], the payload property `{property}` that names the event, and {}.",
        if listed.is_empty() { "no event (the spec describes none)".to_owned() } else { listed.join(", ") }
    );
    Some(quote! {
        #(#![doc = #module_doc])*
        #[doc = #auth_doc]
        pub const AUTH: pspkit_runtime::webhook::WebhookAuth = #auth;
        #[doc = #webhooks_doc]
        pub const WEBHOOKS: pspkit_runtime::webhook::Webhooks = pspkit_runtime::webhook::Webhooks {
            auth: AUTH,
            event_property: #property,
            events: &[#(#events),*],
        };
    })
}

fn auth(auth: &Auth) -> TokenStream {
    let Auth::Hmac(hmac) = auth else { return quote!(pspkit_runtime::webhook::WebhookAuth::Basic) };
    let headers = &hmac.signature_headers;
    let encoding = match hmac.encoding {
        Encoding::Hex => quote!(Hex),
        Encoding::Base64 => quote!(Base64),
    };
    let signed = &hmac.signed;
    let timestamp = match &hmac.timestamp {
        Timestamp::None => quote!(None),
        Timestamp::Header(header) => quote!(Header(#header)),
        Timestamp::Listed { timestamp_key, signature_key } => {
            quote!(Listed { timestamp_key: #timestamp_key, signature_key: #signature_key })
        }
    };
    let tolerance = match hmac.tolerance_seconds {
        Some(seconds) => quote!(Some(#seconds)),
        None => quote!(None),
    };
    quote! {
        pspkit_runtime::webhook::WebhookAuth::Hmac(pspkit_runtime::webhook::HmacScheme {
            signature_headers: &[#(#headers),*],
            encoding: pspkit_runtime::webhook::SignatureEncoding::#encoding,
            signed: #signed,
            timestamp: pspkit_runtime::webhook::TimestampSource::#timestamp,
            tolerance_seconds: #tolerance,
        })
    }
}

/// The scheme in words, for the constant's doc.
fn describe(webhooks: &Webhooks) -> String {
    let Auth::Hmac(hmac) = &webhooks.auth else {
        return "HTTP Basic credentials the merchant set with the provider".to_owned();
    };
    let encoding = match hmac.encoding {
        Encoding::Hex => "hex",
        Encoding::Base64 => "base64",
    };
    let headers = hmac.signature_headers.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(" or ");
    let timestamp = match &hmac.timestamp {
        Timestamp::None => String::new(),
        Timestamp::Header(header) => format!(", the timestamp in `{header}`"),
        Timestamp::Listed { timestamp_key, signature_key } => {
            format!(", listed as `{timestamp_key}=…,{signature_key}=…`")
        }
    };
    let window = hmac.tolerance_seconds.map(|s| format!(", within {s} s of the clock")).unwrap_or_default();
    format!("a {encoding} HMAC-SHA256 of `{}` in {headers}{timestamp}{window}", hmac.signed)
}
