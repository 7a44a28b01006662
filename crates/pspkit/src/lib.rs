//! One way to look a customer up across payment providers.
//!
//! Each provider crate (`pspkit-razorpay`, ...) has its own typed customer; [`Customer`] is the
//! normalised view every provider maps into, as its spec declares (`x-pspkit-customer`), with the
//! provider's full typed customer kept alongside. [`Provider`], [`ProviderCustomer`], the
//! conversions and the provider re-exports are generated from `specs/` (`src/generated.rs`). Enable only the providers you use, with a TLS choice
//! (`default-features = false, features = ["rustls", "razorpay"]`); the `cli` feature builds the
//! `pspkit` binary. TLS features: `rustls` (the default, with aws-lc-rs), `rustls-no-provider`
//! (rustls with a crypto provider the application installs) or `native-tls` (the platform's library).
//!
//! ```
//! # #[cfg(feature = "razorpay")] {
//! use pspkit::{Customer, Provider};
//! let body = pspkit_razorpay::examples::GET_CUSTOMER_200_SEED.body;
//! let typed: pspkit_razorpay::types::Customer = serde_json::from_str(body).unwrap();
//! let customer = Customer::from(typed);
//! assert_eq!(customer.provider, Provider::Razorpay);
//! assert_eq!(customer.name.as_deref(), Some("Gaurav Kumar"));
//! # }
//! ```
//!
//! When the provider is chosen at run time, [`Provider::client`] builds its generated client and
//! [`AnyClient::call`] calls any operation of its spec by `operationId`, with arguments by the
//! spec's parameter names; the same checks run before anything is sent:
//!
//! ```
//! # #[cfg(feature = "razorpay")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use pspkit::{CallError, Provider, Target};
//! use pspkit::runtime::Error;
//!
//! let provider: Provider = "razorpay".parse().unwrap();
//! let client = provider.client(&Target::new().credentials(["rzp_test_key", "secret"])).unwrap();
//! let operation = &provider.operations()[0];
//! assert_eq!(operation.operation_id, "getCustomer");
//! // `..` is not a Razorpay customer id: refused locally, nothing is sent.
//! let refused = client.call(operation.operation_id, &[("id", "..")]).await.unwrap_err();
//! assert!(matches!(refused, CallError::Call(error) if matches!(*error, Error::InvalidInput(_))));
//! # }
//! # #[cfg(not(feature = "razorpay"))]
//! # fn main() {}
//! ```
#![deny(missing_docs)]

mod call;
mod customer;
#[rustfmt::skip]
mod generated;
pub mod mapping;

pub use call::{CallError, Target};
pub use customer::{Customer, UnknownProvider};
pub use generated::*;
pub use pspkit_runtime as runtime;
