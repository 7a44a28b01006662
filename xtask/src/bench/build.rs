//! `cargo xtask bench-build [PROVIDER] [--tls CHOICE]`: what depending on a provider crate costs a
//! merchant's build, for each TLS choice, against a hand-written baseline crate (`benches/baseline`:
//! reqwest with the same features, serde, serde_json, tokio) built with the same TLS choice. Both
//! are built from clean target directories, twice and alternately (the machine is noisy); the
//! faster build of each is compared. Crate counts come from `cargo tree -e normal`. Targets, for
//! every choice: time ratio ≤ 1.15, crates ≤ baseline + 5.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};

const BASELINE: &str = "pspkit-bench-baseline";
const ROUNDS: usize = 2;
const TIME_TARGET: f64 = 1.15;
const CRATE_BUDGET: usize = 5;
/// The TLS features every generated crate and the baseline offer; the first is the default.
pub const TLS_CHOICES: [&str; 3] = ["rustls", "rustls-no-provider", "native-tls"];

/// One TLS choice's measurement.
struct Row {
    tls: &'static str,
    seconds: [f64; 2],
    crates: [usize; 2],
}

impl Row {
    fn ratio(&self) -> f64 {
        self.seconds[1] / self.seconds[0]
    }

    fn extra_crates(&self) -> usize {
        self.crates[1].saturating_sub(self.crates[0])
    }

    fn met(&self) -> bool {
        self.ratio() <= TIME_TARGET && self.extra_crates() <= CRATE_BUDGET
    }
}

/// Runs the comparison for `provider` with each of `choices` and returns whether every target is met.
pub fn run(root: &Path, provider: &str, choices: &[&'static str]) -> anyhow::Result<bool> {
    let candidate = format!("pspkit-{provider}");
    let mut rows = Vec::new();
    for &tls in choices {
        let mut times = [Duration::MAX, Duration::MAX];
        for round in 1..=ROUNDS {
            for (slot, package) in [BASELINE, candidate.as_str()].into_iter().enumerate() {
                let elapsed = clean_build(root, package, tls)?;
                eprintln!("{tls} round {round}: {package} built in {:.1} s", elapsed.as_secs_f64());
                times[slot] = times[slot].min(elapsed);
            }
        }
        let crates = [crate_count(root, BASELINE, tls)?, crate_count(root, &candidate, tls)?];
        rows.push(Row { tls, seconds: times.map(|time| time.as_secs_f64()), crates });
    }
    println!("build cost, clean debug build, fastest of {ROUNDS} (`cargo xtask bench-build {provider}`)");
    println!(
        "{:<20} {:>13} {:>9} {:>15} {:>9} {:>7} {:>7}",
        "tls", "baseline s", "crates", candidate, "crates", "ratio", "extra"
    );
    for row in &rows {
        println!(
            "{:<20} {:>13.1} {:>9} {:>15.1} {:>9} {:>7.3} {:>+7}",
            row.tls,
            row.seconds[0],
            row.crates[0],
            row.seconds[1],
            row.crates[1],
            row.ratio(),
            row.extra_crates()
        );
    }
    println!("targets: time ratio <= {TIME_TARGET}; crates <= baseline + {CRATE_BUDGET}, for every TLS choice");
    Ok(rows.iter().all(Row::met))
}

/// The TLS choices named on the command line (`--tls CHOICE`), or all of them.
pub fn parse_choices(args: &[String]) -> anyhow::Result<(Option<&str>, Vec<&'static str>)> {
    let mut provider = None;
    let mut choices = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--tls" => {
                let value = args.next().context("`--tls` needs a value")?;
                let choice = TLS_CHOICES
                    .into_iter()
                    .find(|choice| choice == value)
                    .with_context(|| format!("unknown TLS choice `{value}`: one of {}", TLS_CHOICES.join(", ")))?;
                choices.push(choice);
            }
            flag if flag.starts_with('-') => bail!("unknown flag `{flag}`"),
            name if provider.is_none() => provider = Some(name),
            name => bail!("one provider at a time (got `{}` and `{name}`)", provider.unwrap_or_default()),
        }
    }
    if choices.is_empty() {
        choices = TLS_CHOICES.to_vec();
    }
    Ok((provider, choices))
}

fn clean_build(root: &Path, package: &str, tls: &str) -> anyhow::Result<Duration> {
    let target = root.join("target/bench-build").join(package);
    if target.exists() {
        std::fs::remove_dir_all(&target).with_context(|| format!("removing {}", target.display()))?;
    }
    let started = Instant::now();
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--locked", "-p", package, "--no-default-features", "--features", tls])
        .arg("--target-dir")
        .arg(&target)
        .current_dir(root)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build -p {package} --features {tls} failed");
    }
    let elapsed = started.elapsed();
    std::fs::remove_dir_all(&target).ok();
    Ok(elapsed)
}

/// Distinct crates in `cargo tree -e normal` of `package` with the `tls` feature (the package
/// itself included).
fn crate_count(root: &Path, package: &str, tls: &str) -> anyhow::Result<usize> {
    let output = Command::new(env!("CARGO"))
        .args(["tree", "--locked", "-e", "normal", "--prefix", "none", "-p", package])
        .args(["--no-default-features", "--features", tls])
        .current_dir(root)
        .output()
        .context("running cargo tree")?;
    if !output.status.success() {
        bail!("cargo tree -p {package} --features {tls} failed");
    }
    let mut crates: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some(format!("{} {}", words.next()?, words.next()?))
        })
        .collect();
    crates.sort();
    crates.dedup();
    Ok(crates.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|word| (*word).to_owned()).collect()
    }

    #[test]
    fn every_tls_choice_by_default_or_the_ones_named() {
        assert_eq!(parse_choices(&args(&["acme"])).unwrap(), (Some("acme"), TLS_CHOICES.to_vec()));
        assert_eq!(parse_choices(&args(&["--tls", "native-tls"])).unwrap(), (None, vec!["native-tls"]));
    }

    #[test]
    fn unknown_choices_and_flags_are_errors() {
        let error = parse_choices(&args(&["--tls", "openssl"])).unwrap_err().to_string();
        assert!(error.contains("unknown TLS choice `openssl`"), "{error}");
        assert!(parse_choices(&args(&["--tls"])).is_err());
        assert!(parse_choices(&args(&["--fast"])).is_err());
        assert!(parse_choices(&args(&["acme", "other"])).is_err());
    }
}
