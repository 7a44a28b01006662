//! What the CLI needs to know of each provider: how to build its client, and its examples.

use pspkit::runtime::Example;

use crate::outcome::Failure;

/// Where requests go.
pub enum Target<'a> {
    /// The local mock server (credentials are not read).
    Mock(&'a str),
    /// A base URL given with `--base-url`.
    BaseUrl(&'a str),
    /// A named environment given with `--env`.
    Environment(&'a str),
    /// The provider's default environment.
    Default,
}

/// A provider as the CLI drives it.
pub trait CliProvider {
    /// The generated client.
    type Client;
    /// The provider's name on the command line.
    const NAME: &'static str;
    /// The spec's examples, for `--mock`.
    const EXAMPLES: &'static [Example];
    /// Builds a client for `target`, reading credentials from the environment unless mocked.
    fn client(target: &Target<'_>) -> Result<Self::Client, Failure>;
}

/// A provider with named environments: the target is checked before credentials are read, so a
/// wrong `--env` is reported as such.
macro_rules! provider_with_environments {
    ($(#[$doc:meta])* $name:ident, $krate:ident, $cli_name:literal, mock: ($($mock:expr),*)) => {
        $(#[$doc])*
        pub struct $name;

        impl CliProvider for $name {
            type Client = pspkit::$krate::Client;
            const NAME: &'static str = $cli_name;
            const EXAMPLES: &'static [Example] = pspkit::$krate::examples::ALL;

            fn client(target: &Target<'_>) -> Result<Self::Client, Failure> {
                use pspkit::$krate::{Client, Credentials, Environment};
                let environment = match target {
                    Target::Environment(name) => {
                        Some(name.parse::<Environment>().map_err(|e| Failure::Usage(e.to_string()))?)
                    }
                    _ => None,
                };
                let credentials = match target {
                    Target::Mock(_) => Credentials::new($($mock),*),
                    _ => Credentials::from_env()?,
                };
                let builder = Client::builder(credentials);
                let builder = match (target, environment) {
                    (Target::Mock(url) | Target::BaseUrl(url), _) => builder.base_url(*url),
                    (_, Some(environment)) => builder.environment(environment),
                    _ => builder,
                };
                Ok(builder.build()?)
            }
        }
    };
}

provider_with_environments!(
    /// Paisr.
    Paisr, paisr, "paisr", mock: ("mock-token")
);
provider_with_environments!(
    /// Razorpay.
    Razorpay, razorpay, "razorpay", mock: ("rzp_test_mock", "mock-secret")
);
provider_with_environments!(
    /// Juspay.
    Juspay, juspay, "juspay", mock: ("mock-key", "mock-merchant")
);

/// AxisFI: no named environments, so the base URL is required (or `--mock`).
pub struct Axisfi;

impl CliProvider for Axisfi {
    type Client = pspkit::axisfi::Client;
    const NAME: &'static str = "axisfi";
    const EXAMPLES: &'static [Example] = pspkit::axisfi::examples::ALL;

    fn client(target: &Target<'_>) -> Result<Self::Client, Failure> {
        use pspkit::axisfi::{Client, Credentials};
        let (url, credentials) = match target {
            Target::Mock(url) => (url, Credentials::new("mock-key", "mock-secret")),
            Target::BaseUrl(url) => (url, Credentials::from_env()?),
            Target::Environment(_) | Target::Default => {
                return Err(Failure::Usage(
                    "axisfi documents no public host: give --base-url URL (or --mock)".to_owned(),
                ));
            }
        };
        Ok(Client::builder(credentials).base_url(*url).build()?)
    }
}
