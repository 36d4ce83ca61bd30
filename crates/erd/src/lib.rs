//! The entity-relationship diagram of a Prisma schema.
//!
//! [`diagram`] reads schema text (valid or not) through `seedbed-psl` and returns a
//! [`Diagram`]: one box per model, view, enum and composite type with its fields, one edge
//! per relation (with its cardinality) and a dashed edge from a model to each enum or
//! composite type it uses, all laid out automatically (see `README.md` for the algorithm).
//! [`to_svg`] renders it as a standalone SVG document. Everything is pure: no IO, no
//! randomness, no panics, and the same text always gives the same picture.
//!
//! ```
//! let d = seedbed_erd::diagram(r#"
//! model User {
//!   id    Int    @id
//!   posts Post[]
//! }
//! model Post {
//!   id       Int  @id
//!   authorId Int
//!   author   User @relation(fields: [authorId], references: [id])
//! }
//! "#);
//! assert_eq!(d.nodes.len(), 2);
//! assert_eq!(d.edges[0].cardinality, seedbed_erd::Cardinality::OneToMany);
//! let svg = seedbed_erd::to_svg(&d, seedbed_erd::Theme::Light);
//! assert!(svg.starts_with("<svg"));
//! ```

mod layout;
mod svg;

use seedbed_psl::{
    Arity, FieldKind, ModelId, RelationKind, ScalarType, ValidatedSchema, ast, parse_and_validate,
};
use std::collections::HashMap;

pub use layout::header_text;
pub use svg::{EndMarker, Theme, edge_path_data, edge_title, end_marker, key_badge, to_svg};

/// Text metrics of the monospace approximation used for sizes (12 px font).
pub mod metrics {
    /// Width of one character of 12 px monospace text.
    pub const CHAR_WIDTH: f64 = 7.2;
    /// Height of a field row.
    pub const ROW_HEIGHT: f64 = 20.0;
    /// Height of a box's header.
    pub const HEADER_HEIGHT: f64 = 28.0;
    /// Horizontal padding inside a box.
    pub const PADDING: f64 = 10.0;
    /// Width of the key column (`PK`, `FK`, `U`) before a field's name.
    pub const KEY_WIDTH: f64 = 22.0;
    /// Space between a field's name and its type.
    pub const NAME_TYPE_GAP: f64 = 16.0;
    /// Space below the last row.
    pub const BOTTOM_PADDING: f64 = 6.0;
    /// The narrowest box.
    pub const MIN_WIDTH: f64 = 120.0;
}

/// A laid-out diagram. Coordinates are in SVG user units (pixels at zoom 1), origin top left.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Diagram {
    /// Boxes: models and views first (source order), then enums, then composite types.
    pub nodes: Vec<Node>,
    /// Relations (in the schema's relation order), then usage edges.
    pub edges: Vec<Edge>,
    /// Total width.
    pub width: f64,
    /// Total height.
    pub height: f64,
    /// Why the diagram may be incomplete or empty (schema errors, nothing to draw).
    pub note: Option<String>,
    /// The same reason as data, for a page that says it in another language.
    pub note_kind: Option<Note>,
}

/// Why a diagram may be incomplete or empty.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// A valid schema without models or enums.
    Empty,
    /// Errors left nothing to draw; the first error's message.
    NothingToDraw(String),
    /// This many errors: the diagram shows what could be resolved.
    Errors(usize),
}

/// What a box stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// `model`
    Model,
    /// `view`
    View,
    /// `enum` (its rows are the values)
    Enum,
    /// `type` (composite type; MongoDB only, so always an error on SQLite)
    CompositeType,
}

/// A box.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Name in the schema.
    pub name: String,
    /// The `@@map` name, if any.
    pub db_name: Option<String>,
    /// Model, view, enum or composite type.
    pub kind: NodeKind,
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
    /// Rows in source order (fields, or enum values).
    pub fields: Vec<NodeField>,
}

/// A row of a box.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeField {
    /// Field (or enum value) name.
    pub name: String,
    /// Type as written with its arity (`Int`, `String?`, `Post[]`, `Role`); empty for enum values.
    pub type_label: String,
    /// Part of the primary key.
    pub is_id: bool,
    /// A single-field unique constraint.
    pub is_unique: bool,
    /// A scalar field listed in a relation's `fields:` (a foreign-key column).
    pub is_fk: bool,
    /// A relation field.
    pub is_relation: bool,
}

/// What an edge means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeKind {
    /// A relation between two models (solid).
    Relation,
    /// A model uses an enum or a composite type (dashed, no cardinality markers).
    Uses,
}

/// The shape of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cardinality {
    /// 1:1
    OneToOne,
    /// 1:n (and, for [`EdgeKind::Uses`], many rows use one type)
    OneToMany,
    /// Implicit m:n
    ManyToMany,
}

/// The marker drawn at one end of an edge: how many records of *that* end's model one
/// record of the other end relates to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EndMark {
    /// Many (crow's foot) rather than at most one.
    pub many: bool,
    /// Zero allowed.
    pub optional: bool,
}

/// An edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Relation or usage.
    pub kind: EdgeKind,
    /// The model holding the relation's foreign key (for 1:1 and 1:n; model A of an m:n), or
    /// the model using an enum.
    pub from: String,
    /// The referenced model (model B of an m:n), or the enum / composite type used.
    pub to: String,
    /// Index of `from` in [`Diagram::nodes`].
    pub from_node: usize,
    /// Index of `to` in [`Diagram::nodes`].
    pub to_node: usize,
    /// The relation field on `from` (for a usage edge: the first field of that type).
    pub from_field: String,
    /// The back-relation field on `to`, if written.
    pub to_field: Option<String>,
    /// 1:1, 1:n or m:n.
    pub cardinality: Cardinality,
    /// Marker at the `from` end.
    pub from_end: EndMark,
    /// Marker at the `to` end.
    pub to_end: EndMark,
    /// Both ends on the same model.
    pub self_relation: bool,
    /// The relation name when it was given explicitly.
    pub label: Option<String>,
    /// The route, from the `from` box's side to the `to` box's side (orthogonal segments).
    pub points: Vec<(f64, f64)>,
    /// Where the label goes: the middle of its baseline (`text-anchor="middle"`), above the
    /// longest horizontal segment, or right of a loop.
    pub label_pos: (f64, f64),
}

impl Diagram {
    /// The index of the node with this name (models and views first).
    pub fn node_index(&self, name: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.name == name)
    }
}

/// Parses and validates `schema_text` and lays out its diagram. Never fails, never panics:
/// a schema with errors gives the diagram of whatever could be resolved, with a note.
pub fn diagram(schema_text: &str) -> Diagram {
    let schema = parse_and_validate(schema_text);
    let mut d = build(&schema);
    let errors = schema.errors().count();
    d.note_kind = match (errors, d.nodes.is_empty()) {
        (0, true) => Some(Note::Empty),
        (0, false) => None,
        (_, true) => schema
            .errors()
            .next()
            .map(|e| Note::NothingToDraw(e.message.to_string())),
        (n, false) => Some(Note::Errors(n)),
    };
    d.note = d.note_kind.as_ref().map(|note| match note {
        Note::Empty => "The schema has no models or enums yet.".to_owned(),
        Note::NothingToDraw(message) => format!("Nothing to draw: {message}"),
        Note::Errors(n) => format!(
            "The schema has {n} error{}: the diagram shows what could be resolved.",
            if *n == 1 { "" } else { "s" }
        ),
    });
    layout::layout(&mut d);
    d
}

/// The text of a diagram as a compact listing (boxes, rows, edges, positions), for tests
/// and reviews.
pub fn summary(d: &Diagram) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "diagram {} x {}", num(d.width), num(d.height));
    if let Some(note) = &d.note {
        let _ = writeln!(out, "note: {note}");
    }
    for n in &d.nodes {
        let kind = match n.kind {
            NodeKind::Model => "model",
            NodeKind::View => "view",
            NodeKind::Enum => "enum",
            NodeKind::CompositeType => "type",
        };
        let map = n
            .db_name
            .as_ref()
            .map(|m| format!(" @@map({m})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{kind} {}{map} at ({}, {}) size {} x {}",
            n.name,
            num(n.x),
            num(n.y),
            num(n.width),
            num(n.height)
        );
        for f in &n.fields {
            let mut flags = Vec::new();
            for (on, flag) in [
                (f.is_id, "id"),
                (f.is_unique, "unique"),
                (f.is_fk, "fk"),
                (f.is_relation, "relation"),
            ] {
                if on {
                    flags.push(flag);
                }
            }
            let flags = if flags.is_empty() {
                String::new()
            } else {
                format!(" [{}]", flags.join(", "))
            };
            let sep = if f.type_label.is_empty() { "" } else { " " };
            let _ = writeln!(out, "  {}{sep}{}{flags}", f.name, f.type_label);
        }
    }
    for e in &d.edges {
        let mark = |m: EndMark| match (m.many, m.optional) {
            (true, _) => "0..n",
            (false, true) => "0..1",
            (false, false) => "1",
        };
        let kind = match (e.kind, e.cardinality) {
            (EdgeKind::Uses, _) => "uses",
            (_, Cardinality::OneToOne) => "1:1",
            (_, Cardinality::OneToMany) => "1:n",
            (_, Cardinality::ManyToMany) => "m:n",
        };
        let back = e.to_field.as_deref().unwrap_or("-");
        let label = e
            .label
            .as_ref()
            .map(|l| format!(" \"{l}\""))
            .unwrap_or_default();
        let selfr = if e.self_relation { " self" } else { "" };
        let points: Vec<String> = e
            .points
            .iter()
            .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
            .collect();
        let ends = if e.kind == EdgeKind::Relation {
            format!(" ({} .. {})", mark(e.from_end), mark(e.to_end))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{kind}{label}{selfr} {}.{} -> {}.{back}{ends} via {}",
            e.from,
            e.from_field,
            e.to,
            points.join(" ")
        );
    }
    out
}

/// A number as SVG and summaries print it: integers without a fraction, else one decimal.
pub(crate) fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn with_arity(name: &str, arity: Arity) -> String {
    match arity {
        Arity::Required => name.to_owned(),
        Arity::Optional => format!("{name}?"),
        Arity::List => format!("{name}[]"),
    }
}

fn ast_arity(a: ast::FieldArity) -> Arity {
    match a {
        ast::FieldArity::Required => Arity::Required,
        ast::FieldArity::Optional => Arity::Optional,
        ast::FieldArity::List => Arity::List,
    }
}

/// Nodes and edges without positions.
fn build(schema: &ValidatedSchema) -> Diagram {
    let mut d = Diagram::default();
    // Models and views.
    let mut model_node: HashMap<ModelId, usize> = HashMap::new();
    for m in schema.walk_models() {
        let mut fk: Vec<u32> = Vec::new();
        for f in m.relation_fields() {
            if let Some(ids) = f.relation_field().and_then(|r| r.fields.as_ref()) {
                fk.extend(ids.iter().filter(|id| id.model == m.id).map(|id| id.index));
            }
        }
        let pk: Vec<u32> = m
            .primary_key()
            .map(|pk| {
                pk.fields
                    .iter()
                    .filter(|f| f.field.model == m.id)
                    .map(|f| f.field.index)
                    .collect()
            })
            .unwrap_or_default();
        let unique: Vec<u32> = m
            .indexes()
            .iter()
            .filter(|i| i.kind == seedbed_psl::IndexKind::Unique && i.fields.len() == 1)
            .filter(|i| i.fields[0].field.model == m.id)
            .map(|i| i.fields[0].field.index)
            .collect();
        let fields = m
            .fields()
            .map(|f| {
                let base = match &f.kind {
                    FieldKind::Scalar(s) => match &s.scalar_type {
                        ScalarType::Enum(id) => schema
                            .r#enum(*id)
                            .map(|e| e.name.clone())
                            .unwrap_or_else(|| "Enum".into()),
                        ScalarType::Unsupported(t) => format!("Unsupported(\"{t}\")"),
                        other => other.name().to_owned(),
                    },
                    FieldKind::Relation(r) => schema
                        .model(r.related_model)
                        .map(|m| m.name.clone())
                        .unwrap_or_default(),
                    FieldKind::Unresolved(t) => t.clone(),
                };
                NodeField {
                    name: f.name.clone(),
                    type_label: with_arity(&base, f.arity),
                    is_id: pk.contains(&f.id.index),
                    is_unique: unique.contains(&f.id.index),
                    is_fk: fk.contains(&f.id.index),
                    is_relation: matches!(f.kind, FieldKind::Relation(_)),
                }
            })
            .collect();
        model_node.insert(m.id, d.nodes.len());
        d.nodes.push(Node {
            name: m.name.clone(),
            db_name: m.mapped_name.clone(),
            kind: if m.is_view {
                NodeKind::View
            } else {
                NodeKind::Model
            },
            x: 0.0,
            y: 0.0,
            width: 0.0,
            height: 0.0,
            fields,
        });
    }
    // Enums.
    let mut type_node: HashMap<String, usize> = HashMap::new();
    for e in &schema.enums {
        type_node.entry(e.name.clone()).or_insert(d.nodes.len());
        d.nodes.push(Node {
            name: e.name.clone(),
            db_name: e.mapped_name.clone(),
            kind: NodeKind::Enum,
            x: 0.0,
            y: 0.0,
            width: 0.0,
            height: 0.0,
            fields: e
                .values
                .iter()
                .map(|v| NodeField {
                    name: v.name.clone(),
                    ..NodeField::default()
                })
                .collect(),
        });
    }
    // Composite types, straight from the syntax tree (the validated model has none).
    for top in &schema.ast.tops {
        let ast::Top::Model(m) = top else { continue };
        if m.kind != ast::ModelKind::CompositeType {
            continue;
        }
        type_node
            .entry(m.name.name.clone())
            .or_insert(d.nodes.len());
        d.nodes.push(Node {
            name: m.name.name.clone(),
            db_name: None,
            kind: NodeKind::CompositeType,
            x: 0.0,
            y: 0.0,
            width: 0.0,
            height: 0.0,
            fields: m
                .fields
                .iter()
                .map(|f| {
                    let base = match &f.field_type {
                        ast::FieldType::Supported(id) => id.name.clone(),
                        ast::FieldType::Unsupported(t, _) => format!("Unsupported(\"{t}\")"),
                    };
                    NodeField {
                        name: f.name.name.clone(),
                        type_label: with_arity(&base, ast_arity(f.arity)),
                        ..NodeField::default()
                    }
                })
                .collect(),
        });
    }
    // Relations.
    for r in &schema.relations {
        let (Some(&na), Some(&nb)) = (model_node.get(&r.model_a), model_node.get(&r.model_b))
        else {
            continue;
        };
        let fa = r.field_a.and_then(|id| schema.field(id));
        let fb = r.field_b.and_then(|id| schema.field(id));
        let cardinality = match r.kind {
            RelationKind::OneToOne => Cardinality::OneToOne,
            RelationKind::OneToMany => Cardinality::OneToMany,
            RelationKind::ImplicitManyToMany => Cardinality::ManyToMany,
        };
        // The mark at a model's end comes from the field on the other side pointing to it.
        let mark = |pointing: Option<&seedbed_psl::Field>, many_side: bool| match pointing {
            Some(f) => EndMark {
                many: f.arity == Arity::List,
                optional: f.arity != Arity::Required,
            },
            None => EndMark {
                many: many_side,
                optional: true,
            },
        };
        let mark_a = mark(fb, cardinality != Cardinality::OneToOne);
        let mark_b = mark(fa, cardinality == Cardinality::ManyToMany);
        let (from, to, from_field, to_field, from_end, to_end) = match (fa, fb) {
            (Some(fa), fb) => (na, nb, fa, fb, mark_a, mark_b),
            (None, Some(fb)) => (nb, na, fb, None, mark_b, mark_a),
            (None, None) => continue,
        };
        d.edges.push(Edge {
            kind: EdgeKind::Relation,
            from: d.nodes[from].name.clone(),
            to: d.nodes[to].name.clone(),
            from_node: from,
            to_node: to,
            from_field: from_field.name.clone(),
            to_field: to_field.map(|f| f.name.clone()),
            cardinality,
            from_end,
            to_end,
            self_relation: r.model_a == r.model_b,
            label: r.is_named.then(|| r.name.clone()),
            points: Vec::new(),
            label_pos: (0.0, 0.0),
        });
    }
    // Usage of enums and composite types: one edge per (model, type).
    let model_count = model_node.len();
    let mut uses: Vec<(usize, usize, String)> = Vec::new();
    for (mi, node) in d.nodes.iter().enumerate().take(model_count) {
        for f in &node.fields {
            if f.is_relation {
                continue;
            }
            let base = f.type_label.trim_end_matches("[]").trim_end_matches('?');
            if let Some(&ti) = type_node.get(base)
                && !uses.iter().any(|(m, t, _)| *m == mi && *t == ti)
            {
                uses.push((mi, ti, f.name.clone()));
            }
        }
    }
    for (from, to, field) in uses {
        d.edges.push(Edge {
            kind: EdgeKind::Uses,
            from: d.nodes[from].name.clone(),
            to: d.nodes[to].name.clone(),
            from_node: from,
            to_node: to,
            from_field: field,
            to_field: None,
            cardinality: Cardinality::OneToMany,
            from_end: EndMark::default(),
            to_end: EndMark::default(),
            self_relation: false,
            label: None,
            points: Vec::new(),
            label_pos: (0.0, 0.0),
        });
    }
    d
}
