//! Credentials never linger in freed memory: while `AuthHeaders` turns canary secrets into headers,
//! requests carry them and everything is dropped, a global allocator inspects every block freed,
//! and none may still hold a credential, the `user:password` pair HTTP Basic encodes, or its base64
//! (every string built on the way, and the headers' own bytes, are zeroed before they are freed).
//!
//! One test in its own binary: the allocator watches the whole process while armed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use pspkit_runtime::Secret;
use pspkit_runtime::auth::AuthHeaders;

const USER: &str = "ZeroUserQ7x9";
const PASSWORD: &str = "ZeroPassQ7x9";
const TOKEN: &str = "ZeroTokenQ7x9";
/// What a leak would look like: the values, the Basic pair, and its base64 (`ZeroUserQ7x9:ZeroPassQ7x9`).
const NEEDLES: [&[u8]; 5] =
    [b"ZeroUserQ7x9", b"ZeroPassQ7x9", b"ZeroTokenQ7x9", b"ZeroUserQ7x9:", b"WmVyb1VzZXJRN3g5Olplcm9QYXNzUTd4OQ=="];

static ARMED: AtomicBool = AtomicBool::new(false);
/// Freed blocks that still held a needle, while armed.
static FOUND: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, checking what is freed while armed.
struct Inspecting;

unsafe impl GlobalAlloc for Inspecting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if ARMED.load(Ordering::SeqCst) {
            // SAFETY: `block` is a live allocation of `layout.size()` bytes until it is freed below.
            let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
            if NEEDLES.iter().any(|needle| bytes.windows(needle.len()).any(|window| window == *needle)) {
                FOUND.fetch_add(1, Ordering::SeqCst);
            }
        }
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(block, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Inspecting = Inspecting;

#[test]
fn auth_headers_never_free_a_copy_of_a_credential() {
    // The watch is not blind: a plain string holding a credential, freed, is seen.
    ARMED.store(true, Ordering::SeqCst);
    drop(std::hint::black_box(String::from(USER)));
    ARMED.store(false, Ordering::SeqCst);
    assert_eq!(FOUND.swap(0, Ordering::SeqCst), 1, "the control string was seen when freed");

    let (user, password, token) = (Secret::new(USER), Secret::new(PASSWORD), Secret::new(TOKEN));
    ARMED.store(true, Ordering::SeqCst);
    let mut headers = AuthHeaders::new();
    headers.basic(&user, Some(&password)).unwrap();
    headers.basic(&user, None).unwrap();
    headers.bearer(&token, "token").unwrap();
    headers.api_key("x-api-key", &token, "api_key").unwrap();
    assert!(headers.iter().any(|(_, value)| value.as_bytes().ends_with(NEEDLES[4])), "the Basic header is built");
    // A request carries clones of the values (shared bytes), dropped after the request.
    let request: Vec<_> = headers.iter().map(|(name, value)| (name.clone(), value.clone())).collect();
    drop(request);
    drop(headers);
    drop((user, password, token));
    ARMED.store(false, Ordering::SeqCst);
    assert_eq!(FOUND.load(Ordering::SeqCst), 0, "a freed block still held a credential");
}
