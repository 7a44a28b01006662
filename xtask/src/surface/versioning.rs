//! Classifies the difference between two public surfaces ([`Surface`]) for merchants' code,
//! item by item: what the versioning ([`crate::model::release`]) bumps by and what the changelog
//! lists.
//!
//! The rules, per item: an operation, environment, type, field, variant or parameter removed is
//! breaking, one added is additive, except a required parameter, a field of a struct merchants may
//! build (not `#[non_exhaustive]`) and a variant of an exhaustive enum, which are breaking; a
//! changed type, return type, method or path is breaking, as is a tightened or changed pattern, a
//! parameter made required, a success status removed, different credentials or auth; a parameter
//! made optional, an error status, a status's handling, a request-id header or rate limit change is
//! additive. Among the other public items (the listing's `items` section): an item added is
//! additive, one removed or with a changed signature or type is breaking, and a type implementing
//! more traits is additive, fewer or different ones breaking.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::release::{Change, Level};
use crate::surface::value::Surface;

/// One item of a surface as the classification compares it: its own detail and its members'
/// (`(kind, name)` → detail), where a member's kind is `param`, `status` (an operation's `returns`,
/// `success`, `error`, `otherwise`), `field` or `variant`.
#[derive(Default, Debug)]
struct Entry {
    detail: String,
    members: BTreeMap<(&'static str, String), String>,
}

/// Every item of `surface` by `kind|name` (its `items` section only `with_items`).
fn entries(surface: &Surface, with_items: bool) -> BTreeMap<String, Entry> {
    let mut entries = BTreeMap::new();
    let mut add = |key: String, detail: String, members| {
        entries.insert(key, Entry { detail, members });
    };
    let settings = [
        ("credentials", surface.credentials.join(", ")),
        ("request id headers", format!("{:?}", surface.request_id_headers)),
        ("rate limit", surface.rate_limit.clone()),
    ];
    for (name, detail) in settings.into_iter().filter(|(_, detail)| !detail.is_empty()) {
        add(format!("setting|{name}"), detail, BTreeMap::new());
    }
    for environment in &surface.environments {
        add(
            format!("environment|Environment::{}", environment.variant),
            format!("{:?}", environment.url),
            BTreeMap::new(),
        );
    }
    for step in &surface.auth {
        add(format!("auth|{step}"), String::new(), BTreeMap::new());
    }
    for operation in &surface.operations {
        let mut members = BTreeMap::new();
        for param in &operation.params {
            let requirement = if param.required { "required" } else { "optional" };
            members.insert(("param", param.name.clone()), format!("{} ({requirement})", param.ty));
        }
        if let Some(returns) = &operation.returns {
            members.insert(("status", "returns".to_owned()), returns.clone());
        }
        for (kind, statuses) in
            [("success", &operation.success), ("error", &operation.error), ("otherwise", &operation.otherwise)]
        {
            if !statuses.is_empty() {
                members.insert(("status", kind.to_owned()), statuses.join(", "));
            }
        }
        add(format!("operation|{}", operation.name), operation.route.clone(), members);
    }
    for ty in &surface.types {
        let kind = if ty.is_enum() { "variant" } else { "field" };
        let members =
            ty.members.iter().map(|member| ((kind, member.name.clone()), member.detail.trim().to_owned())).collect();
        add(format!("type|{}", ty.name), ty.detail(), members);
    }
    for item in surface.items.iter().flatten().filter(|_| with_items) {
        add(format!("items|{} {}", item.kind, item.path), item.detail.trim().to_owned(), BTreeMap::new());
    }
    entries
}

/// Every difference from the `old` surface to the `new` one. The `items` section is compared only
/// when the old surface has one: a listing written before it existed says nothing about the items.
pub fn classify(old: &Surface, new: &Surface) -> Vec<Change> {
    let (old, new) = (entries(old, true), entries(new, old.items.is_some()));
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
                    let level = detail_change(kind, name, &before.detail, &after.detail);
                    // An item's detail starts with its own `: ` (a type, traits, supertraits).
                    let shown = |detail: &str| match detail.trim_start_matches(':').trim() {
                        "" => "(none)".to_owned(),
                        detail => format!("`{detail}`"),
                    };
                    push(level, format!("{label}: {} → {}", shown(&before.detail), shown(&after.detail)));
                }
                let growable = after.detail.contains("(non_exhaustive)");
                for (member, level, text) in members(name, before, after, growable) {
                    push(level, format!("{member}{text}"));
                }
            }
            (None, None) => {}
        }
    }
    changes
}

/// How much a changed detail of the `kind` item `name` matters.
fn detail_change(kind: &str, name: &str, before: &str, after: &str) -> Level {
    let traits = |detail: &str| {
        detail.trim_start_matches(':').split(", ").map(str::trim).map(str::to_owned).collect::<BTreeSet<_>>()
    };
    match (kind, name) {
        ("items", item) if item.starts_with("impls ") => {
            if traits(before).is_subset(&traits(after)) {
                Level::Additive
            } else {
                Level::Breaking
            }
        }
        ("type", _) if after == format!("{before} (non_exhaustive)") => Level::Breaking,
        ("type", _) if before == format!("{after} (non_exhaustive)") => Level::Additive,
        ("environment", _) | ("setting", "request id headers" | "rate limit") => Level::Additive,
        _ => Level::Breaking,
    }
}

/// The differences between two versions of one item's members (an operation's parameters and
/// statuses, a type's fields or variants).
fn members(name: &str, before: &Entry, after: &Entry, growable: bool) -> Vec<(String, Level, String)> {
    let mut found = Vec::new();
    let keys: BTreeSet<&(&str, String)> = before.members.keys().chain(after.members.keys()).collect();
    for key in keys {
        let (kind, member) = (key.0, key.1.as_str());
        let status = kind == "status";
        let label = if status { format!("`{name}` {member}") } else { format!("{kind} `{name}.{member}`") };
        let (old, new) = (before.members.get(key), after.members.get(key));
        if old == new {
            continue;
        }
        let level = match (kind, member, old, new) {
            ("status", "error" | "otherwise", _, _) => Level::Additive,
            (_, _, Some(_), None) => Level::Breaking,
            ("param", _, None, Some(value)) if value.ends_with("(required)") => Level::Breaking,
            ("field" | "variant", _, None, Some(_)) if !growable => Level::Breaking,
            (_, _, None, Some(_)) => Level::Additive,
            ("status", "success", Some(old), Some(new)) => {
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

    /// [`classify`] of two listings' surfaces.
    fn classify_listings(old: &str, new: &str) -> Vec<Change> {
        classify(&Surface::parse(old).unwrap(), &Surface::parse(new).unwrap())
    }

    fn changed(edit: impl Fn(String) -> String) -> Vec<String> {
        classify_listings(BEFORE, &edit(BEFORE.to_owned())).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_same_surface_has_no_change() {
        assert!(changed(|text| text).is_empty());
    }

    #[test]
    fn a_listing_without_items_compares_no_items() {
        let (old, _) = BEFORE.split_once("items:\n").unwrap();
        assert!(classify_listings(old, BEFORE).is_empty());
        let removed = classify_listings(BEFORE, old);
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
}
