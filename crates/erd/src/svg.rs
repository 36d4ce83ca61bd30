//! The diagram as a standalone SVG document, and the path geometry shared with the web UI.

use crate::layout::header_text;
use crate::metrics::*;
use crate::{Diagram, Edge, EdgeKind, EndMark, NodeKind, num};
use std::fmt::Write;

/// Colours of the exported document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

/// The cardinality marker at one end of an edge, as SVG geometry.
#[derive(Debug, Clone, PartialEq)]
pub struct EndMarker {
    /// Path data of the marker's lines (crow's foot, bars).
    pub lines: String,
    /// Centre of the "zero" circle (radius 4), when the end is optional.
    pub circle: Option<(f64, f64)>,
}

/// The edge's route as SVG path data (`M x y L x y …`).
pub fn edge_path_data(e: &Edge) -> String {
    let mut d = String::new();
    for (i, (x, y)) in e.points.iter().enumerate() {
        let cmd = if i == 0 { 'M' } else { 'L' };
        let _ = write!(
            d,
            "{}{cmd} {} {}",
            if i == 0 { "" } else { " " },
            num(*x),
            num(*y)
        );
    }
    d
}

/// The marker at the `from` end (`at_from`) or the `to` end of a relation edge: a crow's
/// foot for many, a bar for one, a circle for zero. `None` for usage edges.
pub fn end_marker(e: &Edge, at_from: bool) -> Option<EndMarker> {
    if e.kind != EdgeKind::Relation || e.points.len() < 2 {
        return None;
    }
    let (p, q, mark) = if at_from {
        (e.points[0], e.points[1], e.from_end)
    } else {
        let n = e.points.len();
        (e.points[n - 1], e.points[n - 2], e.to_end)
    };
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len == 0.0 || !len.is_finite() {
        return None;
    }
    let u = (dx / len, dy / len);
    let n = (-u.1, u.0);
    let at = |along: f64, across: f64| {
        (
            p.0 + u.0 * along + n.0 * across,
            p.1 + u.1 * along + n.1 * across,
        )
    };
    let mut lines = String::new();
    let mut seg = |a: (f64, f64), b: (f64, f64)| {
        let _ = write!(
            lines,
            "{}M {} {} L {} {}",
            if lines.is_empty() { "" } else { " " },
            num(a.0),
            num(a.1),
            num(b.0),
            num(b.1)
        );
    };
    let EndMark { many, optional } = mark;
    if many {
        seg(at(0.0, 7.0), at(12.0, 0.0));
        seg(at(0.0, -7.0), at(12.0, 0.0));
        if !optional {
            seg(at(16.0, 6.0), at(16.0, -6.0));
        }
    } else {
        seg(at(9.0, 6.0), at(9.0, -6.0));
        if !optional {
            seg(at(14.0, 6.0), at(14.0, -6.0));
        }
    }
    let circle = optional.then(|| {
        let c = at(if many { 19.0 } else { 18.0 }, 0.0);
        (c.0.round(), c.1.round())
    });
    Some(EndMarker { lines, circle })
}

/// Text safe for XML content and attribute values: `& < > " '` escaped, and characters
/// XML 1.0 forbids (control characters) replaced by U+FFFD.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

struct Palette {
    bg: &'static str,
    box_fill: &'static str,
    stroke: &'static str,
    head: &'static str,
    enum_head: &'static str,
    text: &'static str,
    muted: &'static str,
    edge: &'static str,
    key: &'static str,
    fk: &'static str,
}

const LIGHT: Palette = Palette {
    bg: "#ffffff",
    box_fill: "#ffffff",
    stroke: "#9bb0a5",
    head: "#e4f2e9",
    enum_head: "#efe8f7",
    text: "#14211a",
    muted: "#5b6b62",
    edge: "#4b5d54",
    key: "#15803d",
    fk: "#b45309",
};

const DARK: Palette = Palette {
    bg: "#0f1512",
    box_fill: "#161e1a",
    stroke: "#3b4a42",
    head: "#1f2f26",
    enum_head: "#2a2334",
    text: "#e3ebe6",
    muted: "#9fb0a6",
    edge: "#9fb0a6",
    key: "#4ade80",
    fk: "#f5c451",
};

/// The diagram as a standalone SVG document (its own `<style>`, no external references).
pub fn to_svg(d: &Diagram, theme: Theme) -> String {
    let p = match theme {
        Theme::Light => &LIGHT,
        Theme::Dark => &DARK,
    };
    let (w, h) = (num(d.width), num(d.height));
    let mut s = String::with_capacity(4096 + d.nodes.len() * 1024);
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="Entity-relationship diagram">"#
    );
    let _ = writeln!(s, "<title>Entity-relationship diagram</title>");
    if let Some(note) = &d.note {
        let _ = writeln!(s, "<desc>{}</desc>", escape(&note.to_string()));
    }
    let _ = writeln!(
        s,
        "<style>\n\
         text {{ font: 12px ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace; fill: {text}; }}\n\
         .box {{ fill: {box_fill}; stroke: {stroke}; stroke-width: 1; }}\n\
         .head {{ fill: {head}; }}\n\
         .enum .head, .type .head {{ fill: {enum_head}; }}\n\
         .title {{ font-weight: bold; }}\n\
         .map, .type-label, .label {{ fill: {muted}; }}\n\
         .key {{ font-size: 9px; font-weight: bold; fill: {key}; }}\n\
         .key.fk {{ fill: {fk}; }}\n\
         .edge {{ fill: none; stroke: {edge}; stroke-width: 1.2; }}\n\
         .edge.uses {{ stroke-dasharray: 4 3; stroke-width: 1; }}\n\
         .mark {{ fill: none; stroke: {edge}; stroke-width: 1.2; }}\n\
         .zero {{ fill: {box_fill}; stroke: {edge}; stroke-width: 1.2; }}\n\
         .label {{ font-size: 10px; paint-order: stroke; stroke: {bg}; stroke-width: 3px; stroke-linejoin: round; }}\n\
         </style>",
        text = p.text,
        box_fill = p.box_fill,
        stroke = p.stroke,
        head = p.head,
        enum_head = p.enum_head,
        muted = p.muted,
        key = p.key,
        fk = p.fk,
        edge = p.edge,
        bg = p.bg,
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="{}"/>"#, p.bg);
    if d.nodes.is_empty() {
        let note = d
            .note
            .as_ref()
            .map_or_else(|| "Nothing to draw.".to_owned(), ToString::to_string);
        let _ = writeln!(
            s,
            r#"<text class="label" x="16" y="44">{}</text>"#,
            escape(&note)
        );
    }
    for n in &d.nodes {
        let class = match n.kind {
            NodeKind::Model => "model",
            NodeKind::View => "view",
            NodeKind::Enum => "enum",
            NodeKind::CompositeType => "type",
        };
        let (x, y, nw, nh) = (n.x, n.y, n.width, n.height);
        let _ = writeln!(s, r#"<g class="node {class}">"#);
        let _ = writeln!(
            s,
            r#"<rect class="box" x="{}" y="{}" width="{}" height="{}" rx="4"/>"#,
            num(x),
            num(y),
            num(nw),
            num(nh)
        );
        let _ = writeln!(
            s,
            r#"<rect class="head" x="{}" y="{}" width="{}" height="{}" rx="4"/>"#,
            num(x + 0.5),
            num(y + 0.5),
            num(nw - 1.0),
            num(HEADER_HEIGHT - 1.0)
        );
        let _ = writeln!(
            s,
            r#"<text class="title" x="{}" y="{}">{}</text>"#,
            num(x + PADDING),
            num(y + 18.0),
            escape(&header_text(n))
        );
        if let Some(m) = &n.db_name {
            let _ = writeln!(
                s,
                r#"<text class="map" x="{}" y="{}" text-anchor="end">{}</text>"#,
                num(x + nw - PADDING),
                num(y + 18.0),
                escape(m)
            );
        }
        for (i, f) in n.fields.iter().enumerate() {
            let base = y + HEADER_HEIGHT + ROW_HEIGHT * i as f64 + 14.0;
            if let Some((k, kc)) = key_badge(f) {
                let _ = writeln!(
                    s,
                    r#"<text class="{kc}" x="{}" y="{}">{k}</text>"#,
                    num(x + PADDING),
                    num(base - 1.0)
                );
            }
            let _ = writeln!(
                s,
                r#"<text class="name" x="{}" y="{}">{}</text>"#,
                num(x + PADDING + KEY_WIDTH),
                num(base),
                escape(&f.name)
            );
            if !f.type_label.is_empty() {
                let _ = writeln!(
                    s,
                    r#"<text class="type-label" x="{}" y="{}" text-anchor="end">{}</text>"#,
                    num(x + nw - PADDING),
                    num(base),
                    escape(&f.type_label)
                );
            }
        }
        let _ = writeln!(s, "</g>");
    }
    for e in &d.edges {
        let class = match e.kind {
            EdgeKind::Relation => "edge",
            EdgeKind::Uses => "edge uses",
        };
        let _ = writeln!(s, "<g>");
        let _ = writeln!(
            s,
            r#"<path class="{class}" d="{}"><title>{}</title></path>"#,
            edge_path_data(e),
            escape(&edge_title(e))
        );
        for at_from in [true, false] {
            if let Some(m) = end_marker(e, at_from) {
                let _ = writeln!(s, r#"<path class="mark" d="{}"/>"#, m.lines);
                if let Some((cx, cy)) = m.circle {
                    let _ = writeln!(
                        s,
                        r#"<circle class="zero" cx="{}" cy="{}" r="4"/>"#,
                        num(cx),
                        num(cy)
                    );
                }
            }
        }
        if let Some(label) = &e.label {
            let _ = writeln!(
                s,
                r#"<text class="label" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                num(e.label_pos.0),
                num(e.label_pos.1),
                escape(label)
            );
        }
        let _ = writeln!(s, "</g>");
    }
    s.push_str("</svg>\n");
    s
}

/// The badge before a field's name: `PK`, `FK` or `U`, with its class.
pub fn key_badge(f: &crate::NodeField) -> Option<(&'static str, &'static str)> {
    if f.is_id {
        Some(("PK", "key"))
    } else if f.is_fk {
        Some(("FK", "key fk"))
    } else if f.is_unique {
        Some(("U", "key"))
    } else {
        None
    }
}

/// A one-line description of an edge (tooltip and accessible name).
pub fn edge_title(e: &Edge) -> String {
    match e.kind {
        EdgeKind::Uses => format!("{}.{} uses {}", e.from, e.from_field, e.to),
        EdgeKind::Relation => {
            let kind = match e.cardinality {
                crate::Cardinality::OneToOne => "one-to-one",
                crate::Cardinality::OneToMany => "one-to-many",
                crate::Cardinality::ManyToMany => "many-to-many",
            };
            let back = e
                .to_field
                .as_ref()
                .map(|f| format!(" / {}.{f}", e.to))
                .unwrap_or_else(|| format!(" / {}", e.to));
            let name = e
                .label
                .as_ref()
                .map(|l| format!(" \"{l}\""))
                .unwrap_or_default();
            format!("{kind}{name}: {}.{}{back}", e.from, e.from_field)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("a&b<c>d\"e'f\u{1}g"),
            "a&amp;b&lt;c&gt;d&quot;e&apos;f\u{FFFD}g"
        );
    }
}
