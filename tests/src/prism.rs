//! Stoplight Prism (`prism mock`, `prism proxy --errors`) as a child process on a free loopback
//! port, for the contract tests. Installed by `cargo xtask install-tools` (`.ci/run` does it).

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long Prism may take to start (it usually takes about 2 s).
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// A running Prism; killed (by pid) when dropped.
pub struct Prism {
    child: Child,
    base_url: String,
    output: Arc<Mutex<String>>,
}

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The Prism binary, or `None` with a printed reason. Under CI (`CI` set) a missing Prism is a
/// failure, never a silent pass.
pub fn binary() -> Option<PathBuf> {
    let path = std::env::var_os("PSPKIT_PRISM")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join(".ci/tools/node_modules/.bin/prism"));
    if path.exists() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!("Prism is not installed at {} (.ci/run installs it with `cargo xtask install-tools`)", path.display());
    }
    eprintln!("SKIPPED: Prism is not installed; run `cargo xtask install-tools` to run the contract tests");
    None
}

impl Prism {
    /// `prism mock` serving `spec`'s examples.
    pub fn mock(prism: &Path, spec: &Path) -> Self {
        Self::start(prism, &["mock".as_ref(), spec.as_os_str()])
    }

    /// `prism proxy --errors`: forwards to `upstream`, validating requests and responses against
    /// `spec`; a violation becomes an error response.
    pub fn proxy(prism: &Path, spec: &Path, upstream: &str) -> Self {
        Self::start(prism, &["proxy".as_ref(), spec.as_os_str(), upstream.as_ref(), "--errors".as_ref()])
    }

    fn start(prism: &Path, args: &[&std::ffi::OsStr]) -> Self {
        let port = free_port();
        let mut child = Command::new(prism)
            .args(args)
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("Prism starts");
        let output = Arc::new(Mutex::new(String::new()));
        let (ready, listening) = mpsc::channel();
        for stream in [
            child.stdout.take().map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
            child.stderr.take().map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let (output, ready) = (output.clone(), ready.clone());
            // Drains Prism's output for as long as it runs, and says when it listens.
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if line.contains("is listening on") {
                        let _ = ready.send(());
                    }
                    output.lock().unwrap().push_str(&format!("{line}\n"));
                }
            });
        }
        let prism = Self { child, base_url: format!("http://127.0.0.1:{port}"), output };
        if listening.recv_timeout(START_TIMEOUT).is_err() {
            panic!("Prism did not start within {START_TIMEOUT:?}:\n{}", prism.output());
        }
        prism
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// What Prism printed so far (its own log of requests and violations).
    pub fn output(&self) -> String {
        self.output.lock().unwrap().clone()
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|listener| listener.local_addr()).expect("a free port").port()
}
