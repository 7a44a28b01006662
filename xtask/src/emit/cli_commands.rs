//! Emits `crates/pspkit/src/bin/pspkit/generated.rs`: the `pspkit` CLI's command surface from every
//! spec's [`crate::model::commands`] model (one subcommand per provider, one per operation, one argument per
//! parameter) and the dispatch to the generated clients; the rest of the CLI is hand-written and
//! generic.

use heck::ToShoutySnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::file::File;
use crate::model::Spec;
use crate::model::commands::Kind;
use crate::model::operation::{Operation, Parameter};
use crate::progenitor::{ArgumentType, ArgumentTypes};
use crate::spec::naming;

/// `crates/pspkit/src/bin/pspkit/generated.rs`, from every spec and its progenitor output
/// (`generated`, in the same order).
pub fn render(specs: &[Spec], generated: &[crate::progenitor::Output]) -> anyhow::Result<File> {
    let header = "generated from specs/*.yaml by cargo xtask codegen; do not edit";
    let types: Vec<&ArgumentTypes> = generated.iter().map(|output| &output.arguments).collect();
    let builders = specs.iter().zip(&types).map(|(spec, types)| provider_command(spec, types));
    let calls = specs.iter().map(|spec| {
        let function = format_ident!("{}", spec.provider);
        let feature = &spec.provider;
        quote!(#[cfg(feature = #feature)] #function())
    });
    let dispatch = specs
        .iter()
        .zip(&types)
        .flat_map(|(spec, types)| spec.model.operations.iter().map(move |op| dispatch_arm(spec, op, types)));
    let credentials: Vec<String> = specs
        .iter()
        .map(|spec| {
            let vars: Vec<String> = spec
                .model
                .auth
                .iter()
                .flat_map(crate::model::provider::AuthScheme::credentials)
                .map(|credential| naming::env_var(&spec.provider, &credential.field))
                .collect();
            format!("{}: {}", spec.provider, vars.join(" and "))
        })
        .collect();
    let credentials = credentials.join("; ");
    let tokens = quote! {
        use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};

        use crate::outcome::Failure;
        use crate::run::{self, Common};

        /// The credential variables of every provider, for `--help`.
        pub const CREDENTIALS: &str = #credentials;

        /// One subcommand per provider, each with one subcommand per operation of its spec.
        pub fn commands() -> Vec<Command> {
            vec![#(#calls),*]
        }

        #(#builders)*

        /// Runs the operation the arguments name; `None` for a pair no spec has.
        pub async fn dispatch(
            provider: &str,
            operation: &str,
            matches: &ArgMatches,
            common: Common,
        ) -> Option<Result<(), Failure>> {
            #[allow(unreachable_patterns)]
            match (provider, operation) {
                #(#dispatch)*
                _ => None,
            }
        }
    };
    let file: syn::File = syn::parse2(tokens)?;
    Ok(File {
        path: "crates/pspkit/src/bin/pspkit/generated.rs".to_owned(),
        contents: format!("// {header}\n\n{}", prettyplease::unparse(&file)),
    })
}

fn provider_command(spec: &Spec, types: &ArgumentTypes) -> TokenStream {
    let function = format_ident!("{}", spec.provider);
    let feature = &spec.provider;
    let name = &spec.provider;
    let model = &spec.model;
    let host = match model.environments.first() {
        Some(environment) => environment.url.clone(),
        None => "no public host: give --base-url or --mock".to_owned(),
    };
    let vars: Vec<String> = model
        .auth
        .iter()
        .flat_map(crate::model::provider::AuthScheme::credentials)
        .map(|credential| naming::env_var(&spec.provider, &credential.field))
        .collect();
    let about = format!("{} ({host}); credentials: {}.", model.display_name, vars.join(", "));
    let doc = format!(" `pspkit {name} ...`.");
    let operations = model.operations.iter().map(|operation| {
        let command = &operation.command.name;
        let about = &operation.command.about;
        let long_about = if operation.command.long_about.is_empty() { about } else { &operation.command.long_about };
        let builder = &operation.builder;
        let is_list = |setter: &str| types.get(builder, setter, &quote!(types)).is_some_and(|ty| ty.item.is_some());
        let mut args: Vec<TokenStream> =
            operation.parameters.iter().map(|parameter| argument(parameter, is_list(&parameter.field))).collect();
        args.extend(types.get(builder, "body", &quote!(types)).map(|_| body_argument()));
        if operation.paging.is_some() {
            args.extend(paging_arguments());
        }
        let group = (!operation.command.one_of.is_empty()).then(|| {
            let members = &operation.command.one_of;
            quote!(.group(ArgGroup::new("require-one-of").args([#(#members),*]).required(true).multiple(true)))
        });
        quote! {
            .subcommand(run::with_common_args(
                Command::new(#command).about(#about).long_about(#long_about)
                    #(.arg(#args))*
                    #group
            ))
        }
    });
    let variant = format_ident!("{}", naming::pascal(&spec.provider));
    let webhooks =
        model.webhooks.as_ref().map(|_| quote!(.subcommand(crate::webhooks::command(pspkit::Provider::#variant))));
    quote! {
        #[doc = #doc]
        #[cfg(feature = #feature)]
        fn #function() -> Command {
            Command::new(#name)
                .about(#about)
                .subcommand_required(true)
                .arg_required_else_help(true)
                #(#operations)*
                #webhooks
        }
    }
}

/// A parameter's argument: positional, a flag, or a repeated flag for a list (one value per item).
/// Values are read as text and parsed as the parameter's Rust type when the call is made.
fn argument(parameter: &Parameter, list: bool) -> TokenStream {
    let argument = &parameter.argument;
    let id = &argument.id;
    let help = &argument.help;
    let required = argument.required;
    let value_name = argument.id.to_shouty_snake_case();
    match (argument.positional, argument.kind, list) {
        (true, _, _) => quote!(Arg::new(#id).value_name(#value_name).help(#help).required(#required)),
        (false, Kind::Bool, _) => quote!(Arg::new(#id).long(#id).help(#help).action(ArgAction::SetTrue)),
        (false, _, true) => quote! {
            Arg::new(#id).long(#id).value_name(#value_name).help(#help).required(#required).action(ArgAction::Append)
        },
        (false, _, false) => {
            quote!(Arg::new(#id).long(#id).value_name(#value_name).help(#help).required(#required))
        }
    }
}

/// `--body` of an operation with a request body.
fn body_argument() -> TokenStream {
    quote! {
        Arg::new("body").long("body").value_name("JSON").required(true).help(
            "The request body: JSON of the operation's request schema, `@FILE` to read it from a file, \
             or `-` for standard input (a form body too: the CLI form-encodes it)",
        )
    }
}

/// `let call = ...;`: the CLI argument of `parameter` parsed as its Rust type and set on the
/// call (a list's argument repeats; a value that does not parse is an invalid input naming the
/// argument and the spec's rule).
fn argument_setter(
    spec: &Spec,
    builder: &str,
    parameter: &Parameter,
    types: &ArgumentTypes,
    krate_path: &TokenStream,
) -> TokenStream {
    let setter = format_ident!("{}", parameter.field);
    let id = &parameter.argument.id;
    let shown = if parameter.argument.positional { id.clone() } else { format!("--{id}") };
    let rule = spec.model.parameter_rules.get(&(builder.to_owned(), parameter.field.clone()));
    let message = format!("invalid `{shown}`: {}", rule.map_or("not a value of the parameter's type", String::as_str));
    let fail = quote!(return Err(pspkit::runtime::Error::invalid_input(#message)));
    let ty = types.get(builder, &parameter.field, krate_path);
    match (parameter.argument.kind, ty) {
        (Kind::Bool, _) => quote! {
            let call = if matches.get_flag(#id) { call.#setter(true) } else { call };
        },
        (_, Some(ArgumentType { item: Some(item), .. })) => quote! {
            let call = match matches.get_many::<String>(#id) {
                Some(values) => match values.map(|value| value.parse::<#item>()).collect::<Result<Vec<_>, _>>() {
                    Ok(values) => call.#setter(values),
                    Err(_) => #fail,
                },
                None => call,
            };
        },
        (_, ty) => {
            let whole = ty.map_or_else(|| quote!(String), |ty| ty.whole);
            quote! {
                let call = match matches.get_one::<String>(#id) {
                    Some(value) => match value.parse::<#whole>() {
                        Ok(value) => call.#setter(value),
                        Err(_) => #fail,
                    },
                    None => call,
                };
            }
        }
    }
}

fn dispatch_arm(spec: &Spec, operation: &Operation, types: &ArgumentTypes) -> TokenStream {
    let feature = &spec.provider;
    let name = &spec.provider;
    let krate = format_ident!("{}", spec.provider);
    let variant = format_ident!("{}", naming::pascal(&spec.provider));
    let command = &operation.command.name;
    let operation_id = &operation.id;
    let method = format_ident!("{}", operation.method);
    let normalize = match &spec.model.customer {
        Some(mapping) if mapping.operation_id == operation.id => quote!(Some(pspkit::Customer::from)),
        _ => quote!(None),
    };
    let builder = naming::pascal(&operation.id);
    let krate_path = quote!(pspkit::#krate);
    let mut setters: Vec<TokenStream> = operation
        .parameters
        .iter()
        .map(|parameter| argument_setter(spec, &builder, parameter, types, &krate_path))
        .collect();
    if let Some(body) = types.get(&builder, "body", &krate_path) {
        let whole = body.whole;
        setters.push(quote! {
            let call = match matches.get_one::<String>("body") {
                Some(value) => match run::body::<#whole>(value) {
                    Ok(body) => call.body(body),
                    Err(message) => return Err(pspkit::runtime::Error::invalid_input(message)),
                },
                None => call,
            };
        });
    }
    let paging = operation.paging.as_ref();
    let one = quote! {
        run::operation::<pspkit::#krate::Client, _, _, _, _>(
            pspkit::Provider::#variant,
            #operation_id,
            common,
            #normalize,
            |client| async move {
                let call = client.#method();
                #(#setters)*
                call.send().await
            },
        )
        .await
    };
    let run = if let Some(paging) = paging {
        let optional = |name: &Option<String>| match name {
            Some(name) => quote!(Some(#name)),
            None => quote!(None),
        };
        let items = &paging.wire.items;
        let (parameter, link, has_more) =
            (optional(&paging.wire.parameter), optional(&paging.wire.link), optional(&paging.wire.has_more));
        quote! {
            if matches.get_flag("all") {
                let paging = crate::mock::Paging { parameter: #parameter, link: #link, items: #items, has_more: #has_more };
                run::all::<pspkit::#krate::Client, _, _, _, _, _>(pspkit::Provider::#variant, #operation_id, paging, common, |client| async move {
                    let call = client.#method();
                    #(#setters)*
                    Ok(call.stream())
                })
                .await
            } else {
                #one
            }
        }
    } else {
        one
    };
    quote! {
        #[cfg(feature = #feature)]
        (#name, #command) => Some(#run),
    }
}

/// `--all` and `--max-pages` of a paged list (`x-pspkit-paging`).
fn paging_arguments() -> [TokenStream; 2] {
    [
        quote! {
            Arg::new("all").long("all").action(ArgAction::SetTrue).help(
                "Every item of every page, one JSON line each (pages are fetched as they are printed)",
            )
        },
        quote! {
            Arg::new("max-pages")
                .long("max-pages")
                .value_name("N")
                .requires("all")
                .value_parser(clap::value_parser!(u32).range(1..))
                .help("With --all: the most pages to fetch before stopping with an error (default 1000)")
        },
    ]
}
