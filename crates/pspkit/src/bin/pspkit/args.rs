//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Look a customer up at a payment provider.
///
/// Credentials come only from environment variables: PAISR_TOKEN; RAZORPAY_KEY_ID and
/// RAZORPAY_KEY_SECRET; JUSPAY_API_KEY and JUSPAY_MERCHANT_ID; AXISFI_API_KEY and AXISFI_API_SECRET.
/// `--mock` needs none: it serves the spec's own examples from a local server.
///
/// Exit codes: 0 success; 2 usage or invalid input (nothing sent); 3 the provider answered with an
/// error (printed as JSON on stderr, with status and request id); 4 transport failure, timeout or
/// undecodable response.
#[derive(Debug, Parser)]
#[command(name = "pspkit", version, propagate_version = true)]
pub struct Cli {
    /// Print what is sent and received (never credentials) to stderr.
    #[arg(long, short, global = true)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// A provider, or shell completions.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Paisr (https://api.live.paisr.tech/v2); credentials: PAISR_TOKEN.
    Paisr {
        #[command(subcommand)]
        operation: PathIdOperation,
    },
    /// Razorpay (https://api.razorpay.com); credentials: RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET.
    Razorpay {
        #[command(subcommand)]
        operation: PathIdOperation,
    },
    /// Juspay (https://api.juspay.in); credentials: JUSPAY_API_KEY, JUSPAY_MERCHANT_ID.
    Juspay {
        #[command(subcommand)]
        operation: JuspayOperation,
    },
    /// AxisFI (no public host: give --base-url or --mock); credentials: AXISFI_API_KEY, AXISFI_API_SECRET.
    Axisfi {
        #[command(subcommand)]
        operation: AxisfiOperation,
    },
    /// Print a shell completion script to stdout.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
}

/// Operations of a provider whose customer id is a path segment.
#[derive(Debug, Subcommand)]
pub enum PathIdOperation {
    /// Fetch one customer by id.
    GetCustomer {
        /// The provider's customer id.
        id: String,
        #[command(flatten)]
        common: CommonArgs,
    },
}

/// Juspay's operations.
#[derive(Debug, Subcommand)]
pub enum JuspayOperation {
    /// Fetch one customer by Juspay id (`cst_…`) or by your own object_reference_id.
    GetCustomer {
        /// Juspay's customer id or your object_reference_id (may be an email address).
        id: String,
        /// Also ask for a client auth token (`options.get_client_auth_token=true`).
        #[arg(long)]
        client_auth_token: bool,
        #[command(flatten)]
        common: CommonArgs,
    },
}

/// AxisFI's operations.
#[derive(Debug, Subcommand)]
pub enum AxisfiOperation {
    /// Fetch one customer by AxisFI customer id, or by your partner customer id.
    GetCustomer {
        /// AxisFI's customer id (`cus_` + 32 hex digits).
        #[arg(required_unless_present = "partner_customer_id")]
        id: Option<String>,
        /// Your own id for the customer, instead of AxisFI's.
        #[arg(long, conflicts_with = "id")]
        partner_customer_id: Option<String>,
        #[command(flatten)]
        common: CommonArgs,
    },
}

/// Options every operation takes.
#[derive(Debug, Clone, Args)]
pub struct CommonArgs {
    /// A named environment of the provider (e.g. live, staging, production, sandbox).
    #[arg(long = "env", value_name = "ENVIRONMENT", conflicts_with_all = ["base_url", "mock"])]
    pub environment: Option<String>,
    /// Send requests to this base URL instead (https, or http to a loopback host).
    #[arg(long, value_name = "URL", conflicts_with = "mock")]
    pub base_url: Option<String>,
    /// Answer from the spec's examples on a local server: no credentials, no network.
    #[arg(long)]
    pub mock: bool,
    /// With --mock: which of the spec's examples to serve (default: the first success).
    #[arg(long, value_name = "NAME", requires = "mock")]
    pub mock_example: Option<String>,
    /// What to print on stdout.
    #[arg(long, short, value_enum, default_value_t = Output::Json)]
    pub output: Output,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Output {
    /// The provider's typed response, as JSON.
    Json,
    /// A readable table of the normalised customer.
    Pretty,
    /// The normalised customer, as JSON.
    Normalized,
}
