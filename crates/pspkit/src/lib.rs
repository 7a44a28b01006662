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
