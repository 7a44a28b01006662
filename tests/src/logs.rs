//! A log sink for tests: what a `tracing` subscriber writes, kept in memory to be searched, with
//! the records of crates that log through the `log` crate (reqwest, rustls) bridged into it.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use tracing::level_filters::LevelFilter;
use tracing::subscriber::{DefaultGuard, Interest};
use tracing::{Dispatch, Event, Level, Metadata, Subscriber, span};
use tracing_subscriber::fmt::format::FmtSpan;

/// A cloneable in-memory writer; every clone appends to the same buffer.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// Everything written so far, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    /// Makes a formatting subscriber at `level` (with `spans` events) writing here this thread's
    /// default until the guard drops.
    pub fn install(&self, level: Level, spans: FmtSpan) -> DefaultGuard {
        keep_a_second_dispatcher();
        bridge_log_records();
        let writer = self.clone();
        let subscriber =
            tracing_subscriber::fmt().with_max_level(level).with_span_events(spans).with_writer(move || writer.clone());
        tracing::subscriber::set_default(subscriber.finish())
    }
}

impl Captured {
    /// [`Captured::install`] at WARN, without span events: what an application's default
    /// subscriber shows.
    pub fn install_at_warn(&self) -> DefaultGuard {
        self.install(Level::WARN, FmtSpan::NONE)
    }
}

/// Turns every `log` record (at any level) into a `tracing` event for the current thread's
/// subscriber, once per process: without it, what reqwest and rustls log would never reach a sink.
fn bridge_log_records() {
    static BRIDGE: OnceLock<()> = OnceLock::new();
    BRIDGE.get_or_init(|| {
        tracing_log::LogTracer::init().expect("no other `log` logger is installed in a test process");
    });
}

/// Keeps a dispatcher that enables nothing registered for the whole process. When tracing-core
/// believes only one dispatcher exists, it recomputes the global max level from the *current
/// thread's* default alone: with one test's subscriber alive (the only dispatcher) and another
/// thread meeting a callsite for the first time, the max level became OFF and the first test lost
/// its DEBUG spans. With this one always registered, every rebuild looks at all live dispatchers.
fn keep_a_second_dispatcher() {
    static SECOND: OnceLock<Dispatch> = OnceLock::new();
    SECOND.get_or_init(|| Dispatch::new(EnablesNothing));
}

/// A subscriber that enables no span and no event.
struct EnablesNothing;

impl Subscriber for EnablesNothing {
    fn register_callsite(&self, _: &'static Metadata<'static>) -> Interest {
        Interest::never()
    }

    fn max_level_hint(&self) -> Option<LevelFilter> {
        Some(LevelFilter::OFF)
    }

    fn enabled(&self, _: &Metadata<'_>) -> bool {
        false
    }

    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }

    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}

    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}

    fn event(&self, _: &Event<'_>) {}

    fn enter(&self, _: &span::Id) {}

    fn exit(&self, _: &span::Id) {}
}
