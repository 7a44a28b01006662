//! One way to look a customer up across payment providers.
//!
//! Each provider crate (`pspkit-razorpay`, ...) has its own typed customer; [`Customer`] is the
//! normalised view every provider maps into, with the provider's full typed customer kept
//! alongside. Enable only the providers you use, with a TLS choice
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
#![deny(missing_docs)]

mod customer;
mod providers;

pub use customer::{Customer, Provider, ProviderCustomer, UnknownProvider};
#[cfg(feature = "axisfi")]
pub use pspkit_axisfi as axisfi;
#[cfg(feature = "juspay")]
pub use pspkit_juspay as juspay;
#[cfg(feature = "paisr")]
pub use pspkit_paisr as paisr;
#[cfg(feature = "razorpay")]
pub use pspkit_razorpay as razorpay;
pub use pspkit_runtime as runtime;
