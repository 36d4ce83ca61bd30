//! Several named projects in one browser: a menu of the saved projects (choosing one opens
//! it), and New, New from example, Rename, Delete, Export (one `.seedbed.json` file) and
//! Import (such a file, always as a new project). The worker keeps the projects and saves
//! the open one before it opens another (crates/worker/src/switching.rs); the page reloads
//! what it shows when the open project changed. The panes shown are remembered per project.

use super::Ctx;
use super::dialog::Dialog;
use crate::i18n::{Lang, use_lang};
use crate::state::Action;
use seedbed_protocol::project_file;
use seedbed_protocol::projects::{ProjectIndex, Refusal, check_name};
use seedbed_protocol::{ProjectSource, Request, Response};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The examples the worker embeds (crates/worker/build.rs), and the name offered for a
/// project made from each.
const EXAMPLES: &[(&str, &str)] = &[("quickstart", "Quickstart"), ("blog", "Blog")];

/// The command that gives a project made from an example its database.
const FIRST_COMMAND: &str = "npx prisma migrate dev --name init";

#[derive(Clone, Copy, PartialEq)]
enum Open {
    Nothing,
    New,
    FromExample,
    Rename,
    Delete,
}

#[derive(Properties, PartialEq)]
pub struct ProjectSwitcherProps {
    pub ctx: Ctx,
    /// The worker is ready (again, after a restart): the list is fetched then.
    pub ready: bool,
}

fn refusal_text(lang: &Lang, refusal: &Refusal) -> String {
    lang.tw(
        &format!("projects.refused.{}", refusal.code),
        &[("detail", refusal.detail.clone())],
    )
}

fn notice(ctx: &Ctx, text: String) {
    ctx.dispatch.dispatch(Action::Notice(text));
}

/// Shows the project the worker just opened: its files, tables, client and panes.
fn show_opened(ctx: &Ctx, index: &ProjectIndex) {
    ctx.dispatch.dispatch(Action::ProjectOpened);
    ctx.load_project();
    ctx.refresh(None);
    let panes = index.current().map(|p| p.panes.clone()).unwrap_or_default();
    crate::embed::set_panes(&panes);
}

/// Sends a project request; a new list replaces the shown one (and when another project
/// is open now, the page shows it), then `done` runs with the result.
fn send(
    ctx: &Ctx,
    list: &UseStateHandle<Option<ProjectIndex>>,
    request: Request,
    done: impl FnOnce(Result<&ProjectIndex, Refusal>) + 'static,
) {
    let before = list.as_ref().map(|i| i.current.clone());
    let (ctx2, list) = (ctx.clone(), list.clone());
    ctx.bridge.request(request, move |response| match response {
        Response::Projects { index } => {
            if before.as_deref() != Some(index.current.as_str()) {
                show_opened(&ctx2, &index);
            }
            list.set(Some(index.clone()));
            done(Ok(&index));
        }
        Response::Refused { refusal } => done(Err(refusal)),
        Response::Error { message } => notice(&ctx2, message),
        _ => {}
    });
}

/// The editor's text now (its mirror `#schema` is kept in sync on every change), so a
/// switch made right after typing saves the last keystroke with the project it closes.
fn editor_text() -> Option<String> {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("schema"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|area| area.value())
}

fn file_size_mb(bytes: f64) -> String {
    format!("{:.0}", bytes / 1_048_576.0)
}

/// Reads a `.seedbed.json` file and asks the worker to make a new project of it.
fn import_file(
    ctx: Ctx,
    list: UseStateHandle<Option<ProjectIndex>>,
    lang: Lang,
    file: web_sys::File,
) {
    let name = file.name();
    if file.size() > project_file::MAX_BYTES as f64 {
        let size = file_size_mb(file.size());
        notice(
            &ctx,
            lang.tw(
                "projects.import_too_large",
                &[("file", name), ("size", size)],
            ),
        );
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        let Some(text) = text else {
            notice(&ctx, lang.tw("projects.read_failed", &[("file", name)]));
            return;
        };
        let request = Request::CreateProject {
            name: None,
            from: ProjectSource::File { text },
            editor_schema: editor_text(),
        };
        let ctx2 = ctx.clone();
        send(&ctx, &list, request, move |result| {
            let text = match result {
                Ok(index) => {
                    let project = index.current().map(|p| p.name.clone()).unwrap_or_default();
                    lang.tw("projects.imported", &[("name", project)])
                }
                Err(refusal) => lang.tw(
                    "projects.import_failed",
                    &[("file", name), ("reason", refusal_text(&lang, &refusal))],
                ),
            };
            notice(&ctx2, text);
        });
    });
}

#[function_component]
pub fn ProjectSwitcher(props: &ProjectSwitcherProps) -> Html {
    let lang = use_lang();
    let list = use_state(|| None::<ProjectIndex>);
    let open = use_state(|| Open::Nothing);
    let name = use_state(String::new);
    let example = use_state(|| EXAMPLES[0].0.to_owned());
    let problem = use_state(|| None::<String>);
    let panes = use_state(crate::embed::visible_panes);

    {
        // The panes shown belong to the open project: every change is saved with it.
        let (ctx, panes) = (props.ctx.clone(), panes.clone());
        use_effect_with((), move |_| {
            crate::embed::on_panes_changed(Some(Callback::from(move |shown: Vec<String>| {
                panes.set(shown.clone());
                ctx.bridge
                    .request(Request::SetPanes { panes: shown }, |_| {});
            })));
            || crate::embed::on_panes_changed(None)
        });
    }
    {
        let (ctx, list) = (props.ctx.clone(), list.clone());
        use_effect_with(props.ready, move |ready| {
            if *ready {
                ctx.bridge.request(Request::Projects, move |response| {
                    if let Response::Projects { index } = response {
                        // A link or `?panes=` says which panes to show; else the project.
                        let told = crate::embed::options().panes.is_some()
                            || web_sys::window()
                                .and_then(|w| w.location().hash().ok())
                                .is_some_and(|h| h.len() > 1);
                        if !told && let Some(current) = index.current() {
                            crate::embed::set_panes(&current.panes);
                        }
                        list.set(Some(index));
                    }
                });
            }
        });
    }

    let Some(index) = (*list).clone() else {
        return html! {};
    };
    let current_name = index.current().map(|p| p.name.clone()).unwrap_or_default();

    let show = |kind: Open, initial: String| {
        let (open, name, problem) = (open.clone(), name.clone(), problem.clone());
        Callback::from(move |_| {
            name.set(initial.clone());
            problem.set(None);
            open.set(kind);
        })
    };
    let example_name = |code: &str| {
        let title = EXAMPLES
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(code, |(_, t)| *t);
        index.unique_name(title)
    };
    let on_new = show(Open::New, String::new());
    let on_from_example = show(Open::FromExample, example_name(&example));
    let on_rename = show(Open::Rename, current_name.clone());
    let on_delete = show(Open::Delete, String::new());
    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(Open::Nothing))
    };

    let on_switch = {
        let (ctx, list) = (props.ctx.clone(), list.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let request = Request::SwitchProject {
                id: select.value(),
                editor_schema: editor_text(),
            };
            send(&ctx, &list, request, |_| {});
        })
    };
    let on_export = {
        let (ctx, lang, name) = (props.ctx.clone(), lang.clone(), current_name.clone());
        Callback::from(move |_| {
            let (ctx2, lang, file) = (ctx.clone(), lang.clone(), project_file::file_name(&name));
            ctx.bridge
                .request(Request::ExportProject, move |response| match response {
                    Response::Text { text }
                        if crate::download::text(&text, &file, "application/json").is_err() =>
                    {
                        notice(&ctx2, lang.t("projects.export_failed"));
                    }
                    Response::Error { message } => notice(&ctx2, message),
                    _ => {}
                });
        })
    };
    let on_import = {
        let (ctx, list, lang) = (props.ctx.clone(), list.clone(), lang.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                import_file(ctx.clone(), list.clone(), lang.clone(), file);
            }
            input.set_value("");
        })
    };

    let on_name_input = {
        let (name, problem) = (name.clone(), problem.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            name.set(input.value());
            problem.set(None);
        })
    };
    let on_example_change = {
        let (example, name) = (example.clone(), name.clone());
        let names: Vec<(String, String)> = EXAMPLES
            .iter()
            .map(|(code, _)| ((*code).to_owned(), example_name(code)))
            .collect();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let code = select.value();
            if let Some((_, suggested)) = names.iter().find(|(c, _)| *c == code) {
                name.set(suggested.clone());
            }
            example.set(code);
        })
    };
    let on_submit = {
        let (ctx, list, lang) = (props.ctx.clone(), list.clone(), lang.clone());
        let (open, name, example, problem) =
            (open.clone(), name.clone(), example.clone(), problem.clone());
        let index = index.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let kind = *open;
            let except = (kind == Open::Rename).then(|| index.current.clone());
            let checked = if kind == Open::Delete {
                Ok(String::new())
            } else {
                check_name(&name, &index, except.as_deref())
            };
            let chosen = match checked {
                Ok(chosen) => chosen,
                Err(refusal) => {
                    problem.set(Some(refusal_text(&lang, &refusal)));
                    return;
                }
            };
            let request = match kind {
                Open::New => Request::CreateProject {
                    name: Some(chosen.clone()),
                    from: ProjectSource::Starter,
                    editor_schema: editor_text(),
                },
                Open::FromExample => Request::CreateProject {
                    name: Some(chosen.clone()),
                    from: ProjectSource::Example {
                        example: (*example).clone(),
                    },
                    editor_schema: editor_text(),
                },
                Open::Rename => Request::RenameProject {
                    id: index.current.clone(),
                    name: chosen.clone(),
                },
                Open::Delete => Request::DeleteProject {
                    id: index.current.clone(),
                },
                Open::Nothing => return,
            };
            let deleted = index.current().map(|p| p.name.clone()).unwrap_or_default();
            let (ctx2, lang, open, problem, example) = (
                ctx.clone(),
                lang.clone(),
                open.clone(),
                problem.clone(),
                (*example).clone(),
            );
            send(&ctx, &list, request, move |result| match result {
                Ok(_) => {
                    open.set(Open::Nothing);
                    let text = match kind {
                        Open::New => lang.tw("projects.created", &[("name", chosen)]),
                        Open::FromExample => lang.tw(
                            "projects.created_example",
                            &[
                                ("name", chosen),
                                ("example", example),
                                ("command", FIRST_COMMAND.to_owned()),
                            ],
                        ),
                        Open::Delete => lang.tw("projects.deleted", &[("name", deleted)]),
                        Open::Rename | Open::Nothing => return,
                    };
                    notice(&ctx2, text);
                }
                Err(refusal) => problem.set(Some(refusal_text(&lang, &refusal))),
            });
        })
    };

    let name_field = |label: String| {
        html! {
            <>
                <label for="project-name">{ label }</label>
                <input id="project-name" type="text" value={(*name).clone()}
                    maxlength={seedbed_protocol::projects::MAX_NAME_CHARS.to_string()}
                    aria-invalid={problem.is_some().to_string()}
                    aria-describedby="project-name-problem"
                    oninput={on_name_input.clone()} />
                <p id="project-name-problem" class="modal-problem" aria-live="polite">
                    { (*problem).clone().unwrap_or_default() }
                </p>
            </>
        }
    };
    let buttons = |submit: String| {
        let cancel = close.clone();
        html! {
            <div class="modal-buttons">
                <button type="button" id="project-dialog-cancel" onclick={move |_| cancel.emit(())}>
                    { lang.t("projects.cancel") }
                </button>
                <button type="submit" id="project-dialog-ok" class="primary">{ submit }</button>
            </div>
        }
    };
    let dialog = match *open {
        Open::Nothing => html! {},
        Open::New => html! {
            <Dialog id="project-dialog" title={lang.t("projects.new_title")} on_cancel={close.clone()}>
                <form onsubmit={on_submit.clone()}>
                    { name_field(lang.t("projects.name_label")) }
                    { buttons(lang.t("projects.create")) }
                </form>
            </Dialog>
        },
        Open::FromExample => html! {
            <Dialog id="project-dialog" title={lang.t("projects.from_example_title")} on_cancel={close.clone()}>
                <form onsubmit={on_submit.clone()}>
                    <label for="project-example">{ lang.t("projects.example_label") }</label>
                    <select id="project-example" onchange={on_example_change}>
                        { for EXAMPLES.iter().map(|(code, _)| html! {
                            <option value={*code} selected={*code == example.as_str()}>
                                { lang.t(&format!("projects.example.{code}")) }
                            </option>
                        }) }
                    </select>
                    { name_field(lang.t("projects.name_label")) }
                    { buttons(lang.t("projects.create")) }
                </form>
            </Dialog>
        },
        Open::Rename => html! {
            <Dialog id="project-dialog" title={lang.t("projects.rename_title")} on_cancel={close.clone()}>
                <form onsubmit={on_submit.clone()}>
                    { name_field(lang.t("projects.name_label")) }
                    { buttons(lang.t("projects.save")) }
                </form>
            </Dialog>
        },
        Open::Delete => html! {
            <Dialog id="project-dialog" title={lang.t("projects.delete_title")} on_cancel={close.clone()}>
                <form onsubmit={on_submit.clone()}>
                    <p>{ lang.tw("projects.delete_confirm", &[("name", current_name.clone())]) }</p>
                    if index.projects.len() == 1 {
                        <p>{ lang.t("projects.delete_last") }</p>
                    }
                    <p id="project-name-problem" class="modal-problem" aria-live="polite">
                        { (*problem).clone().unwrap_or_default() }
                    </p>
                    { buttons(lang.t("projects.delete_button")) }
                </form>
            </Dialog>
        },
    };

    html! {
        <div class="project-switcher">
            <label for="project-select" class="project-label">{ lang.t("projects.select_label") }</label>
            <select id="project-select" onchange={on_switch}>
                { for index.projects.iter().map(|p| html! {
                    <option value={p.id.clone()} selected={p.id == index.current}>{ &p.name }</option>
                }) }
            </select>
            <button id="project-new" onclick={on_new}>{ lang.t("projects.new") }</button>
            <button id="project-from-example" onclick={on_from_example}>{ lang.t("projects.from_example") }</button>
            <button id="project-rename" onclick={on_rename}>{ lang.t("projects.rename") }</button>
            <button id="project-delete" onclick={on_delete}>{ lang.t("projects.delete") }</button>
            <button id="project-export" title={lang.t("projects.export_title")} onclick={on_export}>
                { lang.t("projects.export") }
            </button>
            <label class="file-button" title={lang.t("projects.import_title")}>
                { lang.t("projects.import") }
                <input id="project-import" type="file" accept=".json,application/json" onchange={on_import} />
            </label>
            <super::pane_menu::PaneMenu shown={(*panes).clone()} />
            { dialog }
        </div>
    }
}
