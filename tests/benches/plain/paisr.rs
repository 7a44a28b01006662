// generated from specs/paisr.yaml by cargo xtask codegen; do not edit
//! The client progenitor generates from `specs/paisr.yaml` with its default settings, unchanged: the
//! peer the benchmarks measure pspkit's generated client against.
#![allow(clippy::all, clippy::pedantic, dead_code, missing_docs, unused_imports, unreachable_pub)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A billing address; the API sends `null` when the customer has none.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BillingDetails {
        ///City.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///First address line.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line_1: ::std::option::Option<::std::string::String>,
        ///Second address line.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line_2: ::std::option::Option<::std::string::String>,
        ///State or district.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///Postal code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub zip_code: ::std::option::Option<::std::string::String>,
    }
    ///ISO 4217 currency code. SRD, USD and EUR are the values known today (2.7.0's and 2.2.1's `CurrencyType`); a currency Paisr adds later still decodes (as `Open::Unknown`).
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
    pub struct CurrencyCode(pub ::std::string::String);
    impl ::std::ops::Deref for CurrencyCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CurrencyCode> for ::std::string::String {
        fn from(value: CurrencyCode) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for CurrencyCode {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CurrencyCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CurrencyCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///The values of `CurrencyCode` the spec lists. ISO 4217 currency code. SRD, USD and EUR are the values known today (2.7.0's and 2.2.1's `CurrencyType`); a currency Paisr adds later still decodes (as `Open::Unknown`).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CurrencyCodeKnown {
        #[serde(rename = "SRD")]
        Srd,
        #[serde(rename = "USD")]
        Usd,
        #[serde(rename = "EUR")]
        Eur,
    }
    impl ::std::fmt::Display for CurrencyCodeKnown {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Srd => f.write_str("SRD"),
                Self::Usd => f.write_str("USD"),
                Self::Eur => f.write_str("EUR"),
            }
        }
    }
    impl ::std::str::FromStr for CurrencyCodeKnown {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SRD" => Ok(Self::Srd),
                "USD" => Ok(Self::Usd),
                "EUR" => Ok(Self::Eur),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CurrencyCodeKnown {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CurrencyCodeKnown {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A customer of the business.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Customer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_details: ::std::option::Option<BillingDetails>,
        ///When the customer was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default_currency: ::std::option::Option<CurrencyCode>,
        ///The customer's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///The customer id, e.g. `cus_123456`.
        pub id: ::std::string::String,
        ///Free-form key-value data the business attached. None is `null` in 2.2.1 and on the docs page, `{}` in 2.7.0 (its schema's default).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///The customer's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The customer's phone number, e.g. `+597-8123456`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session: ::std::option::Option<PortalSession>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shipping_details: ::std::option::Option<ShippingDetails>,
    }
    ///A customer event's payload, as docs.paisr.tech/v2/api/webhooks documents every event's: the customer's id and the event, nothing else (Get Customer fetches the customer).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomerEvent {
        ///The event, e.g. `customer.created`.
        pub event: ::std::string::String,
        ///The customer's id, `cus_` followed by the id.
        pub id: ::std::string::String,
    }
    ///The envelope of a successful response.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomerResponse {
        pub data: Customer,
        ///Always `true` for a successful response.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    ///What went wrong (2.7.0).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorDetail {
        ///Metadata about the error, or `null`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///A detailed error message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The error class, `request_error` (4XX) or `server_error` (5XX).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    ///The body of every Paisr error response, in either era: 2.2.1 sends the `message` at the top, 2.7.0 nests it in `error` with its `type` (`ClientErrorResponse` for 4XX, `ServerErrorResponse` for 5XX). One schema with every property optional decodes both.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorDetail>,
        ///What went wrong (2.2.1).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Always `false` for an error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
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
            { ::regress::Regex::new("^cus_[^\\x00-\\x20\\x7f]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^cus_[^\\x00-\\x20\\x7f]+$\"".into(),
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
    ///A self-service billing portal session for the customer. 2.2.1 and the docs page send how long it lasts (`expires_in`), 2.7.0 (`SessionData`) when it ends (`expires_at`): either may come, so both are optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PortalSession {
        ///When the session expires; 2.7.0.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///How long the session stays valid, as free text (e.g. `30 minutes`); 2.2.1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<::std::string::String>,
        ///The portal URL to send the customer to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///A shipping address with the recipient's name and phone; the API sends `null` when the customer has none.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ShippingDetails {
        ///City.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///First address line.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line_1: ::std::option::Option<::std::string::String>,
        ///Second address line.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub line_2: ::std::option::Option<::std::string::String>,
        ///Recipient's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Recipient's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///State or district.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///Postal code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub zip_code: ::std::option::Option<::std::string::String>,
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
/**Client for Paisr Customers API

Paisr's **Get Customer** operation, as the live API behaves, in both eras Paisr has documented.

Checked on 2026-12-02, property by property, against:
- Paisr's official OpenAPI document, paisrtechnologies/pcb-openapi `paisr.yaml`: version 2.7.0
  (commit 0a253c5, OpenAPI 3.1.2) and version 2.2.1 (commit ea007ff);
- the docs page <https://docs.paisr.tech/api-reference/customers/get> (its response example is
  the `seed` example below and `tests/payloads/paisr/docs_get_customer.json`);
- the docs page "Authentication" → "Rate limits" (<https://docs.paisr.tech>): "Up to 250 requests
  per minute are allowed", the `x-pspkit-rate-limit` below. The OpenAPI document states no limit.

From the official document (both versions agree): the servers and their `version` variable,
the path and its parameter, the `{success, data}` envelope, the customer's properties, the
addresses' required properties and the currency values.
Where the eras differ, the spec accepts both: a portal session's `expires_in` (2.2.1 and the
docs page) and `expires_at` (2.7.0 `SessionData`); an error body's `message` (2.2.1) and its
nested `error` object (2.7.0 `ClientErrorResponse` / `ServerErrorResponse`); `metadata` as
`null` (2.2.1, the docs page) or `{}` (2.7.0's default). The official document's nullability is
wrong for this API: it sends `null` for `billing_details`, `shipping_details` and `metadata` of
a customer that has none. `info.version` follows the newest official document.


Version: 2.7.0*/
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
        "2.7.0"
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

Fetches one customer of the business by its Paisr id.

Sends a `GET` request to `/customers/{customer_id}`

Arguments:
- `customer_id`: Paisr customer id, `cus_` followed by the id (e.g. `cus_123456`). The official documents' pattern is `^cus_.*$`; this one also refuses control characters and spaces, which would not stay inside the path segment.
*/
    pub async fn get_customer<'a>(
        &'a self,
        customer_id: &'a types::GetCustomerCustomerId,
    ) -> Result<ResponseValue<types::CustomerResponse>, Error<types::ErrorResponse>> {
        let url = format!(
            "{}/customers/{}", self.baseurl, encode_path(& customer_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
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
            400u16..=499u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            500u16..=599u16 => {
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
