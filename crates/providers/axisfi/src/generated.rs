// generated from specs/axisfi.yaml by cargo xtask codegen; do not edit

/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///How the customer will use the account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::AccountUsage) or `serde_json`.
    #[non_exhaustive]
    pub struct AccountUsage {
        ///The AxisFI product the account is for.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub account_usage_product_reference: ::std::option::Option<
            ::std::string::String,
        >,
        ///Estimated monthly revenue; an integer or a decimal.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub estimated_monthly_revenue_amount: ::std::option::Option<f64>,
        ///ISO 4217 currency of the revenue estimate.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub estimated_monthly_revenue_currency: ::std::option::Option<
            ::std::string::String,
        >,
        ///What the business sells.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub goods_service_description: ::std::option::Option<::std::string::String>,
        ///Industry category (merchant category code).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub industry_category_code: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 code of the country the business operates in.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub operating_country: ::std::option::Option<::std::string::String>,
    }
    impl AccountUsage {
        /// Starts building a value field by field.
        pub fn builder() -> builder::AccountUsage {
            Default::default()
        }
    }
    ///The registered business.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::BusinessDetails) or `serde_json`.
    #[non_exhaustive]
    pub struct BusinessDetails {
        ///ISO 3166-1 alpha-2 code of the issuing country.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub business_identifier_country_code: ::std::option::Option<
            ::std::string::String,
        >,
        ///File ids of the registration documents.
        #[serde(
            skip_serializing_if = "::std::vec::Vec::is_empty",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::List>"
        )]
        pub business_identifier_document_list: ::std::vec::Vec<::std::string::String>,
        ///Registration expiry date; a date-time in AxisFI's documentation, kept as text.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub business_identifier_expiry_date: ::std::option::Option<
            ::std::string::String,
        >,
        ///The registration number.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub business_identifier_number: ::std::option::Option<::std::string::String>,
        ///Registration date. AxisFI's documentation shows date-time values (`2019-04-01T00:00:00Z`), not the `YYYY-MM-DD` once described here; kept as text so either form decodes.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub business_identifier_start_date: ::std::option::Option<::std::string::String>,
        ///Kind of registration number, e.g. `BRN`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub business_identifier_type: ::std::option::Option<::std::string::String>,
        ///Registered name.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub business_name: ::std::option::Option<::std::string::String>,
        ///Registered name in English.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub business_name_english: ::std::option::Option<::std::string::String>,
        ///Legal form, e.g. `LIMITED_COMPANY`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub business_type: ::std::option::Option<::std::string::String>,
        ///The business's website.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub website: ::std::option::Option<::std::string::String>,
    }
    impl BusinessDetails {
        /// Starts building a value field by field.
        pub fn builder() -> builder::BusinessDetails {
            Default::default()
        }
    }
    ///A person related to the business.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::BusinessPerson) or `serde_json`.
    #[non_exhaustive]
    pub struct BusinessPerson {
        /// The `identification` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub identification: ::std::option::Option<Identification>,
        /// The `residential_address` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub residential_address: ::std::option::Option<ResidentialAddress>,
    }
    impl BusinessPerson {
        /// Starts building a value field by field.
        pub fn builder() -> builder::BusinessPerson {
            Default::default()
        }
    }
    ///An onboarded customer. Any nested section may be absent.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::CustomerDetail) or `serde_json`.
    #[non_exhaustive]
    pub struct CustomerDetail {
        /// The `account_usage` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub account_usage: ::std::option::Option<AccountUsage>,
        /// The `business_details` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub business_details: ::std::option::Option<BusinessDetails>,
        ///The business's persons (directors, owners) and their identification.
        #[serde(
            skip_serializing_if = "::std::vec::Vec::is_empty",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::List>"
        )]
        pub business_person_list: ::std::vec::Vec<BusinessPerson>,
        ///When the customer was created.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub created_at: ::std::option::Option<::pspkit_runtime::types::Timestamp>,
        ///AxisFI's customer id.
        pub customer_id: ::std::string::String,
        ///The partner's own id for the customer.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::Nullable>"
        )]
        pub partner_customer_id: ::std::option::Option<::std::string::String>,
        /// The `primary_contact` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub primary_contact: ::std::option::Option<PrimaryContact>,
        /// The `registration_address` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Object>"
        )]
        pub registration_address: ::std::option::Option<RegistrationAddress>,
        /// The `status` field (see its type for details).
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::value::<_, _, ::pspkit_runtime::lenient::fields::NotNull, ::pspkit_runtime::lenient::fields::Scalar>"
        )]
        pub status: ::std::option::Option<
            ::pspkit_runtime::types::Open<CustomerStatusKnown>,
        >,
    }
    impl CustomerDetail {
        /// Starts building a value field by field.
        pub fn builder() -> builder::CustomerDetail {
            Default::default()
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
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain variants as the spec grows (`#[non_exhaustive]`): match it with a `_` arm.
    #[non_exhaustive]
    pub enum CustomerStatusKnown {
        /// The `Processing` case.
        Processing,
        /// The `Succeeded` case.
        Succeeded,
        /// The `Failed` case.
        Failed,
        /// The `Suspended` case.
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
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
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
    ///A person's identity document.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::Identification) or `serde_json`.
    #[non_exhaustive]
    pub struct Identification {
        ///File id of the document's back.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub id_document_back_file_id: ::std::option::Option<::std::string::String>,
        ///File id of the document's front.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub id_document_front_file_id: ::std::option::Option<::std::string::String>,
        ///Expiry date. AxisFI's documentation shows date-time values, not the `YYYY-MM-DD` once described here; kept as text so either form decodes.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub id_expiration_date: ::std::option::Option<::std::string::String>,
        ///Issue date; a date-time in AxisFI's documentation, kept as text.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub id_issue_date: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 code of the issuing country.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub id_issuing_country_code: ::std::option::Option<::std::string::String>,
        ///Document number.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub id_number: ::std::option::Option<::std::string::String>,
        ///Document type, e.g. `PASSPORT`.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub id_type: ::std::option::Option<::std::string::String>,
    }
    impl Identification {
        /// Starts building a value field by field.
        pub fn builder() -> builder::Identification {
            Default::default()
        }
    }
    ///Who AxisFI contacts about the account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::PrimaryContact) or `serde_json`.
    #[non_exhaustive]
    pub struct PrimaryContact {
        ///Email address.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub contact_email: ::std::option::Option<::std::string::String>,
        ///Phone number in E.164 form.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub contact_phone: ::std::option::Option<::std::string::String>,
    }
    impl PrimaryContact {
        /// Starts building a value field by field.
        pub fn builder() -> builder::PrimaryContact {
            Default::default()
        }
    }
    ///The business's registered address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::RegistrationAddress) or `serde_json`.
    #[non_exhaustive]
    pub struct RegistrationAddress {
        ///City.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub registration_address_city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub registration_address_country_code: ::std::option::Option<
            ::std::string::String,
        >,
        ///Address line.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub registration_address_line1: ::std::option::Option<::std::string::String>,
        ///Postal code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub registration_address_postcode: ::std::option::Option<::std::string::String>,
        ///State or district.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub registration_address_state: ::std::option::Option<::std::string::String>,
    }
    impl RegistrationAddress {
        /// Starts building a value field by field.
        pub fn builder() -> builder::RegistrationAddress {
            Default::default()
        }
    }
    ///A person's home address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    ///
    /// It may gain fields as the spec grows (`#[non_exhaustive]`); build one with its [builder](builder::ResidentialAddress) or `serde_json`.
    #[non_exhaustive]
    pub struct ResidentialAddress {
        ///City.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub residential_address_city: ::std::option::Option<::std::string::String>,
        ///ISO 3166-1 alpha-2 country code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub residential_address_country_code: ::std::option::Option<
            ::std::string::String,
        >,
        ///Address line.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub residential_address_line1: ::std::option::Option<::std::string::String>,
        ///Postal code.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub residential_address_postcode: ::std::option::Option<::std::string::String>,
        ///State or province.
        #[serde(
            skip_serializing_if = "::std::option::Option::is_none",
            default,
            deserialize_with = "::pspkit_runtime::lenient::fields::text::<_, ::pspkit_runtime::lenient::fields::NotNull>"
        )]
        pub residential_address_state: ::std::option::Option<::std::string::String>,
    }
    impl ResidentialAddress {
        /// Starts building a value field by field.
        pub fn builder() -> builder::ResidentialAddress {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        /// Builds a [`AccountUsage`](super::AccountUsage) a field at a time: each setter checks its value, and `AccountUsage::try_from(builder)` says which required field is missing.
        pub struct AccountUsage {
            account_usage_product_reference: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            estimated_monthly_revenue_amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            estimated_monthly_revenue_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            goods_service_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            industry_category_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operating_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountUsage {
            fn default() -> Self {
                Self {
                    account_usage_product_reference: Ok(Default::default()),
                    estimated_monthly_revenue_amount: Ok(Default::default()),
                    estimated_monthly_revenue_currency: Ok(Default::default()),
                    goods_service_description: Ok(Default::default()),
                    industry_category_code: Ok(Default::default()),
                    operating_country: Ok(Default::default()),
                }
            }
        }
        impl AccountUsage {
            /// Sets `account_usage_product_reference`.
            pub fn account_usage_product_reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_usage_product_reference = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for account_usage_product_reference: {e}"
                        )
                    });
                self
            }
            /// Sets `estimated_monthly_revenue_amount`.
            pub fn estimated_monthly_revenue_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.estimated_monthly_revenue_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for estimated_monthly_revenue_amount: {e}"
                        )
                    });
                self
            }
            /// Sets `estimated_monthly_revenue_currency`.
            pub fn estimated_monthly_revenue_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.estimated_monthly_revenue_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for estimated_monthly_revenue_currency: {e}"
                        )
                    });
                self
            }
            /// Sets `goods_service_description`.
            pub fn goods_service_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.goods_service_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for goods_service_description: {e}"
                        )
                    });
                self
            }
            /// Sets `industry_category_code`.
            pub fn industry_category_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.industry_category_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for industry_category_code: {e}"
                        )
                    });
                self
            }
            /// Sets `operating_country`.
            pub fn operating_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operating_country = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operating_country: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountUsage> for super::AccountUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_usage_product_reference: value
                        .account_usage_product_reference?,
                    estimated_monthly_revenue_amount: value
                        .estimated_monthly_revenue_amount?,
                    estimated_monthly_revenue_currency: value
                        .estimated_monthly_revenue_currency?,
                    goods_service_description: value.goods_service_description?,
                    industry_category_code: value.industry_category_code?,
                    operating_country: value.operating_country?,
                })
            }
        }
        impl ::std::convert::From<super::AccountUsage> for AccountUsage {
            fn from(value: super::AccountUsage) -> Self {
                Self {
                    account_usage_product_reference: Ok(
                        value.account_usage_product_reference,
                    ),
                    estimated_monthly_revenue_amount: Ok(
                        value.estimated_monthly_revenue_amount,
                    ),
                    estimated_monthly_revenue_currency: Ok(
                        value.estimated_monthly_revenue_currency,
                    ),
                    goods_service_description: Ok(value.goods_service_description),
                    industry_category_code: Ok(value.industry_category_code),
                    operating_country: Ok(value.operating_country),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`BusinessDetails`](super::BusinessDetails) a field at a time: each setter checks its value, and `BusinessDetails::try_from(builder)` says which required field is missing.
        pub struct BusinessDetails {
            business_identifier_country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            business_identifier_document_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            business_identifier_expiry_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            business_identifier_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            business_identifier_start_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            business_identifier_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            business_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            business_name_english: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            business_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            website: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BusinessDetails {
            fn default() -> Self {
                Self {
                    business_identifier_country_code: Ok(Default::default()),
                    business_identifier_document_list: Ok(Default::default()),
                    business_identifier_expiry_date: Ok(Default::default()),
                    business_identifier_number: Ok(Default::default()),
                    business_identifier_start_date: Ok(Default::default()),
                    business_identifier_type: Ok(Default::default()),
                    business_name: Ok(Default::default()),
                    business_name_english: Ok(Default::default()),
                    business_type: Ok(Default::default()),
                    website: Ok(Default::default()),
                }
            }
        }
        impl BusinessDetails {
            /// Sets `business_identifier_country_code`.
            pub fn business_identifier_country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_identifier_country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_identifier_country_code: {e}"
                        )
                    });
                self
            }
            /// Sets `business_identifier_document_list`.
            pub fn business_identifier_document_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_identifier_document_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_identifier_document_list: {e}"
                        )
                    });
                self
            }
            /// Sets `business_identifier_expiry_date`.
            pub fn business_identifier_expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_identifier_expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_identifier_expiry_date: {e}"
                        )
                    });
                self
            }
            /// Sets `business_identifier_number`.
            pub fn business_identifier_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_identifier_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_identifier_number: {e}"
                        )
                    });
                self
            }
            /// Sets `business_identifier_start_date`.
            pub fn business_identifier_start_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_identifier_start_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_identifier_start_date: {e}"
                        )
                    });
                self
            }
            /// Sets `business_identifier_type`.
            pub fn business_identifier_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_identifier_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_identifier_type: {e}"
                        )
                    });
                self
            }
            /// Sets `business_name`.
            pub fn business_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for business_name: {e}")
                    });
                self
            }
            /// Sets `business_name_english`.
            pub fn business_name_english<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_name_english = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_name_english: {e}"
                        )
                    });
                self
            }
            /// Sets `business_type`.
            pub fn business_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for business_type: {e}")
                    });
                self
            }
            /// Sets `website`.
            pub fn website<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.website = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for website: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BusinessDetails> for super::BusinessDetails {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BusinessDetails,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    business_identifier_country_code: value
                        .business_identifier_country_code?,
                    business_identifier_document_list: value
                        .business_identifier_document_list?,
                    business_identifier_expiry_date: value
                        .business_identifier_expiry_date?,
                    business_identifier_number: value.business_identifier_number?,
                    business_identifier_start_date: value
                        .business_identifier_start_date?,
                    business_identifier_type: value.business_identifier_type?,
                    business_name: value.business_name?,
                    business_name_english: value.business_name_english?,
                    business_type: value.business_type?,
                    website: value.website?,
                })
            }
        }
        impl ::std::convert::From<super::BusinessDetails> for BusinessDetails {
            fn from(value: super::BusinessDetails) -> Self {
                Self {
                    business_identifier_country_code: Ok(
                        value.business_identifier_country_code,
                    ),
                    business_identifier_document_list: Ok(
                        value.business_identifier_document_list,
                    ),
                    business_identifier_expiry_date: Ok(
                        value.business_identifier_expiry_date,
                    ),
                    business_identifier_number: Ok(value.business_identifier_number),
                    business_identifier_start_date: Ok(
                        value.business_identifier_start_date,
                    ),
                    business_identifier_type: Ok(value.business_identifier_type),
                    business_name: Ok(value.business_name),
                    business_name_english: Ok(value.business_name_english),
                    business_type: Ok(value.business_type),
                    website: Ok(value.website),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`BusinessPerson`](super::BusinessPerson) a field at a time: each setter checks its value, and `BusinessPerson::try_from(builder)` says which required field is missing.
        pub struct BusinessPerson {
            identification: ::std::result::Result<
                ::std::option::Option<super::Identification>,
                ::std::string::String,
            >,
            residential_address: ::std::result::Result<
                ::std::option::Option<super::ResidentialAddress>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BusinessPerson {
            fn default() -> Self {
                Self {
                    identification: Ok(Default::default()),
                    residential_address: Ok(Default::default()),
                }
            }
        }
        impl BusinessPerson {
            /// Sets `identification`.
            pub fn identification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Identification>>,
                T::Error: ::std::fmt::Display,
            {
                self.identification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for identification: {e}"
                        )
                    });
                self
            }
            /// Sets `residential_address`.
            pub fn residential_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResidentialAddress>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.residential_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for residential_address: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BusinessPerson> for super::BusinessPerson {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BusinessPerson,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    identification: value.identification?,
                    residential_address: value.residential_address?,
                })
            }
        }
        impl ::std::convert::From<super::BusinessPerson> for BusinessPerson {
            fn from(value: super::BusinessPerson) -> Self {
                Self {
                    identification: Ok(value.identification),
                    residential_address: Ok(value.residential_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`CustomerDetail`](super::CustomerDetail) a field at a time: each setter checks its value, and `CustomerDetail::try_from(builder)` says which required field is missing.
        pub struct CustomerDetail {
            account_usage: ::std::result::Result<
                ::std::option::Option<super::AccountUsage>,
                ::std::string::String,
            >,
            business_details: ::std::result::Result<
                ::std::option::Option<super::BusinessDetails>,
                ::std::string::String,
            >,
            business_person_list: ::std::result::Result<
                ::std::vec::Vec<super::BusinessPerson>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::pspkit_runtime::types::Timestamp>,
                ::std::string::String,
            >,
            customer_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            partner_customer_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            primary_contact: ::std::result::Result<
                ::std::option::Option<super::PrimaryContact>,
                ::std::string::String,
            >,
            registration_address: ::std::result::Result<
                ::std::option::Option<super::RegistrationAddress>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<
                    ::pspkit_runtime::types::Open<super::CustomerStatusKnown>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerDetail {
            fn default() -> Self {
                Self {
                    account_usage: Ok(Default::default()),
                    business_details: Ok(Default::default()),
                    business_person_list: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    customer_id: Err("no value supplied for customer_id".to_string()),
                    partner_customer_id: Ok(Default::default()),
                    primary_contact: Ok(Default::default()),
                    registration_address: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl CustomerDetail {
            /// Sets `account_usage`.
            pub fn account_usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountUsage>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_usage = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_usage: {e}")
                    });
                self
            }
            /// Sets `business_details`.
            pub fn business_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BusinessDetails>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.business_details = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_details: {e}"
                        )
                    });
                self
            }
            /// Sets `business_person_list`.
            pub fn business_person_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BusinessPerson>>,
                T::Error: ::std::fmt::Display,
            {
                self.business_person_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for business_person_list: {e}"
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
            /// Sets `customer_id`.
            pub fn customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer_id: {e}")
                    });
                self
            }
            /// Sets `partner_customer_id`.
            pub fn partner_customer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_customer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_customer_id: {e}"
                        )
                    });
                self
            }
            /// Sets `primary_contact`.
            pub fn primary_contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PrimaryContact>>,
                T::Error: ::std::fmt::Display,
            {
                self.primary_contact = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for primary_contact: {e}"
                        )
                    });
                self
            }
            /// Sets `registration_address`.
            pub fn registration_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::RegistrationAddress>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address: {e}"
                        )
                    });
                self
            }
            /// Sets `status`.
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::pspkit_runtime::types::Open<super::CustomerStatusKnown>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerDetail> for super::CustomerDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_usage: value.account_usage?,
                    business_details: value.business_details?,
                    business_person_list: value.business_person_list?,
                    created_at: value.created_at?,
                    customer_id: value.customer_id?,
                    partner_customer_id: value.partner_customer_id?,
                    primary_contact: value.primary_contact?,
                    registration_address: value.registration_address?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerDetail> for CustomerDetail {
            fn from(value: super::CustomerDetail) -> Self {
                Self {
                    account_usage: Ok(value.account_usage),
                    business_details: Ok(value.business_details),
                    business_person_list: Ok(value.business_person_list),
                    created_at: Ok(value.created_at),
                    customer_id: Ok(value.customer_id),
                    partner_customer_id: Ok(value.partner_customer_id),
                    primary_contact: Ok(value.primary_contact),
                    registration_address: Ok(value.registration_address),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`Identification`](super::Identification) a field at a time: each setter checks its value, and `Identification::try_from(builder)` says which required field is missing.
        pub struct Identification {
            id_document_back_file_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_document_front_file_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_expiration_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_issue_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_issuing_country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Identification {
            fn default() -> Self {
                Self {
                    id_document_back_file_id: Ok(Default::default()),
                    id_document_front_file_id: Ok(Default::default()),
                    id_expiration_date: Ok(Default::default()),
                    id_issue_date: Ok(Default::default()),
                    id_issuing_country_code: Ok(Default::default()),
                    id_number: Ok(Default::default()),
                    id_type: Ok(Default::default()),
                }
            }
        }
        impl Identification {
            /// Sets `id_document_back_file_id`.
            pub fn id_document_back_file_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_document_back_file_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for id_document_back_file_id: {e}"
                        )
                    });
                self
            }
            /// Sets `id_document_front_file_id`.
            pub fn id_document_front_file_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_document_front_file_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for id_document_front_file_id: {e}"
                        )
                    });
                self
            }
            /// Sets `id_expiration_date`.
            pub fn id_expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for id_expiration_date: {e}"
                        )
                    });
                self
            }
            /// Sets `id_issue_date`.
            pub fn id_issue_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_issue_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_issue_date: {e}")
                    });
                self
            }
            /// Sets `id_issuing_country_code`.
            pub fn id_issuing_country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_issuing_country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for id_issuing_country_code: {e}"
                        )
                    });
                self
            }
            /// Sets `id_number`.
            pub fn id_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_number: {e}")
                    });
                self
            }
            /// Sets `id_type`.
            pub fn id_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Identification> for super::Identification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Identification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id_document_back_file_id: value.id_document_back_file_id?,
                    id_document_front_file_id: value.id_document_front_file_id?,
                    id_expiration_date: value.id_expiration_date?,
                    id_issue_date: value.id_issue_date?,
                    id_issuing_country_code: value.id_issuing_country_code?,
                    id_number: value.id_number?,
                    id_type: value.id_type?,
                })
            }
        }
        impl ::std::convert::From<super::Identification> for Identification {
            fn from(value: super::Identification) -> Self {
                Self {
                    id_document_back_file_id: Ok(value.id_document_back_file_id),
                    id_document_front_file_id: Ok(value.id_document_front_file_id),
                    id_expiration_date: Ok(value.id_expiration_date),
                    id_issue_date: Ok(value.id_issue_date),
                    id_issuing_country_code: Ok(value.id_issuing_country_code),
                    id_number: Ok(value.id_number),
                    id_type: Ok(value.id_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`PrimaryContact`](super::PrimaryContact) a field at a time: each setter checks its value, and `PrimaryContact::try_from(builder)` says which required field is missing.
        pub struct PrimaryContact {
            contact_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            contact_phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PrimaryContact {
            fn default() -> Self {
                Self {
                    contact_email: Ok(Default::default()),
                    contact_phone: Ok(Default::default()),
                }
            }
        }
        impl PrimaryContact {
            /// Sets `contact_email`.
            pub fn contact_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact_email: {e}")
                    });
                self
            }
            /// Sets `contact_phone`.
            pub fn contact_phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact_phone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PrimaryContact> for super::PrimaryContact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PrimaryContact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact_email: value.contact_email?,
                    contact_phone: value.contact_phone?,
                })
            }
        }
        impl ::std::convert::From<super::PrimaryContact> for PrimaryContact {
            fn from(value: super::PrimaryContact) -> Self {
                Self {
                    contact_email: Ok(value.contact_email),
                    contact_phone: Ok(value.contact_phone),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`RegistrationAddress`](super::RegistrationAddress) a field at a time: each setter checks its value, and `RegistrationAddress::try_from(builder)` says which required field is missing.
        pub struct RegistrationAddress {
            registration_address_city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_address_country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_address_line1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_address_postcode: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_address_state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RegistrationAddress {
            fn default() -> Self {
                Self {
                    registration_address_city: Ok(Default::default()),
                    registration_address_country_code: Ok(Default::default()),
                    registration_address_line1: Ok(Default::default()),
                    registration_address_postcode: Ok(Default::default()),
                    registration_address_state: Ok(Default::default()),
                }
            }
        }
        impl RegistrationAddress {
            /// Sets `registration_address_city`.
            pub fn registration_address_city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address_city = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address_city: {e}"
                        )
                    });
                self
            }
            /// Sets `registration_address_country_code`.
            pub fn registration_address_country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address_country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address_country_code: {e}"
                        )
                    });
                self
            }
            /// Sets `registration_address_line1`.
            pub fn registration_address_line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address_line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address_line1: {e}"
                        )
                    });
                self
            }
            /// Sets `registration_address_postcode`.
            pub fn registration_address_postcode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address_postcode = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address_postcode: {e}"
                        )
                    });
                self
            }
            /// Sets `registration_address_state`.
            pub fn registration_address_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address_state = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address_state: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RegistrationAddress>
        for super::RegistrationAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RegistrationAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    registration_address_city: value.registration_address_city?,
                    registration_address_country_code: value
                        .registration_address_country_code?,
                    registration_address_line1: value.registration_address_line1?,
                    registration_address_postcode: value.registration_address_postcode?,
                    registration_address_state: value.registration_address_state?,
                })
            }
        }
        impl ::std::convert::From<super::RegistrationAddress> for RegistrationAddress {
            fn from(value: super::RegistrationAddress) -> Self {
                Self {
                    registration_address_city: Ok(value.registration_address_city),
                    registration_address_country_code: Ok(
                        value.registration_address_country_code,
                    ),
                    registration_address_line1: Ok(value.registration_address_line1),
                    registration_address_postcode: Ok(
                        value.registration_address_postcode,
                    ),
                    registration_address_state: Ok(value.registration_address_state),
                }
            }
        }
        #[derive(Clone, Debug)]
        /// Builds a [`ResidentialAddress`](super::ResidentialAddress) a field at a time: each setter checks its value, and `ResidentialAddress::try_from(builder)` says which required field is missing.
        pub struct ResidentialAddress {
            residential_address_city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            residential_address_country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            residential_address_line1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            residential_address_postcode: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            residential_address_state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResidentialAddress {
            fn default() -> Self {
                Self {
                    residential_address_city: Ok(Default::default()),
                    residential_address_country_code: Ok(Default::default()),
                    residential_address_line1: Ok(Default::default()),
                    residential_address_postcode: Ok(Default::default()),
                    residential_address_state: Ok(Default::default()),
                }
            }
        }
        impl ResidentialAddress {
            /// Sets `residential_address_city`.
            pub fn residential_address_city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.residential_address_city = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for residential_address_city: {e}"
                        )
                    });
                self
            }
            /// Sets `residential_address_country_code`.
            pub fn residential_address_country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.residential_address_country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for residential_address_country_code: {e}"
                        )
                    });
                self
            }
            /// Sets `residential_address_line1`.
            pub fn residential_address_line1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.residential_address_line1 = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for residential_address_line1: {e}"
                        )
                    });
                self
            }
            /// Sets `residential_address_postcode`.
            pub fn residential_address_postcode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.residential_address_postcode = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for residential_address_postcode: {e}"
                        )
                    });
                self
            }
            /// Sets `residential_address_state`.
            pub fn residential_address_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.residential_address_state = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for residential_address_state: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResidentialAddress> for super::ResidentialAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResidentialAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    residential_address_city: value.residential_address_city?,
                    residential_address_country_code: value
                        .residential_address_country_code?,
                    residential_address_line1: value.residential_address_line1?,
                    residential_address_postcode: value.residential_address_postcode?,
                    residential_address_state: value.residential_address_state?,
                })
            }
        }
        impl ::std::convert::From<super::ResidentialAddress> for ResidentialAddress {
            fn from(value: super::ResidentialAddress) -> Self {
                Self {
                    residential_address_city: Ok(value.residential_address_city),
                    residential_address_country_code: Ok(
                        value.residential_address_country_code,
                    ),
                    residential_address_line1: Ok(value.residential_address_line1),
                    residential_address_postcode: Ok(value.residential_address_postcode),
                    residential_address_state: Ok(value.residential_address_state),
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
/// A client for the AxisFI API: one method per operation ([`get_customer`](Client::get_customer)), each returning a builder whose `send()` makes the call with the runtime's retries, deadline and typed errors. Make one with [`Client::builder`]; clones share the connection pool and the rate limiter.
///
/// # From the spec
///
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
    /**Get a customer's details

Fetches one onboarded customer by AxisFI's `customer_id` or by the partner's own `partner_customer_id`; at least one of them must be given.

Sends a `GET` request to `/api/customers/detail`

Arguments:
- `customer_id`: AxisFI's customer id (e.g. `cus_…`): any printable text except `.` and `..`. An earlier `cus_` + 32 hexadecimal digits pattern appears nowhere in AxisFI's documentation and would have rejected real ids before sending (pspkit payload audit, 2026-11).
- `partner_customer_id`: The partner's own id for the customer, as given at onboarding.
```ignore
let response = client.get_customer()
    .customer_id(customer_id)
    .partner_customer_id(partner_customer_id)
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
        customer_id: Result<Option<types::GetCustomerCustomerId>, String>,
        partner_customer_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetCustomer<'a> {
        /// Starts a request; prefer the matching method on `Client`.
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                customer_id: Ok(None),
                partner_customer_id: Ok(None),
            }
        }
        /// Sets the `customer_id` parameter: it must match the pattern `^(?!\.{1,2}$)[^\x00-\x1f\x7f]+$` (AxisFI's customer id (e.g. `cus_…`): any printable text except `.` and `..`. An earlier `cus_` + 32 hexadecimal digits pattern appears nowhere in AxisFI's documentation and would have rejected real ids before sending (pspkit payload audit, 2026-11).).
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCustomerCustomerId>,
        {
            self.customer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "invalid `customer_id`: it must match the pattern `^(?!\\.{1,2}$)[^\\x00-\\x1f\\x7f]+$` (AxisFI's customer id (e.g. `cus_…`): any printable text except `.` and `..`. An earlier `cus_` + 32 hexadecimal digits pattern appears nowhere in AxisFI's documentation and would have rejected real ids before sending (pspkit payload audit, 2026-11).)"
                        .to_string()
                });
            self
        }
        /// Sets the `partner_customer_id` parameter: it must be a valid string (The partner's own id for the customer, as given at onboarding.).
        pub fn partner_customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partner_customer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "invalid `partner_customer_id`: it must be a valid string (The partner's own id for the customer, as given at onboarding.)"
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
            ::pspkit_runtime::Error<types::ErrorBody>,
        > {
            let Self { client, customer_id, partner_customer_id } = self;
            let customer_id = customer_id
                .map_err(::pspkit_runtime::Error::invalid_input)?;
            let partner_customer_id = partner_customer_id
                .map_err(::pspkit_runtime::Error::invalid_input)?;
            let url = "/api/customers/detail";
            let url = client
                .inner
                .endpoint(&client.baseurl, "/api/customers/detail", &url)
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
                .query(&progenitor_client::QueryParam::new("customer_id", &customer_id));
            request = request
                .query(
                    &progenitor_client::QueryParam::new(
                        "partner_customer_id",
                        &partner_customer_id,
                    ),
                );
            request.build()
        }
        ///Sends a `GET` request to `/api/customers/detail`
        ///
        /// Returns the decoded body with its status, headers and request id, or a
        /// [`pspkit_runtime::Error`] that says whether the input was invalid (nothing sent), the
        /// provider answered with a documented error, the response was unexpected, or the transport failed.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ::pspkit_runtime::Response<types::CustomerDetail>,
            ::pspkit_runtime::Error<types::ErrorBody>,
        > {
            if matches!(self.customer_id, Ok(None))
                && matches!(self.partner_customer_id, Ok(None))
            {
                return Err(
                    ::pspkit_runtime::Error::invalid_input(
                        "set at least one of `customer_id`, `partner_customer_id`",
                    ),
                );
            }
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
