//! A scripted HTTP/1.1 server on a loopback port that records every request it receives.
//!
//! It writes raw bytes, so tests see exactly what the client sent, and it can misbehave on purpose
//! in ways a full HTTP server library would refuse to: delay, reset the connection, cut a body
//! short, or drip an endless body.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One request as received: method, raw request target, headers (names lowercased, in order) and
/// body bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(key, _)| *key == name).map(|(_, value)| value.as_str())
    }

    /// The header names, sorted.
    pub fn header_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.headers.iter().map(|(key, _)| key.as_str()).collect();
        names.sort_unstable();
        names
    }
}

/// What the server answers.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: Option<Duration>,
    /// Misbehave instead of answering normally.
    pub fault: Option<Fault>,
}

/// Ways the server misbehaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Close the connection with a TCP reset instead of answering.
    Reset,
    /// Announce the whole body's length but send only this many bytes, then close.
    Truncate(usize),
    /// Send the head, then one body byte per interval, endlessly (chunked; at most 100,000 bytes).
    Drip(Duration),
}

/// The most bytes a dripping body sends before the server gives up on it.
const DRIP_LIMIT: usize = 100_000;

impl Reply {
    /// A JSON reply.
    pub fn json(status: u16, body: &str) -> Self {
        Self::raw(status, "application/json", body.as_bytes())
    }

    /// A spec's example as documented: its status, and its body and media type unless it has none
    /// (a `204`).
    pub fn example(example: &pspkit_runtime::Example) -> Self {
        if example.body.is_empty() {
            Self { status: example.status, headers: Vec::new(), body: Vec::new(), delay: None, fault: None }
        } else {
            Self::raw(example.status, example.content_type, example.body.as_bytes())
        }
    }

    /// A reply with any content type and body.
    pub fn raw(status: u16, content_type: &str, body: &[u8]) -> Self {
        let headers = vec![("content-type".into(), content_type.into())];
        Self { status, headers, body: body.to_vec(), delay: None, fault: None }
    }

    /// A connection reset instead of a reply.
    pub fn reset() -> Self {
        Self::raw(200, "application/json", b"").with_fault(Fault::Reset)
    }

    /// This reply, after `delay`.
    pub fn delayed(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// This reply, misbehaving as `fault` says.
    pub fn with_fault(mut self, fault: Fault) -> Self {
        self.fault = Some(fault);
        self
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler = dyn Fn(&Recorded) -> Reply + Send + Sync;

/// A running server; stops when dropped.
pub struct TestServer {
    base_url: String,
    log: Arc<RequestLog>,
    task: JoinHandle<()>,
}

/// The requests a server received, and their count to wait on.
struct RequestLog {
    requests: Mutex<Vec<Recorded>>,
    count: tokio::sync::watch::Sender<usize>,
}

impl RequestLog {
    fn push(&self, request: Recorded) {
        self.requests.lock().expect("request log").push(request);
        self.count.send_modify(|count| *count += 1);
    }
}

impl TestServer {
    /// Starts a server on `127.0.0.1` (any free port) that answers every request with `handler`.
    pub async fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a loopback port");
        let base_url = format!("http://{}", listener.local_addr().expect("bound address"));
        let log = Arc::new(RequestLog { requests: Mutex::new(Vec::new()), count: tokio::sync::watch::Sender::new(0) });
        let handler: Arc<Handler> = Arc::new(handler);
        let task = tokio::spawn(accept_loop(listener, handler, log.clone()));
        Self { base_url, log, task }
    }

    /// Starts a server that always answers with `reply`.
    pub async fn always(reply: Reply) -> Self {
        Self::start(move |_| reply.clone()).await
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.log.requests.lock().expect("request log").clone()
    }

    /// Every request received once there are at least `count`, or once `within` has passed
    /// (whatever arrived by then). A client that gave up on an attempt may have sent its request
    /// before the server's task read it: this waits for the server, not for a fixed time.
    pub async fn requests_once(&self, count: usize, within: Duration) -> Vec<Recorded> {
        let mut seen = self.log.count.subscribe();
        let _ = tokio::time::timeout(within, seen.wait_for(|seen| *seen >= count)).await;
        self.requests()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn accept_loop(listener: TcpListener, handler: Arc<Handler>, log: Arc<RequestLog>) {
    while let Ok((stream, _)) = listener.accept().await {
        // Each write leaves at once, as from a real server (hyper's among them): with Nagle's
        // algorithm on, a reply's body, written after its head, waits for the client's delayed
        // ACK of the head, about 40 ms, on every reply but a connection's first few. That wait
        // is this server's, not the client's: a retried call paid it once per retry.
        // (A connection the client has already reset may refuse the option: it needs no reply.)
        let _ = stream.set_nodelay(true);
        tokio::spawn(serve_connection(stream, handler.clone(), log.clone()));
    }
}

async fn serve_connection(stream: TcpStream, handler: Arc<Handler>, log: Arc<RequestLog>) {
    let mut stream = BufReader::new(stream);
    while let Some(request) = read_request(&mut stream).await {
        log.push(request.clone());
        let reply = handler(&request);
        if let Some(delay) = reply.delay {
            tokio::time::sleep(delay).await;
        }
        let keep_open = match reply.fault {
            None => write_reply(stream.get_mut(), &reply).await.is_ok(),
            Some(Fault::Reset) => {
                // SO_LINGER 0 makes the close a reset.
                let _ = stream.get_ref().set_zero_linger();
                false
            }
            Some(Fault::Truncate(keep)) => {
                let _ = write_truncated(stream.get_mut(), &reply, keep).await;
                false
            }
            Some(Fault::Drip(every)) => {
                let _ = write_dripping(stream.get_mut(), &reply, every).await;
                false
            }
        };
        if !keep_open {
            return;
        }
    }
}

fn head(reply: &Reply, framing: &str) -> String {
    let mut head = format!("HTTP/1.1 {} Test\r\n{framing}\r\n", reply.status);
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    head
}

async fn write_truncated(stream: &mut TcpStream, reply: &Reply, keep: usize) -> std::io::Result<()> {
    let head = head(reply, &format!("content-length: {}", reply.body.len()));
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(&reply.body[..keep.min(reply.body.len())]).await?;
    stream.shutdown().await
}

async fn write_dripping(stream: &mut TcpStream, reply: &Reply, every: Duration) -> std::io::Result<()> {
    stream.write_all(head(reply, "transfer-encoding: chunked").as_bytes()).await?;
    for _ in 0..DRIP_LIMIT {
        stream.write_all(b"1\r\n \r\n").await?;
        stream.flush().await?;
        tokio::time::sleep(every).await;
    }
    Ok(())
}

async fn read_request(stream: &mut BufReader<TcpStream>) -> Option<Recorded> {
    let mut line = String::new();
    stream.read_line(&mut line).await.ok().filter(|n| *n > 0)?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        line.clear();
        stream.read_line(&mut line).await.ok().filter(|n| *n > 0)?;
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        let (name, value) = trimmed.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let length: usize =
        headers.iter().find(|(name, _)| name == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = vec![0; length];
    stream.read_exact(&mut body).await.ok()?;
    Some(Recorded { method, target, headers, body })
}

async fn write_reply(stream: &mut TcpStream, reply: &Reply) -> std::io::Result<()> {
    let head = head(reply, &format!("content-length: {}", reply.body.len()));
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(&reply.body).await?;
    stream.flush().await
}
