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
//! How each difference is classified: the surface layer's `versioning` module.

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

#[cfg(test)]
mod tests {
    use super::*;

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
