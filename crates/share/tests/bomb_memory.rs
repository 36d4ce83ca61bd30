//! A decompression bomb must fail fast without allocating more than the inflate limit.
//! This binary counts every allocation (its own global allocator), so it holds this one
//! test only: other tests running alongside would blur the peak.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use seedbed_share::{MAX_INFLATED_BYTES, ShareError, decode};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(live, Ordering::SeqCst);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn ten_megabyte_bomb_is_refused_within_the_limit() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/bad/bomb_10mb_zeros.link"
    );
    let link = std::fs::read_to_string(path).unwrap();
    assert!(
        link.len() < 20_000,
        "the bomb link is small: {}",
        link.len()
    );

    let before = LIVE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let started = Instant::now();
    let result = decode(&link);
    let elapsed = started.elapsed();
    let peak = PEAK.load(Ordering::SeqCst) - before;

    assert_eq!(result, Err(ShareError::InflatesTooLarge));
    // The output buffer doubles up to the limit; while growing from half to full, both
    // may be live for a moment. Anything near the bomb's 10 MB means the limit was late.
    assert!(
        peak <= MAX_INFLATED_BYTES * 2,
        "peak allocation {peak} bytes"
    );
    assert!(elapsed.as_secs_f64() < 2.0, "took {elapsed:?}");
    eprintln!(
        "bomb: refused in {elapsed:?}, peak allocation {peak} bytes (link {} chars)",
        link.len()
    );
}
