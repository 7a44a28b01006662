//! A generated crate's version and changelog follow its public surface: `cargo xtask codegen`
//! compares the surface listing it emits (the insta snapshot `tests/surface/<provider>.snap`, from
//! the `surface` module) with the last committed one, classifies every difference as breaking or
//! additive for merchants' code, bumps the last committed version (0.x: breaking → minor,
//! otherwise patch; from 1.0: major, minor) and adds a dated entry to the last committed
//! `CHANGELOG.md` (Keep a Changelog). A change that leaves the surface as it was (documentation,
//! generated code alone) bumps nothing. Comparing with the commit, not with the working tree, makes
//! codegen idempotent whatever else ran: run twice, or after `cargo insta accept` wrote the new
//! snapshot, it bumps once. Outside a git checkout (or for files the commit lacks, such as a crate
//! not yet committed), the working tree's files stand in for the commit's.
//!
//! The rules, per listed item: an operation, environment, type, field, variant or parameter
//! removed is breaking, one added is additive, except a required parameter, a field of a struct
//! merchants may build (not `#[non_exhaustive]`) and a variant of an exhaustive enum, which are
//! breaking; a changed type, return type, method or path is breaking, as is a tightened or changed
//! pattern, a parameter made required, a success status removed, different credentials or auth;
//! a parameter made optional, an error status, a status's handling, a request-id header or rate
//! limit change is additive. In the `items` section (every other public item): an item added is
//! additive, one removed or with a changed signature or type is breaking, and a type implementing
//! more traits is additive, fewer or different ones breaking.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A crate version, `major.minor.patch`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl Version {
    /// A new crate's version.
    pub const FIRST: Version = Version { major: 0, minor: 1, patch: 0 };

    /// Reads `1.2.3`.
    pub fn parse(text: &str) -> Option<Version> {
        let mut parts = text.trim().split('.').map(|part| part.parse::<u64>().ok());
        let version = Version { major: parts.next()??, minor: parts.next()??, patch: parts.next()?? };
        parts.next().is_none().then_some(version)
    }

    /// The next version after changes of `level`.
    pub fn bump(self, level: Level) -> Version {
        match (self.major, level) {
            (0, Level::Breaking) => Version { minor: self.minor + 1, patch: 0, ..self },
            (0, Level::Additive) => Version { patch: self.patch + 1, ..self },
            (_, Level::Breaking) => Version { major: self.major + 1, minor: 0, patch: 0 },
            (_, Level::Additive) => Version { minor: self.minor + 1, patch: 0, ..self },
        }
    }

    /// The requirement that accepts this version and what is compatible with it: `0.2` for
    /// `0.2.1`, `1` for `1.4.0`.
    pub fn requirement(self) -> String {
        if self.major == 0 { format!("0.{}", self.minor) } else { self.major.to_string() }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// What a change does to merchants' code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Code that compiled still compiles and behaves the same.
    Additive,
    /// Code may stop compiling, or a call the spec allowed may now fail.
    Breaking,
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Additive => "additive",
            Level::Breaking => "breaking",
        })
    }
}

/// One difference between two surfaces, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub level: Level,
    pub text: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.text, self.level)
    }
}

/// A crate's release as checked in: its version and changelog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    pub version: Version,
    pub changelog: String,
}

impl Release {
    /// A new crate's first release.
    pub fn first(provider: &str, date: &str) -> Release {
        let changelog = format!(
            "{}\n## [{}] - {date}\n\n### Added\n\n- The crate, generated from `specs/{provider}.yaml`.\n",
            changelog_header(provider),
            Version::FIRST
        );
        Release { version: Version::FIRST, changelog }
    }

    /// The release after `changes` (at least one), dated `date`.
    pub fn next(&self, changes: &[Change], date: &str) -> Release {
        let level = changes.iter().map(|change| change.level).max().unwrap_or(Level::Additive);
        let version = self.version.bump(level);
        let mut entry = format!("## [{version}] - {date}\n");
        for (heading, wanted) in [("Changed", Level::Breaking), ("Added", Level::Additive)] {
            let lines: Vec<String> =
                changes.iter().filter(|change| change.level == wanted).map(|change| format!("- {change}\n")).collect();
            if !lines.is_empty() {
                entry.push_str(&format!("\n### {heading}\n\n{}", lines.concat()));
            }
        }
        // Newest first: the entry goes before the previous ones.
        let changelog = match self.changelog.find("\n## [") {
            Some(at) => format!("{}{entry}\n{}", &self.changelog[..=at], &self.changelog[at + 1..]),
            None => format!("{}\n{entry}", self.changelog),
        };
        Release { version, changelog }
    }
}

/// Today's date, `YYYY-MM-DD` (UTC), for a changelog entry.
pub fn today() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The release last committed for `provider` under `root` ([`committed`]): the version of its
/// `Cargo.toml` and its `CHANGELOG.md` (a first entry for that version, dated today, when it has
/// none yet); a new crate's first release when there is no crate yet.
pub fn checked_in(root: &std::path::Path, provider: &str) -> Release {
    let dir = format!("crates/providers/{provider}");
    let manifest = committed(root, &format!("{dir}/Cargo.toml")).unwrap_or_default();
    let version = manifest
        .lines()
        .find_map(|line| line.strip_prefix("version = \""))
        .and_then(|rest| Version::parse(rest.trim_end_matches('"')));
    let Some(version) = version else { return Release::first(provider, &today()) };
    match committed(root, &format!("{dir}/CHANGELOG.md")) {
        Some(changelog) => Release { version, changelog },
        None => Release { version, ..Release::first(provider, &today()) }.with_first_version(version),
    }
}

/// The file at `path` (relative to `root`) as the last commit holds it, when `root` is the top of
/// a git checkout whose `HEAD` has it; else as the working tree holds it; `None` when neither has
/// it.
pub fn committed(root: &std::path::Path, path: &str) -> Option<String> {
    let git = |args: &[&str]| {
        let output = std::process::Command::new("git").arg("-C").arg(root).args(args).output().ok()?;
        output.status.success().then(|| String::from_utf8(output.stdout).ok()).flatten()
    };
    let top = git(&["rev-parse", "--show-toplevel"]).map(|top| std::path::PathBuf::from(top.trim_end()));
    let same = |a: &std::path::Path, b: &std::path::Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    let from_head = match top {
        Some(top) if same(&top, root) => git(&["show", &format!("HEAD:{path}")]),
        _ => None,
    };
    from_head.or_else(|| std::fs::read_to_string(root.join(path)).ok())
}

impl Release {
    /// This first release's entry under `version` (a crate that predates its changelog).
    fn with_first_version(self, version: Version) -> Release {
        let changelog = self.changelog.replace(&format!("## [{}]", Version::FIRST), &format!("## [{version}]"));
        Release { version, changelog }
    }
}

fn changelog_header(provider: &str) -> String {
    format!(
        "<!-- generated from specs/{provider}.yaml by cargo xtask codegen; do not edit -->\n\
         # Changelog\n\nEvery change to `pspkit-{provider}`'s public API, classified by `cargo xtask codegen` from \
         its surface listing. The format is [Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions \
         follow [Semantic Versioning](https://semver.org/) (0.x: a breaking change bumps the minor version).\n"
    )
}

/// One listed item: its heading line's detail and its indented lines, by key.
#[derive(Default, Debug)]
struct Item {
    detail: String,
    children: BTreeMap<String, String>,
}

/// A surface listing read back: every item by `kind|name`.
fn parse(listing: &str) -> BTreeMap<String, Item> {
    let mut items: BTreeMap<String, Item> = BTreeMap::new();
    let mut section = String::new();
    let mut current: Option<String> = None;
    for line in listing.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()) {
        let depth = line.len() - line.trim_start().len();
        let text = line.trim();
        match depth {
            0 => {
                let (name, rest) = text.split_once(':').unwrap_or((text, ""));
                section = name.to_owned();
                current = None;
                if !rest.trim().is_empty() {
                    items.insert(format!("setting|{name}"), Item { detail: rest.trim().to_owned(), ..Item::default() });
                }
            }
            2 => {
                let (key, detail) = heading(&section, text);
                items.insert(key.clone(), Item { detail, ..Item::default() });
                current = Some(key);
            }
            _ => {
                let (key, value) = child(text);
                if let Some(item) = current.as_ref().and_then(|key| items.get_mut(key)) {
                    item.children.insert(key, value);
                }
            }
        }
    }
    items
}

/// `(kind name, detail)` of a heading line in `section`.
fn heading(section: &str, text: &str) -> (String, String) {
    match section {
        "operations" => {
            let (name, detail) = text.split_once(':').unwrap_or((text, ""));
            (format!("operation|{name}"), detail.trim().to_owned())
        }
        "types" => {
            let mut words = text.splitn(2, ' ');
            let kind = words.next().unwrap_or_default();
            let rest = words.next().unwrap_or_default();
            let name_end = rest.find(['(', ' ']).unwrap_or(rest.len());
            (format!("type|{}", &rest[..name_end]), format!("{kind}{}", &rest[name_end..]))
        }
        "environments" => {
            let (name, detail) = text.split_once('=').unwrap_or((text, ""));
            (format!("environment|{}", name.trim()), detail.trim().to_owned())
        }
        "items" => {
            // `<kind> <path><detail>`: the path ends where its signature, type or traits begin.
            let (kind, rest) = text.split_once(' ').unwrap_or((text, ""));
            let end = path_end(rest);
            (format!("items|{kind} {}", &rest[..end]), rest[end..].trim().to_owned())
        }
        _ => (format!("{section}|{text}"), String::new()),
    }
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

/// `(key, value)` of an indented line: `param id: T (required)` is `("param id", "T (required)")`.
fn child(text: &str) -> (String, String) {
    if let Some(rest) = text.strip_prefix("param ") {
        let (name, value) = rest.split_once(':').unwrap_or((rest, ""));
        return (format!("param {name}"), value.trim().to_owned());
    }
    if let Some(rest) = text.strip_prefix("returns ") {
        return ("returns".to_owned(), rest.to_owned());
    }
    match text.split_once(':') {
        Some((name, value)) if !name.contains(['(', ' ']) => (name.to_owned(), value.trim().to_owned()),
        _ => {
            let end = text.find(['(', ' ']).unwrap_or(text.len());
            (format!("variant {}", &text[..end]), text[end..].trim().to_owned())
        }
    }
}

/// Every difference from the `old` listing to the `new` one. The `items` section is compared only
/// when both listings have one: a listing written before it existed says nothing about the items.
pub fn classify(old: &str, new: &str) -> Vec<Change> {
    let (old, mut new) = (parse(old), parse(new));
    if !old.keys().any(|key| key.starts_with("items|")) {
        new.retain(|key, _| !key.starts_with("items|"));
    }
    let mut changes = Vec::new();
    let mut push = |level, text: String| changes.push(Change { level, text });
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for key in keys {
        let (kind, name) = key.split_once('|').unwrap_or((key, ""));
        let label = match (kind, name.split_once(' ')) {
            ("setting", _) => format!("`{name}`"),
            ("items", Some((item, path))) => format!("{item} `{path}`"),
            _ => format!("{kind} `{name}`"),
        };
        match (old.get(key), new.get(key)) {
            (Some(_), None) => push(Level::Breaking, format!("{label} removed")),
            (None, Some(_)) => push(Level::Additive, format!("{label} added")),
            (Some(before), Some(after)) => {
                if before.detail != after.detail {
                    let traits = |detail: &str| {
                        detail
                            .trim_start_matches(':')
                            .split(", ")
                            .map(str::trim)
                            .map(str::to_owned)
                            .collect::<BTreeSet<_>>()
                    };
                    let level = match (kind, name) {
                        ("items", item) if item.starts_with("impls ") => {
                            if traits(&before.detail).is_subset(&traits(&after.detail)) {
                                Level::Additive
                            } else {
                                Level::Breaking
                            }
                        }
                        ("type", _) if after.detail == format!("{} (non_exhaustive)", before.detail) => Level::Breaking,
                        ("type", _) if before.detail == format!("{} (non_exhaustive)", after.detail) => Level::Additive,
                        ("environment", _) | ("setting", "request id headers" | "rate limit") => Level::Additive,
                        _ => Level::Breaking,
                    };
                    // An item's detail starts with its own `: ` (a type, traits, supertraits).
                    let shown = |detail: &str| match detail.trim_start_matches(':').trim() {
                        "" => "(none)".to_owned(),
                        detail => format!("`{detail}`"),
                    };
                    push(level, format!("{label}: {} → {}", shown(&before.detail), shown(&after.detail)));
                }
                let growable = after.detail.contains("(non_exhaustive)");
                for (child, level, text) in children(kind == "operation", name, before, after, growable) {
                    push(level, format!("{child}{text}"));
                }
            }
            (None, None) => {}
        }
    }
    changes
}

/// The differences between two versions of one item's lines (an operation's, whose statuses
/// are lines too, or a type's).
fn children(operation: bool, name: &str, before: &Item, after: &Item, growable: bool) -> Vec<(String, Level, String)> {
    let mut found = Vec::new();
    let keys: BTreeSet<&String> = before.children.keys().chain(after.children.keys()).collect();
    for key in keys {
        let (kind, child) = key.split_once(' ').unwrap_or(("field", key));
        let (kind, child) = if ["param", "variant"].contains(&kind) { (kind, child) } else { ("field", key.as_str()) };
        let status = operation && ["returns", "success", "error", "otherwise"].contains(&child);
        let label = if status { format!("`{name}` {child}") } else { format!("{kind} `{name}.{child}`") };
        let (old, new) = (before.children.get(key), after.children.get(key));
        if old == new {
            continue;
        }
        let level = match (kind, child, old, new) {
            (_, "error" | "otherwise", _, _) if status => Level::Additive,
            (_, _, Some(_), None) => Level::Breaking,
            ("param", _, None, Some(value)) if value.ends_with("(required)") => Level::Breaking,
            ("field" | "variant", _, None, Some(_)) if !growable && !status => Level::Breaking,
            (_, _, None, Some(_)) => Level::Additive,
            (_, "success", Some(old), Some(new)) if status => {
                let codes = |text: &str| text.split(", ").map(str::to_owned).collect::<BTreeSet<String>>();
                if codes(old).is_subset(&codes(new)) { Level::Additive } else { Level::Breaking }
            }
            ("param", _, Some(old), Some(new)) if old.replace("(required)", "(optional)") == *new => Level::Additive,
            _ => Level::Breaking,
        };
        let text = match (old, new) {
            (Some(old), Some(new)) => format!(": `{old}` → `{new}`"),
            (Some(_), None) => " removed".to_owned(),
            (None, Some(new)) if new.is_empty() => " added".to_owned(),
            (None, Some(new)) => format!(" added: `{new}`"),
            (None, None) => continue,
        };
        found.push((label, level, text));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const BEFORE: &str = "# generated\n\
        environments:\n  Environment::Production = \"https://api.example.com\"\n\
        credentials: key_id (X_KEY_ID)\n\
        rate limit: none\n\
        operations:\n  GetThing: GET /things/{id}\n    param id: types::GetThingId (required)\n    \
        param expand: Option<String> (optional)\n    returns Result<Thing>\n    success: 200\n    error: 400\n\
        types:\n  struct Thing (non_exhaustive)\n    contact: Option<String>\n    id: String\n  \
        struct Input\n    name: String\n  enum Kind (non_exhaustive)\n    Small\n  \
        newtype GetThingId(String) pattern \"^t_[0-9]+$\"\n\
        items:\n  struct Client\n  fn Client::get_thing(&self) -> builder::GetThing<'_>\n  \
        impls types::Thing: Clone, Debug\n  field types::Notes::0: StringMap\n";

    fn changed(edit: impl Fn(String) -> String) -> Vec<String> {
        classify(BEFORE, &edit(BEFORE.to_owned())).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_same_surface_has_no_change() {
        assert!(changed(|text| text).is_empty());
    }

    #[test]
    fn a_listing_without_items_compares_no_items() {
        let (old, _) = BEFORE.split_once("items:\n").unwrap();
        assert!(classify(old, BEFORE).is_empty());
        let removed = classify(BEFORE, old);
        assert!(removed.iter().all(|change| change.level == Level::Breaking) && removed.len() == 4, "{removed:?}");
    }

    #[test]
    fn what_breaks_merchants_code_is_breaking() {
        let cases: [(&str, &str, &str); 12] = [
            (
                "  fn Client::get_thing(&self) -> builder::GetThing<'_>\n",
                "",
                "fn `Client::get_thing` removed (breaking)",
            ),
            (
                "(&self) -> builder::GetThing<'_>",
                "(self) -> builder::GetThing<'static>",
                "fn `Client::get_thing`: `(&self) -> builder::GetThing<'_>` → `(self) -> builder::GetThing<'static>` (breaking)",
            ),
            (
                "impls types::Thing: Clone, Debug",
                "impls types::Thing: Debug, Serialize",
                "impls `types::Thing`: `Clone, Debug` → `Debug, Serialize` (breaking)",
            ),
            (
                "    contact: Option<String>\n",
                "    contact: Option<i64>\n",
                "field `Thing.contact`: `Option<String>` → `Option<i64>` (breaking)",
            ),
            ("    contact: Option<String>\n", "", "field `Thing.contact` removed (breaking)"),
            (
                "  GetThing: GET /things/{id}\n",
                "  GetThing: GET /v2/things/{id}\n",
                "operation `GetThing`: `GET /things/{id}` → `GET /v2/things/{id}` (breaking)",
            ),
            (
                "    param expand: Option<String> (optional)\n",
                "    param expand: Option<String> (optional)\n    param x: String (required)\n",
                "param `GetThing.x` added: `String (required)` (breaking)",
            ),
            (
                "(optional)\n    returns",
                "(required)\n    returns",
                "param `GetThing.expand`: `Option<String> (optional)` → `Option<String> (required)` (breaking)",
            ),
            ("    success: 200\n", "    success: 201\n", "`GetThing` success: `200` → `201` (breaking)"),
            (
                "pattern \"^t_[0-9]+$\"",
                "pattern \"^t_[0-9]{4}$\"",
                "type `GetThingId`: `newtype(String) pattern \"^t_[0-9]+$\"` → `newtype(String) pattern \"^t_[0-9]{4}$\"` (breaking)",
            ),
            (
                "    name: String\n",
                "    name: String\n    note: String\n",
                "field `Input.note` added: `String` (breaking)",
            ),
            (
                "credentials: key_id (X_KEY_ID)",
                "credentials: api_key (X_API_KEY)",
                "`credentials`: `key_id (X_KEY_ID)` → `api_key (X_API_KEY)` (breaking)",
            ),
        ];
        for (from, to, expected) in cases {
            assert_eq!(changed(|text| text.replacen(from, to, 1)), [expected], "{from:?} → {to:?}");
        }
        let removed = changed(|text| text.replace("  GetThing: GET /things/{id}\n", "  Other: GET /x\n"));
        assert!(removed.contains(&"operation `GetThing` removed (breaking)".to_owned()), "{removed:?}");
        let variant = changed(|text| text.replace("    Small\n", ""));
        assert_eq!(variant, ["variant `Kind.Small` removed (breaking)"]);
    }

    #[test]
    fn what_merchants_code_survives_is_additive() {
        let cases: [(&str, &str, &str); 8] = [
            (
                "  struct Client\n",
                "  struct Client\n  fn Client::builder() -> ClientBuilder\n",
                "fn `Client::builder` added (additive)",
            ),
            (
                "impls types::Thing: Clone, Debug",
                "impls types::Thing: Clone, Debug, Eq",
                "impls `types::Thing`: `Clone, Debug` → `Clone, Debug, Eq` (additive)",
            ),
            (
                "    id: String\n",
                "    id: String\n    phone: Option<String>\n",
                "field `Thing.phone` added: `Option<String>` (additive)",
            ),
            ("    Small\n", "    Small\n    Large\n", "variant `Kind.Large` added (additive)"),
            (
                "(optional)\n",
                "(optional)\n    param limit: Option<u64> (optional)\n",
                "param `GetThing.limit` added: `Option<u64> (optional)` (additive)",
            ),
            (
                "    param id: types::GetThingId (required)\n",
                "    param id: types::GetThingId (optional)\n",
                "param `GetThing.id`: `types::GetThingId (required)` → `types::GetThingId (optional)` (additive)",
            ),
            ("    success: 200\n", "    success: 200, 201\n", "`GetThing` success: `200` → `200, 201` (additive)"),
            ("    error: 400\n", "    error: 400, 404\n", "`GetThing` error: `400` → `400, 404` (additive)"),
        ];
        for (from, to, expected) in cases {
            assert_eq!(changed(|text| text.replacen(from, to, 1)), [expected], "{from:?} → {to:?}");
        }
        let added = changed(|text| text.replace("types:\n", "operations:\n  ListThings: GET /things\ntypes:\n"));
        assert!(added.iter().all(|change| change.ends_with("(additive)")), "{added:?}");
    }

    #[test]
    fn versions_bump_by_the_worst_change_and_the_changelog_grows_newest_first() {
        let first = Release::first("example", "2026-12-01");
        assert_eq!(first.version, Version::FIRST);
        let additive = Change { level: Level::Additive, text: "field `Thing.phone` added".to_owned() };
        let breaking = Change { level: Level::Breaking, text: "field `Thing.contact` removed".to_owned() };
        let patch = first.next(std::slice::from_ref(&additive), "2026-12-02");
        assert_eq!(patch.version.to_string(), "0.1.1");
        let minor = patch.next(&[additive, breaking], "2026-12-03");
        assert_eq!(minor.version.to_string(), "0.2.0");
        let newest = minor.changelog.find("## [0.2.0] - 2026-12-03").unwrap();
        assert!(newest < minor.changelog.find("## [0.1.1] - 2026-12-02").unwrap());
        assert!(minor.changelog.contains("### Changed\n\n- field `Thing.contact` removed (breaking)\n"));
        assert!(minor.changelog.ends_with("- The crate, generated from `specs/example.yaml`.\n"));
        let one = Version { major: 1, minor: 4, patch: 2 };
        assert_eq!(
            (one.bump(Level::Additive).to_string(), one.bump(Level::Breaking).to_string()),
            ("1.5.0".to_owned(), "2.0.0".to_owned())
        );
        assert_eq!(
            (Version::parse("0.2.1").map(Version::requirement), one.requirement()),
            (Some("0.2".to_owned()), "1".to_owned())
        );
        assert_eq!(Version::parse("1.2"), None);
    }
}
