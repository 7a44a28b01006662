//! Emits `crates/providers/<provider>/src/examples.rs` of a generated crate: every response
//! example of the spec ([`crate::model::examples`]) as a constant.

use heck::ToShoutySnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::examples::Example;

/// The tokens of `crates/providers/<provider>/src/examples.rs`.
pub fn module(examples: &[Example]) -> TokenStream {
    let consts = examples.iter().map(|example| {
        let ident = format_ident!("{}", const_name(example));
        let doc = format!(
            " `{} {}` → {} `{}`: {}",
            example.method, example.path, example.status, example.name, example.summary
        );
        let Example { operation_id, method, path, status, name, summary, content_type, body, customer } = example;
        let customer = match customer {
            Some(customer) => quote!(Some(#customer)),
            None => quote!(None),
        };
        quote! {
            #[doc = #doc]
            pub const #ident: Example = Example {
                operation_id: #operation_id,
                method: #method,
                path: #path,
                status: #status,
                name: #name,
                summary: #summary,
                content_type: #content_type,
                body: #body,
                customer: #customer,
            };
        }
    });
    let all = examples.iter().map(|example| format_ident!("{}", const_name(example)));
    quote! {
        pub use pspkit_runtime::Example;

        #(#consts)*

        /// Every example, in the spec's order.
        pub const ALL: &[Example] = &[#(#all),*];
    }
}

/// The constant's name, e.g. `GET_CUSTOMER_200_SEED`.
pub fn const_name(example: &Example) -> String {
    format!("{}_{}_{}", example.operation_id, example.status, example.name).to_shouty_snake_case()
}
