//! The lessons pane: pick a lesson (`seedbed-lessons`, embedded at build time), load its
//! starting project, read each step and check it against the playground's state.
//!
//! A check assembles a [`World`] from the worker (project files, tables, migrations, the
//! generated client) plus the terminal lines finished since the step opened
//! (`AppState::terminal_log`), and evaluates the step's check in the page. The language
//! (English or Spanish, from `navigator.language`, switchable) and the progress are kept in
//! `localStorage`; `?lesson=<id>&step=<n>` opens a lesson at a step (from 1). Every lesson
//! text reaches the DOM as text nodes (`markup` gives paragraphs, lists, code spans).

use super::Ctx;
use crate::i18n::{self, t, t_with};
use crate::state::{Action, AppState, WorkerStatus};
use seedbed_lessons::markup::{self, Block, Inline};
use seedbed_lessons::{Lesson, Verdict, World, WorldCommand, WorldMigration, WorldTable, evaluate};
use seedbed_protocol::{ProjectSnapshot, Request, Response};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

const PROGRESS_KEY: &str = "seedbed:lessons";

/// What is remembered between visits.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Progress {
    /// The open lesson.
    current: Option<String>,
    /// The step each lesson was at (from 0).
    steps: BTreeMap<String, usize>,
    /// The lesson whose starting project was loaded last.
    loaded: Option<String>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn load_progress() -> Progress {
    local_storage()
        .and_then(|s| s.get_item(PROGRESS_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn save_progress(progress: &Progress) {
    // An embedded lesson is the page's own: it leaves the learner's saved progress alone.
    if crate::embed::is_embed() {
        return;
    }
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(progress)) {
        let _ = storage.set_item(PROGRESS_KEY, &text);
    }
}

const STEP_SINCE_KEY: &str = "seedbed:lesson-step-since";

/// Where the open step began in the terminal: the number of the first entry its check may
/// count. Kept in `sessionStorage` beside the terminal's transcript, which survives a
/// reload too (`crate::transcript`), so after a reload a command run earlier in the same
/// step still counts, and one run before the step opened still does not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct StepSince {
    lesson: String,
    step: usize,
    since: u32,
}

fn session_storage() -> Option<web_sys::Storage> {
    if crate::embed::is_embed() {
        return None;
    }
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// The saved start of `lesson`'s `step`. Without one (the step was opened by a link, or
/// before this was kept), it starts now, after any entries restored from before a reload,
/// and that is saved.
fn load_since(lesson: Option<&String>, step: usize) -> u32 {
    let saved: Option<StepSince> = session_storage()
        .and_then(|s| s.get_item(STEP_SINCE_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok());
    match (saved, lesson) {
        (Some(s), Some(lesson)) if s.lesson == *lesson && s.step == step => s.since,
        (_, lesson) => {
            let since = crate::transcript::load()
                .last()
                .map_or(0, |e| e.id.wrapping_add(1))
                .max(super::terminal::peek_next_entry_id());
            if let Some(lesson) = lesson {
                save_since(&StepSince {
                    lesson: lesson.clone(),
                    step,
                    since,
                });
            }
            since
        }
    }
}

fn save_since(since: &StepSince) {
    if let (Some(storage), Ok(text)) = (session_storage(), serde_json::to_string(since)) {
        let _ = storage.set_item(STEP_SINCE_KEY, &text);
    }
}

/// `?lesson=<id>&step=<n>` (n from 1).
fn link_target() -> Option<(String, usize)> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    let id = params.get("lesson")?;
    let step = params
        .get("step")
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(1);
    Some((id, step.saturating_sub(1)))
}

/// Replaces the project with `lesson`'s starting project, then calls `done` with the
/// worker's refusal, if any; the panes reload the project either way.
fn load_lesson_project(ctx: &Ctx, lesson: &Lesson, done: impl FnOnce(Option<String>) + 'static) {
    let ctx2 = ctx.clone();
    ctx.bridge.request(
        Request::ReplaceProject {
            files: ProjectSnapshot {
                files: lesson.project.clone(),
                database_exists: false,
            },
            database: None,
        },
        move |response| {
            done(match response {
                Response::Error { message } => Some(message),
                _ => None,
            });
            ctx2.load_project();
            ctx2.refresh(None);
            ctx2.dispatch.dispatch(Action::ClientGenerated);
        },
    );
}

/// The link that opens `lesson` at `step` (from 0).
fn step_link(lesson: &str, step: usize) -> String {
    let base = web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default();
    format!("{base}?lesson={lesson}&step={}", step + 1)
}

fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// Where the current step's check is.
#[derive(Debug, Clone, PartialEq)]
enum CheckState {
    Idle,
    Checking,
    Passed,
    Failed(String),
}

/// Asks the worker for what a check looks at, then calls `done` with the world.
fn assemble(
    ctx: &Ctx,
    schema_text: Option<String>,
    history: Vec<WorldCommand>,
    done: Callback<World>,
) {
    let bridge = ctx.bridge.clone();
    ctx.bridge.request(Request::ProjectFiles, move |response| {
        let files = match response {
            Response::Files { files } => files.files,
            _ => BTreeMap::new(),
        };
        let schema_text = schema_text
            .or_else(|| files.get("prisma/schema.prisma").cloned())
            .unwrap_or_default();
        let mut world = World {
            schema_text,
            files,
            terminal_history: history,
            ..World::default()
        };
        let bridge2 = bridge.clone();
        bridge.request(Request::ListTables, move |response| {
            if let Response::Tables { tables } = response {
                world.tables = tables
                    .into_iter()
                    .map(|t| WorldTable {
                        name: t.name,
                        row_count: t.row_count,
                    })
                    .collect();
            }
            let bridge3 = bridge2.clone();
            bridge2.request(Request::MigrationsOverview, move |response| {
                if let Response::Migrations { migrations, .. } = response {
                    world.migrations = migrations
                        .into_iter()
                        .map(|m| WorldMigration {
                            name: m.name,
                            status: m.status,
                        })
                        .collect();
                }
                let bridge4 = bridge3.clone();
                bridge3.request(Request::ClientInfo, move |response| {
                    if let Response::Generated {
                        client: Some(client),
                        ..
                    } = response
                    {
                        world.client_generated_schema = Some(client.schema);
                    }
                    // The schema checks read facts the worker's schema language computes.
                    let schema = world.schema_text.clone();
                    bridge4.request(Request::SchemaFacts { schema }, move |response| {
                        if let Response::SchemaFacts { facts } = response {
                            world.schema = facts;
                        }
                        done.emit(world);
                    });
                });
            });
        });
    });
}

fn inline_html(pieces: &[Inline]) -> Html {
    pieces
        .iter()
        .map(|piece| match piece {
            Inline::Text(text) => html! { <>{ text.clone() }</> },
            Inline::Code(code) => html! { <code>{ code.clone() }</code> },
        })
        .collect()
}

/// A lesson text as paragraphs, lists and code, all text nodes.
fn text_html(text: &str) -> Html {
    markup::blocks(text)
        .iter()
        .map(|block| match block {
            Block::Paragraph(pieces) => html! { <p>{ inline_html(pieces) }</p> },
            Block::List(items) => html! {
                <ul>{ for items.iter().map(|item| html! { <li>{ inline_html(item) }</li> }) }</ul>
            },
            Block::Pre(code) => html! { <pre><code>{ code.clone() }</code></pre> },
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct LessonsProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn Lessons(props: &LessonsProps) -> Html {
    let lessons: Rc<Vec<Lesson>> = use_memo((), |_| seedbed_lessons::lessons());
    let lang_ctx = i18n::use_lang();
    let progress = use_state(|| {
        let mut p = load_progress();
        if let Some((id, step)) = link_target() {
            p.current = Some(id.clone());
            p.steps.insert(id, step);
        }
        p
    });
    let check = use_state(|| CheckState::Idle);
    let show_hint = use_state(|| false);
    // The first terminal entry of the open step: the check sees what ran from there on.
    let since = use_state(|| {
        let step = progress
            .current
            .as_ref()
            .and_then(|id| progress.steps.get(id))
            .copied()
            .unwrap_or(0);
        load_since(progress.current.as_ref(), step)
    });
    let starting = use_state(|| None::<String>);

    let lang = lang_ctx.code().to_owned();
    let current = progress
        .current
        .as_ref()
        .and_then(|id| lessons.iter().position(|l| l.id == *id));

    // Moves to a step (or none) and resets what belongs to the step.
    let go = {
        let (progress, check, show_hint, since) = (
            progress.clone(),
            check.clone(),
            show_hint.clone(),
            since.clone(),
        );
        Callback::from(move |(id, step, loaded): (String, usize, bool)| {
            let mut p = (*progress).clone();
            p.current = Some(id.clone());
            p.steps.insert(id.clone(), step);
            if loaded {
                p.loaded = Some(id.clone());
            }
            save_progress(&p);
            progress.set(p);
            check.set(CheckState::Idle);
            show_hint.set(false);
            let first = super::terminal::peek_next_entry_id();
            save_since(&StepSince {
                lesson: id,
                step,
                since: first,
            });
            since.set(first);
        })
    };

    let on_pick = {
        let (go, progress) = (go.clone(), progress.clone());
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            if id.is_empty() {
                let mut p = (*progress).clone();
                p.current = None;
                save_progress(&p);
                progress.set(p);
            } else {
                let step = progress.steps.get(&id).copied().unwrap_or(0);
                go.emit((id, step, false));
            }
        })
    };

    // Loads the lesson's starting project (after a confirmation) and opens its first step.
    let start = {
        let (ctx, go, starting, lessons, lang) = (
            props.ctx.clone(),
            go.clone(),
            starting.clone(),
            lessons.clone(),
            lang.clone(),
        );
        Callback::from(move |index: usize| {
            let Some(lesson) = lessons.get(index) else {
                return;
            };
            if !confirm(&t(&lang, "lessons.confirm_start")) {
                return;
            }
            starting.set(Some(t(&lang, "lessons.starting")));
            let (go, starting, id, lang) = (
                go.clone(),
                starting.clone(),
                lesson.id.clone(),
                lang.clone(),
            );
            load_lesson_project(&ctx, lesson, move |refusal| match refusal {
                Some(message) => starting.set(Some(format!(
                    "{} {message}",
                    t(&lang, "lessons.start_failed")
                ))),
                None => {
                    starting.set(None);
                    go.emit((id, 0, true));
                }
            });
        })
    };

    // Where the learner is, for share links.
    {
        let dispatch = props.ctx.dispatch.clone();
        let at = progress.current.as_ref().and_then(|id| {
            lessons
                .iter()
                .any(|l| l.id == *id)
                .then(|| (id.clone(), progress.steps.get(id).copied().unwrap_or(0)))
        });
        use_effect_with(at, move |at| {
            dispatch.dispatch(Action::LessonAt(at.clone()))
        });
    }

    // A link asked for a lesson at a step, on the project it just opened.
    {
        let (go, lessons) = (go.clone(), lessons.clone());
        use_effect_with(props.state.lesson_request.clone(), move |request| {
            if let Some((_, id, step)) = request
                && lessons.iter().any(|l| l.id == *id)
            {
                go.emit((id.clone(), *step, true));
            }
        });
    }

    // Embedded with `?embed&lesson=<id>[&step=n]`: load the lesson's project (in memory, as
    // everything in an embed) once the engine is ready, and open the step. No question:
    // an embed has no work of the learner's to lose.
    {
        let ready = matches!(props.state.worker, WorkerStatus::Ready { .. });
        let (ctx, go, starting, lessons, lang) = (
            props.ctx.clone(),
            go.clone(),
            starting.clone(),
            lessons.clone(),
            lang.clone(),
        );
        let embedded = use_mut_ref(|| false);
        use_effect_with(ready, move |ready| {
            let target = link_target().filter(|_| crate::embed::is_embed());
            if let (true, Some((id, step))) = (*ready, target)
                && !embedded.replace(true)
                && let Some(lesson) = lessons.iter().find(|l| l.id == id)
            {
                starting.set(Some(t(&lang, "lessons.starting")));
                load_lesson_project(&ctx, lesson, move |refusal| match refusal {
                    Some(message) => starting.set(Some(format!(
                        "{} {message}",
                        t(&lang, "lessons.start_failed")
                    ))),
                    None => {
                        starting.set(None);
                        go.emit((id, step, true));
                    }
                });
            }
        });
    }

    // Back to the list of lessons.
    let close = {
        let progress = progress.clone();
        Callback::from(move |_| {
            let mut p = (*progress).clone();
            p.current = None;
            save_progress(&p);
            progress.set(p);
        })
    };
    let all_button = html! {
        <button id="lesson-all" onclick={close}>{ t(&lang, "lessons.all") }</button>
    };

    let ready = matches!(props.state.worker, WorkerStatus::Ready { .. });
    let picker = html! {
        <select id="lesson-select" aria-label={t(&lang, "lessons.choose")} onchange={on_pick}>
            <option value="" selected={current.is_none()}>{ t(&lang, "lessons.choose") }</option>
            { for lessons.iter().map(|l| html! {
                <option value={l.id.clone()} selected={progress.current.as_deref() == Some(l.id.as_str())}>
                    { l.title.get(&lang).replace('`', "") }
                </option>
            }) }
        </select>
    };

    let body = match current.and_then(|i| lessons.get(i).map(|l| (i, l))) {
        None if lessons.is_empty() => html! { <p>{ t(&lang, "lessons.none") }</p> },
        None => html! {
            <ul class="lesson-list">
                { for lessons.iter().map(|l| {
                    let (go, id, step) = (go.clone(), l.id.clone(), progress.steps.get(&l.id).copied().unwrap_or(0));
                    html! {
                        <li>
                            <button class="lesson-open" data-lesson={l.id.clone()}
                                onclick={Callback::from(move |_| go.emit((id.clone(), step, false)))}>
                                { l.title.get(&lang).replace('`', "") }
                            </button>
                            <div class="lesson-summary">{ text_html(l.summary.get(&lang)) }</div>
                        </li>
                    }
                }) }
            </ul>
        },
        Some((index, lesson)) => {
            let total = lesson.steps.len();
            let step_index = progress
                .steps
                .get(&lesson.id)
                .copied()
                .unwrap_or(0)
                .min(total);
            let loaded = progress.loaded.as_deref() == Some(lesson.id.as_str());
            let start_button = {
                let start = start.clone();
                html! {
                    <button id="lesson-start" disabled={!ready || starting.is_some()}
                        onclick={Callback::from(move |_| start.emit(index))}>
                        { if loaded { t(&lang, "lessons.reset") } else { t(&lang, "lessons.start") } }
                    </button>
                }
            };
            let notice = starting
                .as_ref()
                .map(|s| html! { <p class="lesson-status" role="status">{ s.clone() }</p> });
            let not_loaded = (!loaded).then(|| {
                html! { <p class="lesson-note">{ t(&lang, "lessons.not_loaded") }</p> }
            });
            match lesson.steps.get(step_index) {
                None => {
                    let (go, id) = (go.clone(), lesson.id.clone());
                    let back = Callback::from(move |_| {
                        go.emit((id.clone(), total.saturating_sub(1), false))
                    });
                    html! {
                        <div class="lesson" data-lesson={lesson.id.clone()} data-step="done">
                            <h3>{ lesson.title.get(&lang).replace('`', "") }</h3>
                            <p class="lesson-finished">{ t(&lang, "lessons.finished") }</p>
                            <div class="lesson-buttons">
                                <button id="lesson-back" onclick={back}>{ t(&lang, "lessons.back") }</button>
                                { start_button }
                                { all_button }
                            </div>
                            { for notice }
                        </div>
                    }
                }
                Some(step) => {
                    let move_to = |to: usize| {
                        let (go, id) = (go.clone(), lesson.id.clone());
                        Callback::from(move |_| go.emit((id.clone(), to, false)))
                    };
                    let on_check = {
                        let (ctx, check, state, since, lang, step) = (
                            props.ctx.clone(),
                            check.clone(),
                            props.state.clone(),
                            since.clone(),
                            lang.clone(),
                            step.clone(),
                        );
                        Callback::from(move |_| {
                            check.set(CheckState::Checking);
                            let history: Vec<WorldCommand> = state
                                .terminal_log
                                .iter()
                                .filter(|c| c.entry >= *since)
                                .map(|c| WorldCommand {
                                    line: c.line.clone(),
                                    exit_code: c.exit_code,
                                })
                                .collect();
                            let (check, lang, step) = (check.clone(), lang.clone(), step.clone());
                            let done = Callback::from(move |world: World| {
                                match evaluate(&step.check, &step.hint, &world, &lang) {
                                    Verdict::Pass => check.set(CheckState::Passed),
                                    Verdict::Fail { hint } => check.set(CheckState::Failed(hint)),
                                }
                            });
                            assemble(
                                &ctx,
                                super::live_schema_text().or_else(|| state.schema_text.clone()),
                                history,
                                done,
                            );
                        })
                    };
                    let toggle_hint = {
                        let show_hint = show_hint.clone();
                        Callback::from(move |_| show_hint.set(!*show_hint))
                    };
                    let verdict = match &*check {
                        CheckState::Idle => Html::default(),
                        CheckState::Checking => html! {
                            <p class="lesson-checking" role="status">{ t(&lang, "lessons.checking") }</p>
                        },
                        CheckState::Passed => html! {
                            <p class="lesson-passed" role="status">{ t(&lang, "lessons.passed") }</p>
                        },
                        CheckState::Failed(hint) => html! {
                            <div class="lesson-failed" role="status">
                                <p><strong>{ t(&lang, "lessons.not_yet") }</strong></p>
                                <div class="lesson-hint">{ text_html(hint) }</div>
                            </div>
                        },
                    };
                    let hint =
                        (*show_hint && !matches!(&*check, CheckState::Failed(_))).then(|| {
                            html! {
                                <div class="lesson-hint">{ text_html(step.hint.get(&lang)) }</div>
                            }
                        });
                    let passed = *check == CheckState::Passed;
                    html! {
                        <div class="lesson" data-lesson={lesson.id.clone()} data-step={(step_index + 1).to_string()}
                            data-verdict={match &*check { CheckState::Passed => Some("pass"), CheckState::Failed(_) => Some("fail"), _ => None }}>
                            <h3>{ lesson.title.get(&lang).replace('`', "") }</h3>
                            <p class="lesson-progress">
                                { t_with(&lang, "lessons.step_of", &[("n", (step_index + 1).to_string()), ("total", total.to_string())]) }
                                { " · " }
                                <a class="lesson-link" href={step_link(&lesson.id, step_index)}>{ t(&lang, "lessons.link") }</a>
                            </p>
                            { for not_loaded }
                            <h4 class="lesson-step-title">{ step.title.get(&lang) }</h4>
                            <div class="lesson-text">{ text_html(step.text.get(&lang)) }</div>
                            <div class="lesson-task">
                                <h5>{ t(&lang, "lessons.your_turn") }</h5>
                                { text_html(step.task.get(&lang)) }
                            </div>
                            { verdict }
                            { for hint }
                            <div class="lesson-buttons">
                                <button id="lesson-back" disabled={step_index == 0} onclick={move_to(step_index.saturating_sub(1))}>
                                    { t(&lang, "lessons.back") }
                                </button>
                                <button id="lesson-check" disabled={!ready || *check == CheckState::Checking} onclick={on_check}>
                                    { t(&lang, "lessons.check") }
                                </button>
                                if passed {
                                    <button id="lesson-next" class="primary" onclick={move_to(step_index + 1)}>
                                        { t(&lang, "lessons.next") }
                                    </button>
                                } else {
                                    <button id="lesson-skip" onclick={move_to(step_index + 1)}>
                                        { t(&lang, "lessons.skip") }
                                    </button>
                                }
                                <button id="lesson-hint-button" aria-pressed={show_hint.to_string()} onclick={toggle_hint}>
                                    { t(&lang, "lessons.hint") }
                                </button>
                                { start_button }
                                { all_button }
                            </div>
                            { for notice }
                        </div>
                    }
                }
            }
        }
    };

    html! {
        <section class="pane lessons-pane" aria-labelledby="lessons-title">
            <div class="pane-head">
                <h2 id="lessons-title">{ t(&lang, "lessons.title") }</h2>
                { picker }
            </div>
            <div class="lesson-body">{ body }</div>
        </section>
    }
}
