//! The partial-refresh lab's logic (issue 10), kept free of the DOM so it is tested natively.
//!
//! A simulated Next.js route over the learner's own data: Server Components whose queries run
//! in the engine worker (which plays the server) and render a payload tree ([`payload`]); a
//! route handler running a mutation ([`presets`]); and what the page does afterwards in each
//! [`Mode`]. The [`session::Session`] is the state machine the `RefreshLab` component drives;
//! [`timeline`] holds the steps with their plain-words explanations and the Next.js
//! documentation they quote; [`counts`] the DOM mutations a commit made.

pub mod counts;
pub mod payload;
pub mod presets;
pub mod route;
pub mod schema;
pub mod session;
pub mod timeline;

/// A text of the lab, said in the interface's language when shown: a key of
/// `www/i18n/<code>/lab.json` and its placeholders' values (empty key: no text).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    pub key: &'static str,
    pub values: Vec<(&'static str, String)>,
}

impl Text {
    pub fn new(key: &'static str) -> Text {
        Text {
            key,
            values: Vec::new(),
        }
    }

    pub fn with(key: &'static str, values: Vec<(&'static str, String)>) -> Text {
        Text { key, values }
    }

    /// The text in `language` (English for the tests).
    pub fn in_language(&self, language: &str) -> String {
        if self.key.is_empty() {
            return String::new();
        }
        crate::i18n::t_with(language, self.key, &self.values)
    }
}

/// What the page does after the route handler's mutation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Nothing: the page keeps what the server rendered before.
    Stale,
    /// A browser reload: all state is discarded and everything is mounted anew.
    FullReload,
    /// `router.refresh()`: every Server Component re-runs, the new payload is merged.
    RouterRefresh,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Stale, Mode::FullReload, Mode::RouterRefresh];

    pub fn id(self) -> &'static str {
        match self {
            Mode::Stale => "stale",
            Mode::FullReload => "reload",
            Mode::RouterRefresh => "refresh",
        }
    }

    pub fn from_id(id: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.id() == id)
    }

    /// Where the comparison table keeps this mode's last run.
    pub fn index(self) -> usize {
        match self {
            Mode::Stale => 0,
            Mode::FullReload => 1,
            Mode::RouterRefresh => 2,
        }
    }
}
