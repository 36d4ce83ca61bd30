//! The DOM mutations one commit made, as a `MutationObserver` on the simulated page records
//! them, and the rules for what is not counted.
//!
//! Two things in the page change without being part of the route's output, and are left out:
//! - the flash that marks a changed node: the lab adds and removes the class [`FLASH_CLASS`],
//!   which the observer sees as `class` attribute changes. An attribute record is dropped
//!   when the old and new class lists are the same once that token is left out
//!   ([`is_flash_toggle`]); any other class change still counts. (Disconnecting the observer around the flash would also
//!   work, but would lose a real mutation that lands while the flash is being set.)
//! - the instrumentation: render counters live in elements with the class [`META_CLASS`];
//!   records whose target is inside one are dropped.

/// The class that makes a changed node flash (an animation of about 600 ms).
pub const FLASH_CLASS: &str = "lab-flash";
/// The class of the lab's own annotations inside the page (render counts).
pub const META_CLASS: &str = "lab-meta";
/// How long a flash lasts.
pub const FLASH_MS: i32 = 600;

/// The mutations of one commit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Subtrees inserted: a node inserted inside another node inserted in the same commit
    /// counts as part of it (Yew mounts top-down into the live DOM)…
    pub added: usize,
    /// …and the nodes inside them, the roots included.
    pub added_nodes: usize,
    /// Nodes removed (a subtree counts once)…
    pub removed: usize,
    /// …and the nodes inside them.
    pub removed_nodes: usize,
    /// Text nodes whose text changed (`characterData` records).
    pub text: usize,
    /// Attribute changes.
    pub attributes: usize,
}

impl Counts {
    /// All mutations, a subtree counting once.
    pub fn total(&self) -> usize {
        self.added + self.removed + self.text + self.attributes
    }
}

/// Whether a `class` write from `old` to `new` changed nothing but the flash class (adding
/// it, removing it, or removing it where it was already gone, which the observer still
/// reports as a write).
pub fn is_flash_toggle(old: Option<&str>, new: Option<&str>) -> bool {
    let without = |s: Option<&str>| -> Vec<String> {
        let mut tokens: Vec<String> = s
            .unwrap_or("")
            .split_whitespace()
            .filter(|t| *t != FLASH_CLASS)
            .map(String::from)
            .collect();
        tokens.sort();
        tokens
    };
    without(old) == without(new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_flash_token_is_ignored() {
        assert!(is_flash_toggle(
            Some("lab-item"),
            Some("lab-item lab-flash")
        ));
        assert!(is_flash_toggle(
            Some("lab-item lab-flash"),
            Some("lab-item")
        ));
        assert!(is_flash_toggle(None, Some("lab-flash")));
        assert!(!is_flash_toggle(Some("lab-item"), Some("lab-item done")));
        assert!(is_flash_toggle(Some("a"), Some("a")));
        let c = Counts {
            added: 1,
            added_nodes: 5,
            text: 1,
            ..Counts::default()
        };
        assert_eq!(c.total(), 2);
    }
}
