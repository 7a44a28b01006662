// generated from specs/*.yaml by cargo xtask codegen; do not edit

use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};
use crate::outcome::Failure;
use crate::run::{self, Common};
/// The credential variables of every provider, for `--help`.
pub const CREDENTIALS: &str = "axisfi: AXISFI_API_KEY and AXISFI_API_SECRET; juspay: JUSPAY_API_KEY and JUSPAY_MERCHANT_ID; paisr: PAISR_TOKEN; razorpay: RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET";
/// One subcommand per provider, each with one subcommand per operation of its spec.
pub fn commands() -> Vec<Command> {
    vec![
        #[cfg(feature = "axisfi")] axisfi(), #[cfg(feature = "juspay")] juspay(),
        #[cfg(feature = "paisr")] paisr(), #[cfg(feature = "razorpay")] razorpay()
    ]
}
/// `pspkit axisfi ...`.
#[cfg(feature = "axisfi")]
fn axisfi() -> Command {
    Command::new("axisfi")
        .about(
            "AxisFI (no public host: give --base-url or --mock); credentials: AXISFI_API_KEY, AXISFI_API_SECRET.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            run::with_common_args(
                Command::new("get-customer")
                    .about("Get a customer's details.")
                    .long_about(
                        "Fetches one onboarded customer by AxisFI's `customer_id` or by the partner's own `partner_customer_id`; at least one of them must be given.",
                    )
                    .arg(
                        Arg::new("customer_id")
                            .value_name("CUSTOMER_ID")
                            .help(
                                "AxisFI's customer id (e.g. `cus_…`): any printable text except `.` and `..`. An earlier `cus_` + 32 hexadecimal digits pattern appears nowhere in AxisFI's documentation and would have rejected real ids before sending (pspkit payload audit, 2026-11).",
                            )
                            .required(false),
                    )
                    .arg(
                        Arg::new("partner-customer-id")
                            .long("partner-customer-id")
                            .value_name("PARTNER_CUSTOMER_ID")
                            .help(
                                "The partner's own id for the customer, as given at onboarding.",
                            )
                            .required(false),
                    )
                    .group(
                        ArgGroup::new("require-one-of")
                            .args(["customer_id", "partner-customer-id"])
                            .required(true)
                            .multiple(true),
                    ),
            ),
        )
}
/// `pspkit juspay ...`.
#[cfg(feature = "juspay")]
fn juspay() -> Command {
    Command::new("juspay")
        .about(
            "Juspay (https://api.juspay.in); credentials: JUSPAY_API_KEY, JUSPAY_MERCHANT_ID.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            run::with_common_args(
                Command::new("get-customer")
                    .about("Get a customer.")
                    .long_about(
                        "Fetches one customer by Juspay's id (`cst_…`) or by the merchant's own `object_reference_id`, which may be an email address.",
                    )
                    .arg(
                        Arg::new("customer_id")
                            .value_name("CUSTOMER_ID")
                            .help(
                                "Juspay's customer id (`cst_…`) or the merchant's `object_reference_id`; any printable text except `.` and `..` (it is percent-encoded into the path).",
                            )
                            .required(true),
                    )
                    .arg(
                        Arg::new("client-auth-token")
                            .long("client-auth-token")
                            .help(
                                "When `true`, the response adds a `juspay` object with a client auth token for the SDKs.",
                            )
                            .action(ArgAction::SetTrue),
                    )
                    .arg(
                        Arg::new("x-routing-id")
                            .long("x-routing-id")
                            .value_name("X_ROUTING_ID")
                            .help(
                                "Routes the request to the shard that holds the customer; Juspay recommends sending the customer id.",
                            )
                            .required(false),
                    )
                    .arg(
                        Arg::new("api-version")
                            .long("api-version")
                            .value_name("API_VERSION")
                            .help(
                                "The API version to use, as a date (e.g. `2023-06-30`).",
                            )
                            .required(false),
                    ),
            ),
        )
        .subcommand(crate::webhooks::command(pspkit::Provider::Juspay))
}
/// `pspkit paisr ...`.
#[cfg(feature = "paisr")]
fn paisr() -> Command {
    Command::new("paisr")
        .about("Paisr (https://api.live.paisr.tech/v2); credentials: PAISR_TOKEN.")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            run::with_common_args(
                Command::new("get-customer")
                    .about("Get a customer.")
                    .long_about("Fetches one customer of the business by its Paisr id.")
                    .arg(
                        Arg::new("customer_id")
                            .value_name("CUSTOMER_ID")
                            .help(
                                "Paisr customer id, `cus_` followed by the id (e.g. `cus_123456`). The official documents' pattern is `^cus_.*$`; this one also refuses control characters and spaces, which would not stay inside the path segment.",
                            )
                            .required(true),
                    ),
            ),
        )
        .subcommand(crate::webhooks::command(pspkit::Provider::Paisr))
}
/// `pspkit razorpay ...`.
#[cfg(feature = "razorpay")]
fn razorpay() -> Command {
    Command::new("razorpay")
        .about(
            "Razorpay (https://api.razorpay.com); credentials: RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            run::with_common_args(
                Command::new("get-customer")
                    .about("Fetch a customer by id.")
                    .long_about(
                        "Retrieves the details of one customer by its Razorpay id.",
                    )
                    .arg(
                        Arg::new("id")
                            .value_name("ID")
                            .help(
                                "Razorpay customer id: `cust_` followed by 14 letters or digits.",
                            )
                            .required(true),
                    ),
            ),
        )
        .subcommand(crate::webhooks::command(pspkit::Provider::Razorpay))
}
/// Runs the operation the arguments name; `None` for a pair no spec has.
pub async fn dispatch(
    provider: &str,
    operation: &str,
    matches: &ArgMatches,
    common: Common,
) -> Option<Result<(), Failure>> {
    #[allow(unreachable_patterns)]
    match (provider, operation) {
        #[cfg(feature = "axisfi")]
        ("axisfi", "get-customer") => {
            Some(
                run::operation::<
                    pspkit::axisfi::Client,
                    _,
                    _,
                    _,
                    _,
                >(
                        pspkit::Provider::Axisfi,
                        "getCustomer",
                        common,
                        Some(pspkit::Customer::from),
                        |client| async move {
                            let call = client.get_customer();
                            let call = match matches.get_one::<String>("customer_id") {
                                Some(value) => {
                                    match value
                                        .parse::<pspkit::axisfi::types::GetCustomerCustomerId>()
                                    {
                                        Ok(value) => call.customer_id(value),
                                        Err(_) => {
                                            return Err(
                                                pspkit::runtime::Error::invalid_input(
                                                    "invalid `customer_id`: it must match the pattern `^(?!\\.{1,2}$)[^\\x00-\\x1f\\x7f]+$` (AxisFI's customer id (e.g. `cus_…`): any printable text except `.` and `..`. An earlier `cus_` + 32 hexadecimal digits pattern appears nowhere in AxisFI's documentation and would have rejected real ids before sending (pspkit payload audit, 2026-11).)",
                                                ),
                                            );
                                        }
                                    }
                                }
                                None => call,
                            };
                            let call = match matches
                                .get_one::<String>("partner-customer-id")
                            {
                                Some(value) => {
                                    match value.parse::<::std::string::String>() {
                                        Ok(value) => call.partner_customer_id(value),
                                        Err(_) => {
                                            return Err(
                                                pspkit::runtime::Error::invalid_input(
                                                    "invalid `--partner-customer-id`: it must be a valid string (The partner's own id for the customer, as given at onboarding.)",
                                                ),
                                            );
                                        }
                                    }
                                }
                                None => call,
                            };
                            call.send().await
                        },
                    )
                    .await,
            )
        }
        #[cfg(feature = "juspay")]
        ("juspay", "get-customer") => {
            Some(
                run::operation::<
                    pspkit::juspay::Client,
                    _,
                    _,
                    _,
                    _,
                >(
                        pspkit::Provider::Juspay,
                        "getCustomer",
                        common,
                        Some(pspkit::Customer::from),
                        |client| async move {
                            let call = client.get_customer();
                            let call = match matches.get_one::<String>("customer_id") {
                                Some(value) => {
                                    match value
                                        .parse::<pspkit::juspay::types::GetCustomerCustomerId>()
                                    {
                                        Ok(value) => call.customer_id(value),
                                        Err(_) => {
                                            return Err(
                                                pspkit::runtime::Error::invalid_input(
                                                    "invalid `customer_id`: it must match the pattern `^(?!\\.{1,2}$)[^\\x00-\\x1f\\x7f]+$` (Juspay's customer id (`cst_…`) or the merchant's `object_reference_id`; any printable text except `.` and `..` (it is percent-encoded into the path).)",
                                                ),
                                            );
                                        }
                                    }
                                }
                                None => call,
                            };
                            let call = if matches.get_flag("client-auth-token") {
                                call.options_get_client_auth_token(true)
                            } else {
                                call
                            };
                            let call = match matches.get_one::<String>("x-routing-id") {
                                Some(value) => {
                                    match value.parse::<::std::string::String>() {
                                        Ok(value) => call.x_routing_id(value),
                                        Err(_) => {
                                            return Err(
                                                pspkit::runtime::Error::invalid_input(
                                                    "invalid `--x-routing-id`: it must be a valid string (Routes the request to the shard that holds the customer; Juspay recommends sending the customer id.)",
                                                ),
                                            );
                                        }
                                    }
                                }
                                None => call,
                            };
                            let call = match matches.get_one::<String>("api-version") {
                                Some(value) => {
                                    match value.parse::<::std::string::String>() {
                                        Ok(value) => call.version(value),
                                        Err(_) => {
                                            return Err(
                                                pspkit::runtime::Error::invalid_input(
                                                    "invalid `--api-version`: it must be a valid string (The API version to use, as a date (e.g. `2023-06-30`).)",
                                                ),
                                            );
                                        }
                                    }
                                }
                                None => call,
                            };
                            call.send().await
                        },
                    )
                    .await,
            )
        }
        #[cfg(feature = "paisr")]
        ("paisr", "get-customer") => {
            Some(
                run::operation::<
                    pspkit::paisr::Client,
                    _,
                    _,
                    _,
                    _,
                >(
                        pspkit::Provider::Paisr,
                        "getCustomer",
                        common,
                        Some(pspkit::Customer::from),
                        |client| async move {
                            let call = client.get_customer();
                            let call = match matches.get_one::<String>("customer_id") {
                                Some(value) => {
                                    match value
                                        .parse::<pspkit::paisr::types::GetCustomerCustomerId>()
                                    {
                                        Ok(value) => call.customer_id(value),
                                        Err(_) => {
                                            return Err(
                                                pspkit::runtime::Error::invalid_input(
                                                    "invalid `customer_id`: it must match the pattern `^cus_[^\\x00-\\x20\\x7f]+$` (Paisr customer id, `cus_` followed by the id (e.g. `cus_123456`). The official documents' pattern is `^cus_.*$`; this one also refuses control characters and spaces, which would not stay inside the path segment.)",
                                                ),
                                            );
                                        }
                                    }
                                }
                                None => call,
                            };
                            call.send().await
                        },
                    )
                    .await,
            )
        }
        #[cfg(feature = "razorpay")]
        ("razorpay", "get-customer") => {
            Some(
                run::operation::<
                    pspkit::razorpay::Client,
                    _,
                    _,
                    _,
                    _,
                >(
                        pspkit::Provider::Razorpay,
                        "getCustomer",
                        common,
                        Some(pspkit::Customer::from),
                        |client| async move {
                            let call = client.get_customer();
                            let call = match matches.get_one::<String>("id") {
                                Some(value) => {
                                    match value
                                        .parse::<pspkit::razorpay::types::GetCustomerId>()
                                    {
                                        Ok(value) => call.id(value),
                                        Err(_) => {
                                            return Err(
                                                pspkit::runtime::Error::invalid_input(
                                                    "invalid `id`: it must match the pattern `^cust_[A-Za-z0-9]{14}$` (Razorpay customer id: `cust_` followed by 14 letters or digits.)",
                                                ),
                                            );
                                        }
                                    }
                                }
                                None => call,
                            };
                            call.send().await
                        },
                    )
                    .await,
            )
        }
        _ => None,
    }
}
