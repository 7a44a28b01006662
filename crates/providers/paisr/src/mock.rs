// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::*;
    /// Generated type `GetCustomerWhen`.
    pub struct GetCustomerWhen(::httpmock::When);
    impl GetCustomerWhen {
        /// Wraps httpmock's builder for this operation.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/customers/[^/]*$").unwrap()),
            )
        }
        /// The underlying httpmock builder, to go beyond what the spec permits.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        /// Matches requests whose `customer_id` parameter is this value.
        pub fn customer_id(self, value: &types::GetCustomerCustomerId) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/customers/{}$", regex::escape(&
                        progenitor_client::encode_path(& value.to_string()))
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    /// Generated type `GetCustomerThen`.
    pub struct GetCustomerThen(::httpmock::Then);
    impl GetCustomerThen {
        /// Wraps httpmock's builder for this operation.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// The underlying httpmock builder, to go beyond what the spec permits.
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Responds with the spec's `ok` response and this body.
        pub fn ok(self, value: &types::CustomerResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        /// Responds with the spec's `client_error` response and this body.
        pub fn client_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 4u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        /// Responds with the spec's `server_error` response and this body.
        pub fn server_error(self, status: u16, value: &types::ErrorResponse) -> Self {
            assert_eq!(status / 100u16, 5u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
///
/// Sealed: implemented by this crate only, so that a new operation's method is not a breaking change.
pub trait MockServerExt: sealed::Sealed {
    /// Mocks the `get_customer` operation: `config_fn` sets what to match and what to answer.
    fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen);
}
impl MockServerExt for ::httpmock::MockServer {
    /// Matches requests whose `get_customer` parameter is this value.
    fn get_customer<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCustomerWhen, operations::GetCustomerThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCustomerWhen::new(when),
                operations::GetCustomerThen::new(then),
            )
        })
    }
}
impl sealed::Sealed for ::httpmock::MockServer {}
mod sealed {
    /// Implemented only where this crate implements its public traits.
    pub trait Sealed {}
}
