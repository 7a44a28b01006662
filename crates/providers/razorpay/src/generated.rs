// generated from specs/razorpay.yaml by cargo xtask codegen; do not edit

/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A Razorpay customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::Customer) or `serde_json`.
    #[non_exhaustive]
    pub struct Customer {
        ///The customer's phone number, up to 15 characters including the country code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub contact: ::std::option::Option<::std::string::String>,
        ///When the customer was created, in Unix seconds.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<i64>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::integer::<_, _, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub created_at: ::std::option::Option<i64>,
        ///The customer's email address.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub email: ::std::option::Option<::std::string::String>,
        ///Name of the entity; always `customer`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub entity: ::std::option::Option<::std::string::String>,
        ///The customer's GST number, if one was given.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub gstin: ::std::option::Option<::std::string::String>,
        ///Unique identifier of the customer, e.g. `cust_1Aa00000000001`.
        pub id: ::std::string::String,
        ///The customer's name.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub name: ::std::option::Option<::std::string::String>,
        /// The `notes` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::ObjectOrList>"
        )]
        pub notes: ::std::option::Option<Notes>,
    }
    impl Customer {
        /// Starts building a value field by field.
        pub fn builder() -> builder::Customer {
            Default::default()
        }
    }
    ///What went wrong. Only `code` and `description` are always present.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ErrorDetail) or `serde_json`.
    #[non_exhaustive]
    pub struct ErrorDetail {
        ///Error category, e.g. `BAD_REQUEST_ERROR`, `GATEWAY_ERROR` or `SERVER_ERROR`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub code: ::std::option::Option<::std::string::String>,
        ///Human-readable description of the error.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///The request field the error is about, when there is one.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub field: ::std::option::Option<::std::string::String>,
        ///Free-form additional information about the error.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::Nullable, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Machine-readable reason for the error.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub reason: ::std::option::Option<::std::string::String>,
        ///Where the error arose, e.g. `business`, `bank` or `customer`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub source: ::std::option::Option<::std::string::String>,
        ///The step of the flow at which the error arose.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub step: ::std::option::Option<::std::string::String>,
    }
    impl ErrorDetail {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    ///The body of every Razorpay error response.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ErrorResponse) or `serde_json`.
    #[non_exhaustive]
    pub struct ErrorResponse {
        /// The `error` field (see its type for details).
        pub error: ErrorDetail,
    }
    impl ErrorResponse {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///`GetCustomerId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct GetCustomerId(::std::string::String);
    impl ::std::ops::Deref for GetCustomerId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCustomerId> for ::std::string::String {
        fn from(value: GetCustomerId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCustomerId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^cust_[A-Za-z0-9]{14}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^cust_[A-Za-z0-9]{14}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetCustomerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCustomerId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCustomerId {
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
    ///Up to 15 key-value pairs of merchant notes. Razorpay sends an empty JSON array (`[]`) instead of an empty object when there are none; both decode to an empty map.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Notes(pub ::pspkit_runtime::types::StringMap);
    impl ::std::ops::Deref for Notes {
        type Target = ::pspkit_runtime::types::StringMap;
        fn deref(&self) -> &::pspkit_runtime::types::StringMap {
            &self.0
        }
    }
    impl ::std::convert::From<Notes> for ::pspkit_runtime::types::StringMap {
        fn from(value: Notes) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::pspkit_runtime::types::StringMap> for Notes {
        fn from(value: ::pspkit_runtime::types::StringMap) -> Self {
            Self(value)
        }
    }
    ///Every Razorpay webhook's envelope (razorpay.com/docs/webhooks/payloads): the event, the entities it contains and their payloads.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::WebhookEnvelope) or `serde_json`.
    #[non_exhaustive]
    pub struct WebhookEnvelope {
        ///The merchant's account id.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub account_id: ::std::option::Option<::std::string::String>,
        ///The entities under `payload`.
        #[serde(
            skip_serializing_if = "::std::vec::Vec::is_empty",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::List>"
        )]
        pub contains: ::std::vec::Vec<::std::string::String>,
        ///When the event occurred (Unix seconds).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::integer::<_, _, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub created_at: ::std::option::Option<i64>,
        ///Always `event`.
        pub entity: ::std::string::String,
        ///The event, e.g. `payment.authorized`.
        pub event: ::std::string::String,
        ///Each contained entity, under its name.
        #[serde(
            skip_serializing_if = "::serde_json::Map::is_empty",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl WebhookEnvelope {
        /// Starts building a value field by field.
        pub fn builder() -> builder::WebhookEnvelope {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        /// Builds a [`Customer`](super::Customer) a field at a time: each setter checks its value, and `Customer::try_from(builder)` says which required field is missing.
        pub struct Customer {
            contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gstin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<super::Notes>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Customer {
            fn default() -> Self {
                Self {
                    contact: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    email: Ok(Default::default()),
                    entity: Ok(Default::default()),
                    gstin: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                    notes: Ok(Default::default()),
                }
            }
        }
        impl Customer {
            /// Sets `contact`.
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact: {e}")
                    });
                self
            }
            /// Sets `created_at`.
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
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
            /// Sets `entity`.
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
            /// Sets `gstin`.
            pub fn gstin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gstin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gstin: {e}")
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
            /// Sets `notes`.
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Notes>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
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
                    contact: value.contact?,
                    created_at: value.created_at?,
                    email: value.email?,
                    entity: value.entity?,
                    gstin: value.gstin?,
                    id: value.id?,
                    name: value.name?,
                    notes: value.notes?,
                })
            }
        }
        impl ::std::convert::From<super::Customer> for Customer {
            fn from(value: super::Customer) -> Self {
                Self {
                    contact: Ok(value.contact),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    entity: Ok(value.entity),
                    gstin: Ok(value.gstin),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    notes: Ok(value.notes),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`ErrorDetail`](super::ErrorDetail) a field at a time: each setter checks its value, and `ErrorDetail::try_from(builder)` says which required field is missing.
        pub struct ErrorDetail {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            field: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            step: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    description: Ok(Default::default()),
                    field: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    reason: Ok(Default::default()),
                    source: Ok(Default::default()),
                    step: Ok(Default::default()),
                }
            }
        }
        impl ErrorDetail {
            /// Sets `code`.
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            /// Sets `description`.
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            /// Sets `field`.
            pub fn field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field: {e}")
                    });
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
            /// Sets `reason`.
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
            /// Sets `source`.
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            /// Sets `step`.
            pub fn step<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.step = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for step: {e}")
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
                    code: value.code?,
                    description: value.description?,
                    field: value.field?,
                    metadata: value.metadata?,
                    reason: value.reason?,
                    source: value.source?,
                    step: value.step?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self {
                    code: Ok(value.code),
                    description: Ok(value.description),
                    field: Ok(value.field),
                    metadata: Ok(value.metadata),
                    reason: Ok(value.reason),
                    source: Ok(value.source),
                    step: Ok(value.step),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`ErrorResponse`](super::ErrorResponse) a field at a time: each setter checks its value, and `ErrorResponse::try_from(builder)` says which required field is missing.
        pub struct ErrorResponse {
            error: ::std::result::Result<super::ErrorDetail, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl ErrorResponse {
            /// Sets `error`.
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorDetail>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self { error: Ok(value.error) }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`WebhookEnvelope`](super::WebhookEnvelope) a field at a time: each setter checks its value, and `WebhookEnvelope::try_from(builder)` says which required field is missing.
        pub struct WebhookEnvelope {
            account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            entity: ::std::result::Result<::std::string::String, ::std::string::String>,
            event: ::std::result::Result<::std::string::String, ::std::string::String>,
            payload: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEnvelope {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    contains: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    entity: Err("no value supplied for entity".to_string()),
                    event: Err("no value supplied for event".to_string()),
                    payload: Ok(Default::default()),
                }
            }
        }
        impl WebhookEnvelope {
            /// Sets `account_id`.
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            /// Sets `contains`.
            pub fn contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contains = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contains: {e}")
                    });
                self
            }
            /// Sets `created_at`.
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            /// Sets `entity`.
            pub fn entity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.entity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity: {e}")
                    });
                self
            }
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
            /// Sets `payload`.
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEnvelope> for super::WebhookEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    contains: value.contains?,
                    created_at: value.created_at?,
                    entity: value.entity?,
                    event: value.event?,
                    payload: value.payload?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEnvelope> for WebhookEnvelope {
            fn from(value: super::WebhookEnvelope) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    contains: Ok(value.contains),
                    created_at: Ok(value.created_at),
                    entity: Ok(value.entity),
                    event: Ok(value.event),
                    payload: Ok(value.payload),
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
/// A client for the Razorpay API: one method per operation ([`get_customer`](Client::get_customer)), each returning a builder whose `send()` makes the call with the runtime's retries, deadline and typed errors. Make one with [`Client::builder`]; clones share the connection pool and the rate limiter.
///
/// # From the spec
///
/**Client for Razorpay Customers API

Razorpay's **Fetch Customer With ID** operation, as the live API behaves.
Test and live mode share one host: the key pair decides which mode a call runs in.
`entity` is not required: the Customer entity page (<https://razorpay.com/docs/customers/api>)
does not list it. 429 is documented on <https://razorpay.com/docs/api/pagination> ("watch for
HTTP status code 429"); error bodies send `"NA"` for an unknown source, step or reason
(the "Failure" examples of Razorpay's API reference, e.g. "The api key provided is invalid").
Checked on 2026-12-02 against Razorpay's published OpenAPI document,
<https://razorpay.com/openapi.json> (OpenAPI 3.0.0, version 1.0.0, operation `fetchCustomer`;
read from its byte-identical copy of curlec.com/openapi.json, api-evangelist/curlec
ba0dbda): the same URL (its server holds the `/v1`); it documents 404 too, added here; it also
accepts OAuth2, which pspkit does not offer (Basic only); its customer schema requires nothing
and allows no `null`, which Razorpay's own examples contradict (`gstin: null`, `notes: []`):
this spec follows the examples and the SDK fixtures in `tests/payloads/razorpay/`.


Version: v1*/
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
    /**Fetch a customer by id

Retrieves the details of one customer by its Razorpay id.

Sends a `GET` request to `/v1/customers/{id}`

Arguments:
- `id`: Razorpay customer id: `cust_` followed by 14 letters or digits.
```ignore
let response = client.get_customer()
    .id(id)
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
        id: Result<types::GetCustomerId, String>,
    }
    impl<'a> GetCustomer<'a> {
        /// Starts a request; prefer the matching method on `Client`.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("the required parameter `id` was not set".to_string()),
            }
        }
        /// Sets the `id` parameter: it must match the pattern `^cust_[A-Za-z0-9]{14}$` (Razorpay customer id: `cust_` followed by 14 letters or digits.).
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCustomerId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "invalid `id`: it must match the pattern `^cust_[A-Za-z0-9]{14}$` (Razorpay customer id: `cust_` followed by 14 letters or digits.)"
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
            let Self { client, id } = self;
            let id = id.map_err(::pspkit_runtime::Error::invalid_input)?;
            let url = format!("/v1/customers/{}", id.path_segment());
            let url = client
                .inner
                .endpoint(&client.baseurl, "/v1/customers/{id}", &url)
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
        ///Sends a `GET` request to `/v1/customers/{id}`
        ///
        /// Returns the decoded body with its status, headers and request id, or a
        /// [`pspkit_runtime::Error`] that says whether the input was invalid (nothing sent), the
        /// provider answered with a documented error, the response was unexpected, or the transport failed.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::pspkit_runtime::Response<types::Customer>,
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
                        400u16 => ::pspkit_runtime::StatusClass::Error,
                        401u16 => ::pspkit_runtime::StatusClass::Error,
                        404u16 => ::pspkit_runtime::StatusClass::Error,
                        429u16 => ::pspkit_runtime::StatusClass::Error,
                        500u16..=599u16 => ::pspkit_runtime::StatusClass::Error,
                        _ => ::pspkit_runtime::StatusClass::Undocumented,
                    },
                )
                .await
        }
    }
}
