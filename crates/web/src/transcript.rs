//! The terminal's transcript, kept across a reload of the page.
//!
//! It lives in `sessionStorage`: a reload keeps it, as a terminal window keeps its
//! scrollback, while a new tab starts with an empty screen and two tabs do not overwrite
//! each other's. (The command history, ↑/↓, is shared through `localStorage`, like a shell's
//! history file.) Only finished commands are kept; the oldest go first when the text would
//! pass [`MAX_BYTES`]. An embed keeps nothing: its project lives in memory and starts over
//! on reload, so an old transcript would describe a project that is gone.

use seedbed_protocol::TerminalLine;
use serde::{Deserialize, Serialize};

const KEY: &str = "seedbed:terminal-transcript";

/// The most the transcript may take in storage (the browser allows about 5 MB per origin
/// for everything the page keeps there).
pub const MAX_BYTES: usize = 512 * 1024;

/// One finished command as shown on the screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedEntry {
    /// The entry's number on the screen (numbers only grow, so lessons can tell what ran
    /// after a step opened).
    pub id: u32,
    pub line: String,
    pub output: Vec<TerminalLine>,
    pub exit_code: i32,
}

/// The stored text for `entries`: the newest entries that fit in `max_bytes`, oldest first.
pub fn encode(entries: &[SavedEntry], max_bytes: usize) -> String {
    let mut from = 0;
    loop {
        let text = serde_json::to_string(&entries[from..]).unwrap_or_else(|_| "[]".into());
        if text.len() <= max_bytes || from == entries.len() {
            return text;
        }
        // Drop a tenth at a time: a long transcript shrinks in a few steps.
        from += (entries.len() - from).div_ceil(10);
    }
}

/// The entries in a stored text; anything unreadable is an empty transcript.
pub fn decode(text: &str) -> Vec<SavedEntry> {
    serde_json::from_str(text).unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    if crate::embed::is_embed() {
        return None;
    }
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// The transcript saved before the page was reloaded.
pub fn load() -> Vec<SavedEntry> {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map(|text| decode(&text))
        .unwrap_or_default()
}

/// Saves the finished entries; a full or refused storage only means they are not kept.
pub fn save(entries: &[SavedEntry]) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &encode(entries, MAX_BYTES));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: u32, output_chars: usize) -> SavedEntry {
        SavedEntry {
            id,
            line: format!("npx prisma validate # {id}"),
            output: vec![TerminalLine {
                style: "green".into(),
                stderr: false,
                text: "x".repeat(output_chars),
            }],
            exit_code: 0,
        }
    }

    #[test]
    fn round_trips() {
        let entries = vec![entry(3, 10), entry(4, 20)];
        assert_eq!(decode(&encode(&entries, MAX_BYTES)), entries);
    }

    #[test]
    fn keeps_the_newest_entries_that_fit() {
        let entries: Vec<SavedEntry> = (0..100).map(|id| entry(id, 1_000)).collect();
        let text = encode(&entries, 20_000);
        assert!(text.len() <= 20_000, "{}", text.len());
        let kept = decode(&text);
        assert!(!kept.is_empty() && kept.len() < 100, "{}", kept.len());
        assert_eq!(kept.last(), entries.last(), "the newest is kept");
        let first = kept[0].id as usize;
        assert_eq!(kept, entries[first..], "a contiguous tail, in order");
    }

    #[test]
    fn one_entry_too_large_for_the_limit_is_dropped() {
        assert_eq!(decode(&encode(&[entry(1, 5_000)], 1_000)), Vec::new());
    }

    #[test]
    fn unreadable_text_is_an_empty_transcript() {
        for text in ["", "{", "null", r#"[{"id":"x"}]"#, "[1,2]"] {
            assert_eq!(decode(text), Vec::new(), "{text}");
        }
    }
}
