//! `pspkit`: look a customer up at Paisr, Razorpay, Juspay or AxisFI from a terminal.
//!
//! `pspkit razorpay get-customer cust_1Aa00000000001 --mock` runs the real client against the
//! spec's own example; `pspkit --help` explains the rest.

mod args;
mod mock;
mod outcome;
mod print;
mod providers;
mod run;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use pspkit::Customer;

use args::{AxisfiOperation, Cli, Command, JuspayOperation, PathIdOperation};
use providers::{Axisfi, Juspay, Paisr, Razorpay};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.verbose {
        // pspkit's spans carry provider, operation, attempt, status, request id and latency;
        // never URLs, header values or bodies.
        tracing_subscriber::fmt()
            .with_max_level(tracing_subscriber::filter::LevelFilter::DEBUG)
            .with_writer(std::io::stderr)
            .with_target(false)
            .init();
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: could not start the async runtime: {error}");
            return ExitCode::from(4);
        }
    };
    runtime.block_on(dispatch(cli.command, cli.verbose))
}

async fn dispatch(command: Command, verbose: bool) -> ExitCode {
    let outcome = match command {
        Command::Paisr { operation: PathIdOperation::GetCustomer { id, common } } => {
            run::get_customer::<Paisr, _, _, _, _>(common, verbose, Customer::from, |client| async move {
                client.get_customer().customer_id(id).send().await
            })
            .await
        }
        Command::Razorpay { operation: PathIdOperation::GetCustomer { id, common } } => {
            run::get_customer::<Razorpay, _, _, _, _>(common, verbose, Customer::from, |client| async move {
                client.get_customer().id(id).send().await
            })
            .await
        }
        Command::Juspay { operation: JuspayOperation::GetCustomer { id, client_auth_token, common } } => {
            run::get_customer::<Juspay, _, _, _, _>(common, verbose, Customer::from, |client| async move {
                let call = client.get_customer().customer_id(id);
                let call = if client_auth_token { call.options_get_client_auth_token(true) } else { call };
                call.send().await
            })
            .await
        }
        Command::Axisfi { operation: AxisfiOperation::GetCustomer { id, partner_customer_id, common } } => {
            run::get_customer::<Axisfi, _, _, _, _>(common, verbose, Customer::from, |client| async move {
                let call = client.get_customer();
                let call = match id {
                    Some(id) => call.customer_id(id),
                    None => call,
                };
                let call = match partner_customer_id {
                    Some(partner) => call.partner_customer_id(partner),
                    None => call,
                };
                call.send().await
            })
            .await
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "pspkit", &mut std::io::stdout());
            Ok(())
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}
