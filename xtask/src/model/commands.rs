//! The `pspkit` CLI's view of each operation (as oxide.rs generates its CLI), read with the
//! operation (the operation model holds it): one subcommand per operation (kebab-case
//! `operationId`), one argument per parameter (path parameters positional, query and header
//! parameters as flags, help from the spec), and `x-pspkit-require-one-of` as a required argument
//! group. `emit::cli_commands` emits it.
//!
//! `x-pspkit-cli` on a parameter adjusts its argument: `{flag: NAME}` renames the flag (a short
//! name for `options.get_client_auth_token`, or one that would clash with the CLI's own flags),
//! `{positional: true}` makes an optional query parameter positional.

use heck::ToKebabCase;
use serde_json::Value;

use crate::spec::diagnostics::Problem;
use crate::spec::document::example_of;
use crate::spec::extensions::{CLI as EXTENSION, REQUIRE_ONE_OF};
use crate::spec::naming;
use crate::spec::pointer::Pointer;

/// Flags every operation already has (`run::with_common_args`) or clap adds.
const RESERVED: [&str; 11] =
    ["help", "version", "verbose", "strict", "env", "base-url", "mock", "mock-example", "output", "body", "all"];

/// An operation as a subcommand: the CLI's view of an operation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Command {
    /// The subcommand, e.g. `get-customer`.
    pub name: String,
    /// One line of help.
    pub about: String,
    /// The longer help.
    pub long_about: String,
    /// Argument ids of which at least one must be given (`x-pspkit-require-one-of`).
    pub one_of: Vec<String>,
    /// Command-line arguments that make a valid call from the spec's parameter examples: every
    /// required parameter, the first of a require-one-of group, and the body's example.
    pub example_args: Vec<String>,
    /// The request body's example, as compact JSON, when the operation takes a body.
    pub body_example: Option<String>,
}

/// A parameter as an argument: the CLI's view of a parameter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Argument {
    /// The argument's id: the flag name, or the parameter's name for a positional one.
    pub id: String,
    /// Positional (path parameters, or `x-pspkit-cli: {positional: true}`).
    pub positional: bool,
    /// Whether the argument must be given.
    pub required: bool,
    /// Help text.
    pub help: String,
    /// How the value is read.
    pub kind: Kind,
    /// The spec's example value, as command-line text.
    pub example: Option<String>,
}

/// How an argument's value is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Kind {
    /// Text, handed to the setter as `&str` (strings, patterns, enums).
    #[default]
    Text,
    /// A flag without a value: `true` when given.
    Bool,
    /// A whole number.
    Integer,
}

impl Argument {
    /// Whether a call needs this argument: it is required, or the first of the require-one-of
    /// group `one_of`.
    pub fn needed(&self, one_of: &[String]) -> bool {
        self.required || one_of.first() == Some(&self.id)
    }
}

/// The subcommand of the operation `id` (written as `operation`), whose parameters read as
/// `arguments` (by their Rust field names).
pub fn command(document: &Value, id: &str, operation: &Value, arguments: &[(String, &Argument)]) -> Command {
    let one_of: Vec<String> = operation
        .get(REQUIRE_ONE_OF)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|name| arguments.iter().find(|(field, _)| *field == naming::progenitor_snake(name)))
        .map(|(_, argument)| argument.id.clone())
        .collect();
    let text = |key: &str| operation.get(key).and_then(Value::as_str).unwrap_or_default().trim().to_owned();
    let summary = text("summary");
    let body_example = body_example(document, operation);
    let arguments: Vec<&Argument> = arguments.iter().map(|(_, argument)| *argument).collect();
    let mut example_args = example_args(&arguments, &one_of);
    if let Some(body) = &body_example {
        example_args.extend(["--body".to_owned(), body.clone()]);
    }
    Command {
        name: id.to_kebab_case(),
        about: if summary.is_empty() { id.to_owned() } else { summary },
        long_about: text("description"),
        one_of,
        example_args,
        body_example,
    }
}

/// The request body's example (its media type's `example`, else the first of its `examples`),
/// as compact JSON.
fn body_example(document: &Value, operation: &Value) -> Option<String> {
    let body = crate::spec::document::resolve(document, operation.get("requestBody")?);
    let media = body.get("content")?.as_object()?.values().next()?;
    let example = media.get("example").or_else(|| media.get("examples")?.as_object()?.values().next()?.get("value"))?;
    serde_json::to_string(example).ok()
}

/// Arguments for every parameter a call needs, from the spec's examples (positional ones first,
/// in order).
fn example_args(arguments: &[&Argument], one_of: &[String]) -> Vec<String> {
    let needed = |a: &&&Argument| a.needed(one_of);
    let mut args: Vec<String> =
        arguments.iter().filter(needed).filter(|a| a.positional).filter_map(|a| a.example.clone()).collect();
    for argument in arguments.iter().filter(needed).filter(|a| !a.positional) {
        args.push(format!("--{}", argument.id));
        if argument.kind != Kind::Bool {
            args.extend(argument.example.clone());
        }
    }
    args
}

/// The argument of `parameter` (written at `at`); a problem when its flag is the CLI's own or a
/// boolean is positional.
pub fn argument(parameter: &Value, at: &Pointer, problems: &mut Vec<Problem>) -> Option<Argument> {
    let name = parameter.get("name").and_then(Value::as_str)?;
    let location = parameter.get("in").and_then(Value::as_str).unwrap_or_default();
    let cli = parameter.get(EXTENSION);
    let renamed = cli.and_then(|cli| cli.get("flag")).and_then(Value::as_str);
    let positional = location == "path" || cli.and_then(|cli| cli.get("positional")) == Some(&Value::Bool(true));
    let kind = match parameter.pointer("/schema/type").and_then(Value::as_str) {
        Some("boolean") => Kind::Bool,
        Some("integer") => Kind::Integer,
        _ => Kind::Text,
    };
    let id = match (positional, renamed) {
        (true, _) => name.to_owned(),
        (false, Some(flag)) => flag.to_owned(),
        (false, None) => name.to_kebab_case(),
    };
    if !positional && RESERVED.contains(&id.as_str()) {
        problems.push(Problem::new(
            at.clone(),
            format!("the CLI flag `--{id}` is the CLI's own: rename it with `{EXTENSION}: {{flag: NAME}}`"),
        ));
    }
    if positional && kind == Kind::Bool {
        problems.push(Problem::new(at.clone(), "a boolean parameter cannot be positional"));
    }
    let description = parameter.get("description").and_then(Value::as_str).unwrap_or_default();
    let example = example_of(parameter).map(|value| match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    });
    Some(Argument {
        id,
        positional,
        required: parameter.get("required") == Some(&Value::Bool(true)),
        help: description.split_whitespace().collect::<Vec<_>>().join(" "),
        kind,
        example,
    })
}
