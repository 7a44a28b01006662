// generated from specs/axisfi.yaml by cargo xtask codegen; do not edit
//! The client progenitor generates from `specs/axisfi.yaml` with its default settings, unchanged: the
//! peer the benchmarks measure pspkit's generated client against.
#![allow(clippy::all, clippy::pedantic, dead_code, missing_docs, unused_imports, unreachable_pub)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///How the customer will use the account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AccountUsage {
        ///The AxisFI product the account is for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_usage_product_reference: ::std::option::Option<
            ::std::string::String,
        >,
        ///Estimated monthly revenue; an integer or a decimal.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_monthly_revenue_amount: ::std::option::Option<f64>,
        ///ISO 4217 currency of the revenue estimate.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_monthly_revenue_currency: ::std::option::Option<
            ::std::string::String,
        >,
        ///What the business sells.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub goods_service_description: ::std::option::Option<::std::string::String>,
        ///Industry category (merchant category code).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub industry_category_code: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 code of the country the business operates in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operating_country: ::std::option::Option<::std::string::String>,
    }
    ///The registered business.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BusinessDetails {
        ///ISO 3166-1 alpha-2 code of the issuing country.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_identifier_country_code: ::std::option::Option<
            ::std::string::String,
        >,
        ///File ids of the registration documents.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub business_identifier_document_list: ::std::vec::Vec<::std::string::String>,
        ///Registration expiry date; a date-time in AxisFI's documentation, kept as text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_identifier_expiry_date: ::std::option::Option<
            ::std::string::String,
        >,
        ///The registration number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_identifier_number: ::std::option::Option<::std::string::String>,
        ///Registration date. AxisFI's documentation shows date-time values (`2019-04-01T00:00:00Z`), not the `YYYY-MM-DD` once described here; kept as text so either form decodes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_identifier_start_date: ::std::option::Option<::std::string::String>,
        ///Kind of registration number, e.g. `BRN`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_identifier_type: ::std::option::Option<::std::string::String>,
        ///Registered name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_name: ::std::option::Option<::std::string::String>,
        ///Registered name in English.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_name_english: ::std::option::Option<::std::string::String>,
        ///Legal form, e.g. `LIMITED_COMPANY`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_type: ::std::option::Option<::std::string::String>,
        ///The business's website.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website: ::std::option::Option<::std::string::String>,
    }
    ///A person related to the business.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BusinessPerson {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub identification: ::std::option::Option<Identification>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub residential_address: ::std::option::Option<ResidentialAddress>,
    }
    ///An onboarded customer. Any nested section may be absent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomerDetail {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_usage: ::std::option::Option<AccountUsage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub business_details: ::std::option::Option<BusinessDetails>,
        ///The business's persons (directors, owners) and their identification.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub business_person_list: ::std::vec::Vec<BusinessPerson>,
        ///When the customer was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///AxisFI's customer id.
        pub customer_id: ::std::string::String,
        ///The partner's own id for the customer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_customer_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_contact: ::std::option::Option<PrimaryContact>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub registration_address: ::std::option::Option<RegistrationAddress>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<CustomerStatus>,
    }
    ///Onboarding status. Documented as Processing, Succeeded, Failed, Suspended; a status AxisFI adds later still decodes (as `Open::Unknown`).
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
    pub struct CustomerStatus(pub ::std::string::String);
    impl ::std::ops::Deref for CustomerStatus {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CustomerStatus> for ::std::string::String {
        fn from(value: CustomerStatus) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for CustomerStatus {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CustomerStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CustomerStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///The values of `CustomerStatus` the spec lists. Onboarding status. Documented as Processing, Succeeded, Failed, Suspended; a status AxisFI adds later still decodes (as `Open::Unknown`).
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
    pub enum CustomerStatusKnown {
        Processing,
        Succeeded,
        Failed,
        Suspended,
    }
    impl ::std::fmt::Display for CustomerStatusKnown {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Processing => f.write_str("Processing"),
                Self::Succeeded => f.write_str("Succeeded"),
                Self::Failed => f.write_str("Failed"),
                Self::Suspended => f.write_str("Suspended"),
            }
        }
    }
    impl ::std::str::FromStr for CustomerStatusKnown {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Processing" => Ok(Self::Processing),
                "Succeeded" => Ok(Self::Succeeded),
                "Failed" => Ok(Self::Failed),
                "Suspended" => Ok(Self::Suspended),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomerStatusKnown {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomerStatusKnown {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///AxisFI does not document its error bodies: every JSON object is kept as it came. A body that is not a JSON object is reported with its raw bytes instead.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ErrorBody(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for ErrorBody {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorBody>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: ErrorBody) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for ErrorBody {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
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
    ///A person's identity document.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Identification {
        ///File id of the document's back.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_document_back_file_id: ::std::option::Option<::std::string::String>,
        ///File id of the document's front.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_document_front_file_id: ::std::option::Option<::std::string::String>,
        ///Expiry date. AxisFI's documentation shows date-time values, not the `YYYY-MM-DD` once described here; kept as text so either form decodes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_expiration_date: ::std::option::Option<::std::string::String>,
        ///Issue date; a date-time in AxisFI's documentation, kept as text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_issue_date: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 code of the issuing country.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_issuing_country_code: ::std::option::Option<::std::string::String>,
        ///Document number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_number: ::std::option::Option<::std::string::String>,
        ///Document type, e.g. `PASSPORT`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id_type: ::std::option::Option<::std::string::String>,
    }
    ///Who AxisFI contacts about the account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PrimaryContact {
        ///Email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact_email: ::std::option::Option<::std::string::String>,
        ///Phone number in E.164 form.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact_phone: ::std::option::Option<::std::string::String>,
    }
    ///The business's registered address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct RegistrationAddress {
        ///City.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub registration_address_city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub registration_address_country_code: ::std::option::Option<
            ::std::string::String,
        >,
        ///Address line.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub registration_address_line1: ::std::option::Option<::std::string::String>,
        ///Postal code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub registration_address_postcode: ::std::option::Option<::std::string::String>,
        ///State or district.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub registration_address_state: ::std::option::Option<::std::string::String>,
    }
    ///A person's home address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ResidentialAddress {
        ///City.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub residential_address_city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub residential_address_country_code: ::std::option::Option<
            ::std::string::String,
        >,
        ///Address line.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub residential_address_line1: ::std::option::Option<::std::string::String>,
        ///Postal code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub residential_address_postcode: ::std::option::Option<::std::string::String>,
        ///State or province.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub residential_address_state: ::std::option::Option<::std::string::String>,
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
/**Client for AxisFI Customers API

AxisFI's **Get Customer Detail** operation, as the API behaves. AxisFI's documentation shows
only a local server (`http://127.0.0.1:8083`) and documents no public host, so the base URL is
required configuration: `Client::builder(credentials).base_url(...)`. Error bodies are not
documented; any error body is kept as a JSON object, and a non-JSON one as raw bytes.
Searched on 2026-12-02 for a published OpenAPI document or public reference (GitHub, the docs
and pages corpora): AxisFI publishes none, so this spec was checked against nothing beyond
the documentation it was written from.
Webhooks: searched on 2026-12-05 (the docs, pages and code corpora): AxisFI documents no
webhooks and no way of authenticating one, so the spec describes none (no
`x-pspkit-webhooks`).


Version: 1.0*/
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
        "1.0"
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
    /**Get a customer's details

Fetches one onboarded customer by AxisFI's `customer_id` or by the partner's own `partner_customer_id`; at least one of them must be given.

Sends a `GET` request to `/api/customers/detail`

Arguments:
- `customer_id`: AxisFI's customer id (e.g. `cus_…`): any printable text except `.` and `..`. An earlier `cus_` + 32 hexadecimal digits pattern appears nowhere in AxisFI's documentation and would have rejected real ids before sending (pspkit payload audit, 2026-11).
- `partner_customer_id`: The partner's own id for the customer, as given at onboarding.
*/
    pub async fn get_customer<'a>(
        &'a self,
        customer_id: Option<&'a types::GetCustomerCustomerId>,
        partner_customer_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::CustomerDetail>, Error<types::ErrorBody>> {
        let url = format!("{}/api/customers/detail", self.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("customer_id", &customer_id))
            .query(
                &progenitor_client::QueryParam::new(
                    "partner_customer_id",
                    &partner_customer_id,
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
