//! Every shape of issue "Any spec a PSP publishes" generates: `tests/new_provider/shapes.yaml`
//! holds each as its own operation or property, and its crate, the facade and the CLI's commands
//! render with the emitted code each shape needs. (`tests/new_provider.rs` then compiles them in a
//! clone of the workspace and runs every operation through the CLI in mock mode.)

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The syntax of generated files: every expression, type, match arm, field value, identifier,
/// item name and string literal, each as its tokens print (so two nodes are equal when their
/// syntax trees are, whatever the formatting).
#[derive(Default)]
struct Syntax {
    exprs: Vec<String>,
    types: Vec<String>,
    arms: Vec<String>,
    field_values: Vec<String>,
    idents: Vec<String>,
    items: Vec<String>,
    /// `(struct, field, field type)`.
    fields: Vec<(String, String, String)>,
    /// `(method, turbofish)` of every method call with a turbofish.
    turbofish: Vec<(String, String)>,
    /// `(receiver, method)` of every method call.
    calls: Vec<(String, String)>,
}

fn tokens(node: &impl quote::ToTokens) -> String {
    quote::ToTokens::to_token_stream(node).to_string()
}

impl<'ast> syn::visit::Visit<'ast> for Syntax {
    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        self.exprs.push(tokens(expr));
        syn::visit::visit_expr(self, expr);
    }
    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        self.calls.push((tokens(&call.receiver), call.method.to_string()));
        if let Some(turbofish) = &call.turbofish {
            self.turbofish.push((call.method.to_string(), tokens(&turbofish.args)));
        }
        syn::visit::visit_expr_method_call(self, call);
    }
    fn visit_type(&mut self, ty: &'ast syn::Type) {
        self.types.push(tokens(ty));
        syn::visit::visit_type(self, ty);
    }
    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        self.arms.push(tokens(arm).trim_end_matches(',').trim().to_owned());
        syn::visit::visit_arm(self, arm);
    }
    fn visit_field_value(&mut self, field: &'ast syn::FieldValue) {
        self.field_values.push(tokens(field));
        syn::visit::visit_field_value(self, field);
    }
    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        self.idents.push(ident.to_string());
    }
    fn visit_item_struct(&mut self, item: &'ast syn::ItemStruct) {
        self.items.push(format!("struct {}", item.ident));
        for field in &item.fields {
            let name = field.ident.as_ref().map(ToString::to_string).unwrap_or_default();
            self.fields.push((item.ident.to_string(), name, tokens(&field.ty)));
        }
        syn::visit::visit_item_struct(self, item);
    }
    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        self.items.push(format!("const {}", item.ident));
        syn::visit::visit_item_const(self, item);
    }
    fn visit_impl_item_fn(&mut self, function: &'ast syn::ImplItemFn) {
        let asyncness = if function.sig.asyncness.is_some() { "async " } else { "" };
        self.items.push(format!("{asyncness}fn {}", function.sig.ident));
        syn::visit::visit_impl_item_fn(self, function);
    }
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // Emitted code inside macros (quote-like bodies) is read as the expressions it holds.
        if let Ok(args) =
            mac.parse_body_with(syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        {
            args.iter().for_each(|expr| self.visit_expr(expr));
        }
    }
}

impl Syntax {
    fn of(files: &[String]) -> Syntax {
        let mut syntax = Syntax::default();
        for file in files {
            let file = syn::parse_file(file).unwrap_or_else(|error| panic!("a generated file parses: {error}"));
            syn::visit::Visit::visit_file(&mut syntax, &file);
        }
        syntax
    }

    /// Whether an expression equal to `pattern` occurs.
    fn expr(&self, pattern: &str) -> bool {
        self.count(pattern) > 0
    }

    /// How many expressions equal `pattern`.
    fn count(&self, pattern: &str) -> usize {
        let pattern = tokens(&syn::parse_str::<syn::Expr>(pattern).expect("a pattern expression"));
        self.exprs.iter().filter(|expr| **expr == pattern).count()
    }

    fn ty(&self, pattern: &str) -> bool {
        let pattern = tokens(&syn::parse_str::<syn::Type>(pattern).expect("a pattern type"));
        self.types.contains(&pattern)
    }

    fn arm(&self, pattern: &str) -> bool {
        let pattern = tokens(&syn::parse_str::<syn::Arm>(pattern).expect("a pattern arm"));
        self.arms.contains(&pattern.trim_end_matches(',').trim().to_owned())
    }

    fn field_value(&self, pattern: &str) -> bool {
        let pattern = tokens(&syn::parse_str::<syn::FieldValue>(pattern).expect("a pattern field value"));
        self.field_values.contains(&pattern)
    }

    fn item(&self, item: &str) -> bool {
        self.items.iter().any(|found| found == item)
    }

    fn field(&self, item: &str, field: &str, ty: Option<&str>) -> bool {
        let ty = ty.map(|ty| tokens(&syn::parse_str::<syn::Type>(ty).expect("a pattern type")));
        self.fields.iter().any(|(s, f, t)| s == item && f == field && ty.as_ref().is_none_or(|ty| ty == t))
    }

    fn turbofish(&self, method: &str, ty: &str) -> bool {
        let ty = tokens(&syn::parse_str::<syn::Type>(ty).expect("a pattern type"));
        self.turbofish.iter().any(|(m, t)| m == method && *t == ty)
    }

    fn call(&self, receiver: &str, method: &str) -> bool {
        self.calls.iter().any(|(r, m)| r == receiver && m == method)
    }

    fn ident(&self, ident: &str) -> bool {
        self.idents.iter().any(|found| found == ident)
    }

    /// Whether a path expression ends with `segments` (a call's function, a generic function).
    fn path_ending(&self, segments: &[&str]) -> bool {
        self.exprs.iter().any(|expr| {
            let Ok(syn::Expr::Path(path)) = syn::parse_str::<syn::Expr>(expr) else { return false };
            let names: Vec<String> = path.path.segments.iter().map(|segment| segment.ident.to_string()).collect();
            names.ends_with(&segments.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
        })
    }
}

/// The shapes spec's crate files, and the facade and CLI files rendered with it beside the real specs.
fn render() -> (Syntax, Syntax, Syntax) {
    let path = root().join("xtask/tests/new_provider/shapes.yaml");
    let document = xtask::model::read_document(&path, "shapes.yaml").unwrap();
    let spec = xtask::model::parse("shapes".to_owned(), "specs/shapes.yaml".to_owned(), document)
        .unwrap_or_else(|error| panic!("{error:#}"));
    let generated = xtask::progenitor::generate(&spec).unwrap_or_else(|error| panic!("{error:#}"));
    let files =
        xtask::emit::provider_crate::render(&spec, &generated).unwrap_or_else(|error| panic!("{error:#}")).files;
    let file = |suffix: &str| files.iter().find(|f| f.path.ends_with(suffix)).unwrap().contents.clone();
    let crate_code = Syntax::of(&[file("src/generated.rs"), file("src/client.rs"), file("src/examples.rs")]);
    let mut specs: Vec<xtask::model::Spec> = xtask::model::discover(&root(), &[])
        .unwrap()
        .iter()
        .map(|path| xtask::model::load(&root(), path).unwrap())
        .collect();
    specs.push(spec);
    let outputs: Vec<_> = specs.iter().map(|spec| xtask::progenitor::generate(spec).unwrap()).collect();
    let facade: Vec<String> =
        xtask::emit::facade::render(&specs, &outputs).unwrap().into_iter().map(|f| f.contents).collect();
    let facade = Syntax::of(&facade[1..]);
    let cli = Syntax::of(&[xtask::emit::cli_commands::render(&specs, &outputs).unwrap().contents]);
    (crate_code, facade, cli)
}

#[test]
fn every_shape_generates_the_code_it_needs() {
    let (code, facade, cli) = render();
    let rows = [
        ("a JSON request body", code.expr("request = request.json(&body)")),
        ("a form-encoded request body", code.expr("request = request.form(&body, &[])")),
        (
            "a body sent exactly as written (required stays required)",
            code.field("ThingCreate", "name", Some("::std::string::String")),
        ),
        ("a 204 without a body", code.ty("::pspkit_runtime::Response<()>")),
        ("a bounded integer query", cli.turbofish("parse", "::std::num::NonZeroU64")),
        ("an unsigned integer query", cli.turbofish("parse", "u64")),
        ("an array query, repeated", cli.ident("Append") && facade.call("expand", "push")),
        ("an array query, sent exploded", code.expr("progenitor_client::QueryParam::new(\"expand[]\", &expand)")),
        ("an inline allOf property", code.field("Thing", "address", None)),
        ("an inline allOf of a component and more properties", code.field("ThingPlace", "landmark", None)),
        (
            "a default beside a documented error, each example once",
            code.item("const LIST_THINGS_400_EXAMPLE") && code.item("const LIST_THINGS_500_DEFAULT_EXAMPLE"),
        ),
        ("an integer enum (edition 2024)", code.ident("r#gen") && !code.ident("gen")),
        ("a default error response", code.arm("_ => ::pspkit_runtime::StatusClass::Error,")),
        ("path-level parameters", code.expr("\"/things/{id}\"") && code.count("id.path_segment()") == 2),
        ("a body in the CLI", cli.path_ending(&["run", "body"])),
        ("an idempotency key for safe writes", code.field_value("idempotency_key: Some(\"idempotency-key\")")),
        ("a list paged by offset", code.expr("self.clone().skip(offset)")),
        ("a list paged by cursor", code.expr("self.clone().starting_after(cursor)")),
        ("a list paged by next link", code.path_ending(&["paging", "follow"]) && code.item("async fn send_at")),
        ("--all for a paged list", cli.path_ending(&["run", "all"]) && cli.expr("Arg::new(\"all\")")),
        ("an inline request body schema", code.item("struct CreateThingFormBody")),
        (
            "the body's example in the example call",
            facade.expr(r#"("body", "{\"name\":\"Lamp\",\"kind\":\"small\"}")"#),
        ),
        ("a body in the facade", facade.call("call", "body") && facade.path_ending(&["call", "body"])),
    ];
    let missing: Vec<&str> = rows.iter().filter(|(_, found)| !found).map(|(row, _)| *row).collect();
    assert!(missing.is_empty(), "shapes without the code they need: {missing:?}");
}
