//! One module per provider: how its customer maps into [`crate::Customer`].

#[cfg(feature = "axisfi")]
mod axisfi;
#[cfg(feature = "juspay")]
mod juspay;
#[cfg(feature = "paisr")]
mod paisr;
#[cfg(feature = "razorpay")]
mod razorpay;
