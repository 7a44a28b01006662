//! The options every operation of every provider takes, and how they are read.

use clap::builder::EnumValueParser;
use clap::{Arg, ArgAction, ArgMatches, Command, ValueEnum};

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

/// Where requests go and what to print: the options of every operation.
#[derive(Debug, Clone)]
pub struct Common {
    /// `--env`: a named environment of the provider.
    pub environment: Option<String>,
    /// `--base-url`.
    pub base_url: Option<String>,
    /// `--mock`.
    pub mock: bool,
    /// `--mock-example`.
    pub mock_example: Option<String>,
    /// `--output`.
    pub output: Output,
    /// `--verbose` (global).
    pub verbose: bool,
    /// `--strict` (global).
    pub strict: bool,
    /// `--max-pages` (a paged list's `--all`): `Config::max_pages` when given.
    pub max_pages: Option<u32>,
}

impl Common {
    /// Reads the options from an operation's matches.
    pub fn from_matches(matches: &ArgMatches) -> Self {
        Self {
            environment: matches.get_one::<String>("env").cloned(),
            base_url: matches.get_one::<String>("base-url").cloned(),
            mock: matches.get_flag("mock"),
            mock_example: matches.get_one::<String>("mock-example").cloned(),
            output: matches.get_one::<Output>("output").copied().unwrap_or(Output::Json),
            verbose: matches.get_flag("verbose"),
            strict: matches.get_flag("strict"),
            // Only a paged list's subcommand has the argument.
            max_pages: matches.try_get_one::<u32>("max-pages").ok().flatten().copied(),
        }
    }
}

/// Adds the common options to an operation's subcommand.
pub fn with_common_args(command: Command) -> Command {
    command
        .arg(
            Arg::new("env")
                .long("env")
                .value_name("ENVIRONMENT")
                .help("A named environment of the provider (e.g. live, staging, production, sandbox)")
                .conflicts_with_all(["base-url", "mock"]),
        )
        .arg(
            Arg::new("base-url")
                .long("base-url")
                .value_name("URL")
                .help("Send requests to this base URL instead (https, or http to a loopback host)")
                .conflicts_with("mock"),
        )
        .arg(
            Arg::new("mock")
                .long("mock")
                .action(ArgAction::SetTrue)
                .help("Answer from the spec's examples on a local server: no credentials, no network"),
        )
        .arg(Arg::new("mock-example").long("mock-example").value_name("NAME").requires("mock").help(
            "With --mock: which of the spec's examples to serve, by name or HTTP status (default: the first success)",
        ))
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .value_parser(EnumValueParser::<Output>::new())
                .default_value("json")
                .help("What to print on stdout"),
        )
}
