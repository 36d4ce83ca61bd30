//! The entity-relationship diagram of the schema being edited: boxes for models, views,
//! enums and composite types, relations with crow's-foot cardinality, zoom, fit to width,
//! and an "Export SVG" button.
//!
//! The diagram is laid out in the engine worker (`Request::Diagram`), which has the schema
//! language anyway: the page links only `seedbed-erd`'s data and drawing, not a second copy
//! of the parser, and the layout never runs on the thread that handles typing. The schema
//! reaches this pane after a pause in typing (see `schema_pane.rs`); a reply for an older
//! text than the latest asked is dropped.
//!
//! Everything is drawn with Yew's SVG elements; names reach the DOM as text nodes only.

use super::Ctx;
use crate::i18n::Lang;
use seedbed_erd::{
    Cardinality, Diagram, EdgeKind, Node, NodeKind, Note, Theme, edge_path_data, end_marker,
    header_text, key_badge, metrics, to_svg,
};
use yew::prelude::*;

/// Zoom factors the − and + buttons step through.
const ZOOM_STEPS: [f64; 9] = [0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0];
/// The exported file's name.
const EXPORT_NAME: &str = "schema-diagram.svg";

#[derive(Properties, PartialEq)]
pub struct ErDiagramProps {
    pub ctx: Ctx,
    /// The schema text currently in the editor.
    pub schema: String,
}

/// How the drawing is scaled.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Zoom {
    /// As wide as the pane.
    Fit,
    /// A fixed factor (1.0 = one unit per CSS pixel).
    Scale(f64),
}

impl Zoom {
    fn factor(self) -> f64 {
        match self {
            Zoom::Fit => 1.0,
            Zoom::Scale(z) => z,
        }
    }

    fn step(self, up: bool) -> Zoom {
        let z = self.factor();
        let next = if up {
            ZOOM_STEPS.iter().copied().find(|s| *s > z + 1e-9)
        } else {
            ZOOM_STEPS.iter().rev().copied().find(|s| *s < z - 1e-9)
        };
        Zoom::Scale(next.unwrap_or(z))
    }
}

#[function_component]
pub fn ErDiagram(props: &ErDiagramProps) -> Html {
    let diagram = use_state(|| std::rc::Rc::new(Diagram::default()));
    let latest = use_mut_ref(|| 0u32);
    {
        let (ctx, diagram, latest) = (props.ctx.clone(), diagram.clone(), latest.clone());
        use_effect_with(props.schema.clone(), move |schema| {
            let ticket = latest.borrow().wrapping_add(1);
            *latest.borrow_mut() = ticket;
            let request = seedbed_protocol::Request::Diagram {
                schema: schema.clone(),
            };
            ctx.bridge.request(request, move |response| {
                if *latest.borrow() != ticket {
                    return;
                }
                if let seedbed_protocol::Response::Diagram { diagram: laid_out } = response {
                    diagram.set(std::rc::Rc::new(laid_out));
                }
            });
        });
    }
    let lang = crate::i18n::use_lang();
    let zoom = use_state(|| Zoom::Fit);
    let export_error = use_state(|| None::<String>);

    let set_zoom = |next: fn(Zoom) -> Zoom| {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| zoom.set(next(*zoom)))
    };
    let zoom_out = set_zoom(|z| z.step(false));
    let zoom_in = set_zoom(|z| z.step(true));
    let fit = set_zoom(|_| Zoom::Fit);
    let actual = set_zoom(|_| Zoom::Scale(1.0));
    let export = {
        let (diagram, export_error, lang) = (diagram.clone(), export_error.clone(), lang.clone());
        Callback::from(move |_: MouseEvent| {
            let theme = if prefers_dark() {
                Theme::Dark
            } else {
                Theme::Light
            };
            match crate::download::text(
                &to_svg(&diagram, theme),
                EXPORT_NAME,
                "image/svg+xml;charset=utf-8",
            ) {
                Ok(()) => export_error.set(None),
                Err(e) => export_error.set(Some(lang.tw(
                    "erd.export_failed",
                    &[("reason", e.as_string().unwrap_or_else(|| format!("{e:?}")))],
                ))),
            }
        })
    };

    let d: &Diagram = &diagram;
    let models = d
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Model | NodeKind::View))
        .count();
    let relations = d
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::Relation)
        .count();
    let summary = lang.tw(
        "erd.summary",
        &[
            ("models", lang.tn("erd.models", models, &[])),
            ("relations", lang.tn("erd.relations", relations, &[])),
        ],
    );
    let view_box = format!("0 0 {} {}", d.width, d.height);
    let (width, height, class) = match *zoom {
        // Fitted, the height follows from the viewBox's aspect ratio (no attribute: "auto"
        // is not a valid SVG length).
        Zoom::Fit => ("100%".to_owned(), None, classes!("erd-svg", "fit")),
        Zoom::Scale(z) => (
            format!("{}", (d.width * z).round()),
            Some(format!("{}", (d.height * z).round())),
            classes!("erd-svg"),
        ),
    };
    let zoom_label = match *zoom {
        Zoom::Fit => lang.t("erd.fit"),
        Zoom::Scale(z) => format!("{:.0}%", z * 100.0),
    };

    html! {
        <section class="erd" aria-label={lang.t("erd.title")}>
            <div class="erd-toolbar" role="toolbar" aria-label={lang.t("erd.view")}>
                <button onclick={zoom_out} aria-label={lang.t("erd.zoom_out")} title={lang.t("erd.zoom_out")}>{ "−" }</button>
                <span class="erd-zoom" aria-live="polite">{ zoom_label }</span>
                <button onclick={zoom_in} aria-label={lang.t("erd.zoom_in")} title={lang.t("erd.zoom_in")}>{ "+" }</button>
                <button onclick={fit} aria-pressed={(*zoom == Zoom::Fit).to_string()}>{ lang.t("erd.fit_width") }</button>
                <button onclick={actual} aria-pressed={(*zoom == Zoom::Scale(1.0)).to_string()}>{ "100%" }</button>
                <span class="spacer"></span>
                <button class="erd-export" onclick={export} disabled={d.nodes.is_empty()}
                    title={lang.t("erd.export_title")}>{ lang.t("erd.export") }</button>
            </div>
            if let Some(note) = &d.note {
                <p class="erd-note">{ note_text(note, &lang) }</p>
            }
            if let Some(error) = &*export_error {
                <p class="erd-error" role="alert">{ error.clone() }</p>
            }
            if !d.nodes.is_empty() {
                <div class="erd-canvas" tabindex="0">
                    <svg class={class} xmlns="http://www.w3.org/2000/svg" viewBox={view_box}
                        width={width} height={height} role="img" aria-label={summary}>
                        <g class="erd-nodes">{ for d.nodes.iter().map(|n| node(n, &lang)) }</g>
                        <g class="erd-edges">{ for d.edges.iter().map(|e| edge(e, &lang)) }</g>
                    </svg>
                </div>
            }
        </section>
    }
}

fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// Why the diagram is incomplete or empty, in the interface's language.
fn note_text(note: &Note, lang: &Lang) -> String {
    match note {
        Note::Empty => lang.t("erd.note_empty"),
        Note::NothingToDraw { reason } => {
            lang.tw("erd.note_nothing", &[("message", reason.clone())])
        }
        Note::PartialErrors { count } => lang.tn("erd.note_errors", *count, &[]),
    }
}

/// An edge's tooltip: its cardinality, its name, the fields at both ends.
fn edge_title(e: &seedbed_erd::Edge, lang: &Lang) -> String {
    let ends = format!("{}.{}", e.from, e.from_field);
    match e.kind {
        EdgeKind::Uses => lang.tw("erd.uses", &[("from", ends), ("to", e.to.clone())]),
        EdgeKind::Relation => {
            let kind = lang.t(match e.cardinality {
                Cardinality::OneToOne => "erd.one_to_one",
                Cardinality::OneToMany => "erd.one_to_many",
                Cardinality::ManyToMany => "erd.many_to_many",
            });
            let back = match &e.to_field {
                Some(f) => format!("{}.{f}", e.to),
                None => e.to.clone(),
            };
            let name = e
                .label
                .as_ref()
                .map(|l| format!(" \"{l}\""))
                .unwrap_or_default();
            format!("{kind}{name}: {ends} / {back}")
        }
    }
}

fn node(node: &Node, lang: &Lang) -> Html {
    let kind = match node.kind {
        NodeKind::Model => "model",
        NodeKind::View => "view",
        NodeKind::Enum => "enum",
        NodeKind::CompositeType => "type",
    };
    let label = lang.tn(
        &format!("erd.label.{kind}"),
        node.fields.len(),
        &[("name", node.name.clone())],
    );
    let label = match &node.db_name {
        Some(table) => format!(
            "{label} ({})",
            lang.tw("erd.mapped", &[("table", table.clone())])
        ),
        None => label,
    };
    let (x, y, w) = (node.x, node.y, node.width);
    let rows = node.fields.iter().enumerate().map(|(i, f)| {
        let base = y + metrics::HEADER_HEIGHT + metrics::ROW_HEIGHT * i as f64 + 14.0;
        let badge = key_badge(f).map(|(text, class)| {
            html! {
                <text class={classes!("erd-key", class.split(' ').map(str::to_owned).collect::<Vec<_>>())}
                    x={n(x + metrics::PADDING)} y={n(base - 1.0)}>{ text }</text>
            }
        });
        html! {
            <>
                { for badge }
                <text class="erd-name" x={n(x + metrics::PADDING + metrics::KEY_WIDTH)} y={n(base)}>
                    { f.name.clone() }
                </text>
                if !f.type_label.is_empty() {
                    <text class="erd-type" x={n(x + w - metrics::PADDING)} y={n(base)} text-anchor="end">
                        { f.type_label.clone() }
                    </text>
                }
            </>
        }
    });
    html! {
        <g class={classes!("erd-node", kind)} role="group" aria-label={label}>
            <rect class="erd-box" x={n(x)} y={n(y)} width={n(w)} height={n(node.height)} rx="4" />
            <rect class="erd-head" x={n(x + 0.5)} y={n(y + 0.5)} width={n(w - 1.0)}
                height={n(metrics::HEADER_HEIGHT - 1.0)} rx="4" />
            <text class="erd-title" x={n(x + metrics::PADDING)} y={n(y + 18.0)}>{ header_text(node) }</text>
            if let Some(m) = &node.db_name {
                <text class="erd-map" x={n(x + w - metrics::PADDING)} y={n(y + 18.0)} text-anchor="end">
                    { m.clone() }
                </text>
            }
            { for rows }
        </g>
    }
}

fn edge(e: &seedbed_erd::Edge, lang: &Lang) -> Html {
    let class = match e.kind {
        EdgeKind::Relation => classes!("erd-edge"),
        EdgeKind::Uses => classes!("erd-edge", "uses"),
    };
    let markers = [true, false]
        .into_iter()
        .filter_map(|at_from| end_marker(e, at_from))
        .map(|m| {
            html! {
                <>
                    <path class="erd-mark" d={m.lines} />
                    if let Some((cx, cy)) = m.circle {
                        <circle class="erd-zero" cx={n(cx)} cy={n(cy)} r="4" />
                    }
                </>
            }
        });
    html! {
        <g>
            <path class={class} d={edge_path_data(e)}><title>{ edge_title(e, lang) }</title></path>
            { for markers }
            if let Some(label) = &e.label {
                <text class="erd-label" x={n(e.label_pos.0)} y={n(e.label_pos.1)} text-anchor="middle">
                    { label.clone() }
                </text>
            }
        </g>
    }
}

/// Whether the page is in dark mode (the export then uses the dark theme too).
fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_steps() {
        assert_eq!(Zoom::Fit.step(true), Zoom::Scale(1.25));
        assert_eq!(Zoom::Fit.step(false), Zoom::Scale(0.8));
        assert_eq!(Zoom::Scale(2.0).step(true), Zoom::Scale(2.0));
        assert_eq!(Zoom::Scale(0.25).step(false), Zoom::Scale(0.25));
    }
}
