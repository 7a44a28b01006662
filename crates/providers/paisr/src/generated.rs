// generated from specs/paisr.yaml by cargo xtask codegen; do not edit

/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A billing address; the API sends `null` when the customer has none.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::BillingDetails) or `serde_json`.
    #[non_exhaustive]
    pub struct BillingDetails {
        ///City.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub country: ::std::option::Option<::std::string::String>,
        ///First address line.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub line_1: ::std::option::Option<::std::string::String>,
        ///Second address line.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub line_2: ::std::option::Option<::std::string::String>,
        ///State or district.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub state: ::std::option::Option<::std::string::String>,
        ///Postal code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub zip_code: ::std::option::Option<::std::string::String>,
    }
    impl BillingDetails {
        /// Starts building a value field by field.
        pub fn builder() -> builder::BillingDetails {
            Default::default()
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
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain variants as the spec grows (`#[non_exhaustive]`): match it with a `_` arm.
    #[non_exhaustive]
    pub enum CurrencyCodeKnown {
        #[serde(rename = "SRD")]
        /// The `Srd` case.
        Srd,
        #[serde(rename = "USD")]
        /// The `Usd` case.
        Usd,
        #[serde(rename = "EUR")]
        /// The `Eur` case.
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
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::Customer) or `serde_json`.
    #[non_exhaustive]
    pub struct Customer {
        /// The `billing_details` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::Nullable, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub billing_details: ::std::option::Option<BillingDetails>,
        ///When the customer was created.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub created_at: ::std::option::Option<::pspkit_runtime::types::Timestamp>,
        /// The `default_currency` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub default_currency: ::std::option::Option<
            ::pspkit_runtime::types::Open<CurrencyCodeKnown>,
        >,
        ///The customer's email address.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub email: ::std::option::Option<::std::string::String>,
        ///The customer id, e.g. `cus_123456`.
        pub id: ::std::string::String,
        ///Free-form key-value data the business attached. None is `null` in 2.2.1 and on the docs page, `{}` in 2.7.0 (its schema's default).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::Nullable, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///The customer's name.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub name: ::std::option::Option<::std::string::String>,
        ///The customer's phone number, e.g. `+597-8123456`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub phone: ::std::option::Option<::std::string::String>,
        /// The `session` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub session: ::std::option::Option<PortalSession>,
        /// The `shipping_details` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::Nullable, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub shipping_details: ::std::option::Option<ShippingDetails>,
    }
    impl Customer {
        /// Starts building a value field by field.
        pub fn builder() -> builder::Customer {
            Default::default()
        }
    }
    ///A customer event's payload, as docs.paisr.tech/v2/api/webhooks documents every event's: the customer's id and the event, nothing else (Get Customer fetches the customer).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::CustomerEvent) or `serde_json`.
    #[non_exhaustive]
    pub struct CustomerEvent {
        ///The event, e.g. `customer.created`.
        pub event: ::std::string::String,
        ///The customer's id, `cus_` followed by the id.
        pub id: ::std::string::String,
    }
    impl CustomerEvent {
        /// Starts building a value field by field.
        pub fn builder() -> builder::CustomerEvent {
            Default::default()
        }
    }
    ///The envelope of a successful response.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::CustomerResponse) or `serde_json`.
    #[non_exhaustive]
    pub struct CustomerResponse {
        /// The `data` field (see its type for details).
        pub data: Customer,
        ///Always `true` for a successful response.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<bool>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub success: ::std::option::Option<bool>,
    }
    impl CustomerResponse {
        /// Starts building a value field by field.
        pub fn builder() -> builder::CustomerResponse {
            Default::default()
        }
    }
    ///What went wrong (2.7.0).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ErrorDetail) or `serde_json`.
    #[non_exhaustive]
    pub struct ErrorDetail {
        ///Metadata about the error, or `null`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::Nullable, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub data: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///A detailed error message.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub message: ::std::option::Option<::std::string::String>,
        ///The error class, `request_error` (4XX) or `server_error` (5XX).
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl ErrorDetail {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    ///The body of every Paisr error response, in either era: 2.2.1 sends the `message` at the top, 2.7.0 nests it in `error` with its `type` (`ClientErrorResponse` for 4XX, `ServerErrorResponse` for 5XX). One schema with every property optional decodes both.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ErrorResponse) or `serde_json`.
    #[non_exhaustive]
    pub struct ErrorResponse {
        /// The `error` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub error: ::std::option::Option<ErrorDetail>,
        ///What went wrong (2.2.1).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub message: ::std::option::Option<::std::string::String>,
        ///Always `false` for an error.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<bool>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub success: ::std::option::Option<bool>,
    }
    impl ErrorResponse {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///`GetCustomerCustomerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::PortalSession) or `serde_json`.
    #[non_exhaustive]
    pub struct PortalSession {
        ///When the session expires; 2.7.0.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub expires_at: ::std::option::Option<::pspkit_runtime::types::Timestamp>,
        ///How long the session stays valid, as free text (e.g. `30 minutes`); 2.2.1.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub expires_in: ::std::option::Option<::std::string::String>,
        ///The portal URL to send the customer to.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl PortalSession {
        /// Starts building a value field by field.
        pub fn builder() -> builder::PortalSession {
            Default::default()
        }
    }
    ///A shipping address with the recipient's name and phone; the API sends `null` when the customer has none.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ShippingDetails) or `serde_json`.
    #[non_exhaustive]
    pub struct ShippingDetails {
        ///City.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub country: ::std::option::Option<::std::string::String>,
        ///First address line.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub line_1: ::std::option::Option<::std::string::String>,
        ///Second address line.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub line_2: ::std::option::Option<::std::string::String>,
        ///Recipient's name.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub name: ::std::option::Option<::std::string::String>,
        ///Recipient's phone number.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub phone: ::std::option::Option<::std::string::String>,
        ///State or district.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub state: ::std::option::Option<::std::string::String>,
        ///Postal code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub zip_code: ::std::option::Option<::std::string::String>,
    }
    impl ShippingDetails {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ShippingDetails {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        /// Builds a [`BillingDetails`](super::BillingDetails) a field at a time: each setter checks its value, and `BillingDetails::try_from(builder)` says which required field is missing.
        pub struct BillingDetails {
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            line_1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            line_2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            zip_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BillingDetails {
            fn default() -> Self {
                Self {
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                    line_1: Ok(Default::default()),
                    line_2: Ok(Default::default()),
                    state: Ok(Default::default()),
                    zip_code: Ok(Default::default()),
                }
            }
        }
        impl BillingDetails {
            /// Sets `city`.
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            /// Sets `country`.
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            /// Sets `line_1`.
            pub fn line_1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.line_1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line_1: {e}")
                    });
                self
            }
            /// Sets `line_2`.
            pub fn line_2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.line_2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line_2: {e}")
                    });
                self
            }
            /// Sets `state`.
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            /// Sets `zip_code`.
            pub fn zip_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.zip_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zip_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BillingDetails> for super::BillingDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BillingDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    line_1: value.line_1?,
                    line_2: value.line_2?,
                    state: value.state?,
                    zip_code: value.zip_code?,
                })
            }
        }
        impl ::std::convert::From<super::BillingDetails> for BillingDetails {
            fn from(value: super::BillingDetails) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    line_1: Ok(value.line_1),
                    line_2: Ok(value.line_2),
                    state: Ok(value.state),
                    zip_code: Ok(value.zip_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`Customer`](super::Customer) a field at a time: each setter checks its value, and `Customer::try_from(builder)` says which required field is missing.
        pub struct Customer {
            billing_details: ::std::result::Result<
                ::std::option::Option<super::BillingDetails>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                ::std::string::String,
            >,
            default_currency: ::std::result::Result<
                ::std::option::Option<
                    ::pspkit_runtime::types::Open<super::CurrencyCodeKnown>,
                >,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            session: ::std::result::Result<
                ::std::option::Option<super::PortalSession>,
                ::std::string::String,
            >,
            shipping_details: ::std::result::Result<
                ::std::option::Option<super::ShippingDetails>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Customer {
            fn default() -> Self {
                Self {
                    billing_details: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    default_currency: Ok(Default::default()),
                    email: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    session: Ok(Default::default()),
                    shipping_details: Ok(Default::default()),
                }
            }
        }
        impl Customer {
            /// Sets `billing_details`.
            pub fn billing_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BillingDetails>>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for billing_details: {e}"
                        )
                    });
                self
            }
            /// Sets `created_at`.
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /// Sets `default_currency`.
            pub fn default_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::pspkit_runtime::types::Open<super::CurrencyCodeKnown>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.default_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_currency: {e}"
                        )
                    });
                self
            }
            /// Sets `email`.
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            /// Sets `id`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /// Sets `metadata`.
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            /// Sets `name`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// Sets `phone`.
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            /// Sets `session`.
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PortalSession>>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
            /// Sets `shipping_details`.
            pub fn shipping_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ShippingDetails>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.shipping_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for shipping_details: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Customer> for super::Customer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Customer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    billing_details: value.billing_details?,
                    created_at: value.created_at?,
                    default_currency: value.default_currency?,
                    email: value.email?,
                    id: value.id?,
                    metadata: value.metadata?,
                    name: value.name?,
                    phone: value.phone?,
                    session: value.session?,
                    shipping_details: value.shipping_details?,
                })
            }
        }
        impl ::std::convert::From<super::Customer> for Customer {
            fn from(value: super::Customer) -> Self {
                Self {
                    billing_details: Ok(value.billing_details),
                    created_at: Ok(value.created_at),
                    default_currency: Ok(value.default_currency),
                    email: Ok(value.email),
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                    session: Ok(value.session),
                    shipping_details: Ok(value.shipping_details),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`CustomerEvent`](super::CustomerEvent) a field at a time: each setter checks its value, and `CustomerEvent::try_from(builder)` says which required field is missing.
        pub struct CustomerEvent {
            event: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomerEvent {
            fn default() -> Self {
                Self {
                    event: Err("no value supplied for event".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl CustomerEvent {
            /// Sets `event`.
            pub fn event<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.event = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event: {e}")
                    });
                self
            }
            /// Sets `id`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerEvent> for super::CustomerEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event: value.event?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerEvent> for CustomerEvent {
            fn from(value: super::CustomerEvent) -> Self {
                Self {
                    event: Ok(value.event),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`CustomerResponse`](super::CustomerResponse) a field at a time: each setter checks its value, and `CustomerResponse::try_from(builder)` says which required field is missing.
        pub struct CustomerResponse {
            data: ::std::result::Result<super::Customer, ::std::string::String>,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl CustomerResponse {
            /// Sets `data`.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Customer>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            /// Sets `success`.
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerResponse> for super::CustomerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerResponse> for CustomerResponse {
            fn from(value: super::CustomerResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`ErrorDetail`](super::ErrorDetail) a field at a time: each setter checks its value, and `ErrorDetail::try_from(builder)` says which required field is missing.
        pub struct ErrorDetail {
            data: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    message: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ErrorDetail {
            /// Sets `data`.
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            /// Sets `message`.
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            /// Sets `type_`.
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    message: value.message?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self {
                    data: Ok(value.data),
                    message: Ok(value.message),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`ErrorResponse`](super::ErrorResponse) a field at a time: each setter checks its value, and `ErrorResponse::try_from(builder)` says which required field is missing.
        pub struct ErrorResponse {
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorDetail>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    message: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            /// Sets `error`.
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            /// Sets `message`.
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            /// Sets `success`.
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    message: value.message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`PortalSession`](super::PortalSession) a field at a time: each setter checks its value, and `PortalSession::try_from(builder)` says which required field is missing.
        pub struct PortalSession {
            expires_at: ::std::result::Result<
                ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PortalSession {
            fn default() -> Self {
                Self {
                    expires_at: Ok(Default::default()),
                    expires_in: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl PortalSession {
            /// Sets `expires_at`.
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            /// Sets `expires_in`.
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            /// Sets `url`.
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PortalSession> for super::PortalSession {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PortalSession,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expires_at: value.expires_at?,
                    expires_in: value.expires_in?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::PortalSession> for PortalSession {
            fn from(value: super::PortalSession) -> Self {
                Self {
                    expires_at: Ok(value.expires_at),
                    expires_in: Ok(value.expires_in),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`ShippingDetails`](super::ShippingDetails) a field at a time: each setter checks its value, and `ShippingDetails::try_from(builder)` says which required field is missing.
        pub struct ShippingDetails {
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            line_1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            line_2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            zip_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShippingDetails {
            fn default() -> Self {
                Self {
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                    line_1: Ok(Default::default()),
                    line_2: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    state: Ok(Default::default()),
                    zip_code: Ok(Default::default()),
                }
            }
        }
        impl ShippingDetails {
            /// Sets `city`.
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            /// Sets `country`.
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            /// Sets `line_1`.
            pub fn line_1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.line_1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line_1: {e}")
                    });
                self
            }
            /// Sets `line_2`.
            pub fn line_2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.line_2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for line_2: {e}")
                    });
                self
            }
            /// Sets `name`.
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            /// Sets `phone`.
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            /// Sets `state`.
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            /// Sets `zip_code`.
            pub fn zip_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.zip_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zip_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShippingDetails> for super::ShippingDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShippingDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    line_1: value.line_1?,
                    line_2: value.line_2?,
                    name: value.name?,
                    phone: value.phone?,
                    state: value.state?,
                    zip_code: value.zip_code?,
                })
            }
        }
        impl ::std::convert::From<super::ShippingDetails> for ShippingDetails {
            fn from(value: super::ShippingDetails) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    line_1: Ok(value.line_1),
                    line_2: Ok(value.line_2),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                    state: Ok(value.state),
                    zip_code: Ok(value.zip_code),
                }
            }
        }
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
/// A client for the Paisr API: one method per operation ([`get_customer`](Client::get_customer)), each returning a builder whose `send()` makes the call with the runtime's retries, deadline and typed errors. Make one with [`Client::builder`]; clones share the connection pool and the rate limiter.
///
/// # From the spec
///
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
    pub(crate) inner: pspkit_runtime::Context,
}
impl Client {
    /// The client from the runtime's parts (`pspkit_runtime::build_client`).
    pub(crate) fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: pspkit_runtime::Context,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl Client {
    /**Get a customer

Fetches one customer of the business by its Paisr id.

Sends a `GET` request to `/customers/{customer_id}`

Arguments:
- `customer_id`: Paisr customer id, `cus_` followed by the id (e.g. `cus_123456`). The official documents' pattern is `^cus_.*$`; this one also refuses control characters and spaces, which would not stay inside the path segment.
```ignore
let response = client.get_customer()
    .customer_id(customer_id)
    .send()
    .await;
```*/
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    #[allow(unused_imports)]
    use ::pspkit_runtime::ToPathSegment as _;
    use super::types;
    /**Builder for [`Client::get_customer`]

[`Client::get_customer`]: super::Client::get_customer*/
    #[derive(Debug, Clone)]
    pub struct GetCustomer<'a> {
        client: &'a super::Client,
        customer_id: Result<types::GetCustomerCustomerId, String>,
    }
    impl<'a> GetCustomer<'a> {
        /// Starts a request; prefer the matching method on `Client`.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err(
                    "the required parameter `customer_id` was not set".to_string(),
                ),
            }
        }
        /// Sets the `customer_id` parameter: it must match the pattern `^cus_[^\x00-\x20\x7f]+$` (Paisr customer id, `cus_` followed by the id (e.g. `cus_123456`). The official documents' pattern is `^cus_.*$`; this one also refuses control characters and spaces, which would not stay inside the path segment.).
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCustomerCustomerId>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "invalid `customer_id`: it must match the pattern `^cus_[^\\x00-\\x20\\x7f]+$` (Paisr customer id, `cus_` followed by the id (e.g. `cus_123456`). The official documents' pattern is `^cus_.*$`; this one also refuses control characters and spaces, which would not stay inside the path segment.)"
                        .to_string()
                });
            self
        }
        /// Builds the request from the arguments: each is checked (an invalid one is an
        /// invalid-input error naming it), the URL is the client's base URL with the operation's
        /// path (checked against its template), nothing is sent.
        fn request(
            self,
        ) -> ::std::result::Result<
            ::reqwest::Request,
            ::pspkit_runtime::Error<types::ErrorResponse>,
        > {
            let Self { client, customer_id } = self;
            let customer_id = customer_id
                .map_err(::pspkit_runtime::Error::invalid_input)?;
            let url = format!("/customers/{}", customer_id.path_segment());
            let url = client
                .inner
                .endpoint(&client.baseurl, "/customers/{customer_id}", &url)
                .map_err(::pspkit_runtime::Error::invalid_input)?;
            #[allow(unused_mut)]
            let mut request = ::pspkit_runtime::RequestBuilder::new(
                    ::reqwest::Method::GET,
                    url,
                )
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                );
            request.build()
        }
        ///Sends a `GET` request to `/customers/{customer_id}`
        ///
        /// Returns the decoded body with its status, headers and request id, or a
        /// [`pspkit_runtime::Error`] that says whether the input was invalid (nothing sent), the
        /// provider answered with a documented error, the response was unexpected, or the transport failed.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::pspkit_runtime::Response<types::CustomerResponse>,
            ::pspkit_runtime::Error<types::ErrorResponse>,
        > {
            let build = || self.clone().request();
            ::pspkit_runtime::send(
                    &self.client.inner,
                    &self.client.client,
                    build,
                    "get_customer",
                    |status| match status {
                        200u16 => ::pspkit_runtime::StatusClass::Success,
                        400u16..=499u16 => ::pspkit_runtime::StatusClass::Error,
                        500u16..=599u16 => ::pspkit_runtime::StatusClass::Error,
                        _ => ::pspkit_runtime::StatusClass::Undocumented,
                    },
                )
                .await
        }
    }
}
