//! Renders every file of a generated crate.

use anyhow::Context as _;
use serde_json::Value;

use crate::emit::client;
use crate::emit::file::File;
use crate::model::Spec;
use crate::progenitor::{self, Uses};
use crate::surface::exports::{CrateSyntax, exports};
use crate::surface::value::Surface;

/// A generated crate: its files and its public surface (which one of the files lists).
pub struct RenderedCrate {
    /// Every file, the surface listing's snapshot among them.
    pub files: Vec<File>,
    /// The public surface, as the versioning compares it.
    pub surface: Surface,
}

/// The crate generated from `spec`, whose progenitor output is `generated`
/// ([`progenitor::generate`], run once per spec: a version bump renders again from it).
pub fn render(spec: &Spec, generated: &progenitor::Output) -> anyhow::Result<RenderedCrate> {
    let examples = &spec.examples;
    let examples_module: syn::File =
        syn::parse2(crate::emit::examples::module(examples)).context("the emitted examples module does not parse")?;
    let schemas: syn::File = syn::parse2(crate::emit::schemas::module(&spec.lenient))
        .context("the emitted schemas module does not parse")?;
    let client = client::client_module(&spec.model);
    let webhooks: Option<syn::File> = crate::emit::webhooks::module(&spec.model)
        .map(|module| syn::parse2(module).context("the emitted webhooks module does not parse"))
        .transpose()?;
    let client: syn::File = syn::parse2(client).context("the emitted client module does not parse")?;
    let dir = format!("crates/providers/{}", spec.provider);
    let header = format!("generated from {} by cargo xtask codegen; do not edit", spec.file);
    let lib = lib_rs(spec, &header, examples);
    let lib_syntax: syn::File = syn::parse_str(&lib).context("the emitted lib.rs does not parse")?;
    let mock: syn::File = syn::parse_str(&generated.mock).context("progenitor's mock module does not parse")?;
    let krate = CrateSyntax {
        root: &lib_syntax,
        files: [
            ("client", &client),
            ("examples", &examples_module),
            ("generated", &generated.file),
            ("mock", &mock),
            ("schemas", &schemas),
        ]
        .into_iter()
        .chain(webhooks.as_ref().map(|module| ("webhooks", module)))
        .collect(),
    };
    let surface = crate::surface::listing::listing(&spec.model, &generated.file, &exports(&krate), &spec.assumed);
    let plain = generated.plain.as_ref().map(|code| File {
        path: format!("tests/benches/plain/{}.rs", spec.provider),
        contents: format!(
            "// {header}\n\
             //! The client progenitor generates from `{file}` with its default settings, unchanged: the\n\
             //! peer the benchmarks measure pspkit's generated client against.\n\
             #![allow(clippy::all, clippy::pedantic, dead_code, missing_docs, unused_imports, unreachable_pub)]\n\n{code}",
            file = spec.file
        ),
    });
    let mut files = vec![
        File { path: format!("{dir}/Cargo.toml"), contents: manifest(spec, generated.uses, &header) },
        File { path: format!("{dir}/README.md"), contents: readme(spec, &header) },
        File { path: format!("{dir}/CHANGELOG.md"), contents: spec.release.changelog.clone() },
        File { path: format!("{dir}/src/lib.rs"), contents: lib },
        File { path: format!("{dir}/src/client.rs"), contents: rust_file(&header, &prettyplease::unparse(&client)) },
        File { path: format!("{dir}/src/generated.rs"), contents: rust_file(&header, &generated.code) },
        File {
            path: format!("{dir}/src/examples.rs"),
            contents: rust_file(&header, &prettyplease::unparse(&examples_module)),
        },
        File { path: format!("{dir}/src/mock.rs"), contents: rust_file(&header, &generated.mock) },
        File { path: format!("{dir}/src/schemas.rs"), contents: rust_file(&header, &prettyplease::unparse(&schemas)) },
        File { path: format!("{dir}/openapi.yaml"), contents: effective_document(spec, &header)? },
        File {
            path: crate::surface::listing::snapshot_path(&spec.provider),
            contents: crate::surface::listing::snapshot(&header, &surface),
        },
    ];
    files.extend(plain);
    files.extend(webhooks.map(|module| File {
        path: format!("{dir}/src/webhooks.rs"),
        contents: rust_file(&header, &prettyplease::unparse(&module)),
    }));
    Ok(RenderedCrate { files, surface })
}

/// The document the crate was generated from, as pspkit read it (for an overlay: the published
/// document with the overlay applied, OpenAPI 3.1 converted and every default filled in), which
/// the spec-driven tests read and a merchant can read beside the crate.
fn effective_document(spec: &Spec, header: &str) -> anyhow::Result<String> {
    let yaml = yaml_serde::to_string(&spec.effective).context("the effective document as YAML")?;
    Ok(format!(
        "# {header}
# The OpenAPI document this crate was generated from, as pspkit read it ({}).
{yaml}",
        if spec.assumed.is_empty() {
            "the spec as written".to_owned()
        } else {
            format!("{} defaults filled in: `cargo xtask codegen --explain` lists them", spec.assumed.len())
        }
    ))
}

fn rust_file(header: &str, code: &str) -> String {
    format!("// {header}\n\n{code}")
}

fn manifest(spec: &Spec, uses: Uses, header: &str) -> String {
    let mut dependencies = vec!["progenitor-client", "pspkit-runtime", "reqwest", "serde"];
    let optional = [
        (uses.chrono, "chrono"),
        (uses.uuid, "uuid"),
        (uses.regress, "regress"),
        (uses.futures, "futures"),
        (uses.serde_json, "serde_json"),
    ];
    for (used, name) in optional {
        if used {
            dependencies.push(name);
        }
    }
    dependencies.sort_unstable();
    let dependencies: String = dependencies.iter().map(|name| format!("{name}.workspace = true\n")).collect();
    format!(
        "# {header}\n\
         [package]\n\
         name = \"pspkit-{provider}\"\n\
         version = \"{version}\"\n\
         description = \"Typed client for the {display} API, generated from {file}.\"\n\
         edition.workspace = true\n\
         rust-version.workspace = true\n\
         license.workspace = true\n\
         readme = \"README.md\"\n\
         documentation = \"https://docs.rs/pspkit-{provider}\"\n\
         keywords = [\"payments\", \"{provider}\", \"api-client\", \"openapi\", \"pspkit\"]\n\
         categories = [\"api-bindings\", \"finance\", \"web-programming::http-client\"]\n\
         \n\
         [package.metadata.docs.rs]\n\
         all-features = true\n\
         rustdoc-args = [\"--cfg\", \"docsrs\"]\n\
         \n\
         [lib]\n\
         # Generated code holds no unit tests: `cargo test` runs the doctests without compiling the\n\
         # library a second time as a test harness.\n\
         test = false\n\
         \n\
         [dependencies]\n\
         {dependencies}\
         httpmock = {{ workspace = true, optional = true }}\n\
         regex = {{ workspace = true, optional = true }}\n\
         schemars = {{ workspace = true, optional = true }}\n\
         \n\
         [features]\n\
         default = [\"rustls\"]\n\
         # TLS through rustls with aws-lc-rs as its crypto provider. The default.\n\
         rustls = [\"pspkit-runtime/rustls\"]\n\
         # TLS through rustls with a crypto provider the application installs as the process default.\n\
         rustls-no-provider = [\"pspkit-runtime/rustls-no-provider\"]\n\
         # TLS through the platform's library (OpenSSL on Linux); takes precedence over rustls.\n\
         native-tls = [\"pspkit-runtime/native-tls\"]\n\
         # progenitor's httpmock helpers (`mock` module), for merchants' own tests.\n\
         mock = [\"dep:httpmock\", \"dep:regex\"]\n\
         # `schemars::JsonSchema` on every generated type, to export the schemas.\n\
         schemars = [\"dep:schemars\", \"pspkit-runtime/schemars\"]\n\
         \n\
         [dev-dependencies]\n\
         serde_json.workspace = true\n\
         tokio.workspace = true\n",
        provider = spec.provider,
        display = spec.model.display_name,
        file = spec.file,
        version = spec.release.version,
    )
}

fn lib_rs(spec: &Spec, header: &str, examples: &[crate::model::examples::Example]) -> String {
    let mock_example = mock_doc_example(spec, examples).unwrap_or_default();
    format!(
        "// {header}\n\
         #![doc = include_str!(\"../README.md\")]\n\
         #![warn(missing_docs)]\n\
         #![cfg_attr(docsrs, feature(doc_cfg))]\n\
         \n\
         #[rustfmt::skip]\n\
         mod client;\n\
         /// Every response example in `{file}`, for mocks and tests.\n\
         #[rustfmt::skip]\n\
         pub mod examples;\n\
         #[rustfmt::skip]\n\
         mod generated;\n\
         #[rustfmt::skip]\n\
         mod schemas;\n\
         {webhooks}\
         /// progenitor's [httpmock](https://docs.rs/httpmock) helpers, to test code that uses this client\n\
         /// (feature `mock`). `MockServerExt` adds one method per operation to `httpmock::MockServer`.\n\
         {mock_example}\
         #[cfg(feature = \"mock\")]\n\
         #[rustfmt::skip]\n\
         pub mod mock;\n\
         \n\
         pub use client::*;\n\
         pub use generated::{{Client, builder, types}};\n\
         pub use pspkit_runtime::{{Config, ConfigError, Error, Response}};\n\
         pub use schemas::RESPONSE_DECODERS;\n\
         #[cfg(feature = \"schemars\")]\n\
         pub use schemas::json_schemas;\n",
        file = spec.file,
        webhooks = if spec.model.webhooks.is_some() { "#[rustfmt::skip]\npub mod webhooks;\n" } else { "" },
    )
}

/// A doc example that serves the example call's success example through the mock helpers; `None`
/// when its success is not a 200 with an example, or when it takes a body (the example sends none).
fn mock_doc_example(spec: &Spec, examples: &[crate::model::examples::Example]) -> Option<String> {
    let model = &spec.model;
    let method = &model.example.method;
    let operation = model.operations.iter().find(|operation| operation.method == *method)?;
    if operation.body.is_some() {
        return None;
    }
    let example = examples
        .iter()
        .find(|e| e.status == 200 && crate::spec::naming::progenitor_snake(&e.operation_id) == *method)?;
    let const_name = crate::emit::examples::const_name(example);
    let success_type = success_schema(spec, &example.operation_id)?;
    let crate_name = format!("pspkit_{}", spec.provider);
    let credentials: Vec<String> =
        model.auth.iter().flat_map(|s| s.credentials()).map(|c| format!("{:?}", c.field)).collect();
    let arguments: String =
        model.example.arguments.iter().map(|(setter, value)| format!(".{setter}({})", rust_literal(value))).collect();
    let lines = [
        "```".to_owned(),
        format!("use {crate_name}::mock::MockServerExt;"),
        format!("use {crate_name}::{{Client, Credentials, examples, types}};"),
        String::new(),
        "# #[tokio::main(flavor = \"current_thread\")]".to_owned(),
        "# async fn main() {".to_owned(),
        "let server = httpmock::MockServer::start_async().await;".to_owned(),
        format!("let body: types::{success_type} = serde_json::from_str(examples::{const_name}.body).unwrap();"),
        format!("let mock = server.{method}(|_when, then| {{"),
        "    then.ok(&body);".to_owned(),
        "});".to_owned(),
        format!(
            "let client = Client::builder(Credentials::new({})).base_url(server.base_url()).build().unwrap();",
            credentials.join(", ")
        ),
        format!("let response = client.{method}(){arguments}.send().await.unwrap();"),
        "assert_eq!(serde_json::to_value(&*response).unwrap(), serde_json::to_value(&body).unwrap());".to_owned(),
        "mock.assert_async().await;".to_owned(),
        "# }".to_owned(),
        "```".to_owned(),
    ];
    Some(lines.iter().map(|line| if line.is_empty() { "///\n".to_owned() } else { format!("/// {line}\n") }).collect())
}

/// The component name of an operation's 200 response schema (from the tolerance plan's list of
/// documented response bodies).
fn success_schema(spec: &Spec, operation_id: &str) -> Option<String> {
    let mut responses = spec.lenient.responses.iter();
    responses
        .find(|(operation, status, _)| operation == operation_id && status == "200")
        .map(|(_, _, schema)| schema.clone())
}

fn readme(spec: &Spec, header: &str) -> String {
    let model = &spec.model;
    let fields: Vec<String> = model.auth.iter().flat_map(|s| s.credentials()).map(|c| c.field.clone()).collect();
    let env_list = fields
        .iter()
        .map(|field| format!("`{}`", crate::spec::naming::env_var(&spec.provider, field)))
        .collect::<Vec<_>>()
        .join(", ");
    let description = match model.description.as_deref().map(str::trim) {
        Some(description) if !description.is_empty() => format!("\n## About the spec\n\n{description}\n"),
        _ => String::new(),
    };
    format!(
        "<!-- {header} -->\n\
         # pspkit-{provider}\n\
         \n\
         Typed Rust client for the {display} API, generated from `{file}` by pspkit's `cargo xtask codegen`.\n\
         \n\
         ## Usage\n\
         \n\
         {usage}\
         \n\
         ## Environments\n\
         \n\
         {environments}\
         \n\
         ## Credentials\n\
         \n\
         `Credentials::new({field_list})` or `Credentials::from_env()` ({env_list}). Secrets are held in\n\
         `pspkit_runtime::Secret` (zeroed on drop): `Debug` output, logs and errors never show them.\n\
         \n\
         ## Testing your code\n\
         \n\
         The `examples` module holds every response example of the spec. With the `mock` feature\n\
         (`pspkit-{provider} = {{ version = \"{requirement}\", features = [\"mock\"] }}` in `[dev-dependencies]`), the\n\
         `mock` module adds one typed method per operation to `httpmock::MockServer`, so your tests can\n\
         run this client against a local server; its documentation has a complete example.\n\
         \n\
         ## Errors\n\
         \n\
         `send()` returns `pspkit_runtime::Error`: `InvalidInput` (rejected before sending, e.g. an id\n\
         that breaks the spec's pattern), `Provider` (a documented error status with its typed body),\n\
         `UnexpectedResponse` (an undocumented status, an undecodable body or one over the size cap, with\n\
         status, headers and raw body), `Transport` (connection, TLS, a broken body), `Timeout` (an\n\
         attempt or the whole call ran out of time) and `RateLimited` (HTTP 429 after the last attempt).\n\
         \n\
         ## TLS\n\
         \n\
         One of three features: `rustls` (the default: rustls with aws-lc-rs as its crypto provider),\n\
         `rustls-no-provider` (rustls with a crypto provider your application installs as the process\n\
         default before building a client; without one, `build()` returns `ConfigError::NoCryptoProvider`)\n\
         or `native-tls` (the platform's TLS library: OpenSSL on Linux), e.g.\n\
         `pspkit-{provider} = {{ version = \"{requirement}\", default-features = false, features = [\"native-tls\"] }}`.\n\
         {description}",
        usage = readme_usage(spec, &env_list),
        environments = readme_environments(spec),
        requirement = spec.release.version.requirement(),
        provider = spec.provider,
        display = model.display_name,
        file = spec.file,
        field_list = fields.join(", "),
    )
}

/// The README's usage example: a client from the environment's credentials making the example call.
fn readme_usage(spec: &Spec, env_list: &str) -> String {
    let model = &spec.model;
    let arguments: String = model
        .example
        .arguments
        .iter()
        .map(|(setter, value)| format!("\n        .{setter}({})", rust_literal(value)))
        .collect();
    let environment = match model.environments.first() {
        Some(env) => format!("\n        .environment(Environment::{})", env.variant),
        None => "\n        .base_url(std::env::var(\"{PROVIDER}_BASE_URL\")?)"
            .replace("{PROVIDER}", &spec.provider.to_uppercase()),
    };
    let imports =
        if model.environments.is_empty() { "Client, Credentials" } else { "Client, Credentials, Environment" };
    format!(
        "```rust,no_run\n\
         use pspkit_{provider}::{{{imports}}};\n\
         \n\
         #[tokio::main]\n\
         async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n\
         \x20   // Reads {env_list}.\n\
         \x20   let client = Client::builder(Credentials::from_env()?){environment}\n\
         \x20       .build()?;\n\
         \x20   let response = client\n\
         \x20       .{method}(){arguments}\n\
         \x20       .send()\n\
         \x20       .await?;\n\
         \x20   println!(\"HTTP {{}} (request id {{:?}})\", response.status(), response.request_id());\n\
         \x20   Ok(())\n\
         }}\n\
         ```\n",
        provider = spec.provider,
        method = model.example.method,
    )
}

/// The README's list of environments, or why there is none.
fn readme_environments(spec: &Spec) -> String {
    if spec.model.environments.is_empty() {
        return "This provider documents no public host: the base URL is required (`ClientBuilder::base_url`).\n"
            .to_owned();
    }
    spec.model
        .environments
        .iter()
        .map(|env| format!("- `Environment::{}`: `{}`. {}\n", env.variant, env.url, env.description.trim()))
        .collect()
}

/// A Rust literal for a parameter example.
fn rust_literal(value: &Value) -> String {
    match value {
        Value::String(text) => format!("{text:?}"),
        other => other.to_string(),
    }
}
