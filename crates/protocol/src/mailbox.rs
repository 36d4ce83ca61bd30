//! The in-frame lane for replies: one slot of shared memory the worker writes the replies
//! the page wants in frame into ([`crate::Request::reply_in_frame`]: the schema's analyses),
//! beside posting them, and the page reads in its animation-frame callbacks.
//!
//! Why: after a key press Chromium holds back every task of the page until the next frame
//! has been rendered (`DeferRendererTasksAfterInput`), the worker's `postMessage` reply
//! included. The schema's diagnostics, ready in the worker 4 ms after the key, were shown
//! only after the typed character's frame, some 20 ms after the key. Animation-frame
//! callbacks run at the start of that frame, before it is painted; reading the reply there
//! puts the diagnostics in the same frame as the character.
//!
//! The slot is a seqlock: the writer makes the sequence number odd, writes the reply's id,
//! length and bytes, then makes it even again; a reader that sees the same even number
//! before and after copying the bytes copied a whole reply. A reply that does not fit, or a
//! read torn by a newer write, is simply not taken: `postMessage` still delivers every reply,
//! and the page handles whichever copy reaches it first (the other finds no one waiting).
//!
//! Shared memory exists only where the page is cross-origin isolated (the server sends
//! `Cross-Origin-Opener-Policy` and `Cross-Origin-Embedder-Policy`); elsewhere, an embed
//! in another site among them, replies come by `postMessage` alone.
//!
//! The protocol is written against [`Slot`], so it is tested natively with plain memory;
//! [`SharedSlot`] is the browser's `SharedArrayBuffer`.

/// Header words: the sequence number, the reply's id, its length in bytes.
const SEQ: usize = 0;
const ID: usize = 1;
const LEN: usize = 2;
/// Bytes before the reply's: three `u32` words, padded to 16.
pub const HEADER_BYTES: usize = 16;
/// The largest reply the slot holds. An analysis of a 50-model schema with an error is
/// about a hundred bytes; 200 diagnostics, the most an analysis lists, about 40 KB.
pub const CAPACITY: usize = 64 * 1024;

/// The slot's memory: three words read and written atomically, and the reply's bytes.
pub trait Slot {
    fn load(&self, word: usize) -> u32;
    fn store(&self, word: usize, value: u32);
    fn write_bytes(&self, bytes: &[u8]);
    fn read_bytes(&self, len: usize) -> Vec<u8>;
}

/// Writes reply `id`'s `bytes` into the slot; false when they do not fit (the reply then
/// travels by `postMessage` only). Only the worker writes.
pub fn offer(slot: &impl Slot, id: u32, bytes: &[u8]) -> bool {
    if bytes.len() > CAPACITY {
        return false;
    }
    let seq = slot.load(SEQ);
    // Odd: a write is under way; readers leave the slot alone.
    slot.store(SEQ, seq.wrapping_add(1) | 1);
    slot.store(ID, id);
    slot.store(LEN, bytes.len() as u32);
    slot.write_bytes(bytes);
    // Even again; after wrapping around, 2 rather than 0, which means "never written".
    let done = (seq | 1).wrapping_add(1);
    slot.store(SEQ, if done == 0 { 2 } else { done });
    true
}

/// The reply in the slot, if it is whole and `wanted(id)`. Only the page reads.
pub fn take(slot: &impl Slot, wanted: impl Fn(u32) -> bool) -> Option<(u32, Vec<u8>)> {
    let before = slot.load(SEQ);
    if before == 0 || before & 1 == 1 {
        return None; // never written, or being written
    }
    let id = slot.load(ID);
    if !wanted(id) {
        return None;
    }
    let len = slot.load(LEN) as usize;
    if len > CAPACITY {
        return None;
    }
    let bytes = slot.read_bytes(len);
    // A write that began meanwhile may have torn the copy.
    (slot.load(SEQ) == before).then_some((id, bytes))
}

/// The slot in a `SharedArrayBuffer` the page creates and gives the worker (browser only).
pub struct SharedSlot {
    words: js_sys::Int32Array,
    bytes: js_sys::Uint8Array,
}

impl SharedSlot {
    /// A new slot, or `None` where shared memory is not allowed (the page is not
    /// cross-origin isolated: `SharedArrayBuffer` is then not even defined).
    pub fn create() -> Option<js_sys::SharedArrayBuffer> {
        let global = js_sys::global();
        let isolated = js_sys::Reflect::get(&global, &"crossOriginIsolated".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        isolated.then(|| js_sys::SharedArrayBuffer::new((HEADER_BYTES + CAPACITY) as u32))
    }

    /// The slot over `buffer`, if it is one [`SharedSlot::create`] made.
    pub fn over(buffer: &wasm_bindgen::JsValue) -> Option<SharedSlot> {
        use wasm_bindgen::JsCast;
        let buffer = buffer.dyn_ref::<js_sys::SharedArrayBuffer>()?;
        if buffer.byte_length() as usize != HEADER_BYTES + CAPACITY {
            return None;
        }
        Some(SharedSlot {
            words: js_sys::Int32Array::new_with_byte_offset_and_length(buffer, 0, 3),
            bytes: js_sys::Uint8Array::new_with_byte_offset_and_length(
                buffer,
                HEADER_BYTES as u32,
                CAPACITY as u32,
            ),
        })
    }
}

impl Slot for SharedSlot {
    fn load(&self, word: usize) -> u32 {
        // Should the load ever fail, 1 is odd: "being written", so nothing is read.
        js_sys::Atomics::load(&self.words, word as u32).unwrap_or(1) as u32
    }

    fn store(&self, word: usize, value: u32) {
        let _ = js_sys::Atomics::store(&self.words, word as u32, value as i32);
    }

    fn write_bytes(&self, bytes: &[u8]) {
        self.bytes.subarray(0, bytes.len() as u32).copy_from(bytes);
    }

    fn read_bytes(&self, len: usize) -> Vec<u8> {
        self.bytes.subarray(0, len as u32).to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::{Cell, RefCell};

    type Race = Box<dyn Fn(&Memory)>;

    /// Plain memory; `during_read` runs between copying the bytes and the second look at
    /// the sequence number, to play a write that races the read.
    #[derive(Default)]
    struct Memory {
        words: [Cell<u32>; 3],
        bytes: RefCell<Vec<u8>>,
        during_read: RefCell<Option<Race>>,
    }

    impl Slot for Memory {
        fn load(&self, word: usize) -> u32 {
            self.words[word].get()
        }
        fn store(&self, word: usize, value: u32) {
            self.words[word].set(value);
        }
        fn write_bytes(&self, bytes: &[u8]) {
            *self.bytes.borrow_mut() = bytes.to_vec();
        }
        fn read_bytes(&self, len: usize) -> Vec<u8> {
            let copy = self.bytes.borrow()[..len].to_vec();
            if let Some(race) = self.during_read.borrow_mut().take() {
                race(self);
            }
            copy
        }
    }

    #[test]
    fn an_empty_slot_gives_nothing() {
        assert_eq!(take(&Memory::default(), |_| true), None);
    }

    #[test]
    fn a_reply_written_is_taken_whole_and_only_when_wanted() {
        let slot = Memory::default();
        assert!(offer(&slot, 7, b"seven"));
        assert_eq!(take(&slot, |id| id == 8), None);
        assert_eq!(take(&slot, |id| id == 7), Some((7, b"seven".to_vec())));
        assert!(offer(&slot, 8, b"eight!"));
        assert_eq!(
            take(&slot, |id| id == 7),
            None,
            "the newer reply replaced it"
        );
        assert_eq!(take(&slot, |_| true), Some((8, b"eight!".to_vec())));
    }

    #[test]
    fn the_sequence_number_is_even_between_writes_and_odd_during_one() {
        let slot = Memory::default();
        for id in 0..5 {
            offer(&slot, id, &[1, 2, 3]);
            assert_eq!(slot.load(SEQ) % 2, 0);
            assert_ne!(slot.load(SEQ), 0);
        }
        slot.store(SEQ, 11); // a write under way
        assert_eq!(take(&slot, |_| true), None);
        offer(&slot, 9, b"after");
        assert_eq!(slot.load(SEQ), 12);
        // The counter wraps without ever reading as "never written".
        slot.store(SEQ, u32::MAX - 1);
        offer(&slot, 10, b"wrapped");
        assert_eq!(slot.load(SEQ), 2);
        assert_eq!(take(&slot, |_| true), Some((10, b"wrapped".to_vec())));
    }

    #[test]
    fn a_read_torn_by_a_newer_write_is_not_taken() {
        let slot = Memory::default();
        offer(&slot, 1, b"first reply");
        *slot.during_read.borrow_mut() = Some(Box::new(|slot| {
            offer(slot, 2, b"second");
        }));
        assert_eq!(take(&slot, |_| true), None);
        assert_eq!(take(&slot, |_| true), Some((2, b"second".to_vec())));
    }

    #[test]
    fn a_reply_too_big_for_the_slot_is_refused_and_leaves_the_last_one() {
        let slot = Memory::default();
        offer(&slot, 1, b"small");
        assert!(!offer(&slot, 2, &vec![0; CAPACITY + 1]));
        assert!(offer(&slot, 3, &vec![5; CAPACITY]));
        assert_eq!(
            take(&slot, |_| true).map(|(id, b)| (id, b.len())),
            Some((3, CAPACITY))
        );
    }

    #[test]
    fn a_length_beyond_the_slot_is_never_read() {
        let slot = Memory::default();
        offer(&slot, 1, b"x");
        slot.store(LEN, (CAPACITY + 1) as u32);
        assert_eq!(take(&slot, |_| true), None);
    }
}
