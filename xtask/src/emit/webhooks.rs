//! A crate's `crates/providers/<provider>/src/webhooks.rs`, for a spec with `x-pspkit-webhooks`:
//! the provider's scheme as the runtime's `WebhookAuth` (`AUTH`), with the payload property that
//! names an event and the events the spec lists, each with its example (`WEBHOOKS`); the typed
//! events (`Event`, the runtime's `Events`), `verify` (the runtime's `verify_event`) and, behind
//! the `mock` feature, `sign`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::provider::Provider;
use crate::model::tolerance::rust_name;
use crate::model::webhooks::{Auth, Encoding, Timestamp, UNLISTED, Webhooks};

/// The module, or `None` when the spec describes no webhooks.
pub fn module(provider: &Provider) -> Option<TokenStream> {
    let webhooks = provider.webhooks.as_ref()?;
    let name = &provider.display_name;
    let module_doc = [
        format!(" How {name} authenticates its webhook deliveries, and the events its spec lists."),
        String::new(),
        " Verify a delivery with [`verify`]: it compares signatures in constant time, checks the".to_owned(),
        " replay window, never puts the body, a signature or the secret in an error, and decodes".to_owned(),
        " the payload tolerantly as the [`Event`] it names.".to_owned(),
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
    let typed = typed(provider, webhooks);
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
        #typed
    })
}

/// `Event`, its `Events` implementation, `verify` and `sign`, with the runtime's types they take
/// and give.
fn typed(provider: &Provider, webhooks: &Webhooks) -> TokenStream {
    let unlisted = format_ident!("{UNLISTED}");
    let variants: Vec<_> = webhooks.events.iter().map(|event| format_ident!("{}", event.variant)).collect();
    let types: Vec<_> = webhooks.events.iter().map(|event| format_ident!("{}", rust_name(&event.schema))).collect();
    let names: Vec<&String> = webhooks.events.iter().map(|event| &event.name).collect();
    let variant_docs = webhooks
        .events
        .iter()
        .zip(&types)
        .map(|(event, ty)| format!(" `{}`: its payload, a [`{ty}`](crate::types::{ty}).", event.name));
    let decode_listed = if names.is_empty() {
        quote! {
            let _ = (name, body);
            None
        }
    } else {
        quote! {
            Some(match name {
                #(#names => ::pspkit_runtime::lenient::decode::<crate::types::#types>(body).map(|decoded| decoded.map(Self::#variants)),)*
                _ => return None,
            })
        }
    };
    let sign_example = sign_example(provider, webhooks);
    quote! {
        pub use ::pspkit_runtime::Secret;
        pub use ::pspkit_runtime::webhook::{Delivery, HeaderMap, UnlistedEvent, WebhookError, WebhookSecret};
        /// The event of an authentic delivery ([`verify`]): one variant per event the spec lists,
        /// its payload decoded tolerantly, and [`Event::Unlisted`] for any other. It serializes
        /// as its payload.
        #[derive(Debug, Clone, ::serde::Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum Event {
            #(
                #[doc = #variant_docs]
                #variants(crate::types::#types),
            )*
            /// An event the spec does not list, or a payload that names none: the payload as JSON
            /// (reported as a deviation at the event property).
            #unlisted(::pspkit_runtime::webhook::UnlistedEvent),
        }
        impl Event {
            /// The event's name: the spec's, or for [`Event::Unlisted`] the one the payload gives, if any.
            pub fn name(&self) -> Option<&str> {
                match self {
                    #(Self::#variants(_) => Some(#names),)*
                    Self::#unlisted(event) => event.name.as_deref(),
                }
            }
        }
        impl ::pspkit_runtime::webhook::Events for Event {
            const WEBHOOKS: &'static ::pspkit_runtime::webhook::Webhooks = &WEBHOOKS;
            fn decode_listed(
                name: &str,
                body: &[u8],
            ) -> Option<Result<::pspkit_runtime::lenient::Decoded<Self>, ::pspkit_runtime::DecodeError>> {
                #decode_listed
            }
            fn unlisted(event: ::pspkit_runtime::webhook::UnlistedEvent) -> Self {
                Self::#unlisted(event)
            }
        }
        /// Verifies a delivery (its `headers` and raw `body` as received) against the merchant's
        /// `secret`, with `now` as the clock (`SystemTime::now()`, or a captured delivery's time),
        /// then decodes its payload as the [`Event`] it names, tolerantly: what was tolerated is in
        /// the delivery's `deviations`. An error names what failed, never the body, a signature
        /// or the secret.
        pub fn verify(
            secret: &::pspkit_runtime::webhook::WebhookSecret<'_>,
            headers: &::pspkit_runtime::webhook::HeaderMap,
            body: &[u8],
            now: ::std::time::SystemTime,
        ) -> Result<::pspkit_runtime::webhook::Delivery<Event>, ::pspkit_runtime::webhook::WebhookError> {
            ::pspkit_runtime::webhook::verify_event::<Event>(secret, headers, body, now)
        }
        /// The headers the provider would send with `body` at `at`, authenticated with `secret`
        /// as [`AUTH`] says: for tests, to build a delivery [`verify`] accepts (feature `mock`).
        #(#[doc = #sign_example])*
        #[cfg(feature = "mock")]
        pub fn sign(
            secret: &::pspkit_runtime::webhook::WebhookSecret<'_>,
            body: &[u8],
            at: ::std::time::SystemTime,
        ) -> Result<::pspkit_runtime::webhook::HeaderMap, ::pspkit_runtime::webhook::WebhookError> {
            ::pspkit_runtime::webhook::sign_delivery(&AUTH, secret, body, at)
        }
    }
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

/// `sign`'s doc example: a delivery of the spec's first event (else of an event it does not list),
/// signed, then verified and matched.
fn sign_example(provider: &Provider, webhooks: &Webhooks) -> Vec<String> {
    let krate = format!("pspkit_{}", provider.name.replace('-', "_"));
    let (body, variant) = match webhooks.events.first() {
        Some(event) => (event.example.to_string(), format!("Event::{}(_)", event.variant)),
        None => (
            serde_json::json!({ webhooks.event_property.as_str(): "unlisted.event" }).to_string(),
            format!("Event::{UNLISTED}(_)"),
        ),
    };
    let secret = match webhooks.auth {
        Auth::Hmac(_) => vec![
            "let key = Secret::new(\"whsec_test\");".to_owned(),
            "let secret = WebhookSecret::Hmac(&key);".to_owned(),
        ],
        Auth::Basic => vec![
            "let (username, password) = (Secret::new(\"merchant\"), Secret::new(\"s3cret\"));".to_owned(),
            "let secret = WebhookSecret::Basic { username: &username, password: &password };".to_owned(),
        ],
    };
    let customer = webhooks.events.first().and_then(|event| {
        let id = event.example.pointer(event.customer_id.as_deref()?)?.as_str()?;
        Some(format!("assert_eq!(delivery.customer_id.as_deref(), Some({id:?}));"))
    });
    let lines = [
        vec![
            "```".to_owned(),
            format!("use {krate}::webhooks::{{self, Event, Secret, WebhookSecret}};"),
            String::new(),
        ],
        secret,
        vec![
            if body.contains("\"#") {
                format!("let body = {body:?}.as_bytes();")
            } else {
                format!("let body = br#\"{body}\"#;")
            },
            "let now = std::time::SystemTime::now();".to_owned(),
            "let headers = webhooks::sign(&secret, body, now).unwrap();".to_owned(),
            "let delivery = webhooks::verify(&secret, &headers, body, now).unwrap();".to_owned(),
            format!("assert!(matches!(delivery.event, {variant}));"),
        ],
        customer.into_iter().collect(),
        vec!["```".to_owned()],
    ];
    lines.concat().into_iter().map(|line| if line.is_empty() { line } else { format!(" {line}") }).collect()
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
