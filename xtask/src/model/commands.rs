//! The `pspkit` CLI's command surface as a model, read from a spec's operations (as oxide.rs
//! generates its CLI): one subcommand per operation (kebab-case `operationId`), one argument per
//! parameter (path parameters positional, query and header parameters as flags, help from the
//! spec), and `x-pspkit-require-one-of` as a required argument group. `emit::cli_commands` emits
//! it.
//!
//! `x-pspkit-cli` on a parameter adjusts its argument: `{flag: NAME}` renames the flag (a short
//! name for `options.get_client_auth_token`, or one that would clash with the CLI's own flags),
//! `{positional: true}` makes an optional query parameter positional.

use heck::ToKebabCase;
use serde_json::Value;

use crate::spec::diagnostics::Problem;
use crate::spec::document::{Declared, example_of};
use crate::spec::extensions::{CLI as EXTENSION, REQUIRE_ONE_OF};
use crate::spec::naming;
use crate::spec::pointer::Pointer;

/// Flags every operation already has (`run::with_common_args`) or clap adds.
const RESERVED: [&str; 11] =
    ["help", "version", "verbose", "strict", "env", "base-url", "mock", "mock-example", "output", "body", "all"];

/// One operation as a subcommand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// `operationId`, e.g. `getCustomer`.
    pub id: String,
    /// The subcommand, e.g. `get-customer`.
    pub command: String,
    /// The client method progenitor names, e.g. `get_customer`.
    pub method: String,
    /// The HTTP method and path template, e.g. `GET /v1/customers/{id}`.
    pub route: String,
    /// One line of help.
    pub about: String,
    /// The longer help.
    pub long_about: String,
    /// Its parameters.
    pub parameters: Vec<Parameter>,
    /// Argument ids of which at least one must be given (`x-pspkit-require-one-of`).
    pub one_of: Vec<String>,
    /// Command-line arguments that make a valid call from the spec's parameter examples: every
    /// required parameter, the first of a require-one-of group, and the body's example.
    pub example_args: Vec<String>,
    /// The request body's example, as compact JSON, when the operation takes a body.
    pub body_example: Option<String>,
}

/// One parameter as an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    /// The spec's name, e.g. `options.get_client_auth_token`.
    pub name: String,
    /// The builder's setter, e.g. `options_get_client_auth_token`.
    pub setter: String,
    /// The argument's id: the flag name, or the parameter's name for a positional one.
    pub arg: String,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text, handed to the setter as `&str` (strings, patterns, enums).
    Text,
    /// A flag without a value: `true` when given.
    Bool,
    /// A whole number.
    Integer,
}

/// Reads every operation of the spec as a subcommand.
pub fn read(document: &Value, problems: &mut Vec<Problem>) -> Vec<Operation> {
    let mut operations = Vec::new();
    let Some(paths) = document.get("paths").and_then(Value::as_object) else { return operations };
    for (path, item) in paths {
        let Some(item) = item.as_object() else { continue };
        for (method, operation) in item {
            let Some(id) = operation.get("operationId").and_then(Value::as_str) else { continue };
            let at = Pointer::root().join("paths").join(path).join(method);
            let mut parameters = Vec::new();
            for (declared, parameter) in crate::spec::document::parameters(document, path, operation) {
                let written = match declared {
                    Declared::PathItem(index) => {
                        Pointer::root().join("paths").join(path).join("parameters").join(index)
                    }
                    Declared::Operation(index) => at.join("parameters").join(index),
                };
                if let Some(parameter) = read_parameter(parameter, &written, problems) {
                    parameters.push(parameter);
                }
            }
            let one_of: Vec<String> = operation
                .get(REQUIRE_ONE_OF)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter_map(|name| parameters.iter().find(|p| p.setter == naming::progenitor_snake(name)))
                .map(|parameter| parameter.arg.clone())
                .collect();
            let text = |key: &str| operation.get(key).and_then(Value::as_str).unwrap_or_default().trim().to_owned();
            let summary = text("summary");
            let body_example = body_example(document, operation);
            let mut example_args = example_args(&parameters, &one_of);
            if let Some(body) = &body_example {
                example_args.extend(["--body".to_owned(), body.clone()]);
            }
            operations.push(Operation {
                id: id.to_owned(),
                command: id.to_kebab_case(),
                method: naming::progenitor_snake(id),
                route: format!("{} {path}", method.to_uppercase()),
                about: if summary.is_empty() { id.to_owned() } else { summary },
                long_about: text("description"),
                parameters,
                one_of,
                example_args,
                body_example,
            });
        }
    }
    operations
}

/// Whether a call needs `parameter`: it is required, or the first of the require-one-of group.
fn needed(parameter: &Parameter, one_of: &[String]) -> bool {
    parameter.required || one_of.first() == Some(&parameter.arg)
}

impl Operation {
    /// `(parameter name, example value)` for every parameter a call needs (required, or the first
    /// of the require-one-of group), from the spec's examples; `true` for a boolean.
    pub fn example_arguments(&self) -> Vec<(String, String)> {
        self.parameters
            .iter()
            .filter(|p| needed(p, &self.one_of))
            .filter_map(|p| {
                let value = if p.kind == Kind::Bool { Some("true".to_owned()) } else { p.example.clone() };
                Some((p.name.clone(), value?))
            })
            .chain(self.body_example.clone().map(|body| ("body".to_owned(), body)))
            .collect()
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
fn example_args(parameters: &[Parameter], one_of: &[String]) -> Vec<String> {
    let needed = |p: &&Parameter| needed(p, one_of);
    let mut args: Vec<String> =
        parameters.iter().filter(needed).filter(|p| p.positional).filter_map(|p| p.example.clone()).collect();
    for parameter in parameters.iter().filter(needed).filter(|p| !p.positional) {
        args.push(format!("--{}", parameter.arg));
        if parameter.kind != Kind::Bool {
            args.extend(parameter.example.clone());
        }
    }
    args
}

fn read_parameter(parameter: &Value, at: &Pointer, problems: &mut Vec<Problem>) -> Option<Parameter> {
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
    let arg = match (positional, renamed) {
        (true, _) => name.to_owned(),
        (false, Some(flag)) => flag.to_owned(),
        (false, None) => name.to_kebab_case(),
    };
    if !positional && RESERVED.contains(&arg.as_str()) {
        problems.push(Problem::new(
            at.clone(),
            format!("the CLI flag `--{arg}` is the CLI's own: rename it with `{EXTENSION}: {{flag: NAME}}`"),
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
    Some(Parameter {
        name: name.to_owned(),
        setter: naming::progenitor_snake(name),
        arg,
        positional,
        required: parameter.get("required") == Some(&Value::Bool(true)),
        help: description.split_whitespace().collect::<Vec<_>>().join(" "),
        kind,
        example,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn operations(parameters: &str) -> (Vec<Operation>, Vec<String>) {
        let yaml = format!(
            r#"
paths:
  /things/{{thing_id}}:
    get:
      operationId: getThing
      summary: Get a thing.
      x-pspkit-require-one-of: [ref, thing_ref]
      parameters: {parameters}
"#
        );
        let document: Value = yaml_serde::from_str(&yaml).unwrap();
        let mut problems = Vec::new();
        let operations = read(&document, &mut problems);
        (operations, problems.iter().map(|p| format!("{}: {}", p.pointer, p.message)).collect())
    }

    #[test]
    fn path_parameters_are_positional_and_the_rest_are_kebab_case_flags() {
        let (operations, problems) = operations(
            r#"[{name: thing_id, in: path, required: true, schema: {type: string}},
                {name: options.with_parts, in: query, schema: {type: boolean}},
                {name: page.size, in: query, schema: {type: integer}},
                {name: X-Trace-Id, in: header, description: "  a   trace\n id ", schema: {type: string}}]"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let operation = &operations[0];
        assert_eq!((operation.command.as_str(), operation.method.as_str()), ("get-thing", "get_thing"));
        let summary: Vec<(&str, &str, bool, Kind)> =
            operation.parameters.iter().map(|p| (p.setter.as_str(), p.arg.as_str(), p.positional, p.kind)).collect();
        assert_eq!(
            summary,
            [
                ("thing_id", "thing_id", true, Kind::Text),
                ("options_with_parts", "options-with-parts", false, Kind::Bool),
                ("page_size", "page-size", false, Kind::Integer),
                ("x_trace_id", "x-trace-id", false, Kind::Text),
            ]
        );
        assert_eq!(operation.parameters[3].help, "a trace id");
    }

    #[test]
    fn the_extension_renames_a_flag_or_makes_a_query_parameter_positional() {
        let (operations, problems) = operations(
            r#"[{name: ref, in: query, x-pspkit-cli: {positional: true}, schema: {type: string}},
                {name: thing_ref, in: query, x-pspkit-cli: {flag: by-ref}, schema: {type: string}}]"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let parameters = &operations[0].parameters;
        assert!(parameters[0].positional && parameters[0].arg == "ref");
        assert!(!parameters[1].positional && parameters[1].arg == "by-ref");
        assert_eq!(operations[0].one_of, ["ref", "by-ref"], "the group names the arguments");
    }

    #[test]
    fn example_arguments_name_what_a_call_needs_by_the_specs_names() {
        let (operations, problems) = operations(
            r#"[{name: thing_id, in: path, required: true, example: t_1, schema: {type: string}},
                {name: ref, in: query, example: r_1, schema: {type: string}},
                {name: thing_ref, in: query, example: tr_1, schema: {type: string}},
                {name: options.full, in: query, required: true, schema: {type: boolean}},
                {name: X-Trace, in: header, example: x, schema: {type: string}}]"#,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let arguments = operations[0].example_arguments();
        let pairs: Vec<(&str, &str)> = arguments.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect();
        // Required ones and the first of the require-one-of group; not the optional header.
        assert_eq!(pairs, [("thing_id", "t_1"), ("ref", "r_1"), ("options.full", "true")]);
    }

    #[test]
    fn a_flag_the_cli_already_has_is_a_problem_naming_the_fix() {
        let (_, problems) = operations(r#"[{name: version, in: header, schema: {type: string}}]"#);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("`--version` is the CLI's own"), "{problems:?}");
        assert!(problems[0].contains("#/paths/~1things~1{thing_id}/get/parameters/0"), "{problems:?}");
    }
}
