// generated from specs/*.yaml by cargo xtask codegen; do not edit

use serde::Serialize;
use crate::mapping::{CustomerMapping, Phone, Text, Time};
/// The payment providers pspkit has clients for: one per spec in `specs/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    /// AxisFI (`pspkit-axisfi`, from `specs/axisfi.yaml`).
    Axisfi,
    /// Juspay (`pspkit-juspay`, from `specs/juspay.yaml`).
    Juspay,
    /// Paisr (`pspkit-paisr`, from `specs/paisr.yaml`).
    Paisr,
    /// Razorpay (`pspkit-razorpay`, from `specs/razorpay.yaml`).
    Razorpay,
}
impl Provider {
    /// Every provider, in the order of their spec files.
    pub const ALL: [Provider; 4usize] = [
        Provider::Axisfi,
        Provider::Juspay,
        Provider::Paisr,
        Provider::Razorpay,
    ];
    /// The short name used on the command line and in JSON, e.g. `razorpay`.
    pub const fn name(self) -> &'static str {
        match self {
            Provider::Axisfi => "axisfi",
            Provider::Juspay => "juspay",
            Provider::Paisr => "paisr",
            Provider::Razorpay => "razorpay",
        }
    }
    /// The provider's name for people, e.g. `Razorpay`.
    pub const fn display_name(self) -> &'static str {
        match self {
            Provider::Axisfi => "AxisFI",
            Provider::Juspay => "Juspay",
            Provider::Paisr => "Paisr",
            Provider::Razorpay => "Razorpay",
        }
    }
    /// Every operation of the provider's spec as the `pspkit` CLI runs it.
    pub const fn operations(self) -> &'static [Operation] {
        match self {
            Provider::Axisfi => {
                &[
                    Operation {
                        command: "get-customer",
                        operation_id: "getCustomer",
                        method: "get_customer",
                        flags: &["--partner-customer-id"],
                        example_args: &["cus_9f86d081884c7d659a2feaa0c55ad015"],
                        example_arguments: &[
                            ("customer_id", "cus_9f86d081884c7d659a2feaa0c55ad015"),
                        ],
                    },
                ]
            }
            Provider::Juspay => {
                &[
                    Operation {
                        command: "get-customer",
                        operation_id: "getCustomer",
                        method: "get_customer",
                        flags: &[
                            "--client-auth-token",
                            "--x-routing-id",
                            "--api-version",
                        ],
                        example_args: &["cst_om2l6ctlptxwxuzj"],
                        example_arguments: &[("customer_id", "cst_om2l6ctlptxwxuzj")],
                    },
                ]
            }
            Provider::Paisr => {
                &[
                    Operation {
                        command: "get-customer",
                        operation_id: "getCustomer",
                        method: "get_customer",
                        flags: &[],
                        example_args: &["cus_123456"],
                        example_arguments: &[("customer_id", "cus_123456")],
                    },
                ]
            }
            Provider::Razorpay => {
                &[
                    Operation {
                        command: "get-customer",
                        operation_id: "getCustomer",
                        method: "get_customer",
                        flags: &[],
                        example_args: &["cust_1Aa00000000001"],
                        example_arguments: &[("id", "cust_1Aa00000000001")],
                    },
                ]
            }
        }
    }
    /// Every response example in the provider's spec (its crate's `examples::ALL`); empty when
    /// the provider's feature is off.
    pub fn examples(self) -> &'static [pspkit_runtime::Example] {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => pspkit_axisfi::examples::ALL,
            #[cfg(feature = "juspay")]
            Provider::Juspay => pspkit_juspay::examples::ALL,
            #[cfg(feature = "paisr")]
            Provider::Paisr => pspkit_paisr::examples::ALL,
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => pspkit_razorpay::examples::ALL,
            #[allow(unreachable_patterns)]
            _ => &[],
        }
    }
    /// Every documented response body of the provider's spec (its crate's
    /// `RESPONSE_DECODERS`): decode a captured body as the client would and list what was
    /// tolerated. Empty when the provider's feature is off.
    pub fn response_decoders(
        self,
    ) -> &'static [pspkit_runtime::lenient::ResponseDecoder] {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => pspkit_axisfi::RESPONSE_DECODERS,
            #[cfg(feature = "juspay")]
            Provider::Juspay => pspkit_juspay::RESPONSE_DECODERS,
            #[cfg(feature = "paisr")]
            Provider::Paisr => pspkit_paisr::RESPONSE_DECODERS,
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => pspkit_razorpay::RESPONSE_DECODERS,
            #[allow(unreachable_patterns)]
            _ => &[],
        }
    }
    /// The JSON Schema of every documented response type of the provider's spec, by its
    /// component name (feature `schemars`); empty when the provider's feature is off.
    #[cfg(feature = "schemars")]
    pub fn json_schemas(self) -> Vec<(&'static str, serde_json::Value)> {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => {
                pspkit_axisfi::json_schemas()
                    .into_iter()
                    .map(|(name, schema)| (
                        name,
                        serde_json::to_value(schema).unwrap_or_default(),
                    ))
                    .collect()
            }
            #[cfg(feature = "juspay")]
            Provider::Juspay => {
                pspkit_juspay::json_schemas()
                    .into_iter()
                    .map(|(name, schema)| (
                        name,
                        serde_json::to_value(schema).unwrap_or_default(),
                    ))
                    .collect()
            }
            #[cfg(feature = "paisr")]
            Provider::Paisr => {
                pspkit_paisr::json_schemas()
                    .into_iter()
                    .map(|(name, schema)| (
                        name,
                        serde_json::to_value(schema).unwrap_or_default(),
                    ))
                    .collect()
            }
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => {
                pspkit_razorpay::json_schemas()
                    .into_iter()
                    .map(|(name, schema)| (
                        name,
                        serde_json::to_value(schema).unwrap_or_default(),
                    ))
                    .collect()
            }
            #[allow(unreachable_patterns)]
            _ => Vec::new(),
        }
    }
    /// Decodes a success body of the operation that returns the customer and normalises it;
    /// `None` when the spec declares no mapping or the provider's feature is off.
    pub fn normalise(
        self,
        body: &str,
    ) -> Option<Result<crate::Customer, serde_json::Error>> {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => {
                Some(
                    serde_json::from_str::<pspkit_axisfi::types::CustomerDetail>(body)
                        .map(crate::Customer::from),
                )
            }
            #[cfg(feature = "juspay")]
            Provider::Juspay => {
                Some(
                    serde_json::from_str::<pspkit_juspay::types::Customer>(body)
                        .map(crate::Customer::from),
                )
            }
            #[cfg(feature = "paisr")]
            Provider::Paisr => {
                Some(
                    serde_json::from_str::<pspkit_paisr::types::CustomerResponse>(body)
                        .map(crate::Customer::from),
                )
            }
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => {
                Some(
                    serde_json::from_str::<pspkit_razorpay::types::Customer>(body)
                        .map(crate::Customer::from),
                )
            }
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }
    /// The provider's credentials, in the order [`crate::Target::credentials`] takes their
    /// values, each with its environment variable; empty when the provider's feature is off.
    pub fn credential_fields(self) -> &'static [pspkit_runtime::CredentialField] {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => {
                <pspkit_axisfi::Credentials as pspkit_runtime::Credentials>::FIELDS
            }
            #[cfg(feature = "juspay")]
            Provider::Juspay => {
                <pspkit_juspay::Credentials as pspkit_runtime::Credentials>::FIELDS
            }
            #[cfg(feature = "paisr")]
            Provider::Paisr => {
                <pspkit_paisr::Credentials as pspkit_runtime::Credentials>::FIELDS
            }
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => {
                <pspkit_razorpay::Credentials as pspkit_runtime::Credentials>::FIELDS
            }
            #[allow(unreachable_patterns)]
            _ => &[],
        }
    }
    /// The names of the spec's environments, the default first ([`crate::Target::environment`]);
    /// empty when the spec names no public host.
    pub const fn environments(self) -> &'static [&'static str] {
        match self {
            Provider::Axisfi => &[],
            Provider::Juspay => &["production", "sandbox"],
            Provider::Paisr => &["live", "staging"],
            Provider::Razorpay => &["production"],
        }
    }
    /// The response headers that carry the provider's request id, in the order they are
    /// tried; empty when the provider's feature is off.
    pub fn request_id_headers(self) -> &'static [&'static str] {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => pspkit_axisfi::PROVIDER.request_id_headers,
            #[cfg(feature = "juspay")]
            Provider::Juspay => pspkit_juspay::PROVIDER.request_id_headers,
            #[cfg(feature = "paisr")]
            Provider::Paisr => pspkit_paisr::PROVIDER.request_id_headers,
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => pspkit_razorpay::PROVIDER.request_id_headers,
            #[allow(unreachable_patterns)]
            _ => &[],
        }
    }
    /// How the provider authenticates its webhook deliveries and the events its spec lists
    /// (`x-pspkit-webhooks`); `None` when the spec describes none or the provider's feature
    /// is off.
    pub fn webhooks(self) -> Option<&'static pspkit_runtime::webhook::Webhooks> {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => None,
            #[cfg(feature = "juspay")]
            Provider::Juspay => Some(&pspkit_juspay::webhooks::WEBHOOKS),
            #[cfg(feature = "paisr")]
            Provider::Paisr => Some(&pspkit_paisr::webhooks::WEBHOOKS),
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => Some(&pspkit_razorpay::webhooks::WEBHOOKS),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }
    /// Verifies a webhook delivery as the provider's crate does (its `webhooks::verify`:
    /// authenticated as its spec says, the payload decoded tolerantly as the event it names)
    /// and gives the typed event as JSON, as it serializes; `None` when the spec describes no
    /// webhooks or the provider's feature is off.
    #[allow(
        unused_variables,
        reason = "with every provider feature off, no arm reads them"
    )]
    pub fn verify_webhook(
        self,
        secret: &pspkit_runtime::webhook::WebhookSecret<'_>,
        headers: &pspkit_runtime::webhook::HeaderMap,
        body: &[u8],
        now: std::time::SystemTime,
    ) -> Option<
        Result<
            pspkit_runtime::webhook::Delivery<serde_json::Value>,
            pspkit_runtime::webhook::WebhookError,
        >,
    > {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => None,
            #[cfg(feature = "juspay")]
            Provider::Juspay => {
                Some(
                    pspkit_juspay::webhooks::verify(secret, headers, body, now)
                        .map(|delivery| delivery.into_json()),
                )
            }
            #[cfg(feature = "paisr")]
            Provider::Paisr => {
                Some(
                    pspkit_paisr::webhooks::verify(secret, headers, body, now)
                        .map(|delivery| delivery.into_json()),
                )
            }
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => {
                Some(
                    pspkit_razorpay::webhooks::verify(secret, headers, body, now)
                        .map(|delivery| delivery.into_json()),
                )
            }
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }
    /// A client of this provider for `target`, to call any operation of its spec by name
    /// ([`AnyClient::call`]). Build it once and share it (clones share one connection pool).
    #[allow(
        unused_variables,
        reason = "with every provider feature off, no arm reads it"
    )]
    pub fn client(self, target: &crate::Target) -> Result<AnyClient, crate::CallError> {
        match self {
            #[cfg(feature = "axisfi")]
            Provider::Axisfi => Ok(AnyClient::Axisfi(crate::call::client(target)?)),
            #[cfg(feature = "juspay")]
            Provider::Juspay => Ok(AnyClient::Juspay(crate::call::client(target)?)),
            #[cfg(feature = "paisr")]
            Provider::Paisr => Ok(AnyClient::Paisr(crate::call::client(target)?)),
            #[cfg(feature = "razorpay")]
            Provider::Razorpay => Ok(AnyClient::Razorpay(crate::call::client(target)?)),
            #[allow(unreachable_patterns)]
            _ => {
                Err(crate::CallError::FeatureOff {
                    provider: self.name(),
                })
            }
        }
    }
    /// How the provider's customer maps into [`crate::Customer`] (`x-pspkit-customer` in its
    /// spec); `None` when the spec declares no mapping.
    pub const fn customer_mapping(self) -> Option<&'static CustomerMapping> {
        match self {
            Provider::Axisfi => Some(&AXISFI_CUSTOMER),
            Provider::Juspay => Some(&JUSPAY_CUSTOMER),
            Provider::Paisr => Some(&PAISR_CUSTOMER),
            Provider::Razorpay => Some(&RAZORPAY_CUSTOMER),
        }
    }
}
/// A client of any provider, chosen at run time ([`Provider::client`]): every operation of
/// its spec, called by `operationId` with arguments by name, through the same generated
/// client, checks and runtime as the typed call; bodies come back as JSON.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum AnyClient {
    /// A AxisFI client.
    #[cfg(feature = "axisfi")]
    Axisfi(pspkit_axisfi::Client),
    /// A Juspay client.
    #[cfg(feature = "juspay")]
    Juspay(pspkit_juspay::Client),
    /// A Paisr client.
    #[cfg(feature = "paisr")]
    Paisr(pspkit_paisr::Client),
    /// A Razorpay client.
    #[cfg(feature = "razorpay")]
    Razorpay(pspkit_razorpay::Client),
}
impl AnyClient {
    /// The provider this client calls.
    pub fn provider(&self) -> Provider {
        match *self {
            #[cfg(feature = "axisfi")]
            AnyClient::Axisfi(_) => Provider::Axisfi,
            #[cfg(feature = "juspay")]
            AnyClient::Juspay(_) => Provider::Juspay,
            #[cfg(feature = "paisr")]
            AnyClient::Paisr(_) => Provider::Paisr,
            #[cfg(feature = "razorpay")]
            AnyClient::Razorpay(_) => Provider::Razorpay,
        }
    }
    /// Calls the operation `operation_id` of the provider's spec ([`Provider::operations`])
    /// with `arguments`: `(parameter name as in the spec, value as text)`, `true`/`false`
    /// for a boolean.
    #[allow(
        unused_variables,
        reason = "with every provider feature off, no arm reads them"
    )]
    pub async fn call(
        &self,
        operation_id: &str,
        arguments: &[(&str, &str)],
    ) -> Result<pspkit_runtime::Response<serde_json::Value>, crate::CallError> {
        #[allow(unreachable_patterns)]
        match (self, operation_id) {
            #[cfg(feature = "axisfi")]
            (AnyClient::Axisfi(client), "getCustomer") => {
                #[allow(unused_mut)]
                let mut call = client.get_customer();
                for (name, value) in arguments {
                    call = match *name {
                        "customer_id" => {
                            call.customer_id(
                                crate::call::parsed::<
                                    pspkit_axisfi::types::GetCustomerCustomerId,
                                >(
                                    "invalid `customer_id`: it must match the pattern `^(?!\\.{1,2}$)[^\\x00-\\x1f\\x7f]+$` (AxisFI's customer id (e.g. `cus_…`): any printable text except `.` and `..`. An earlier `cus_` + 32 hexadecimal digits pattern appears nowhere in AxisFI's documentation and would have rejected real ids before sending (pspkit payload audit, 2026-11).)",
                                    value,
                                )?,
                            )
                        }
                        "partner_customer_id" => {
                            call.partner_customer_id(
                                crate::call::parsed::<
                                    ::std::string::String,
                                >(
                                    "invalid `partner_customer_id`: it must be a valid string (The partner's own id for the customer, as given at onboarding.)",
                                    value,
                                )?,
                            )
                        }
                        _ => return Err(crate::call::unknown(name)),
                    };
                }
                crate::call::finish(call.send().await)
            }
            #[cfg(feature = "juspay")]
            (AnyClient::Juspay(client), "getCustomer") => {
                #[allow(unused_mut)]
                let mut call = client.get_customer();
                for (name, value) in arguments {
                    call = match *name {
                        "customer_id" => {
                            call.customer_id(
                                crate::call::parsed::<
                                    pspkit_juspay::types::GetCustomerCustomerId,
                                >(
                                    "invalid `customer_id`: it must match the pattern `^(?!\\.{1,2}$)[^\\x00-\\x1f\\x7f]+$` (Juspay's customer id (`cst_…`) or the merchant's `object_reference_id`; any printable text except `.` and `..` (it is percent-encoded into the path).)",
                                    value,
                                )?,
                            )
                        }
                        "options.get_client_auth_token" => {
                            call.options_get_client_auth_token(
                                crate::call::parsed::<
                                    bool,
                                >(
                                    "invalid `options.get_client_auth_token`: it must be a valid boolean (When `true`, the response adds a `juspay` object with a client auth token for the SDKs.)",
                                    value,
                                )?,
                            )
                        }
                        "x-routing-id" => {
                            call.x_routing_id(
                                crate::call::parsed::<
                                    ::std::string::String,
                                >(
                                    "invalid `x-routing-id`: it must be a valid string (Routes the request to the shard that holds the customer; Juspay recommends sending the customer id.)",
                                    value,
                                )?,
                            )
                        }
                        "version" => {
                            call.version(
                                crate::call::parsed::<
                                    ::std::string::String,
                                >(
                                    "invalid `version`: it must be a valid string (The API version to use, as a date (e.g. `2023-06-30`).)",
                                    value,
                                )?,
                            )
                        }
                        _ => return Err(crate::call::unknown(name)),
                    };
                }
                crate::call::finish(call.send().await)
            }
            #[cfg(feature = "paisr")]
            (AnyClient::Paisr(client), "getCustomer") => {
                #[allow(unused_mut)]
                let mut call = client.get_customer();
                for (name, value) in arguments {
                    call = match *name {
                        "customer_id" => {
                            call.customer_id(
                                crate::call::parsed::<
                                    pspkit_paisr::types::GetCustomerCustomerId,
                                >(
                                    "invalid `customer_id`: it must match the pattern `^cus_[^\\x00-\\x20\\x7f]+$` (Paisr customer id, `cus_` followed by the id (e.g. `cus_123456`). The official documents' pattern is `^cus_.*$`; this one also refuses control characters and spaces, which would not stay inside the path segment.)",
                                    value,
                                )?,
                            )
                        }
                        _ => return Err(crate::call::unknown(name)),
                    };
                }
                crate::call::finish(call.send().await)
            }
            #[cfg(feature = "razorpay")]
            (AnyClient::Razorpay(client), "getCustomer") => {
                #[allow(unused_mut)]
                let mut call = client.get_customer();
                for (name, value) in arguments {
                    call = match *name {
                        "id" => {
                            call.id(
                                crate::call::parsed::<
                                    pspkit_razorpay::types::GetCustomerId,
                                >(
                                    "invalid `id`: it must match the pattern `^cust_[A-Za-z0-9]{14}$` (Razorpay customer id: `cust_` followed by 14 letters or digits.)",
                                    value,
                                )?,
                            )
                        }
                        _ => return Err(crate::call::unknown(name)),
                    };
                }
                crate::call::finish(call.send().await)
            }
            _ => {
                Err(crate::CallError::UnknownOperation {
                    provider: self.provider().name(),
                    operation_id: operation_id.to_owned(),
                })
            }
        }
    }
}
/// One operation of a provider's spec, as the `pspkit` CLI runs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The CLI subcommand, e.g. `get-customer`.
    pub command: &'static str,
    /// The spec's `operationId`, e.g. `getCustomer`.
    pub operation_id: &'static str,
    /// The typed client's method, e.g. `get_customer` (also the `operation` field of its
    /// `pspkit.call` span).
    pub method: &'static str,
    /// The subcommand's flags from the spec's parameters (query and header), e.g. `--x-routing-id`.
    pub flags: &'static [&'static str],
    /// Command-line arguments that make a valid call, from the spec's parameter examples.
    pub example_args: &'static [&'static str],
    /// The same call's arguments for [`AnyClient::call`]: `(parameter name, value)`.
    pub example_arguments: &'static [(&'static str, &'static str)],
}
/// The provider's own typed customer, kept beside the normalised fields.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ProviderCustomer {
    /// A AxisFI customer.
    #[cfg(feature = "axisfi")]
    Axisfi(Box<pspkit_axisfi::types::CustomerDetail>),
    /// A Juspay customer.
    #[cfg(feature = "juspay")]
    Juspay(Box<pspkit_juspay::types::Customer>),
    /// A Paisr customer.
    #[cfg(feature = "paisr")]
    Paisr(Box<pspkit_paisr::types::Customer>),
    /// A Razorpay customer.
    #[cfg(feature = "razorpay")]
    Razorpay(Box<pspkit_razorpay::types::Customer>),
}
/// AxisFI's `x-pspkit-customer` (`specs/axisfi.yaml`).
const AXISFI_CUSTOMER: CustomerMapping = CustomerMapping {
    id: "/customer_id",
    merchant_reference: Text::First(&["/partner_customer_id"]),
    name: Text::First(
        &["/business_details/business_name", "/business_details/business_name_english"],
    ),
    email: Text::First(&["/primary_contact/contact_email"]),
    phone: Phone::Text(Text::First(&["/primary_contact/contact_phone"])),
    created_at: Time::DateTime("/created_at"),
};
/// Normalises a AxisFI customer as its spec's `x-pspkit-customer` declares.
#[cfg(feature = "axisfi")]
impl From<pspkit_axisfi::types::CustomerDetail> for crate::Customer {
    fn from(customer: pspkit_axisfi::types::CustomerDetail) -> Self {
        crate::mapping::normalise(
            Provider::Axisfi,
            &AXISFI_CUSTOMER,
            customer,
            |customer| { ProviderCustomer::Axisfi(Box::new(customer)) },
        )
    }
}
/// Juspay's `x-pspkit-customer` (`specs/juspay.yaml`).
const JUSPAY_CUSTOMER: CustomerMapping = CustomerMapping {
    id: "/id",
    merchant_reference: Text::First(&["/object_reference_id"]),
    name: Text::Join(&["/first_name", "/last_name"]),
    email: Text::First(&["/email_address"]),
    phone: Phone::CountryCode {
        code: "/mobile_country_code",
        number: "/mobile_number",
    },
    created_at: Time::DateTime("/date_created"),
};
/// Normalises a Juspay customer as its spec's `x-pspkit-customer` declares.
#[cfg(feature = "juspay")]
impl From<pspkit_juspay::types::Customer> for crate::Customer {
    fn from(customer: pspkit_juspay::types::Customer) -> Self {
        crate::mapping::normalise(
            Provider::Juspay,
            &JUSPAY_CUSTOMER,
            customer,
            |customer| { ProviderCustomer::Juspay(Box::new(customer)) },
        )
    }
}
/// Paisr's `x-pspkit-customer` (`specs/paisr.yaml`).
const PAISR_CUSTOMER: CustomerMapping = CustomerMapping {
    id: "/id",
    merchant_reference: Text::None,
    name: Text::First(&["/name"]),
    email: Text::First(&["/email"]),
    phone: Phone::Text(Text::First(&["/phone"])),
    created_at: Time::DateTime("/created_at"),
};
/// Normalises a Paisr customer as its spec's `x-pspkit-customer` declares.
#[cfg(feature = "paisr")]
impl From<pspkit_paisr::types::Customer> for crate::Customer {
    fn from(customer: pspkit_paisr::types::Customer) -> Self {
        crate::mapping::normalise(
            Provider::Paisr,
            &PAISR_CUSTOMER,
            customer,
            |customer| { ProviderCustomer::Paisr(Box::new(customer)) },
        )
    }
}
/// Normalises the customer inside a Paisr `getCustomer` response.
#[cfg(feature = "paisr")]
impl From<pspkit_paisr::types::CustomerResponse> for crate::Customer {
    fn from(response: pspkit_paisr::types::CustomerResponse) -> Self {
        crate::Customer::from(response.data)
    }
}
/// Razorpay's `x-pspkit-customer` (`specs/razorpay.yaml`).
const RAZORPAY_CUSTOMER: CustomerMapping = CustomerMapping {
    id: "/id",
    merchant_reference: Text::None,
    name: Text::First(&["/name"]),
    email: Text::First(&["/email"]),
    phone: Phone::Text(Text::First(&["/contact"])),
    created_at: Time::UnixSeconds("/created_at"),
};
/// Normalises a Razorpay customer as its spec's `x-pspkit-customer` declares.
#[cfg(feature = "razorpay")]
impl From<pspkit_razorpay::types::Customer> for crate::Customer {
    fn from(customer: pspkit_razorpay::types::Customer) -> Self {
        crate::mapping::normalise(
            Provider::Razorpay,
            &RAZORPAY_CUSTOMER,
            customer,
            |customer| { ProviderCustomer::Razorpay(Box::new(customer)) },
        )
    }
}
/// The AxisFI client crate (feature `axisfi`).
#[cfg(feature = "axisfi")]
pub use pspkit_axisfi as axisfi;
/// The Juspay client crate (feature `juspay`).
#[cfg(feature = "juspay")]
pub use pspkit_juspay as juspay;
/// The Paisr client crate (feature `paisr`).
#[cfg(feature = "paisr")]
pub use pspkit_paisr as paisr;
/// The Razorpay client crate (feature `razorpay`).
#[cfg(feature = "razorpay")]
pub use pspkit_razorpay as razorpay;
