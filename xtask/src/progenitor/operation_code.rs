//! Each operation's `request()` and `send()`, emitted from the xtask's own operation model
//! ([`crate::model::operation`]) rather than rewritten from progenitor's `send`: what a request carries
//! (path, query, headers, body) and how each status is read come from the spec, so a new shape of
//! OpenAPI needs a line here, never a new rewrite of progenitor's code.
//!
//! `request()` checks every argument the builder holds (an invalid one is
//! `pspkit_runtime::Error::InvalidInput` naming the parameter; nothing is sent), builds the URL
//! from the client's parsed base URL, checked against the path template, and the request in place
//! (`pspkit_runtime::RequestBuilder`); `send()` hands the runtime a way to build it once per
//! attempt and the statuses the spec documents.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Attribute, ImplItemFn, Type, parse_quote};

use crate::model::operation::{Class, Location, Media, Operation, Paging, PagingStyle, Status};

/// The private `request()` of `operation`'s builder. `body` is the type the body setter converts
/// to (progenitor's builder field holds its `builder` form); `error` the operation's error type.
pub fn request_fn(operation: &Operation, body: Option<&Type>, error: &Type) -> ImplItemFn {
    let fields: Vec<syn::Ident> = operation.parameters.iter().map(|p| format_ident!("{}", p.field)).collect();
    let checks =
        fields.iter().map(|field| quote!(let #field = #field.map_err(::pspkit_runtime::Error::invalid_input)?;));
    let (body_field, body_check, body_set) = match (&operation.body, body) {
        (Some(media), Some(ty)) => {
            let set = match media {
                Media::Json => quote!(request = request.json(&body);),
                Media::Form { deep_object } => quote!(request = request.form(&body, &[#(#deep_object),*]);),
            };
            let check = quote! {
                let body = body
                    .and_then(|value| #ty::try_from(value).map_err(|error| format!("invalid body: {error}")))
                    .map_err(::pspkit_runtime::Error::invalid_input)?;
            };
            (Some(()), check, set)
        }
        _ => (None, TokenStream::new(), TokenStream::new()),
    };
    let url = url(operation);
    let template = &operation.path;
    let verb = format_ident!("{}", operation.verb);
    let parameters = operation.parameters.iter().filter(|p| p.location != Location::Path).map(|parameter| {
        let field = format_ident!("{}", parameter.field);
        let name = &parameter.name;
        match (parameter.location, parameter.required) {
            (Location::Query, _) => {
                quote!(request = request.query(&progenitor_client::QueryParam::new(#name, &#field));)
            }
            (_, true) => quote!(request = request.header(#name, #field.to_string());),
            (_, false) => quote! {
                if let Some(value) = &#field {
                    request = request.header(#name, value.to_string());
                }
            },
        }
    });
    let destructure = fields.iter().cloned().chain(body_field.map(|_| format_ident!("body")));
    parse_quote! {
        /// Builds the request from the arguments: each is checked (an invalid one is an
        /// invalid-input error naming it), the URL is the client's base URL with the operation's
        /// path (checked against its template), nothing is sent.
        fn request(self) -> ::std::result::Result<::reqwest::Request, ::pspkit_runtime::Error<#error>> {
            let Self { client, #(#destructure),* } = self;
            #(#checks)*
            #body_check
            #url
            let url = client
                .inner
                .endpoint(&client.baseurl, #template, &url)
                .map_err(::pspkit_runtime::Error::invalid_input)?;
            #[allow(unused_mut)]
            let mut request = ::pspkit_runtime::RequestBuilder::new(::reqwest::Method::#verb, url)
                .header(::reqwest::header::ACCEPT, ::reqwest::header::HeaderValue::from_static("application/json"));
            #(#parameters)*
            #body_set
            request.build()
        }
    }
}

/// `let url = ..;`: the path with each path parameter percent-encoded into its segment as it is
/// formatted (`pspkit_runtime::ToPathSegment`); a path without parameters is a plain `&str`.
fn url(operation: &Operation) -> TokenStream {
    let mut format = String::new();
    let mut args = Vec::new();
    let mut rest = operation.path.as_str();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|at| open + at) else { break };
        format.push_str(&rest[..open]);
        format.push_str("{}");
        let name = &rest[open + 1..close];
        let field = operation.parameters.iter().find(|p| p.location == Location::Path && p.name == name);
        let field =
            format_ident!("{}", field.map_or_else(|| crate::spec::naming::progenitor_snake(name), |p| p.field.clone()));
        args.push(quote!(#field.path_segment()));
        rest = &rest[close + 1..];
    }
    format.push_str(rest);
    if args.is_empty() { quote!(let url = #format;) } else { quote!(let url = format!(#format, #(#args),*);) }
}

/// The public `stream()` of a paged list (`x-pspkit-paging`): every item of every page, a page
/// fetched only when the items before are read (`pspkit_runtime::paging::paged`), each page the
/// same call with the next cursor or offset set, every other argument kept, and handed to the
/// runtime with its last item's identity (`Page::last`, from `Paging::item_identity`), by which a
/// page served again is told apart. `item` is the items' type, `error` the operation's error type.
pub fn stream_fn(paging: &Paging, item: &Type, error: &Type) -> ImplItemFn {
    let items = format_ident!("{}", paging.items);
    let more = match &paging.has_more {
        Some(flag) => {
            let flag = format_ident!("{flag}");
            quote!(::pspkit_runtime::paging::MoreFlag::more(&page.#flag))
        }
        None => quote!(None),
    };
    let last_identity = last_identity(paging);
    let (resume, next) = match &paging.style {
        PagingStyle::Link { field } => return link_stream_fn(field, &items, &more, &last_identity, item, error),
        PagingStyle::Cursor { parameter, item_field } => {
            let (setter, field) = (format_ident!("{parameter}"), format_ident!("{item_field}"));
            (
                quote!(::pspkit_runtime::paging::Position::Cursor(cursor) => self.clone().#setter(cursor),),
                quote! {
                    match ::pspkit_runtime::paging::CursorValue::cursor(&last.#field) {
                        Some(cursor) => ::pspkit_runtime::paging::Next::Cursor(cursor),
                        None => ::pspkit_runtime::paging::Next::MissingCursor,
                    }
                },
            )
        }
        PagingStyle::Offset { parameter } => {
            let setter = format_ident!("{parameter}");
            (
                quote!(::pspkit_runtime::paging::Position::Offset(offset) => self.clone().#setter(offset),),
                quote!(::pspkit_runtime::paging::Next::Offset(start + items.len() as u64)),
            )
        }
    };
    let last = match &paging.style {
        PagingStyle::Cursor { .. } => quote!(last),
        _ => quote!(_),
    };
    let start = match &paging.style {
        PagingStyle::Offset { parameter } => {
            let field = format_ident!("{parameter}");
            quote! {
                let start = match &position {
                    ::pspkit_runtime::paging::Position::Offset(offset) => *offset,
                    _ => match &self.#field { Ok(Some(first)) => u64::try_from(*first).unwrap_or(0), _ => 0 },
                };
            }
        }
        _ => TokenStream::new(),
    };
    parse_quote! {
        /// Every item of every page, as a stream: a page is fetched only when the items before
        /// it are read, with every other argument kept. An empty or last page ends it; a cursor
        /// or offset already sent, a page served again, a last item without its cursor while
        /// more are promised, or more pages than `Config::max_pages`, ends it with
        /// [`pspkit_runtime::Error::Paging`]; a failed page ends it with that page's error.
        pub fn stream(
            self,
        ) -> impl ::pspkit_runtime::paging::Stream<Item = ::std::result::Result<#item, ::pspkit_runtime::Error<#error>>> + 'a {
            let max_pages = self.client.inner.config().max_pages;
            ::pspkit_runtime::paging::paged(max_pages, move |position| {
                #start
                let call = match position {
                    ::pspkit_runtime::paging::Position::Start => self.clone(),
                    #resume
                    _ => self.clone(),
                };
                async move {
                    let page = call.send().await?.into_inner();
                    let more = #more;
                    let items: ::std::vec::Vec<#item> = ::pspkit_runtime::paging::Items::into_items(page.#items);
                    let next = match (more, items.last()) {
                        (Some(false), _) | (_, None) => ::pspkit_runtime::paging::Next::End,
                        (_, Some(#last)) => #next,
                    };
                    let last = #last_identity;
                    Ok(::pspkit_runtime::paging::Page { items, next, last })
                }
            })
        }
    }
}

/// `stream()` of a list that pages by next link: the success body's `field` holds the next page's
/// URL, followed only to the operation's own endpoint (`pspkit_runtime::paging::follow`; anything
/// else ends the stream with an error, nothing sent there) with the builder's own request, headers
/// and credentials, its query replaced by the link's.
fn link_stream_fn(
    field: &str,
    items: &syn::Ident,
    more: &TokenStream,
    last_identity: &TokenStream,
    item: &Type,
    error: &Type,
) -> ImplItemFn {
    let field = format_ident!("{field}");
    parse_quote! {
        /// Every item of every page, as a stream: a page is fetched only when the items before
        /// it are read, at the link the page before gave (only ever the operation's own
        /// endpoint). An empty or last page, or one without a link, ends it; a link already
        /// followed or leading elsewhere, a page served again, or more pages than
        /// `Config::max_pages`, ends it with
        /// [`pspkit_runtime::Error::Paging`]; a failed page ends it with that page's error.
        pub fn stream(
            self,
        ) -> impl ::pspkit_runtime::paging::Stream<Item = ::std::result::Result<#item, ::pspkit_runtime::Error<#error>>> + 'a {
            let max_pages = self.client.inner.config().max_pages;
            ::pspkit_runtime::paging::paged(max_pages, move |position| {
                let call = self.clone();
                async move {
                    let response = match position {
                        ::pspkit_runtime::paging::Position::Link(link) => {
                            let current = call.clone().request()?;
                            let url = ::pspkit_runtime::paging::follow(current.url(), &link)?;
                            call.send_at(url).await?
                        }
                        _ => call.send().await?,
                    };
                    let page = response.into_inner();
                    let more = #more;
                    let link = ::pspkit_runtime::paging::CursorValue::cursor(&page.#field);
                    let items: ::std::vec::Vec<#item> = ::pspkit_runtime::paging::Items::into_items(page.#items);
                    let next = match (more, items.is_empty(), link) {
                        (Some(false), _, _) | (_, true, _) | (_, _, None) => ::pspkit_runtime::paging::Next::End,
                        (_, _, Some(link)) => ::pspkit_runtime::paging::Next::Link(link),
                    };
                    let last = #last_identity;
                    Ok(::pspkit_runtime::paging::Page { items, next, last })
                }
            })
        }
    }
}

/// The identity of a page's last item (`Page::last`): its identifying field as text, or `None`
/// when the items have none.
fn last_identity(paging: &Paging) -> TokenStream {
    match &paging.item_identity {
        Some(field) => {
            let field = format_ident!("{field}");
            quote!(items.last().and_then(|item| ::pspkit_runtime::paging::identity(&item.#field)))
        }
        None => quote!(None),
    }
}

/// How the runtime reads each status of `operation`: the closure `send` hands it.
fn classify(operation: &Operation) -> TokenStream {
    let arms = operation.statuses.iter().map(|(status, class)| {
        let pattern = match status {
            Status::Code(code) => quote!(#code),
            Status::Range(hundreds) => {
                let (low, high) = (hundreds * 100, hundreds * 100 + 99);
                quote!(#low..=#high)
            }
        };
        let class = match class {
            Class::Success => quote!(::pspkit_runtime::StatusClass::Success),
            Class::Error => quote!(::pspkit_runtime::StatusClass::Error),
        };
        quote!(#pattern => #class,)
    });
    let otherwise = if operation.default_error {
        quote!(::pspkit_runtime::StatusClass::Error)
    } else {
        quote!(::pspkit_runtime::StatusClass::Undocumented)
    };
    quote! {
        |status| match status {
            #(#arms)*
            _ => #otherwise,
        }
    }
}

/// The private `send_at()` of a list that pages by next link: `send()` with the request's URL
/// replaced by `url` (a link `pspkit_runtime::paging::follow` accepted).
pub fn send_at_fn(operation: &Operation, success: &Type, error: &Type) -> ImplItemFn {
    let classify = classify(operation);
    let name = &operation.method;
    parse_quote! {
        /// Sends the request with `url` (a followed next link) in place of its own URL.
        async fn send_at(self, url: ::reqwest::Url) -> ::std::result::Result<
            ::pspkit_runtime::Response<#success>,
            ::pspkit_runtime::Error<#error>,
        > {
            let build = || {
                let mut request = self.clone().request()?;
                *request.url_mut() = url.clone();
                Ok(request)
            };
            ::pspkit_runtime::send(&self.client.inner, &self.client.client, build, #name, #classify).await
        }
    }
}

/// The public `send()`: `docs` are progenitor's for the operation; `one_of` the parameters of
/// which `x-pspkit-require-one-of` wants at least one.
pub fn send_fn(
    operation: &Operation,
    success: &Type,
    error: &Type,
    docs: &[Attribute],
    one_of: Option<&[String]>,
) -> ImplItemFn {
    let one_of_check = one_of.map(|fields| {
        let idents = fields.iter().map(|field| format_ident!("{field}"));
        let list = fields.iter().map(|field| format!("`{field}`")).collect::<Vec<_>>().join(", ");
        let message = format!("set at least one of {list}");
        quote! {
            if #(matches!(self.#idents, Ok(None)))&&* {
                return Err(::pspkit_runtime::Error::invalid_input(#message));
            }
        }
    });
    let classify = classify(operation);
    let name = &operation.method;
    parse_quote! {
        #(#docs)*
        ///
        /// Returns the decoded body with its status, headers and request id, or a
        /// [`pspkit_runtime::Error`] that says whether the input was invalid (nothing sent), the
        /// provider answered with a documented error, the response was unexpected, or the transport failed.
        pub async fn send(self) -> ::std::result::Result<
            ::pspkit_runtime::Response<#success>,
            ::pspkit_runtime::Error<#error>,
        > {
            #one_of_check
            let build = || self.clone().request();
            ::pspkit_runtime::send(&self.client.inner, &self.client.client, build, #name, #classify).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::operation::{Parameter, Status};

    fn operation() -> Operation {
        let parameter = |name: &str, location, required| Parameter {
            name: name.to_owned(),
            field: crate::spec::naming::progenitor_snake(name),
            location,
            required,
            argument: Default::default(),
        };
        Operation {
            id: "updateThing".to_owned(),
            builder: "UpdateThing".to_owned(),
            method: "update_thing".to_owned(),
            verb: "POST".to_owned(),
            path: "/things/{thingId}/parts/{part}".to_owned(),
            parameters: vec![
                parameter("thingId", Location::Path, true),
                parameter("part", Location::Path, true),
                parameter("expand[]", Location::Query, false),
                parameter("X-Trace", Location::Header, true),
                parameter("X-Note", Location::Header, false),
            ],
            body: Some(Media::Form { deep_object: vec!["address".to_owned()] }),
            statuses: vec![(Status::Code(200), Class::Success), (Status::Range(4), Class::Error)],
            default_error: true,
            paging: None,
            command: Default::default(),
        }
    }

    /// Every statement, expression, match arm and type of an emitted function, each as its tokens
    /// print: a pattern parsed the same way is found when the syntax trees are equal.
    #[derive(Default)]
    struct Nodes(Vec<String>);

    impl<'ast> syn::visit::Visit<'ast> for Nodes {
        fn visit_stmt(&mut self, stmt: &'ast syn::Stmt) {
            self.0.push(tokens(stmt));
            syn::visit::visit_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'ast syn::Expr) {
            self.0.push(tokens(expr));
            syn::visit::visit_expr(self, expr);
        }
        fn visit_arm(&mut self, arm: &'ast syn::Arm) {
            self.0.push(tokens(arm).trim_end_matches(',').trim().to_owned());
            syn::visit::visit_arm(self, arm);
        }
        fn visit_type(&mut self, ty: &'ast syn::Type) {
            self.0.push(tokens(ty));
            syn::visit::visit_type(self, ty);
        }
    }

    fn tokens(node: &impl quote::ToTokens) -> String {
        quote::ToTokens::to_token_stream(node).to_string()
    }

    impl Nodes {
        fn of(function: &ImplItemFn) -> Nodes {
            let mut nodes = Nodes::default();
            syn::visit::Visit::visit_impl_item_fn(&mut nodes, function);
            nodes
        }

        fn has<T: syn::parse::Parse + quote::ToTokens>(&self, pattern: &str) -> bool {
            let pattern = tokens(&syn::parse_str::<T>(pattern).expect("a pattern"));
            self.0.iter().any(|node| *node == pattern.trim_end_matches(',').trim())
        }
    }

    #[test]
    fn request_sends_every_parameter_where_the_spec_puts_it_and_the_body_as_its_media_type() {
        let function = request_fn(&operation(), Some(&parse_quote!(types::ThingUpdate)), &parse_quote!(types::Problem));
        let nodes = Nodes::of(&function);
        for statement in [
            "let Self { client, thing_id, part, expand, x_trace, x_note, body } = self;",
            r#"let url = format!("/things/{}/parts/{}", thing_id.path_segment(), part.path_segment());"#,
            r#"request = request.query(&progenitor_client::QueryParam::new("expand[]", &expand));"#,
            r#"request = request.header("X-Trace", x_trace.to_string());"#,
            r#"if let Some(value) = &x_note { request = request.header("X-Note", value.to_string()); }"#,
            r#"request = request.form(&body, &["address"]);"#,
        ] {
            assert!(nodes.has::<syn::Stmt>(statement), "{statement}\n in {}", tokens(&function));
        }
        for expression in [
            r#"client.inner.endpoint(&client.baseurl, "/things/{thingId}/parts/{part}", &url)"#,
            "::reqwest::Method::POST",
            "types::ThingUpdate::try_from(value)",
        ] {
            assert!(nodes.has::<syn::Expr>(expression), "{expression}\n in {}", tokens(&function));
        }
    }

    #[test]
    fn send_classifies_exact_codes_ranges_and_the_rest() {
        let send = send_fn(&operation(), &parse_quote!(()), &parse_quote!(types::Problem), &[], None);
        let nodes = Nodes::of(&send);
        assert!(nodes.has::<syn::Arm>("200u16 => ::pspkit_runtime::StatusClass::Success,"), "{}", tokens(&send));
        assert!(nodes.has::<syn::Arm>("400u16..=499u16 => ::pspkit_runtime::StatusClass::Error,"), "{}", tokens(&send));
        assert!(nodes.has::<syn::Arm>("_ => ::pspkit_runtime::StatusClass::Error,"), "`default` documents the rest");
        assert!(nodes.has::<syn::Type>("::pspkit_runtime::Response<()>"), "{}", tokens(&send));
        let mut without_default = operation();
        without_default.default_error = false;
        let send = send_fn(&without_default, &parse_quote!(()), &parse_quote!(()), &[], None);
        assert!(
            Nodes::of(&send).has::<syn::Arm>("_ => ::pspkit_runtime::StatusClass::Undocumented,"),
            "{}",
            tokens(&send)
        );
    }
}
