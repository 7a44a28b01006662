//! pspkit's cross-provider integration tests, one binary (one link, one process start) with a
//! module per concern; per-provider modules hold only that provider's quirks.

mod axisfi;
mod dependencies;
mod faults;
mod juspay;
mod load;
mod mock_helpers;
mod paisr;
mod prism;
mod razorpay;
mod schemas;
mod secrets;
mod surface;
