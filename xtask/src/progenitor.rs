//! Runs progenitor with pspkit's settings.

use anyhow::Context as _;
use progenitor_impl::{CrateVers, GenerationSettings, Generator, HooksMode, InterfaceStyle, TypeImpl};
use quote::quote;
use schemars::schema::{InstanceType, SchemaObject};

use crate::postprocess;
use crate::spec::Spec;

/// progenitor's output for one spec, post-processed, plus what the generated crate must depend on.
pub struct Output {
    /// `src/generated.rs`, formatted by prettyplease.
    pub code: String,
    /// `src/mock.rs`: progenitor's httpmock helpers, formatted by prettyplease.
    pub mock: String,
    /// Optional dependencies the generated types use.
    pub uses: Uses,
}

/// Optional dependencies of generated code.
#[derive(Debug, Clone, Copy, Default)]
pub struct Uses {
    pub chrono: bool,
    pub uuid: bool,
    pub regress: bool,
    pub futures: bool,
    pub serde_json: bool,
}

fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_inner_type(quote!(pspkit_runtime::Context))
        .with_hooks(HooksMode::Expected)
        .with_derive("schemars::JsonSchema")
        .with_map_type("::std::collections::BTreeMap")
        .with_crate("pspkit-runtime", CrateVers::parse("0.1.0").expect("a literal version parses"), None)
        .with_conversion(
            date_time(),
            "::pspkit_runtime::types::Timestamp",
            [TypeImpl::FromStr, TypeImpl::Display].into_iter(),
        );
    settings
}

/// `{type: string, format: date-time}`: decoded by the runtime's lenient `Timestamp`, which also
/// accepts offsets without a colon (`+0000`) that chrono's RFC 3339 parser rejects.
fn date_time() -> SchemaObject {
    SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        format: Some("date-time".to_owned()),
        ..Default::default()
    }
}

/// Generates the client code for `spec`.
pub fn generate(spec: &Spec) -> anyhow::Result<Output> {
    let mut generator = Generator::new(&settings());
    let tokens = generator
        .generate_tokens(&spec.openapi)
        .map_err(|error| anyhow::anyhow!("{error}"))
        .with_context(|| format!("progenitor could not generate {}", spec.file))?;
    let space = generator.get_type_space();
    let uses = Uses {
        chrono: space.uses_chrono(),
        uuid: space.uses_uuid(),
        regress: space.uses_regress(),
        futures: generator.uses_futures(),
        // typify's `uses_serde_json()` over-reports (Juspay's code names no serde_json item);
        // the emitted code is checked below instead.
        serde_json: false,
    };
    let mut file: syn::File =
        syn::parse2(tokens).with_context(|| format!("progenitor's output for {} does not parse", spec.file))?;
    postprocess::apply(&mut file, &spec.model)?;
    crate::lenient::apply(&mut file, &spec.lenient).with_context(|| format!("{}: tolerant decoding", spec.file))?;
    let mock = Generator::new(&settings())
        .httpmock(&spec.openapi, "crate")
        .map_err(|error| anyhow::anyhow!("{error}"))
        .with_context(|| format!("progenitor could not generate mocks for {}", spec.file))?;
    let mut mock: syn::File =
        syn::parse2(mock).with_context(|| format!("progenitor's mocks for {} do not parse", spec.file))?;
    postprocess::apply_to_mock(&mut mock)?;
    let code = prettyplease::unparse(&file);
    let uses = Uses { serde_json: code.contains("serde_json::"), ..uses };
    Ok(Output { code, mock: prettyplease::unparse(&mock), uses })
}
