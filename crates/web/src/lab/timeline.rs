//! The timeline of one run: request → queries → payload → diff → commit, each step with a
//! plain-words explanation, and the Next.js documentation it rests on, quoted with its
//! source (from `PLAYGROUND_ANCHORS.md` §4).

use super::{Mode, Text};

/// A line of documentation, word for word, and where it is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub text: &'static str,
    pub source: &'static str,
}

pub const USE_ROUTER: &str = "https://nextjs.org/docs/app/api-reference/functions/use-router";

pub const ROUTER_REFRESH: Quote = Quote {
    text: "router.refresh(): Refresh the current route. Making a new request to the server, re-fetching data requests, and re-rendering Server Components. The client will merge the updated React Server Component payload without losing unaffected client-side React (e.g. useState) or browser state (e.g. scroll position).",
    source: USE_ROUTER,
};

pub const REFRESH_CACHED: Quote = Quote {
    text: "refresh() could re-produce the same result if fetch requests are cached. Other Dynamic APIs like cookies and headers could also change the response.",
    source: USE_ROUTER,
};

pub const FULL_PAYLOAD: Quote = Quote {
    text: "When router.refresh() is called we fetch the full RSC payload from the server (root layout till the page) - The client-side router cache is fully invalidated … RSC payload is applied to the state",
    source: "https://github.com/vercel/next.js/commit/341daf9c7dd873cf8cd19192a7da329d9ad3b2f4",
};

pub const REVALIDATE_IN_HANDLER: Quote = Quote {
    text: "Marks the path for revalidation. The revalidation is done on the next visit",
    source: "https://nextjs.org/docs/app/api-reference/functions/revalidatePath",
};

pub const PARTIAL_RENDERING: Quote = Quote {
    text: "Partial rendering means only the route segments that change on navigation re-render on the client, and any shared segments are preserved.",
    source: "https://nextjs.org/docs/app/building-your-application/routing/linking-and-navigating#4-partial-rendering",
};

/// The kinds of step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Request,
    Stale,
    Queries,
    Payload,
    Diff,
    Commit,
}

impl Step {
    pub fn id(self) -> &'static str {
        match self {
            Step::Request => "request",
            Step::Stale => "stale",
            Step::Queries => "queries",
            Step::Payload => "payload",
            Step::Diff => "diff",
            Step::Commit => "commit",
        }
    }
}

/// One step of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub step: Step,
    /// What happened, with the numbers.
    pub summary: Text,
    /// Why, in plain words.
    pub explanation: String,
    /// The key of the same explanation in the interface's texts (`www/i18n/<code>/lab.json`).
    pub explanation_key: &'static str,
    /// The SQL the step ran, as the client logged it.
    pub sql: Vec<String>,
    pub quote: Option<Quote>,
}

impl Entry {
    pub fn new(step: Step, summary: Text) -> Entry {
        Entry {
            explanation: explain(step, None).into(),
            explanation_key: explain_key(step, None),
            step,
            summary,
            sql: Vec::new(),
            quote: None,
        }
    }

    pub fn for_mode(step: Step, mode: Mode, summary: Text) -> Entry {
        Entry {
            explanation: explain(step, Some(mode)).into(),
            explanation_key: explain_key(step, Some(mode)),
            quote: quote(step, mode),
            ..Entry::new(step, summary)
        }
    }

    pub fn with_sql(mut self, sql: Vec<String>) -> Entry {
        self.sql = sql;
        self
    }
}

/// The plain-words explanation of a step.
pub fn explain(step: Step, mode: Option<Mode>) -> &'static str {
    match (step, mode) {
        (Step::Request, _) => {
            "The browser called the route handler, which ran the mutation on the server. It answers whoever called it; nothing tells the page that its data changed."
        }
        (Step::Stale, _) => {
            "The Server Components ran once, on the server, when the page was rendered, and their output is all the browser has. A write in a route handler does not re-render the page the learner is looking at, so it shows the old data until something asks the server again: router.refresh(), a navigation or a reload."
        }
        (Step::Queries, Some(Mode::FullReload)) => {
            "A reload asks the server for the whole page again, so every Server Component runs its query."
        }
        (Step::Queries, _) => {
            "router.refresh() does not know which data changed: it asks the server for the whole route again, and every Server Component re-runs its query, the ones whose data did not change included."
        }
        (Step::Payload, _) => {
            "The server sends what the Server Components rendered as an RSC payload: a serialized tree of element types, keys and props, not HTML."
        }
        (Step::Diff, Some(Mode::FullReload)) => {
            "A reload throws the old tree away: nothing is compared, everything is built again from the new payload."
        }
        (Step::Diff, _) => {
            "The client merges the new payload into the tree it already has, matching elements by type and key (list items by their id). Parts that came back the same are kept as they are."
        }
        (Step::Commit, Some(Mode::FullReload)) => {
            "Every DOM node was recreated, and the Client Component started over: its text, counter and toggle are back to their first values."
        }
        (Step::Commit, Some(Mode::Stale)) => {
            "No DOM node was touched: the page did not ask for anything."
        }
        (Step::Commit, _) => {
            "Only what the merge found different reached the DOM; the Client Component kept its state. These numbers were recorded by a MutationObserver on the page, not predicted."
        }
    }
}

/// The key of [`explain`]'s text in the interface's translations.
pub fn explain_key(step: Step, mode: Option<Mode>) -> &'static str {
    match (step, mode) {
        (Step::Request, _) => "lab.why.request",
        (Step::Stale, _) => "lab.why.stale",
        (Step::Queries, Some(Mode::FullReload)) => "lab.why.queries_reload",
        (Step::Queries, _) => "lab.why.queries",
        (Step::Payload, _) => "lab.why.payload",
        (Step::Diff, Some(Mode::FullReload)) => "lab.why.diff_reload",
        (Step::Diff, _) => "lab.why.diff",
        (Step::Commit, Some(Mode::FullReload)) => "lab.why.commit_reload",
        (Step::Commit, Some(Mode::Stale)) => "lab.why.commit_stale",
        (Step::Commit, _) => "lab.why.commit",
    }
}

/// The documentation a step quotes.
pub fn quote(step: Step, mode: Mode) -> Option<Quote> {
    match (step, mode) {
        (Step::Stale, _) => Some(REVALIDATE_IN_HANDLER),
        (Step::Queries, Mode::RouterRefresh) => Some(FULL_PAYLOAD),
        (Step::Payload, Mode::RouterRefresh) => Some(REFRESH_CACHED),
        (Step::Diff, Mode::RouterRefresh) => Some(PARTIAL_RENDERING),
        (Step::Commit, Mode::RouterRefresh) => Some(ROUTER_REFRESH),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_explains_itself_and_refresh_quotes_the_docs() {
        for mode in Mode::ALL {
            for step in [
                Step::Request,
                Step::Stale,
                Step::Queries,
                Step::Payload,
                Step::Diff,
                Step::Commit,
            ] {
                assert!(!explain(step, Some(mode)).is_empty());
                // The English translation is this very text.
                assert_eq!(
                    crate::i18n::t("en", explain_key(step, Some(mode))),
                    explain(step, Some(mode))
                );
            }
        }
        let e = Entry::for_mode(Step::Commit, Mode::RouterRefresh, Text::default());
        assert_eq!(e.quote, Some(ROUTER_REFRESH));
        assert!(
            e.quote
                .unwrap()
                .text
                .contains("without losing unaffected client-side React")
        );
        assert!(
            Entry::for_mode(Step::Stale, Mode::Stale, Text::default())
                .quote
                .unwrap()
                .source
                .ends_with("revalidatePath")
        );
    }
}
