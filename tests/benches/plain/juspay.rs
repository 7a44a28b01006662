// generated from specs/juspay.yaml by cargo xtask codegen; do not edit
//! The client progenitor generates from `specs/juspay.yaml` with its default settings, unchanged: the
//! peer the benchmarks measure pspkit's generated client against.
#![allow(clippy::all, clippy::pedantic, dead_code, missing_docs, unused_imports, unreachable_pub)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Sent only when `options.get_client_auth_token=true`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ClientAuthToken {
        ///A short-lived token for Juspay's client SDKs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_auth_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_auth_token_expiry: ::std::option::Option<Timestamp>,
    }
    ///A Juspay customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Customer {
        ///Listed beside `id` in Juspay's Get Customer documentation; sent by some accounts with the same value as `id`. Decoded as its own optional field; the normalised view reads `id`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<Timestamp>,
        ///The customer's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email_address: ::std::option::Option<::std::string::String>,
        ///The customer's first name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Juspay's customer id, e.g. `cst_om2l6ctlptxwxuzj`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub juspay: ::std::option::Option<ClientAuthToken>,
        ///The customer's last name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_updated: ::std::option::Option<Timestamp>,
        ///The mobile number's country calling code, e.g. `91`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mobile_country_code: ::std::option::Option<::std::string::String>,
        ///The mobile number without the country code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mobile_number: ::std::option::Option<::std::string::String>,
        ///The object type; always `customer`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///The merchant's own id for the customer (often an email address). The one field Juspay's own client types require: it identifies the customer (`x-pspkit-identity`).
        pub object_reference_id: ::std::string::String,
    }
    ///Structured details of an error.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorInfo {
        ///Error category, e.g. `USER_ERROR`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        ///Machine-readable error code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///A message for the developer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub developer_message: ::std::option::Option<::std::string::String>,
        ///The request fields that were rejected.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fields: ::std::vec::Vec<FieldError>,
        ///A documentation link, or `NA`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub href: ::std::option::Option<::std::string::String>,
        ///Juspay's id for the failed request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///A message fit to show the end user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_message: ::std::option::Option<::std::string::String>,
    }
    ///Every shape of Juspay error body; every field is optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorResponse {
        ///Present (`true`) in the `error` + `user_message` shape.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<bool>,
        ///Machine-readable error code, e.g. `invalid_request` or `access_denied`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_info: ::std::option::Option<ErrorInfo>,
        ///Human-readable description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_message: ::std::option::Option<::std::string::String>,
        ///Error status, e.g. `invalid_request_error` or `error`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///The HTTP status repeated in the body.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_id: ::std::option::Option<i64>,
        ///A message fit to show the end user (in the `error` + `user_message` shape).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_message: ::std::option::Option<::std::string::String>,
    }
    ///One rejected request field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct FieldError {
        ///The field's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub field_name: ::std::option::Option<::std::string::String>,
        ///Why it was rejected.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
    }
    ///`GetCustomerCustomerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetCustomerCustomerId(::std::string::String);
    impl ::std::ops::Deref for GetCustomerCustomerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCustomerCustomerId> for ::std::string::String {
        fn from(value: GetCustomerCustomerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCustomerCustomerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^(?!\\.{1,2}$)[^\\x00-\\x1f\\x7f]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^(?!\\.{1,2}$)[^\\x00-\\x1f\\x7f]+$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetCustomerCustomerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCustomerCustomerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCustomerCustomerId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///An ISO 8601 date-time. Juspay sends both `2016-08-02T08:07:52+0000` (no colon in the offset, which strict RFC 3339 `date-time` rejects) and `2020-03-17T14:29:17Z`. The pattern admits only real calendar dates (the month's days; 29 February in leap years), hours 00-23, minutes and seconds 00-59, up to nine fraction digits and offsets within a day: what the client's date-time type reads, so a value the spec allows always decodes.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[serde(transparent)]
    pub struct Timestamp(pub ::std::string::String);
    impl ::std::ops::Deref for Timestamp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Timestamp> for ::std::string::String {
        fn from(value: Timestamp) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for Timestamp {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Timestamp {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Timestamp {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///Juspay's "Standard Structure of Webhook Payload" (juspay.io/resources-eu/docs/common-resources/webhook-events-and-sample-payloads): the event's id, when it was created, its name and its content (for an order event, the order as the order status API returns it).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct WebhookEnvelope {
        ///The event's content, e.g. `order`.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub content: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The event, e.g. `ORDER_SUCCEEDED`.
        pub event_name: ::std::string::String,
        ///The event's id, e.g. `evt_V2_…`.
        pub id: ::std::string::String,
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Juspay Customers API

Juspay's **Get Customer** operation (Express Checkout), as the live API behaves. Juspay's
Paytm-gateway documentation describes the same API. Requests authenticate with HTTP Basic
(the API key as username, an empty password) and name the merchant in `x-merchantid`.
Checked on 2026-12-02 against the docs page above and juspay/juspay-sdk-integration-demo's
`customer/` responses (`tests/payloads/juspay/`). Juspay publishes no OpenAPI document for
Express Checkout: the ones in juspay/hyperswitch describe Hyperswitch, another product.


Version: 2024-06-01*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "2024-06-01"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
#[allow(clippy::all)]
impl Client {
    /**Get a customer

Fetches one customer by Juspay's id (`cst_…`) or by the merchant's own `object_reference_id`, which may be an email address.

Sends a `GET` request to `/customers/{customer_id}`

Arguments:
- `customer_id`: Juspay's customer id (`cst_…`) or the merchant's `object_reference_id`; any printable text except `.` and `..` (it is percent-encoded into the path).
- `options_get_client_auth_token`: When `true`, the response adds a `juspay` object with a client auth token for the SDKs.
- `version`: The API version to use, as a date (e.g. `2023-06-30`).
- `x_routing_id`: Routes the request to the shard that holds the customer; Juspay recommends sending the customer id.
*/
    pub async fn get_customer<'a>(
        &'a self,
        customer_id: &'a types::GetCustomerCustomerId,
        options_get_client_auth_token: Option<bool>,
        version: Option<&'a str>,
        x_routing_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::Customer>, Error<types::ErrorResponse>> {
        let url = format!(
            "{}/customers/{}", self.baseurl, encode_path(& customer_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        if let Some(value) = version {
            header_map.append("version", value.to_string().try_into()?);
        }
        if let Some(value) = x_routing_id {
            header_map.append("x-routing-id", value.to_string().try_into()?);
        }
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(
                &progenitor_client::QueryParam::new(
                    "options.get_client_auth_token",
                    &options_get_client_auth_token,
                ),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_customer",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            401u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            403u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            404u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
