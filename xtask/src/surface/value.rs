//! A generated crate's public surface as a value: [`Surface`]. The listing module builds it from the
//! model and the post-processed syntax tree; its `Display` is the listing reviewers read
//! (`tests/surface/<provider>.snap`); [`Surface::parse`] reads a committed listing back into the
//! same value (the two are inverses, checked on every committed listing), so the versioning
//! (`versioning`) and the rustdoc check ([`Surface::listed_items`]) compare
//! values, field by field, and never split a listing's text themselves.

use std::collections::BTreeSet;
use std::fmt;

/// Every public fact of a generated crate that merchants' code can depend on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Surface {
    /// A published document's assumed defaults, one line each: read by reviewers, not versioned.
    pub assumed: Vec<String>,
    /// The named environments.
    pub environments: Vec<Environment>,
    /// Each credential field with its environment variable: `token (PAISR_TOKEN)`.
    pub credentials: Vec<String>,
    /// How each auth scheme sends the credentials: `Bearer(token: token)`.
    pub auth: Vec<String>,
    /// The response headers read as the request id, lower case.
    pub request_id_headers: Vec<String>,
    /// The client-side rate limit, in words (`none`, `250 requests per 60 s`).
    pub rate_limit: String,
    /// The operations, in document order.
    pub operations: Vec<OperationSurface>,
    /// The `types` module's structs and enums, in progenitor's order.
    pub types: Vec<TypeSurface>,
    /// Every other public item; `None` for a listing written before it had an `items` section.
    pub items: Option<Vec<ItemSurface>>,
}

/// One `Environment` variant and its base URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Environment {
    /// The variant, e.g. `Live`.
    pub variant: String,
    /// Its base URL.
    pub url: String,
}

/// One operation: its builder's parameters, what `send` returns and how it reads statuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperationSurface {
    /// The builder's name, e.g. `GetCustomer`.
    pub name: String,
    /// `GET /customers/{customer_id}`.
    pub route: String,
    /// The builder's parameters, in its field order.
    pub params: Vec<Param>,
    /// The type `send` returns.
    pub returns: Option<String>,
    /// Success statuses, in order (`200`, `400..=499`).
    pub success: Vec<String>,
    /// Error statuses, in order; `_` when `default` is documented.
    pub error: Vec<String>,
    /// What every other status is, when not an error (`_ => unexpected`).
    pub otherwise: Vec<String>,
}

/// One builder parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// The setter's name.
    pub name: String,
    /// Its Rust type.
    pub ty: String,
    /// Whether `send` fails without it.
    pub required: bool,
}

/// What a `types` item is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// A struct with named fields (its members).
    Struct,
    /// An enum (its members are the variants).
    Enum,
    /// A one-field tuple struct, with the regex its `FromStr` checks.
    Newtype { inner: String, pattern: Option<String> },
    /// A unit struct.
    Unit,
}

/// One struct or enum of the `types` module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeSurface {
    /// What it is.
    pub kind: TypeKind,
    /// Its name.
    pub name: String,
    /// `#[non_exhaustive]`: merchants may neither build it nor match it exhaustively.
    pub growable: bool,
    /// Its wire-relevant serde arguments, as listed (`  [serde tag = "type"]`), or empty.
    pub serde: String,
    /// Its named fields or its variants, in order.
    pub members: Vec<Member>,
}

/// A field (`name: T  [serde …]`) or a variant (`Name(T)  [serde …]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// The field's or variant's name.
    pub name: String,
    /// The rest of its line: a field's type, a variant's fields, each with its serde note.
    pub detail: String,
}

/// Any other public item: `fn Client::builder(credentials: Credentials) -> ClientBuilder`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ItemSurface {
    /// `fn`, `struct`, `impls`, `use`, …
    pub kind: String,
    /// Its path in the crate.
    pub path: String,
    /// Its signature, type or traits, as it continues the path.
    pub detail: String,
}

impl TypeSurface {
    /// Whether the type's members are variants.
    pub fn is_enum(&self) -> bool {
        self.kind == TypeKind::Enum
    }

    /// The heading's words after the name: `struct (non_exhaustive)`, `newtype(String) pattern "…"`.
    pub fn detail(&self) -> String {
        let growable = if self.growable { " (non_exhaustive)" } else { "" };
        match &self.kind {
            TypeKind::Struct => format!("struct{growable}{}", self.serde),
            TypeKind::Enum => format!("enum{growable}{}", self.serde),
            TypeKind::Newtype { inner, pattern } => {
                let pattern = pattern.as_ref().map(|pattern| format!(" pattern {pattern:?}")).unwrap_or_default();
                format!("newtype({inner}){pattern}")
            }
            TypeKind::Unit => "unit".to_owned(),
        }
    }
}

impl ItemSurface {
    /// `kind path`, how the rustdoc check names the item (an `impls` line whole).
    pub fn named(&self) -> String {
        if self.kind == "impls" { self.to_string() } else { format!("{} {}", self.kind, self.path) }
    }
}

impl fmt::Display for ItemSurface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}{}", self.kind, self.path, self.detail)
    }
}

impl fmt::Display for Surface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.assumed.is_empty() {
            writeln!(
                f,
                "# assumed: {} defaults (specs/README.md, \"A provider's published document\")",
                self.assumed.len()
            )?;
            for assumption in &self.assumed {
                writeln!(f, "# {assumption}")?;
            }
        }
        writeln!(f, "environments:")?;
        if self.environments.is_empty() {
            writeln!(f, "  (none: base URL required)")?;
        }
        for environment in &self.environments {
            writeln!(f, "  Environment::{} = {:?}", environment.variant, environment.url)?;
        }
        writeln!(f, "credentials: {}", self.credentials.join(", "))?;
        writeln!(f, "auth:")?;
        for step in &self.auth {
            writeln!(f, "  {step}")?;
        }
        writeln!(f, "request id headers: {:?}", self.request_id_headers)?;
        writeln!(f, "rate limit: {}", self.rate_limit)?;
        writeln!(f, "operations:")?;
        for operation in &self.operations {
            write_operation(f, operation)?;
        }
        writeln!(f, "types:")?;
        for ty in &self.types {
            write_type(f, ty)?;
        }
        if let Some(items) = &self.items {
            writeln!(f, "items:")?;
            for item in items {
                writeln!(f, "  {item}")?;
            }
        }
        Ok(())
    }
}

fn write_operation(f: &mut fmt::Formatter<'_>, operation: &OperationSurface) -> fmt::Result {
    writeln!(f, "  {}: {}", operation.name, operation.route)?;
    for param in &operation.params {
        let requirement = if param.required { "required" } else { "optional" };
        writeln!(f, "    param {}: {} ({requirement})", param.name, param.ty)?;
    }
    if let Some(returns) = &operation.returns {
        writeln!(f, "    returns {returns}")?;
    }
    for (kind, statuses) in
        [("success", &operation.success), ("error", &operation.error), ("otherwise", &operation.otherwise)]
    {
        if !statuses.is_empty() {
            writeln!(f, "    {kind}: {}", statuses.join(", "))?;
        }
    }
    Ok(())
}

fn write_type(f: &mut fmt::Formatter<'_>, ty: &TypeSurface) -> fmt::Result {
    let detail = ty.detail();
    let (kind, rest) = detail.split_at(detail.find(['(', ' ']).unwrap_or(detail.len()));
    // A newtype's `(inner)` follows its name directly; the other kinds' notes after a space.
    writeln!(f, "  {kind} {}{rest}", ty.name)?;
    for member in &ty.members {
        match ty.is_enum() {
            true => writeln!(f, "    {}{}", member.name, member.detail)?,
            false => writeln!(f, "    {}: {}", member.name, member.detail)?,
        }
    }
    Ok(())
}

/// A listing line [`Surface::parse`] could not read, with its 1-based line number.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    /// The line's number in the listing.
    pub line: usize,
    /// What was expected there.
    pub expected: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "surface listing line {}: expected {}", self.line, self.expected)
    }
}

impl std::error::Error for ParseError {}

impl Surface {
    /// Reads a listing [`Display`](fmt::Display) wrote (an older listing may lack sections: they
    /// read as empty, and a missing `items` section as `None`).
    pub fn parse(listing: &str) -> Result<Surface, ParseError> {
        let mut surface = Surface { rate_limit: "none".to_owned(), ..Surface::default() };
        let mut section = "";
        // `# assumed: N defaults …` heads the assumptions (Display writes it from their count);
        // the comment lines after it are the assumptions, any other comment is not read.
        let mut in_assumed = false;
        for (index, line) in listing.lines().enumerate() {
            let error = |expected| ParseError { line: index + 1, expected };
            if let Some(comment) = line.strip_prefix('#') {
                match comment.strip_prefix(' ') {
                    Some(heading) if heading.starts_with("assumed: ") && !in_assumed => in_assumed = true,
                    Some(assumption) if in_assumed => surface.assumed.push(assumption.to_owned()),
                    _ => {}
                }
                continue;
            }
            in_assumed = false;
            if line.trim().is_empty() {
                continue;
            }
            let depth = line.len() - line.trim_start().len();
            let text = line.trim();
            if depth == 0 {
                let (name, rest) = text.split_once(':').ok_or(error("`section:`"))?;
                section = match name {
                    "environments" | "auth" | "operations" | "types" => name,
                    "items" => {
                        surface.items = Some(Vec::new());
                        name
                    }
                    "credentials" => {
                        surface.credentials = list(rest.trim(), ", ");
                        continue;
                    }
                    "request id headers" => {
                        surface.request_id_headers = parse_strings(rest.trim()).ok_or(error("a list of strings"))?;
                        continue;
                    }
                    "rate limit" => {
                        surface.rate_limit = rest.trim().to_owned();
                        continue;
                    }
                    _ => return Err(error("a known section")),
                };
                continue;
            }
            surface.read_line(section, depth, text).ok_or(error("a line of this section"))?;
        }
        Ok(surface)
    }

    /// Reads one indented line of `section`; `None` when it is not one.
    fn read_line(&mut self, section: &str, depth: usize, text: &str) -> Option<()> {
        match (section, depth) {
            ("environments", 2) => {
                if text != "(none: base URL required)" {
                    let (variant, url) = text.strip_prefix("Environment::")?.split_once(" = ")?;
                    self.environments.push(Environment { variant: variant.to_owned(), url: parse_string(url)? });
                }
            }
            ("auth", 2) => self.auth.push(text.to_owned()),
            ("operations", 2) => {
                let (name, route) = text.split_once(": ")?;
                self.operations.push(OperationSurface {
                    name: name.to_owned(),
                    route: route.to_owned(),
                    params: Vec::new(),
                    returns: None,
                    success: Vec::new(),
                    error: Vec::new(),
                    otherwise: Vec::new(),
                });
            }
            ("operations", _) => read_operation_line(self.operations.last_mut()?, text)?,
            ("types", 2) => self.types.push(parse_type_heading(text)?),
            ("types", _) => {
                let ty = self.types.last_mut()?;
                let member = if ty.is_enum() {
                    let end = text.find(['(', ' ']).unwrap_or(text.len());
                    Member { name: text[..end].to_owned(), detail: text[end..].to_owned() }
                } else {
                    let (name, detail) = text.split_once(": ")?;
                    Member { name: name.to_owned(), detail: detail.to_owned() }
                };
                ty.members.push(member);
            }
            ("items", 2) => {
                let (kind, rest) = text.split_once(' ').unwrap_or((text, ""));
                let end = path_end(rest);
                let item =
                    ItemSurface { kind: kind.to_owned(), path: rest[..end].to_owned(), detail: rest[end..].to_owned() };
                self.items.get_or_insert_with(Vec::new).push(item);
            }
            _ => return None,
        }
        Some(())
    }

    /// What the listing names, as the rustdoc check compares it: `<kind> <path>` for every item of
    /// the `types` and `items` sections (a newtype or unit struct is a `struct`, a field or variant
    /// its own item), each `impls` line whole.
    pub fn listed_items(&self) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for ty in &self.types {
            let kind = if ty.is_enum() { "enum" } else { "struct" };
            found.insert(format!("{kind} types::{}", ty.name));
            let member = if ty.is_enum() { "variant" } else { "field" };
            for each in &ty.members {
                found.insert(format!("{member} types::{}::{}", ty.name, each.name));
            }
        }
        found.extend(self.items.iter().flatten().map(ItemSurface::named));
        found
    }
}

fn read_operation_line(operation: &mut OperationSurface, text: &str) -> Option<()> {
    if let Some(rest) = text.strip_prefix("param ") {
        let (name, rest) = rest.split_once(": ")?;
        let (ty, required) = match (rest.strip_suffix(" (required)"), rest.strip_suffix(" (optional)")) {
            (Some(ty), _) => (ty, true),
            (None, Some(ty)) => (ty, false),
            (None, None) => return None,
        };
        operation.params.push(Param { name: name.to_owned(), ty: ty.to_owned(), required });
    } else if let Some(rest) = text.strip_prefix("returns ") {
        operation.returns = Some(rest.to_owned());
    } else {
        let (kind, rest) = text.split_once(": ")?;
        let statuses = list(rest, ", ");
        match kind {
            "success" => operation.success = statuses,
            "error" => operation.error = statuses,
            "otherwise" => operation.otherwise = statuses,
            _ => return None,
        }
    }
    Some(())
}

/// `struct Name (non_exhaustive)  [serde …]`, `enum Name`, `newtype Name(T) pattern "…"`, `unit Name`.
fn parse_type_heading(text: &str) -> Option<TypeSurface> {
    let (kind, rest) = text.split_once(' ')?;
    let name_end = rest.find(['(', ' ']).unwrap_or(rest.len());
    let (name, rest) = rest.split_at(name_end);
    let (growable, serde) = match rest.strip_prefix(" (non_exhaustive)") {
        Some(serde) => (true, serde),
        None => (false, rest),
    };
    let kind = match kind {
        "struct" => TypeKind::Struct,
        "enum" => TypeKind::Enum,
        "unit" => TypeKind::Unit,
        "newtype" => {
            let inside = rest.strip_prefix('(')?;
            let (inner, pattern) = match inside.rsplit_once(") pattern ") {
                Some((inner, pattern)) => (inner, Some(parse_string(pattern)?)),
                None => (inside.strip_suffix(')')?, None),
            };
            TypeKind::Newtype { inner: inner.to_owned(), pattern }
        }
        _ => return None,
    };
    let serde = if matches!(kind, TypeKind::Struct | TypeKind::Enum) { serde.to_owned() } else { String::new() };
    Some(TypeSurface { kind, name: name.to_owned(), growable, serde, members: Vec::new() })
}

/// `text` split at `separator`; nothing for an empty text.
fn list(text: &str, separator: &str) -> Vec<String> {
    if text.is_empty() { Vec::new() } else { text.split(separator).map(str::to_owned).collect() }
}

/// A string `{:?}` wrote, read back (Debug escapes are Rust string literal escapes).
fn parse_string(text: &str) -> Option<String> {
    syn::parse_str::<syn::LitStr>(text).ok().map(|literal| literal.value())
}

/// A `Vec<String>` `{:?}` wrote: `["a", "b"]` (an array of Rust string literals).
fn parse_strings(text: &str) -> Option<Vec<String>> {
    let array = syn::parse_str::<syn::ExprArray>(text).ok()?;
    array
        .elems
        .iter()
        .map(|element| match element {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(literal), .. }) => Some(literal.value()),
            _ => None,
        })
        .collect()
}

/// Where an item's path ends in `rest`: at `<`, `(`, a space or a single `:` (`::` continues it).
pub fn path_end(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'<' | b'(' | b' ' => return at,
            b':' if bytes.get(at + 1) == Some(&b':') => at += 2,
            b':' => return at,
            _ => at += 1,
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_committed_listing_reads_back_to_the_text_it_was_written_as() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/surface");
        let mut read = 0;
        for entry in std::fs::read_dir(&dir).expect("tests/surface").flatten() {
            let snapshot = std::fs::read_to_string(entry.path()).expect("a snapshot");
            // The insta header ends at its second `---` line.
            let (_, listing) =
                snapshot.strip_prefix("---\n").and_then(|rest| rest.split_once("\n---\n")).expect("a snapshot");
            let surface = Surface::parse(listing).unwrap_or_else(|error| panic!("{}: {error}", entry.path().display()));
            assert!(!surface.operations.is_empty() && !surface.types.is_empty() && surface.items.is_some());
            assert_eq!(surface.to_string(), listing, "{}", entry.path().display());
            read += 1;
        }
        assert!(read >= 4, "the four seed providers' listings");
    }

    #[test]
    fn a_published_documents_assumptions_and_escaped_strings_read_back() {
        let surface = Surface {
            assumed: vec!["OperationIdFromSummary `#/paths/~1a/get`: getA".to_owned()],
            environments: vec![Environment { variant: "Live".to_owned(), url: "https://a.example/\"v2\"".to_owned() }],
            request_id_headers: vec!["x-request-id".to_owned(), "cf-ray".to_owned()],
            rate_limit: "none".to_owned(),
            types: vec![TypeSurface {
                kind: TypeKind::Newtype { inner: "String".to_owned(), pattern: Some("^a\\x00\u{7f}(b)$".to_owned()) },
                name: "Id".to_owned(),
                growable: false,
                serde: String::new(),
                members: Vec::new(),
            }],
            ..Surface::default()
        };
        assert_eq!(Surface::parse(&surface.to_string()), Ok(surface));
    }

    #[test]
    fn a_line_that_is_not_a_listings_names_its_number() {
        let error = Surface::parse("environments:\n  Environment::Live\n").unwrap_err();
        assert_eq!(error, ParseError { line: 2, expected: "a line of this section" });
        assert_eq!(Surface::parse("types:\n  trait Thing\n").unwrap_err().line, 2);
        assert_eq!(Surface::parse("whatever: 1\n").unwrap_err().expected, "a known section");
    }
}
