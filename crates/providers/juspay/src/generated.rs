// generated from specs/juspay.yaml by cargo xtask codegen; do not edit

/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Sent only when `options.get_client_auth_token=true`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ClientAuthToken) or `serde_json`.
    #[non_exhaustive]
    pub struct ClientAuthToken {
        ///A short-lived token for Juspay's client SDKs.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub client_auth_token: ::std::option::Option<::std::string::String>,
        /// The `client_auth_token_expiry` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub client_auth_token_expiry: ::std::option::Option<
            ::pspkit_runtime::types::Timestamp,
        >,
    }
    impl ClientAuthToken {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ClientAuthToken {
            Default::default()
        }
    }
    ///A Juspay customer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::Customer) or `serde_json`.
    #[non_exhaustive]
    pub struct Customer {
        ///Listed beside `id` in Juspay's Get Customer documentation; sent by some accounts with the same value as `id`. Decoded as its own optional field; the normalised view reads `id`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub customer_id: ::std::option::Option<::std::string::String>,
        /// The `date_created` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::pspkit_runtime::types::Timestamp>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub date_created: ::std::option::Option<::pspkit_runtime::types::Timestamp>,
        ///The customer's email address.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub email_address: ::std::option::Option<::std::string::String>,
        ///The customer's first name.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Juspay's customer id, e.g. `cst_om2l6ctlptxwxuzj`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub id: ::std::option::Option<::std::string::String>,
        /// The `juspay` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub juspay: ::std::option::Option<ClientAuthToken>,
        ///The customer's last name.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        /// The `last_updated` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::pspkit_runtime::types::Timestamp>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub last_updated: ::std::option::Option<::pspkit_runtime::types::Timestamp>,
        ///The mobile number's country calling code, e.g. `91`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub mobile_country_code: ::std::option::Option<::std::string::String>,
        ///The mobile number without the country code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub mobile_number: ::std::option::Option<::std::string::String>,
        ///The object type; always `customer`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default = "::pspkit_runtime::lenient::fields::missing::<::std::option::Option<::std::string::String>>",
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub object: ::std::option::Option<::std::string::String>,
        ///The merchant's own id for the customer (often an email address). The one field Juspay's own client types require: it identifies the customer (`x-pspkit-identity`).
        pub object_reference_id: ::std::string::String,
    }
    impl Customer {
        /// Starts building a value field by field.
        pub fn builder() -> builder::Customer {
            Default::default()
        }
    }
    ///Structured details of an error.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ErrorInfo) or `serde_json`.
    #[non_exhaustive]
    pub struct ErrorInfo {
        ///Error category, e.g. `USER_ERROR`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub category: ::std::option::Option<::std::string::String>,
        ///Machine-readable error code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub code: ::std::option::Option<::std::string::String>,
        ///A message for the developer.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub developer_message: ::std::option::Option<::std::string::String>,
        ///The request fields that were rejected.
        #[serde(
            skip_serializing_if = "::std::vec::Vec::is_empty",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::List>"
        )]
        pub fields: ::std::vec::Vec<FieldError>,
        ///A documentation link, or `NA`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub href: ::std::option::Option<::std::string::String>,
        ///Juspay's id for the failed request.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///A message fit to show the end user.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub user_message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorInfo {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ErrorInfo {
            Default::default()
        }
    }
    ///Every shape of Juspay error body; every field is optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ErrorResponse) or `serde_json`.
    #[non_exhaustive]
    pub struct ErrorResponse {
        ///Present (`true`) in the `error` + `user_message` shape.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub error: ::std::option::Option<bool>,
        ///Machine-readable error code, e.g. `invalid_request` or `access_denied`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub error_code: ::std::option::Option<::std::string::String>,
        /// The `error_info` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub error_info: ::std::option::Option<ErrorInfo>,
        ///Human-readable description.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub error_message: ::std::option::Option<::std::string::String>,
        ///Error status, e.g. `invalid_request_error` or `error`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub status: ::std::option::Option<::std::string::String>,
        ///The HTTP status repeated in the body.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::integer::<_, _, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub status_id: ::std::option::Option<i64>,
        ///A message fit to show the end user (in the `error` + `user_message` shape).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub user_message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorResponse {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///One rejected request field.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::FieldError) or `serde_json`.
    #[non_exhaustive]
    pub struct FieldError {
        ///The field's name.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub field_name: ::std::option::Option<::std::string::String>,
        ///Why it was rejected.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub reason: ::std::option::Option<::std::string::String>,
    }
    impl FieldError {
        /// Starts building a value field by field.
        pub fn builder() -> builder::FieldError {
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
    ///Juspay's "Standard Structure of Webhook Payload" (juspay.io/resources-eu/docs/common-resources/webhook-events-and-sample-payloads): the event's id, when it was created, its name and its content (for an order event, the order as the order status API returns it).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::WebhookEnvelope) or `serde_json`.
    #[non_exhaustive]
    pub struct WebhookEnvelope {
        ///The event's content, e.g. `order`.
        #[serde(
            skip_serializing_if = "::serde_json::Map::is_empty",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub content: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        /// The `date_created` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub date_created: ::std::option::Option<::pspkit_runtime::types::Timestamp>,
        ///The event, e.g. `ORDER_SUCCEEDED`.
        pub event_name: ::std::string::String,
        ///The event's id, e.g. `evt_V2_…`.
        pub id: ::std::string::String,
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
        /// Builds a [`ClientAuthToken`](super::ClientAuthToken) a field at a time: each setter checks its value, and `ClientAuthToken::try_from(builder)` says which required field is missing.
        pub struct ClientAuthToken {
            client_auth_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            client_auth_token_expiry: ::std::result::Result<
                ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientAuthToken {
            fn default() -> Self {
                Self {
                    client_auth_token: Ok(Default::default()),
                    client_auth_token_expiry: Ok(Default::default()),
                }
            }
        }
        impl ClientAuthToken {
            /// Sets `client_auth_token`.
            pub fn client_auth_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_auth_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for client_auth_token: {e}"
                        )
                    });
                self
            }
            /// Sets `client_auth_token_expiry`.
            pub fn client_auth_token_expiry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_auth_token_expiry = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for client_auth_token_expiry: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientAuthToken> for super::ClientAuthToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientAuthToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_auth_token: value.client_auth_token?,
                    client_auth_token_expiry: value.client_auth_token_expiry?,
                })
            }
        }
        impl ::std::convert::From<super::ClientAuthToken> for ClientAuthToken {
            fn from(value: super::ClientAuthToken) -> Self {
                Self {
                    client_auth_token: Ok(value.client_auth_token),
                    client_auth_token_expiry: Ok(value.client_auth_token_expiry),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`Customer`](super::Customer) a field at a time: each setter checks its value, and `Customer::try_from(builder)` says which required field is missing.
        pub struct Customer {
            customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                ::std::string::String,
            >,
            email_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            juspay: ::std::result::Result<
                ::std::option::Option<super::ClientAuthToken>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_updated: ::std::result::Result<
                ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                ::std::string::String,
            >,
            mobile_country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mobile_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object_reference_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Customer {
            fn default() -> Self {
                Self {
                    customer_id: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    email_address: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    id: Ok(Default::default()),
                    juspay: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    last_updated: Ok(Default::default()),
                    mobile_country_code: Ok(Default::default()),
                    mobile_number: Ok(Default::default()),
                    object: Ok(Default::default()),
                    object_reference_id: Err(
                        "no value supplied for object_reference_id".to_string(),
                    ),
                }
            }
        }
        impl Customer {
            /// Sets `customer_id`.
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            /// Sets `date_created`.
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            /// Sets `email_address`.
            pub fn email_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_address: {e}")
                    });
                self
            }
            /// Sets `first_name`.
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            /// Sets `id`.
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            /// Sets `juspay`.
            pub fn juspay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ClientAuthToken>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.juspay = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for juspay: {e}")
                    });
                self
            }
            /// Sets `last_name`.
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            /// Sets `last_updated`.
            pub fn last_updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_updated: {e}")
                    });
                self
            }
            /// Sets `mobile_country_code`.
            pub fn mobile_country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile_country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mobile_country_code: {e}"
                        )
                    });
                self
            }
            /// Sets `mobile_number`.
            pub fn mobile_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mobile_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mobile_number: {e}")
                    });
                self
            }
            /// Sets `object`.
            pub fn object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object: {e}")
                    });
                self
            }
            /// Sets `object_reference_id`.
            pub fn object_reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object_reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for object_reference_id: {e}"
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
                    customer_id: value.customer_id?,
                    date_created: value.date_created?,
                    email_address: value.email_address?,
                    first_name: value.first_name?,
                    id: value.id?,
                    juspay: value.juspay?,
                    last_name: value.last_name?,
                    last_updated: value.last_updated?,
                    mobile_country_code: value.mobile_country_code?,
                    mobile_number: value.mobile_number?,
                    object: value.object?,
                    object_reference_id: value.object_reference_id?,
                })
            }
        }
        impl ::std::convert::From<super::Customer> for Customer {
            fn from(value: super::Customer) -> Self {
                Self {
                    customer_id: Ok(value.customer_id),
                    date_created: Ok(value.date_created),
                    email_address: Ok(value.email_address),
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    juspay: Ok(value.juspay),
                    last_name: Ok(value.last_name),
                    last_updated: Ok(value.last_updated),
                    mobile_country_code: Ok(value.mobile_country_code),
                    mobile_number: Ok(value.mobile_number),
                    object: Ok(value.object),
                    object_reference_id: Ok(value.object_reference_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`ErrorInfo`](super::ErrorInfo) a field at a time: each setter checks its value, and `ErrorInfo::try_from(builder)` says which required field is missing.
        pub struct ErrorInfo {
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            developer_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fields: ::std::result::Result<
                ::std::vec::Vec<super::FieldError>,
                ::std::string::String,
            >,
            href: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorInfo {
            fn default() -> Self {
                Self {
                    category: Ok(Default::default()),
                    code: Ok(Default::default()),
                    developer_message: Ok(Default::default()),
                    fields: Ok(Default::default()),
                    href: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    user_message: Ok(Default::default()),
                }
            }
        }
        impl ErrorInfo {
            /// Sets `category`.
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
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
            /// Sets `developer_message`.
            pub fn developer_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.developer_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for developer_message: {e}"
                        )
                    });
                self
            }
            /// Sets `fields`.
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FieldError>>,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fields: {e}")
                    });
                self
            }
            /// Sets `href`.
            pub fn href<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.href = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for href: {e}")
                    });
                self
            }
            /// Sets `request_id`.
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            /// Sets `user_message`.
            pub fn user_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorInfo> for super::ErrorInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    category: value.category?,
                    code: value.code?,
                    developer_message: value.developer_message?,
                    fields: value.fields?,
                    href: value.href?,
                    request_id: value.request_id?,
                    user_message: value.user_message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorInfo> for ErrorInfo {
            fn from(value: super::ErrorInfo) -> Self {
                Self {
                    category: Ok(value.category),
                    code: Ok(value.code),
                    developer_message: Ok(value.developer_message),
                    fields: Ok(value.fields),
                    href: Ok(value.href),
                    request_id: Ok(value.request_id),
                    user_message: Ok(value.user_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`ErrorResponse`](super::ErrorResponse) a field at a time: each setter checks its value, and `ErrorResponse::try_from(builder)` says which required field is missing.
        pub struct ErrorResponse {
            error: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_info: ::std::result::Result<
                ::std::option::Option<super::ErrorInfo>,
                ::std::string::String,
            >,
            error_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    error_info: Ok(Default::default()),
                    error_message: Ok(Default::default()),
                    status: Ok(Default::default()),
                    status_id: Ok(Default::default()),
                    user_message: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            /// Sets `error`.
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            /// Sets `error_code`.
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            /// Sets `error_info`.
            pub fn error_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_info: {e}")
                    });
                self
            }
            /// Sets `error_message`.
            pub fn error_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_message: {e}")
                    });
                self
            }
            /// Sets `status`.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            /// Sets `status_id`.
            pub fn status_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_id: {e}")
                    });
                self
            }
            /// Sets `user_message`.
            pub fn user_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_message: {e}")
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
                    error_code: value.error_code?,
                    error_info: value.error_info?,
                    error_message: value.error_message?,
                    status: value.status?,
                    status_id: value.status_id?,
                    user_message: value.user_message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    error_code: Ok(value.error_code),
                    error_info: Ok(value.error_info),
                    error_message: Ok(value.error_message),
                    status: Ok(value.status),
                    status_id: Ok(value.status_id),
                    user_message: Ok(value.user_message),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`FieldError`](super::FieldError) a field at a time: each setter checks its value, and `FieldError::try_from(builder)` says which required field is missing.
        pub struct FieldError {
            field_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FieldError {
            fn default() -> Self {
                Self {
                    field_name: Ok(Default::default()),
                    reason: Ok(Default::default()),
                }
            }
        }
        impl FieldError {
            /// Sets `field_name`.
            pub fn field_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.field_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field_name: {e}")
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
        }
        impl ::std::convert::TryFrom<FieldError> for super::FieldError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    field_name: value.field_name?,
                    reason: value.reason?,
                })
            }
        }
        impl ::std::convert::From<super::FieldError> for FieldError {
            fn from(value: super::FieldError) -> Self {
                Self {
                    field_name: Ok(value.field_name),
                    reason: Ok(value.reason),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`WebhookEnvelope`](super::WebhookEnvelope) a field at a time: each setter checks its value, and `WebhookEnvelope::try_from(builder)` says which required field is missing.
        pub struct WebhookEnvelope {
            content: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                ::std::string::String,
            >,
            event_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for WebhookEnvelope {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    event_name: Err("no value supplied for event_name".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl WebhookEnvelope {
            /// Sets `content`.
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            /// Sets `date_created`.
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            /// Sets `event_name`.
            pub fn event_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.event_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_name: {e}")
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
        impl ::std::convert::TryFrom<WebhookEnvelope> for super::WebhookEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    date_created: value.date_created?,
                    event_name: value.event_name?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEnvelope> for WebhookEnvelope {
            fn from(value: super::WebhookEnvelope) -> Self {
                Self {
                    content: Ok(value.content),
                    date_created: Ok(value.date_created),
                    event_name: Ok(value.event_name),
                    id: Ok(value.id),
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
/// A client for the Juspay API: one method per operation ([`get_customer`](Client::get_customer)), each returning a builder whose `send()` makes the call with the runtime's retries, deadline and typed errors. Make one with [`Client::builder`]; clones share the connection pool and the rate limiter.
///
/// # From the spec
///
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

Fetches one customer by Juspay's id (`cst_…`) or by the merchant's own `object_reference_id`, which may be an email address.

Sends a `GET` request to `/customers/{customer_id}`

Arguments:
- `customer_id`: Juspay's customer id (`cst_…`) or the merchant's `object_reference_id`; any printable text except `.` and `..` (it is percent-encoded into the path).
- `options_get_client_auth_token`: When `true`, the response adds a `juspay` object with a client auth token for the SDKs.
- `version`: The API version to use, as a date (e.g. `2023-06-30`).
- `x_routing_id`: Routes the request to the shard that holds the customer; Juspay recommends sending the customer id.
```ignore
let response = client.get_customer()
    .customer_id(customer_id)
    .options_get_client_auth_token(options_get_client_auth_token)
    .version(version)
    .x_routing_id(x_routing_id)
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
        options_get_client_auth_token: Result<Option<bool>, String>,
        version: Result<Option<::std::string::String>, String>,
        x_routing_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetCustomer<'a> {
        /// Starts a request; prefer the matching method on `Client`.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Err(
                    "the required parameter `customer_id` was not set".to_string(),
                ),
                options_get_client_auth_token: Ok(None),
                version: Ok(None),
                x_routing_id: Ok(None),
            }
        }
        /// Sets the `customer_id` parameter: it must match the pattern `^(?!\.{1,2}$)[^\x00-\x1f\x7f]+$` (Juspay's customer id (`cst_…`) or the merchant's `object_reference_id`; any printable text except `.` and `..` (it is percent-encoded into the path).).
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCustomerCustomerId>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| {
                    "invalid `customer_id`: it must match the pattern `^(?!\\.{1,2}$)[^\\x00-\\x1f\\x7f]+$` (Juspay's customer id (`cst_…`) or the merchant's `object_reference_id`; any printable text except `.` and `..` (it is percent-encoded into the path).)"
                        .to_string()
                });
            self
        }
        /// Sets the `options_get_client_auth_token` parameter: it must be a valid boolean (When `true`, the response adds a `juspay` object with a client auth token for the SDKs.).
        pub fn options_get_client_auth_token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.options_get_client_auth_token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "invalid `options_get_client_auth_token`: it must be a valid boolean (When `true`, the response adds a `juspay` object with a client auth token for the SDKs.)"
                        .to_string()
                });
            self
        }
        /// Sets the `version` parameter: it must be a valid string (The API version to use, as a date (e.g. `2023-06-30`).).
        pub fn version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.version = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "invalid `version`: it must be a valid string (The API version to use, as a date (e.g. `2023-06-30`).)"
                        .to_string()
                });
            self
        }
        /// Sets the `x_routing_id` parameter: it must be a valid string (Routes the request to the shard that holds the customer; Juspay recommends sending the customer id.).
        pub fn x_routing_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.x_routing_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "invalid `x_routing_id`: it must be a valid string (Routes the request to the shard that holds the customer; Juspay recommends sending the customer id.)"
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
            let Self {
                client,
                customer_id,
                options_get_client_auth_token,
                x_routing_id,
                version,
            } = self;
            let customer_id = customer_id
                .map_err(::pspkit_runtime::Error::invalid_input)?;
            let options_get_client_auth_token = options_get_client_auth_token
                .map_err(::pspkit_runtime::Error::invalid_input)?;
            let x_routing_id = x_routing_id
                .map_err(::pspkit_runtime::Error::invalid_input)?;
            let version = version.map_err(::pspkit_runtime::Error::invalid_input)?;
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
            request = request
                .query(
                    &progenitor_client::QueryParam::new(
                        "options.get_client_auth_token",
                        &options_get_client_auth_token,
                    ),
                );
            if let Some(value) = &x_routing_id {
                request = request.header("x-routing-id", value.to_string());
            }
            if let Some(value) = &version {
                request = request.header("version", value.to_string());
            }
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
                        403u16 => ::pspkit_runtime::StatusClass::Error,
                        404u16 => ::pspkit_runtime::StatusClass::Error,
                        500u16 => ::pspkit_runtime::StatusClass::Error,
                        _ => ::pspkit_runtime::StatusClass::Undocumented,
                    },
                )
                .await
        }
    }
}
