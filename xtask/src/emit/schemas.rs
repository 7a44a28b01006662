//! Emits `crates/providers/<provider>/src/schemas.rs`: the strict schemas, embedded for the runtime
//! to list deviations against (and to say where a request body breaks its schema), and
//! `Documented` for every response, request body and webhook payload type.

use quote::{format_ident, quote};

use crate::model::tolerance::{Plan, rust_name};

/// `crates/providers/<provider>/src/schemas.rs`: the strict schemas and `Documented` for every
/// response, request body and webhook payload type.
pub fn module(plan: &Plan) -> proc_macro2::TokenStream {
    let json = &plan.strict_json;
    let mut responses: Vec<&str> = plan.responses.iter().map(|(_, _, schema)| schema.as_str()).collect();
    responses.sort_unstable();
    responses.dedup();
    let mut documented: Vec<&str> = responses
        .iter()
        .copied()
        .chain(plan.requests.iter().map(String::as_str))
        .chain(plan.events.iter().map(String::as_str))
        .collect();
    documented.sort_unstable();
    documented.dedup();
    let impls = documented.iter().map(|schema| {
        let ty = format_ident!("{}", rust_name(schema));
        quote! {
            impl ::pspkit_runtime::lenient::Documented for crate::types::#ty {
                const SCHEMAS: &'static ::pspkit_runtime::lenient::Schemas = &SCHEMAS;
                const SCHEMA: &'static str = #schema;
            }
        }
    });
    let decoders = plan.responses.iter().map(|(operation, status, schema)| {
        let ty = format_ident!("{}", rust_name(schema));
        quote! {
            ::pspkit_runtime::lenient::ResponseDecoder {
                operation_id: #operation,
                status: #status,
                decode: ::pspkit_runtime::lenient::deviations::<crate::types::#ty>,
            }
        }
    });
    let exported = responses.iter().map(|schema| {
        let ty = format_ident!("{}", rust_name(schema));
        quote!((#schema, ::schemars::schema_for!(crate::types::#ty)))
    });
    quote! {
        /// The spec's `components/schemas` and inline request body schemas, strict as written
        /// (descriptions and examples removed): what the runtime lists a tolerated body's
        /// deviations against, and finds where a request body breaks its schema.
        pub(crate) static SCHEMAS: ::pspkit_runtime::lenient::Schemas = ::pspkit_runtime::lenient::Schemas::new(#json);
        #(#impls)*
        /// Every documented response body, by operation and status: decode a captured body as the
        /// client would, and get what it tolerated.
        pub static RESPONSE_DECODERS: &[::pspkit_runtime::lenient::ResponseDecoder] = &[#(#decoders),*];
        /// The JSON Schema of every documented response type, by its spec component name
        /// (feature `schemars`).
        #[cfg(feature = "schemars")]
        pub fn json_schemas() -> ::std::vec::Vec<(&'static str, ::schemars::schema::RootSchema)> {
            ::std::vec![#(#exported),*]
        }
    }
}
