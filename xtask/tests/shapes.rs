//! Every shape of issue "Any spec a PSP publishes" generates: `tests/new_provider/shapes.yaml`
//! holds each as its own operation or property, and its crate, the facade and the CLI's commands
//! render with the emitted code each shape needs. (`tests/new_provider.rs` then compiles them in a
//! clone of the workspace and runs every operation through the CLI in mock mode.)

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shapes spec's crate files, and the facade and CLI files rendered with it beside the real specs.
fn render() -> (String, String, String) {
    let path = root().join("xtask/tests/new_provider/shapes.yaml");
    let document = xtask::model::read_document(&path, "shapes.yaml").unwrap();
    let spec = xtask::model::parse("shapes".to_owned(), "specs/shapes.yaml".to_owned(), document)
        .unwrap_or_else(|error| panic!("{error:#}"));
    let generated = xtask::progenitor::generate(&spec).unwrap_or_else(|error| panic!("{error:#}"));
    let files = xtask::emit::provider_crate::render(&spec, &generated).unwrap_or_else(|error| panic!("{error:#}"));
    let file = |suffix: &str| files.iter().find(|f| f.path.ends_with(suffix)).unwrap().contents.clone();
    let crate_code = format!("{}{}{}", file("src/generated.rs"), file("src/client.rs"), file("src/examples.rs"));
    let mut specs: Vec<xtask::model::Spec> = xtask::model::discover(&root(), &[])
        .unwrap()
        .iter()
        .map(|path| xtask::model::load(&root(), path).unwrap())
        .collect();
    specs.push(spec);
    let outputs: Vec<_> = specs.iter().map(|spec| xtask::progenitor::generate(spec).unwrap()).collect();
    let facade = xtask::emit::facade::render(&specs, &outputs).unwrap().into_iter().map(|f| f.contents).collect();
    let cli = xtask::emit::cli_commands::render(&specs, &outputs).unwrap().contents;
    (crate_code, facade, cli)
}

#[test]
fn every_shape_generates_the_code_it_needs() {
    let (code, facade, cli) = render();
    let squeezed = |text: &str| text.split_whitespace().collect::<String>();
    let (code, facade, cli) = (squeezed(&code), squeezed(&facade), squeezed(&cli));
    let rows = [
        ("a JSON request body", code.contains("request=request.json(&body);")),
        ("a form-encoded request body", code.contains("request=request.form(&body,&[]);")),
        ("a body sent exactly as written (required stays required)", code.contains("pubname:::std::string::String,")),
        ("a 204 without a body", code.contains("::pspkit_runtime::Response<()>")),
        ("a bounded integer query", cli.contains("parse::<::std::num::NonZeroU64>()")),
        ("an unsigned integer query", cli.contains("parse::<u64>()")),
        ("an array query, repeated", cli.contains("ArgAction::Append") && facade.contains("expand.push(")),
        ("an array query, sent exploded", code.contains("QueryParam::new(\"expand[]\",&expand)")),
        ("an inline allOf property", code.contains("pubaddress:")),
        (
            "an inline allOf of a component and more properties",
            code.contains("pubstructThingPlace{") && code.contains("publandmark:"),
        ),
        (
            "a default beside a documented error, each example once",
            code.contains("pubconstLIST_THINGS_400_EXAMPLE:")
                && code.contains("pubconstLIST_THINGS_500_DEFAULT_EXAMPLE:"),
        ),
        ("an integer enum (edition 2024)", code.contains("r#gen") && !code.contains("(gen:")),
        ("a default error response", code.contains("_=>::pspkit_runtime::StatusClass::Error")),
        ("path-level parameters", code.contains("\"/things/{id}\"") && code.matches("id.path_segment()").count() == 2),
        ("a body in the CLI", cli.contains("run::body::<")),
        ("an idempotency key for safe writes", code.contains("idempotency_key:Some(\"idempotency-key\")")),
        ("a list paged by offset", code.contains("self.clone().skip(offset)")),
        ("a list paged by cursor", code.contains("self.clone().starting_after(cursor)")),
        (
            "a list paged by next link",
            code.contains("paging::follow(current.url(),&link") && code.contains("asyncfnsend_at("),
        ),
        ("--all for a paged list", cli.contains("run::all::<") && cli.contains("Arg::new(\"all\")")),
        ("an inline request body schema", code.contains("pubstructCreateThingFormBody")),
        (
            "the body's example in the example call",
            facade.contains(r#"("body","{\"name\":\"Lamp\",\"kind\":\"small\"}")"#),
        ),
        ("a body in the facade", facade.contains("call.body(crate::call::body::<")),
    ];
    let missing: Vec<&str> = rows.iter().filter(|(_, found)| !found).map(|(row, _)| *row).collect();
    assert!(missing.is_empty(), "shapes without the code they need: {missing:?}");
}
