//! The terminal pane: Prisma's commands typed as in a shell (`npx prisma migrate dev --name
//! init`), with history (↑/↓, kept in local storage), Tab completion and buttons for the
//! common commands. Lines run in the engine worker (`seedbed-shell`) on the project's files
//! and database; questions Prisma asks become a dialog and the line runs again with the
//! answer; a seed script runs in the client sandbox, its output printed between Prisma's
//! own lines. Finished commands and their output survive a reload (`crate::transcript`).

use super::Ctx;
use crate::sandbox::{CallResult, SandboxEvent, SandboxRun, request_for};
use crate::state::{Action, AppState};
use seedbed_protocol::{
    Request, Response, SeedScript, TerminalAnswers, TerminalLine, TerminalQuestion,
};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

const HISTORY_KEY: &str = "seedbed:terminal-history";
const HISTORY_LIMIT: usize = 100;
/// How long a seed script may run before it is stopped.
const SEED_LIMIT_SECONDS: f64 = 60.0;

/// The buttons: label and the line each runs.
const QUICK: &[(&str, &str)] = &[
    ("migrate dev", "npx prisma migrate dev"),
    ("db push", "npx prisma db push"),
    ("db pull", "npx prisma db pull"),
    ("generate", "npx prisma generate"),
    ("db seed", "npx prisma db seed"),
    ("migrate reset", "npx prisma migrate reset"),
    ("migrate status", "npx prisma migrate status"),
    ("format", "npx prisma format"),
    ("validate", "npx prisma validate"),
];

/// One command and what it printed.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    id: u32,
    line: String,
    output: Vec<TerminalLine>,
    exit_code: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Screen {
    entries: Vec<Entry>,
}

impl Screen {
    /// The screen as the page left it before a reload; new entries are numbered after it.
    fn restored() -> Screen {
        let entries: Vec<Entry> = crate::transcript::load()
            .into_iter()
            .map(|e| Entry {
                id: e.id,
                line: e.line,
                output: e.output,
                exit_code: Some(e.exit_code),
            })
            .collect();
        if let Some(last) = entries.iter().map(|e| e.id).max() {
            NEXT_ID.with(|n| n.set(n.get().max(last.wrapping_add(1))));
        }
        Screen { entries }
    }

    /// The finished entries, as the transcript keeps them.
    fn finished(&self) -> Vec<crate::transcript::SavedEntry> {
        self.entries
            .iter()
            .filter_map(|e| {
                Some(crate::transcript::SavedEntry {
                    id: e.id,
                    line: e.line.clone(),
                    output: e.output.clone(),
                    exit_code: e.exit_code?,
                })
            })
            .collect()
    }
}

enum ScreenAction {
    Start(u32, String),
    /// Replaces an entry's output (a re-run after an answer repeats the whole output).
    Output(u32, Vec<TerminalLine>, Option<i32>),
    Append(u32, Vec<TerminalLine>),
    Finish(u32, i32),
    Clear,
}

/// Entries kept on screen.
const SCREEN_LIMIT: usize = 200;

impl Reducible for Screen {
    type Action = ScreenAction;

    fn reduce(self: Rc<Self>, action: ScreenAction) -> Rc<Self> {
        let mut screen = (*self).clone();
        match action {
            ScreenAction::Start(id, line) => {
                screen.entries.push(Entry {
                    id,
                    line,
                    output: Vec::new(),
                    exit_code: None,
                });
                let excess = screen.entries.len().saturating_sub(SCREEN_LIMIT);
                screen.entries.drain(..excess);
            }
            ScreenAction::Output(id, lines, code) => {
                if let Some(e) = screen.entries.iter_mut().find(|e| e.id == id) {
                    e.output = lines;
                    e.exit_code = code;
                }
            }
            ScreenAction::Append(id, lines) => {
                if let Some(e) = screen.entries.iter_mut().find(|e| e.id == id) {
                    e.output.extend(lines);
                }
            }
            ScreenAction::Finish(id, code) => {
                if let Some(e) = screen.entries.iter_mut().find(|e| e.id == id) {
                    e.exit_code = Some(code);
                }
            }
            ScreenAction::Clear => screen.entries.clear(),
        }
        Rc::new(screen)
    }
}

/// A question waiting for the learner.
#[derive(Debug, Clone, PartialEq)]
struct Pending {
    entry: u32,
    line: String,
    question: TerminalQuestion,
    /// What the first run printed before asking.
    printed: Vec<TerminalLine>,
}

fn plain(text: impl Into<String>) -> TerminalLine {
    TerminalLine {
        style: "plain".into(),
        stderr: false,
        text: text.into(),
    }
}

fn error_line(text: impl Into<String>) -> TerminalLine {
    TerminalLine {
        style: "red".into(),
        stderr: true,
        text: text.into(),
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn load_history() -> Vec<String> {
    local_storage()
        .and_then(|s| s.get_item(HISTORY_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn save_history(history: &[String]) {
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(history)) {
        let _ = storage.set_item(HISTORY_KEY, &text);
    }
}

/// Everything a run needs to report back.
#[derive(Clone)]
struct Runner {
    ctx: Ctx,
    state: UseReducerHandle<AppState>,
    screen: UseReducerDispatcher<Screen>,
    pending: UseStateHandle<Option<Pending>>,
    busy: UseStateHandle<bool>,
    seed_run: Rc<RefCell<Option<Rc<SandboxRun>>>>,
    /// The interface language, for Seedbed's own lines (Prisma's stay English).
    lang: crate::i18n::Lang,
}

impl Runner {
    /// Runs `line` (again, when `answer` answers the question of `entry`).
    fn run(&self, entry: u32, line: String, answers: TerminalAnswers, prefix: Vec<TerminalLine>) {
        self.busy.set(true);
        let this = self.clone();
        let request = Request::Terminal {
            line: line.clone(),
            schema: super::live_schema_text().or_else(|| self.state.schema_text.clone()),
            answers,
        };
        self.ctx.bridge.request(request, move |response| {
            this.on_reply(entry, line, prefix, response)
        });
    }

    fn on_reply(&self, entry: u32, line: String, prefix: Vec<TerminalLine>, response: Response) {
        let Response::Terminal {
            lines,
            exit_code,
            question,
            seed,
            schema,
            files_changed,
            database_changed,
            clear,
            client,
        } = response
        else {
            let message = match response {
                Response::Error { message } => message,
                other => self.lang.tw(
                    "terminal.unexpected_reply",
                    &[("reply", format!("{other:?}"))],
                ),
            };
            self.screen.dispatch(ScreenAction::Output(
                entry,
                vec![error_line(message)],
                Some(1),
            ));
            self.busy.set(false);
            return;
        };
        if clear {
            self.screen.dispatch(ScreenAction::Clear);
            self.busy.set(false);
            return;
        }
        // After an answer, show the first run's output, the answered prompt, then what the
        // re-run printed beyond the part both runs share.
        let shown = if prefix.is_empty() {
            lines.clone()
        } else {
            let shared = prefix
                .iter()
                .zip(&lines)
                .take_while(|(a, b)| a == b)
                .count();
            let mut all = prefix[..shared.min(prefix.len())].to_vec();
            all.extend(
                prefix
                    .iter()
                    .skip(shared)
                    .filter(|&l| l.style == "answer")
                    .cloned(),
            );
            all.extend(lines.iter().skip(shared).cloned());
            all
        };
        let finished = (question.is_none() && seed.is_none()).then_some(exit_code);
        self.screen
            .dispatch(ScreenAction::Output(entry, shown.clone(), finished));
        if let Some(text) = schema {
            self.state.dispatch(Action::SchemaFromProject(text));
        }
        if files_changed {
            self.state.dispatch(Action::FilesChanged);
        }
        if client.is_some() {
            self.state.dispatch(Action::ClientGenerated);
        }
        if database_changed {
            self.ctx.refresh(self.state.view.as_ref());
        }
        if let Some(question) = question {
            self.pending.set(Some(Pending {
                entry,
                line,
                question,
                printed: shown,
            }));
            self.busy.set(false);
            return;
        }
        match seed {
            Some(script) => self.run_seed(entry, script, exit_code),
            None => self.busy.set(false),
        }
    }

    /// Runs the project's seed script in the client sandbox, printing its console output,
    /// then Prisma's closing line (or its error block).
    fn run_seed(&self, entry: u32, seed: SeedScript, exit_code: i32) {
        let this = self.clone();
        self.ctx
            .bridge
            .request(Request::ClientInfo, move |response| {
                let models = match response {
                    Response::Generated { client, .. } => client.map(|c| c.models),
                    _ => None,
                };
                let runner = this.clone();
                let command = seed.command.clone();
                let on_event = Callback::from(move |event| {
                    runner.on_seed_event(entry, &command, exit_code, event)
                });
                match SandboxRun::start(
                    &seed.script,
                    models.as_deref(),
                    SEED_LIMIT_SECONDS,
                    on_event,
                ) {
                    Ok(run) => *this.seed_run.borrow_mut() = Some(run),
                    Err(message) => {
                        this.seed_failed(entry, &seed.command, &message);
                    }
                }
            });
    }

    fn seed_failed(&self, entry: u32, command: &str, detail: &str) {
        self.screen.dispatch(ScreenAction::Append(
            entry,
            vec![
                error_line(detail),
                error_line(format!(
                    "\nAn error occurred while running the seed command:\nError: Command failed with exit code 1: {command}"
                )),
            ],
        ));
        self.screen.dispatch(ScreenAction::Finish(entry, 1));
        self.seed_run.borrow_mut().take();
        self.busy.set(false);
        self.ctx.refresh(self.state.view.as_ref());
    }

    fn on_seed_event(&self, entry: u32, command: &str, exit_code: i32, event: SandboxEvent) {
        match event {
            SandboxEvent::Log { level, text } => {
                let line = if level == "error" || level == "warn" {
                    TerminalLine {
                        style: "plain".into(),
                        stderr: true,
                        text,
                    }
                } else {
                    plain(text)
                };
                self.screen
                    .dispatch(ScreenAction::Append(entry, vec![line]));
            }
            SandboxEvent::Call { id, batch, calls } => {
                let Some(current) = self.seed_run.borrow().clone() else {
                    return;
                };
                let request = request_for(batch, calls);
                self.ctx.bridge.request(request, move |response| {
                    let result = CallResult::from_response(response);
                    current.reply(id, result.result_json.as_deref(), result.error.as_ref());
                });
            }
            SandboxEvent::Done => {
                self.screen.dispatch(ScreenAction::Append(
                    entry,
                    vec![plain(""), plain("🌱  The seed command has been executed.")],
                ));
                self.screen.dispatch(ScreenAction::Finish(entry, exit_code));
                self.seed_run.borrow_mut().take();
                self.busy.set(false);
                self.ctx.refresh(self.state.view.as_ref());
            }
            SandboxEvent::Failed {
                name,
                code,
                message,
            } => {
                let code = code.map(|c| format!(" [{c}]")).unwrap_or_default();
                self.seed_failed(entry, command, &format!("{name}{code}: {message}"));
            }
            SandboxEvent::Stopped { seconds } => {
                self.seed_failed(
                    entry,
                    command,
                    &self
                        .lang
                        .tw("terminal.seed_stopped", &[("seconds", seconds.to_string())]),
                );
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TerminalProps {
    pub ctx: Ctx,
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn Terminal(props: &TerminalProps) -> Html {
    let lang = crate::i18n::use_lang();
    let screen = use_reducer(Screen::restored);
    let input = use_state(String::new);
    let history = use_mut_ref(load_history);
    // Where ↑/↓ is in the history (None: editing a new line).
    let cursor = use_mut_ref(|| None::<usize>);
    let pending = use_state(|| None::<Pending>);
    let busy = use_state(|| false);
    let name_answer = use_state(String::new);
    let seed_run = use_mut_ref(|| None::<Rc<SandboxRun>>);
    let runner = Runner {
        ctx: props.ctx.clone(),
        state: props.state.clone(),
        screen: screen.dispatcher(),
        pending: pending.clone(),
        busy: busy.clone(),
        seed_run: seed_run.clone(),
        lang: lang.clone(),
    };

    {
        // Another project was opened: the output and a pending question were the previous
        // one's (an answer must not run that line on the new project).
        let (screen, pending) = (screen.dispatcher(), pending.clone());
        use_effect_with(props.state.project_rev, move |rev| {
            if *rev > 0 {
                screen.dispatch(ScreenAction::Clear);
                pending.set(None);
            }
        });
    }
    {
        // Each finished line goes to the app's log once (the lessons check what was run),
        // and the transcript is saved when a line finishes or the screen is cleared (not on
        // every line a running seed prints).
        let (dispatch, reported, saved) = (
            props.state.dispatcher(),
            use_mut_ref(std::collections::HashSet::<u32>::new),
            use_mut_ref(|| 0usize),
        );
        use_effect_with((*screen).clone(), move |screen| {
            let mut finished_now = false;
            for e in &screen.entries {
                if let Some(code) = e.exit_code
                    && reported.borrow_mut().insert(e.id)
                {
                    finished_now = true;
                    dispatch.dispatch(Action::TerminalRan {
                        entry: e.id,
                        line: e.line.clone(),
                        exit_code: code,
                    });
                }
            }
            let finished = screen.finished();
            if finished_now || finished.len() < *saved.borrow() {
                crate::transcript::save(&finished);
                *saved.borrow_mut() = finished.len();
            }
        });
    }

    let submit = {
        let (runner, history, cursor, input) = (
            runner.clone(),
            history.clone(),
            cursor.clone(),
            input.clone(),
        );
        Callback::from(move |line: String| {
            let line = line.trim().to_owned();
            if line.is_empty() || *runner.busy {
                return;
            }
            {
                let mut h = history.borrow_mut();
                if h.last() != Some(&line) {
                    h.push(line.clone());
                }
                let excess = h.len().saturating_sub(HISTORY_LIMIT);
                h.drain(..excess);
                save_history(&h);
            }
            *cursor.borrow_mut() = None;
            input.set(String::new());
            let entry = next_entry_id();
            runner
                .screen
                .dispatch(ScreenAction::Start(entry, line.clone()));
            runner.run(entry, line, TerminalAnswers::default(), Vec::new());
        })
    };

    {
        // A command queued by another part of the page (an opened file's `db pull`).
        let submit = submit.clone();
        use_effect_with(props.state.queued_command.clone(), move |queued| {
            if let Some((_, line)) = queued {
                submit.emit(line.clone());
            }
        });
    }

    let onkeydown = {
        let (submit, input, history, cursor, ctx) = (
            submit.clone(),
            input.clone(),
            history.clone(),
            cursor.clone(),
            props.ctx.clone(),
        );
        let screen = screen.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    submit.emit(value);
                }
                "ArrowUp" | "ArrowDown" => {
                    e.prevent_default();
                    let h = history.borrow();
                    if h.is_empty() {
                        return;
                    }
                    let mut c = cursor.borrow_mut();
                    let next = match (e.key().as_str(), *c) {
                        ("ArrowUp", None) => Some(h.len() - 1),
                        ("ArrowUp", Some(i)) => Some(i.saturating_sub(1)),
                        ("ArrowDown", Some(i)) if i + 1 < h.len() => Some(i + 1),
                        _ => None,
                    };
                    *c = next;
                    input.set(next.map(|i| h[i].clone()).unwrap_or_default());
                }
                // On an empty line Tab (and Shift+Tab always) moves the focus on: no trap.
                "Tab" if !e.shift_key() && !value.trim().is_empty() => {
                    e.prevent_default();
                    let (input, screen) = (input.clone(), screen.clone());
                    let typed = value.clone();
                    ctx.bridge
                        .request(Request::Complete { line: value }, move |response| {
                            if let Response::Completions { suffix, candidates } = response {
                                if !suffix.is_empty() {
                                    let space = if candidates.len() == 1 { " " } else { "" };
                                    input.set(format!("{typed}{suffix}{space}"));
                                } else if candidates.len() > 1 {
                                    // Like a shell's second Tab: list what could follow.
                                    let id = next_entry_id();
                                    screen.dispatch(ScreenAction::Start(id, typed.clone()));
                                    screen.dispatch(ScreenAction::Output(
                                        id,
                                        vec![TerminalLine {
                                            style: "dim".into(),
                                            stderr: false,
                                            text: candidates.join("  "),
                                        }],
                                        Some(0),
                                    ));
                                }
                            }
                        });
                }
                _ => {}
            }
        })
    };
    let oninput = {
        let input = input.clone();
        Callback::from(move |e: InputEvent| {
            input.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };

    let answer = {
        let (runner, pending, name_answer) = (runner.clone(), pending.clone(), name_answer.clone());
        Callback::from(move |value: Option<bool>| {
            let Some(p) = (*pending).clone() else { return };
            pending.set(None);
            let (answers, shown) = match (&p.question, value) {
                (TerminalQuestion::Confirm { prompt }, Some(yes)) => (
                    TerminalAnswers {
                        confirm: Some(yes),
                        name: None,
                    },
                    format!("✔ {prompt} … {}", if yes { "yes" } else { "no" }),
                ),
                (TerminalQuestion::MigrationName { prompt }, _) => {
                    let name = (*name_answer).clone();
                    (
                        TerminalAnswers {
                            confirm: None,
                            name: Some(name.clone()),
                        },
                        format!("✔ {prompt} … {name}"),
                    )
                }
                (TerminalQuestion::Confirm { .. }, None) => return,
            };
            name_answer.set(String::new());
            let mut prefix = p.printed.clone();
            prefix.push(TerminalLine {
                style: "answer".into(),
                stderr: false,
                text: shown,
            });
            runner.run(p.entry, p.line.clone(), answers, prefix);
        })
    };

    let entries = screen.entries.iter().map(|entry| {
        let status = match entry.exit_code {
            None => "running",
            Some(0) => "ok",
            Some(_) => "failed",
        };
        html! {
            <div class={classes!("term-entry", status)} key={entry.id} data-exit={entry.exit_code.map(|c| c.to_string())}>
                <div class="term-command"><span class="term-prompt" aria-hidden="true">{ "$ " }</span>{ &entry.line }</div>
                <pre class="term-output">{ for entry.output.iter().map(|l| html! {
                    <div class={classes!(format!("t-{}", l.style), l.stderr.then_some("t-stderr"))}>{ &l.text }</div>
                }) }</pre>
            </div>
        }
    });
    let quick = QUICK.iter().map(|(label, line)| {
        let submit = submit.clone();
        let line = (*line).to_owned();
        html! {
            <button class="quick" disabled={*busy} onclick={Callback::from(move |_| submit.emit(line.clone()))}>{ *label }</button>
        }
    });
    let dialog = pending.as_ref().map(|p| match &p.question {
        TerminalQuestion::Confirm { prompt } => {
            let (yes, no) = (answer.clone(), answer.clone());
            html! {
                <div class="term-dialog" role="dialog" aria-modal="true" aria-labelledby="term-question">
                    <p id="term-question">{ prompt }</p>
                    <button id="term-yes" onclick={Callback::from(move |_| yes.emit(Some(true)))}>{ lang.t("terminal.yes") }</button>
                    <button id="term-no" onclick={Callback::from(move |_| no.emit(Some(false)))}>{ lang.t("terminal.no") }</button>
                </div>
            }
        }
        TerminalQuestion::MigrationName { prompt } => {
            let ok = answer.clone();
            let name = name_answer.clone();
            let enter = answer.clone();
            html! {
                <div class="term-dialog" role="dialog" aria-modal="true" aria-labelledby="term-question">
                    <label id="term-question" for="term-name">{ prompt }</label>
                    <input id="term-name" value={(*name_answer).clone()}
                        oninput={Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<HtmlInputElement>().value()))}
                        onkeydown={Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" { enter.emit(None) })} />
                    <button id="term-name-ok" onclick={Callback::from(move |_| ok.emit(None))}>{ lang.t("terminal.ok") }</button>
                </div>
            }
        }
    });
    html! {
        <section class="pane terminal-pane" aria-labelledby="terminal-title">
            <div class="pane-head">
                <h2 id="terminal-title">{ lang.t("terminal.title") }</h2>
                <div class="quick-commands" role="toolbar" aria-label={lang.t("terminal.common_commands")}>{ for quick }</div>
            </div>
            <div id="terminal-output" class="term-screen" aria-live="polite" tabindex="0">{ for entries }</div>
            { for dialog }
            <div class="term-input">
                <span class="term-prompt" aria-hidden="true">{ "$" }</span>
                <input id="terminal-input" type="text" spellcheck="false" autocomplete="off"
                    aria-label={lang.t("terminal.input_label")}
                    placeholder="npx prisma migrate dev --name init"
                    value={(*input).clone()} {oninput} {onkeydown} disabled={*busy || pending.is_some()} />
            </div>
        </section>
    }
}

/// The id the next entry will get, without taking it (a lesson step counts the commands
/// numbered from here).
pub fn peek_next_entry_id() -> u32 {
    NEXT_ID.with(|n| n.get())
}

/// The id the next entry gets (entries are numbered in order of their start).
fn next_entry_id() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    })
}

thread_local! {
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}
