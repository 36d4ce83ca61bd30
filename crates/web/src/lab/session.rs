//! The lab's state machine: load the route from the generated client, run the route
//! handler's mutation, react to it in the chosen [`Mode`], and keep the timeline and the
//! comparison of the three modes. The component sends the requests and records the DOM;
//! everything decided here is plain data.

use super::counts::Counts;
use super::payload::{self, Diff, Kind, Node};
use super::presets::{self, Mutation, Preset};
use super::route::{DEFAULT_TAKE, Route};
use super::schema::{self, SchemaInfo};
use super::timeline::{Entry, Step};
use super::{Mode, Text};
use serde_json::Value as Json;
use std::rc::Rc;

/// What the learner is told when there is no client to query (a key of `lab.json`).
pub const NOT_GENERATED: &str = "lab.not_generated";
/// …and when the client has no model.
pub const NO_MODEL: &str = "lab.no_model";

/// A client call's outcome, reduced to what the lab shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallOutcome {
    pub result_json: Option<String>,
    pub error: Option<String>,
    pub sql: Vec<String>,
}

/// One client call the page has to send.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub model: String,
    pub operation: String,
    pub args_json: String,
}

/// The last run of a mode, for the comparison table.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSummary {
    pub label: String,
    pub queries: usize,
    pub payload_bytes: usize,
    pub counts: Counts,
}

/// What follows a mutation's reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    /// The mutation failed: the run ends here.
    Stop,
    /// Nothing is fetched; record the (empty) commit.
    Record,
    /// Run the route's queries, then commit.
    Fetch,
}

/// The commit being recorded.
#[derive(Debug, Clone, PartialEq)]
struct Pending {
    mode: Option<Mode>,
    label: String,
    queries: usize,
    payload_bytes: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Session {
    pub info: SchemaInfo,
    pub route: Option<Route>,
    /// What each Server Component rendered last (shown on the page).
    pub payload: Vec<Option<Rc<Node>>>,
    /// A component whose query failed.
    pub errors: Vec<Option<String>>,
    /// Changes when the page is re-mounted (a full reload).
    pub generation: u32,
    pub mode: Option<Mode>,
    pub mutation: Option<Mutation>,
    /// The preset the mutation came from, until the learner edits it.
    pub preset: Option<Preset>,
    pub timeline: Vec<Entry>,
    /// The last run of each mode, by [`Mode::index`].
    pub runs: [Option<RunSummary>; 3],
    /// How many times each Server Component's query ran.
    pub query_runs: Vec<u32>,
    /// The rows of the list and the total, from the last queries (what the page shows).
    pub rows: Vec<Json>,
    pub total: u64,
    pub message: Option<Text>,
    pub busy: bool,
    /// How many commits the page made, and the mutations of the last one.
    pub commits: u32,
    pub last_counts: Option<Counts>,
    nonce: u64,
    pending: Option<Pending>,
}

impl Session {
    pub fn mode(&self) -> Mode {
        self.mode.unwrap_or(Mode::RouterRefresh)
    }

    /// Builds the route from the generated client (its schema's first model with a
    /// delegate). Returns whether there is a route to fetch.
    pub fn load(&mut self, client: Option<(&str, &[String])>) -> bool {
        self.route = None;
        self.payload.clear();
        self.errors.clear();
        self.timeline.clear();
        let Some((schema_text, delegates)) = client else {
            self.message = Some(Text::new(NOT_GENERATED));
            return false;
        };
        self.info = schema::read(schema_text);
        let Some(model) = self
            .info
            .models
            .iter()
            .find(|m| delegates.contains(&m.property))
        else {
            self.message = Some(Text::new(NO_MODEL));
            return false;
        };
        let route = Route::for_model(model, DEFAULT_TAKE);
        self.payload = vec![None; route.components.len()];
        self.errors = vec![None; route.components.len()];
        self.query_runs = vec![0; route.components.len()];
        self.route = Some(route);
        self.message = None;
        self.generation += 1;
        self.pending = None;
        if self.mutation.is_none() {
            self.mutation = Some(Mutation {
                operation: "create".into(),
                args_json: "{\"data\": {}}".into(),
                note: super::Text::new("lab.note.pick"),
            });
        }
        true
    }

    /// The route's queries: one per enabled Server Component, with its index.
    pub fn queries(&self) -> Vec<(usize, Call)> {
        let Some(route) = &self.route else {
            return Vec::new();
        };
        route
            .components
            .iter()
            .enumerate()
            .filter(|(_, c)| c.enabled)
            .map(|(i, c)| {
                (
                    i,
                    Call {
                        model: route.model.property.clone(),
                        operation: c.operation.clone(),
                        args_json: c.args_json.clone(),
                    },
                )
            })
            .collect()
    }

    /// Replaces the mutation with a preset's, built from what the page shows.
    pub fn apply_preset(&mut self, preset: Preset) {
        let Some(route) = &self.route else {
            return;
        };
        self.nonce += 1;
        match presets::build(
            preset, route, &self.info, &self.rows, self.total, self.nonce,
        ) {
            Ok(m) => {
                self.mutation = Some(m);
                self.preset = Some(preset);
                self.message = None;
            }
            Err(e) => self.message = Some(e),
        }
    }

    /// The learner edited the mutation.
    pub fn edit_mutation(&mut self, operation: Option<String>, args_json: Option<String>) {
        if let Some(m) = &mut self.mutation {
            if let Some(op) = operation {
                m.operation = op;
            }
            if let Some(args) = args_json {
                m.args_json = args;
            }
            m.note = super::Text::new("lab.note.edited");
        }
        self.preset = None;
    }

    /// Starts a run in `mode`: the route handler's call, or a message when its arguments
    /// are not valid JSON (nothing is sent then).
    pub fn start_run(&mut self, mode: Mode) -> Option<Call> {
        let (Some(route), Some(m)) = (&self.route, &self.mutation) else {
            self.message = Some(Text::new(NOT_GENERATED));
            return None;
        };
        if self.busy {
            return None;
        }
        if let Err(e) = m.parsed_args() {
            self.message = Some(e);
            return None;
        }
        self.mode = Some(mode);
        self.message = None;
        self.busy = true;
        self.timeline.clear();
        self.pending = Some(Pending {
            mode: Some(mode),
            label: self
                .preset
                .map_or("Custom mutation", Preset::label)
                .to_string(),
            queries: 0,
            payload_bytes: 0,
        });
        Some(Call {
            model: route.model.property.clone(),
            operation: m.operation.clone(),
            args_json: m.args_json.clone(),
        })
    }

    /// The mutation's reply.
    pub fn mutation_done(&mut self, outcome: CallOutcome) -> After {
        let (Some(route), Some(m)) = (&self.route, &self.mutation) else {
            return After::Stop;
        };
        let mode = self.mode();
        let call = format!(
            "{} {} → prisma.{}.{}({})",
            m.method(),
            route.api_path(),
            route.model.property,
            m.operation,
            m.args_json
        );
        let summary = match (&outcome.error, &outcome.result_json) {
            (Some(e), _) => Text::with(
                "lab.sum.request_failed",
                vec![("call", call), ("error", e.clone())],
            ),
            (None, Some(r)) => Text::with(
                "lab.sum.request_returned",
                vec![("call", call), ("result", shorten(r, 160))],
            ),
            (None, None) => Text::with("lab.raw", vec![("text", call)]),
        };
        self.timeline
            .push(Entry::for_mode(Step::Request, mode, summary).with_sql(outcome.sql));
        if let Some(e) = outcome.error {
            self.message = Some(Text::with("lab.mutation_failed", vec![("error", e)]));
            self.busy = false;
            self.pending = None;
            return After::Stop;
        }
        if mode == Mode::Stale {
            self.timeline.push(Entry::for_mode(
                Step::Stale,
                mode,
                Text::new("lab.sum.stale"),
            ));
            After::Record
        } else {
            After::Fetch
        }
    }

    /// Starts a refresh or reload without a mutation (the page's own buttons).
    pub fn start_refresh(&mut self, mode: Mode) -> bool {
        if self.route.is_none() || self.busy {
            return false;
        }
        self.busy = true;
        self.mode = Some(mode);
        self.timeline.clear();
        self.pending = Some(Pending {
            mode: Some(mode),
            label: "No mutation".into(),
            queries: 0,
            payload_bytes: 0,
        });
        true
    }

    /// The first render after Load route: the queries run, the page mounts, nothing is
    /// compared.
    pub fn start_first_render(&mut self) {
        self.busy = true;
        self.pending = Some(Pending {
            mode: None,
            label: String::new(),
            queries: 0,
            payload_bytes: 0,
        });
    }

    /// The route's queries answered (by component index): render the new payload, diff it
    /// against the page's, and make it the page's. A full reload (or the first render) also
    /// re-mounts the page.
    pub fn queries_done(&mut self, results: Vec<(usize, CallOutcome)>) {
        let Some(route) = &self.route else {
            return;
        };
        let mode = self.pending.as_ref().and_then(|p| p.mode);
        let first = mode.is_none();
        let mode_or_reload = mode.unwrap_or(Mode::FullReload);
        let mut sql = Vec::new();
        let mut new_payload: Vec<Option<Rc<Node>>> = vec![None; route.components.len()];
        let mut errors: Vec<Option<String>> = vec![None; route.components.len()];
        let mut rendered = Vec::new();
        let count = results.len();
        for (i, outcome) in results {
            let Some(c) = route.components.get(i) else {
                continue;
            };
            if let Some(n) = self.query_runs.get_mut(i) {
                *n += 1;
            }
            sql.extend(outcome.sql.iter().cloned());
            let node = match (&outcome.error, &outcome.result_json) {
                (Some(e), _) => Err(e.clone()),
                (None, Some(json)) => route.render(c, json),
                (None, None) => Err("the query returned nothing".into()),
            };
            match node {
                Ok(node) => {
                    if let Some(json) = &outcome.result_json {
                        match c.kind {
                            Kind::List => {
                                if let Ok(Json::Array(rows)) = serde_json::from_str(json) {
                                    self.rows = rows;
                                }
                            }
                            Kind::Count => {
                                if let Ok(Json::Number(n)) = serde_json::from_str(json) {
                                    self.total = n.as_u64().unwrap_or(0);
                                }
                            }
                            Kind::Card => {}
                        }
                    }
                    rendered.push((c.name.clone(), node.clone()));
                    new_payload[i] = Some(Rc::new(node));
                }
                Err(e) => errors[i] = Some(e),
            }
        }
        let bytes = payload::payload_bytes(&rendered);
        let nodes: usize = rendered.iter().map(|(_, n)| n.node_count()).sum();
        if !first {
            let names: Vec<&str> = rendered.iter().map(|(n, _)| n.as_str()).collect();
            self.timeline.push(
                Entry::for_mode(
                    Step::Queries,
                    mode_or_reload,
                    Text::with(
                        if count == 1 {
                            "lab.sum.queries.one"
                        } else {
                            "lab.sum.queries.other"
                        },
                        vec![("n", count.to_string()), ("names", names.join(", "))],
                    ),
                )
                .with_sql(sql),
            );
            self.timeline.push(Entry::for_mode(
                Step::Payload,
                mode_or_reload,
                Text::with(
                    "lab.sum.payload",
                    vec![
                        ("bytes", bytes.to_string()),
                        ("nodes", nodes.to_string()),
                        ("components", rendered.len().to_string()),
                    ],
                ),
            ));
            let diff_summary = if mode_or_reload == Mode::FullReload {
                Text::with("lab.sum.not_compared", vec![("nodes", nodes.to_string())])
            } else {
                let mut d = Diff::default();
                for (old, new) in self.payload.iter().zip(&new_payload) {
                    let part = match (old, new) {
                        (Some(o), Some(n)) => payload::diff(o, n),
                        (None, Some(_)) => Diff {
                            inserted: 1,
                            ..Diff::default()
                        },
                        (Some(_), None) => Diff {
                            removed: 1,
                            ..Diff::default()
                        },
                        (None, None) => Diff::default(),
                    };
                    add(&mut d, part);
                }
                describe(&d)
            };
            self.timeline
                .push(Entry::for_mode(Step::Diff, mode_or_reload, diff_summary));
        }
        if mode_or_reload == Mode::FullReload {
            self.generation += 1;
        }
        self.payload = new_payload;
        self.errors = errors;
        if let Some(p) = &mut self.pending {
            p.queries = count;
            p.payload_bytes = bytes;
        }
    }

    /// The DOM mutations of the commit the page just made.
    pub fn committed(&mut self, counts: Counts) {
        self.busy = false;
        self.commits += 1;
        self.last_counts = Some(counts);
        let Some(pending) = self.pending.take() else {
            return;
        };
        let Some(mode) = pending.mode else {
            return;
        };
        self.timeline.push(Entry::for_mode(
            Step::Commit,
            mode,
            Text::with(
                "lab.sum.commit",
                vec![
                    ("total", counts.total().to_string()),
                    ("added", counts.added.to_string()),
                    ("added_nodes", counts.added_nodes.to_string()),
                    ("removed", counts.removed.to_string()),
                    ("removed_nodes", counts.removed_nodes.to_string()),
                    ("text", counts.text.to_string()),
                    ("attributes", counts.attributes.to_string()),
                ],
            ),
        ));
        self.runs[mode.index()] = Some(RunSummary {
            label: pending.label,
            queries: pending.queries,
            payload_bytes: pending.payload_bytes,
            counts,
        });
    }

    /// A request failed outright (the worker restarted, …).
    pub fn failed(&mut self, message: String) {
        self.busy = false;
        self.pending = None;
        self.message = Some(Text::with("lab.raw", vec![("text", message)]));
    }
}

fn add(d: &mut Diff, p: Diff) {
    d.inserted += p.inserted;
    d.removed += p.removed;
    d.text += p.text;
    d.attributes += p.attributes;
    d.moved += p.moved;
    d.unchanged += p.unchanged;
}

fn describe(d: &Diff) -> Text {
    if d.changes() == 0 {
        return Text::with(
            "lab.sum.nothing_changed",
            vec![("kept", d.unchanged.to_string())],
        );
    }
    Text::with(
        "lab.sum.diff",
        vec![
            ("changes", d.changes().to_string()),
            ("inserted", d.inserted.to_string()),
            ("removed", d.removed.to_string()),
            ("text", d.text.to_string()),
            ("attributes", d.attributes.to_string()),
            ("moved", d.moved.to_string()),
            ("kept", d.unchanged.to_string()),
        ],
    )
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SCHEMA: &str = "model Post {\n id Int @id @default(autoincrement())\n title String\n}\n";

    fn outcome(json: Json) -> CallOutcome {
        CallOutcome {
            result_json: Some(json.to_string()),
            error: None,
            sql: vec!["SELECT 1".into()],
        }
    }

    fn rows(ids: std::ops::RangeInclusive<i64>) -> Json {
        Json::Array(
            ids.rev()
                .map(|i| json!({"id": i, "title": format!("P{i}")}))
                .collect(),
        )
    }

    fn loaded() -> Session {
        let mut s = Session::default();
        assert!(s.load(Some((SCHEMA, &["post".to_string()]))));
        s.start_first_render();
        s.queries_done(vec![
            (0, outcome(rows(1..=3))),
            (1, outcome(json!(3))),
            (2, outcome(json!({"id": 3, "title": "P3"}))),
        ]);
        s.committed(Counts::default());
        s
    }

    #[test]
    fn without_a_client_or_a_model_the_lab_says_what_to_do() {
        let mut s = Session::default();
        assert!(!s.load(None));
        assert_eq!(s.message.as_ref().map(|m| m.key), Some(NOT_GENERATED));
        assert!(!s.load(Some(("model Post {\n id Int @id\n}\n", &[]))));
        assert_eq!(s.message.as_ref().map(|m| m.key), Some(NO_MODEL));
        assert!(s.start_run(Mode::RouterRefresh).is_none());
    }

    #[test]
    fn a_refresh_runs_every_query_and_diffs_by_key() {
        let mut s = loaded();
        assert_eq!(s.total, 3);
        assert_eq!(s.queries().len(), 3);
        s.apply_preset(Preset::AddOne);
        let call = s.start_run(Mode::RouterRefresh).unwrap();
        assert_eq!(
            (call.operation.as_str(), call.args_json.as_str()),
            ("create", r#"{"data":{"title":"New post 4"}}"#)
        );
        assert_eq!(s.mutation_done(outcome(json!({"id": 4}))), After::Fetch);
        let generation = s.generation;
        s.queries_done(vec![
            (0, outcome(rows(1..=4))),
            (1, outcome(json!(4))),
            (2, outcome(json!({"id": 4, "title": "New post 4"}))),
        ]);
        assert_eq!(s.generation, generation, "a refresh keeps the page mounted");
        let steps: Vec<Step> = s.timeline.iter().map(|e| e.step).collect();
        assert_eq!(
            steps,
            [Step::Request, Step::Queries, Step::Payload, Step::Diff]
        );
        assert!(
            s.timeline[1]
                .summary
                .in_language("en")
                .starts_with("3 queries ran")
        );
        assert_eq!(s.timeline[1].sql.len(), 3);
        // One list item, the total, and the card's title and key.
        assert!(
            s.timeline[3]
                .summary
                .in_language("en")
                .starts_with("4 changes predicted: 1 inserted, 0 removed, 3 text"),
            "{}",
            s.timeline[3].summary.in_language("en")
        );
        s.committed(Counts {
            added: 1,
            added_nodes: 5,
            text: 1,
            ..Counts::default()
        });
        let run = s.runs[Mode::RouterRefresh.index()].as_ref().unwrap();
        assert_eq!((run.label.as_str(), run.queries), ("Add one item", 3));
        assert!(!s.busy);
    }

    #[test]
    fn stale_fetches_nothing_and_reload_remounts() {
        let mut s = loaded();
        s.apply_preset(Preset::EditTitle);
        s.start_run(Mode::Stale).unwrap();
        assert_eq!(s.mutation_done(outcome(json!({}))), After::Record);
        assert_eq!(s.timeline[1].step, Step::Stale);
        s.committed(Counts::default());
        assert_eq!(s.runs[0].as_ref().unwrap().queries, 0);

        let generation = s.generation;
        assert!(s.start_refresh(Mode::FullReload));
        s.queries_done(vec![(0, outcome(rows(1..=3)))]);
        assert_eq!(s.generation, generation + 1);
        assert!(
            s.timeline[2]
                .summary
                .in_language("en")
                .starts_with("Not compared")
        );
    }

    #[test]
    fn bad_json_and_failed_mutations_are_messages() {
        let mut s = loaded();
        s.edit_mutation(None, Some("{ oops".into()));
        assert!(s.start_run(Mode::RouterRefresh).is_none());
        assert!(
            s.message
                .as_ref()
                .unwrap()
                .in_language("en")
                .contains("not valid JSON")
        );
        assert!(!s.busy);
        s.edit_mutation(Some("delete".into()), Some(r#"{"where":{"id":99}}"#.into()));
        s.start_run(Mode::RouterRefresh).unwrap();
        let failed = CallOutcome {
            error: Some("P2025: No record was found for a delete.".into()),
            ..CallOutcome::default()
        };
        assert_eq!(s.mutation_done(failed), After::Stop);
        assert!(
            s.message
                .as_ref()
                .unwrap()
                .in_language("en")
                .contains("P2025")
        );
        assert!(!s.busy);
        // A query that fails shows on its component, the others render.
        s.start_refresh(Mode::RouterRefresh);
        s.queries_done(vec![
            (0, outcome(rows(1..=3))),
            (
                1,
                CallOutcome {
                    error: Some("boom".into()),
                    ..CallOutcome::default()
                },
            ),
        ]);
        assert_eq!(s.errors[1].as_deref(), Some("boom"));
        assert!(s.payload[0].is_some() && s.payload[1].is_none());
    }
}
