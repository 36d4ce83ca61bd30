//! `prisma format` 6.19.3: relation completion ("magic reformatting", from
//! `psl-core/src/reformat.rs`) followed by the layout rules of [`layout`].
//!
//! - [`format`] always returns text (layout only when the schema has syntax
//!   or name errors, like Prisma).
//! - [`format_checked`] is what the CLI does: format, then validate the
//!   result; an invalid result is refused with its diagnostics.
//!
//! Inserted relation fields use 6.19 naming: camelCase, plural for lists
//! (`posts Post[]`, `blog Blog?`, `post2s Post2[]`).

mod layout;
mod table;

pub use layout::layout;

use crate::model::*;
use crate::{Diagnostic, ValidatedSchema};

/// Formats a schema like `prisma format`. Idempotent; never fails.
pub fn format(source: &str) -> String {
    let (schema, db_errors) = crate::analyze(source);
    if db_errors {
        return layout(source);
    }
    let mut bits = Vec::new();
    missing_bits(&schema, &mut bits);
    // A stable sort keeps insertion order for bits at the same position, as Prisma does.
    bits.sort_by_key(|b| b.0);
    let mut enriched = String::with_capacity(source.len() + 256);
    let mut last = 0;
    for (pos, text) in &bits {
        let pos = (*pos).clamp(last, source.len());
        enriched.push_str(source.get(last..pos).unwrap_or(""));
        enriched.push_str(text);
        last = pos;
    }
    enriched.push_str(source.get(last..).unwrap_or(""));
    layout(&enriched)
}

/// Formats, then validates the result: `Err` carries the diagnostics of the
/// formatted schema (errors, and warnings, which Prisma prints too) when it
/// has errors (the CLI then refuses to write it); `Ok` the new text.
pub fn format_checked(source: &str) -> Result<String, (String, Vec<Diagnostic>)> {
    let formatted = format(source);
    let schema = crate::parse_and_validate(&formatted);
    if schema.has_errors() {
        Err((formatted, schema.diagnostics))
    } else {
        Ok(formatted)
    }
}

/// Lower-cases the first character (`BlogPost` → `blogPost`).
pub fn camel_case(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

fn pascal_case(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// The last word of a model name (`UserProfile` → `Profile`, `user_account` → `account`).
fn last_word(name: &str) -> &str {
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in name.char_indices() {
        if c == '_' || c == '-' {
            start = i + 1;
        } else if c.is_uppercase() && prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit()) {
            start = i;
        }
        prev = Some(c);
    }
    &name[start.min(name.len())..]
}

/// English plural of a model name for list fields, matching what Prisma
/// 6.19.3 generates (checked word by word with the real `prisma format`,
/// see `tests/format/oracle/g_plural_names.prisma`): `Person` → `People`,
/// `Category` → `Categories`, `Status` → `Statuses`, `Canvas` → `Canvas`.
pub fn pluralize(name: &str) -> String {
    const UNCOUNTABLE: [&str; 10] = [
        "equipment",
        "information",
        "rice",
        "money",
        "species",
        "series",
        "sheep",
        "deer",
        "news",
        "police",
    ];
    const IRREGULAR: [(&str, &str); 28] = [
        ("person", "people"),
        ("man", "men"),
        ("woman", "women"),
        ("child", "children"),
        ("mouse", "mice"),
        ("goose", "geese"),
        ("tooth", "teeth"),
        ("foot", "feet"),
        ("ox", "oxen"),
        ("criterion", "criteria"),
        ("phenomenon", "phenomena"),
        ("datum", "data"),
        ("octopus", "octopi"),
        ("virus", "viri"),
        ("cactus", "cacti"),
        ("quiz", "quizzes"),
        ("knife", "knives"),
        ("wife", "wives"),
        ("life", "lives"),
        ("leaf", "leaves"),
        ("half", "halves"),
        ("wolf", "wolves"),
        ("shelf", "shelves"),
        ("calf", "calves"),
        ("loaf", "loaves"),
        ("hero", "heroes"),
        ("potato", "potatoes"),
        ("tomato", "tomatoes"),
    ];
    let word = last_word(name);
    let head = name.get(..name.len() - word.len()).unwrap_or("");
    let lower = word.to_lowercase();
    if UNCOUNTABLE.contains(&lower.as_str()) {
        return name.to_owned();
    }
    if let Some((_, plural)) = IRREGULAR.iter().find(|(s, _)| *s == lower) {
        let upper = word.chars().next().is_some_and(char::is_uppercase);
        let plural = if upper {
            pascal_case(plural)
        } else {
            (*plural).to_owned()
        };
        return format!("{head}{plural}");
    }
    let ends = |s: &str| lower.ends_with(s);
    let stem = |n: usize| name.get(..name.len().saturating_sub(n)).unwrap_or(name);
    if ends("matrix") || ends("vertex") || ends("index") || ends("appendix") {
        format!("{}ices", stem(2))
    } else if ends("sis") {
        format!("{}ses", stem(3))
    } else if ends("axis") {
        format!("{}es", stem(2))
    } else if ends("x")
        || ends("ch")
        || ends("ss")
        || ends("sh")
        || ends("us")
        || ends("alias")
        || lower == "gas"
    {
        format!("{name}es")
    } else if ends("y") && !["ay", "ey", "iy", "oy", "uy"].iter().any(|v| ends(v)) {
        format!("{}ies", stem(1))
    } else if ends("s") {
        name.to_owned()
    } else {
        format!("{name}s")
    }
}

/// camelCase for generated relation field names, like Prisma 6.19.3: words
/// split at `_`/`-` and lower→upper case changes; the first word is
/// lower-cased entirely (`HTTPRequest` → `httprequest`), later words keep
/// their case with an upper-case initial (`user_account` → `userAccount`).
pub fn field_name_for(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if c == '_' || c == '-' {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            prev = None;
            continue;
        }
        if c.is_uppercase()
            && prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
            && !current.is_empty()
        {
            words.push(std::mem::take(&mut current));
        }
        current.push(c);
        prev = Some(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    let mut out = String::with_capacity(name.len());
    for (i, w) in words.iter().enumerate() {
        if i == 0 {
            out.push_str(&w.to_lowercase());
        } else {
            out.push_str(&pascal_case(w));
        }
    }
    out
}

type Bits = Vec<(usize, String)>;

fn first_unique_criteria(schema: &ValidatedSchema, model: ModelId, strict: bool) -> Vec<FieldId> {
    let Some(m) = schema.model(model) else {
        return Vec::new();
    };
    let mut criterias: Vec<Vec<FieldId>> = Vec::new();
    if let Some(pk) = &m.primary_key {
        criterias.push(pk.fields.iter().map(|f| f.field).collect());
    }
    for idx in m.indexes.iter().filter(|i| i.kind == IndexKind::Unique) {
        criterias.push(idx.fields.iter().map(|f| f.field).collect());
    }
    criterias
        .into_iter()
        .find(|c| {
            !strict
                || c.iter()
                    .all(|f| schema.field(*f).is_some_and(|f| f.arity == Arity::Required))
        })
        .unwrap_or_default()
}

struct Inferred {
    name: String,
    arity: Arity,
    type_name: Option<&'static str>,
    /// The referenced field's native type attribute (`@db.SmallInt`), copied verbatim.
    native: String,
}

/// The FK scalar fields the formatter would add: `{camel(referenced)}{Pascal(field)}`.
fn inferred_scalar_fields(schema: &ValidatedSchema, r: &Relation) -> Vec<Inferred> {
    let referenced = schema
        .model(r.model_b)
        .map(|m| m.name.as_str())
        .unwrap_or("");
    let referencing = r.model_a;
    let forward_arity = r.field_a.and_then(|f| schema.field(f)).map(|f| f.arity);
    first_unique_criteria(schema, r.model_b, false)
        .into_iter()
        .filter_map(|fid| schema.field(fid).map(|f| (fid, f)))
        .map(|(fid, f)| {
            let native = schema
                .ast_field(fid)
                .and_then(|a| a.attributes.iter().find(|at| at.name.name.contains('.')))
                .map(|at| at.span.slice(schema.source()).to_owned())
                .unwrap_or_default();
            let name = format!("{}{}", camel_case(referenced), pascal_case(&f.name));
            let existing = schema.model(referencing).and_then(|m| {
                m.fields
                    .iter()
                    .find(|x| x.name == name && matches!(x.kind, FieldKind::Scalar(_)))
            });
            let (arity, ty) = match existing {
                Some(e) => (e.arity, scalar_type_of(e)),
                None => (forward_arity.unwrap_or(Arity::Optional), scalar_type_of(f)),
            };
            Inferred {
                name,
                arity,
                type_name: ty,
                native,
            }
        })
        .collect()
}

fn scalar_type_of(f: &Field) -> Option<&'static str> {
    match &f.kind {
        FieldKind::Scalar(s) => match s.scalar_type {
            ScalarType::Enum(_) | ScalarType::Unsupported(_) => None,
            ref t => Some(t.name()),
        },
        _ => None,
    }
}

fn render_arity(a: Arity) -> &'static str {
    match a {
        Arity::Required => "",
        Arity::Optional => "?",
        Arity::List => "[]",
    }
}

fn fields_argument(schema: &ValidatedSchema, r: &Relation) -> String {
    let names: Vec<String> = inferred_scalar_fields(schema, r)
        .into_iter()
        .map(|f| f.name)
        .collect();
    format!("fields: [{}]", names.join(", "))
}

fn references_argument(schema: &ValidatedSchema, r: &Relation) -> String {
    let explicit = r
        .field_a
        .and_then(|f| schema.field(f))
        .and_then(|f| match &f.kind {
            FieldKind::Relation(rf) => rf.references.clone(),
            _ => None,
        });
    let fields = explicit.unwrap_or_else(|| first_unique_criteria(schema, r.model_b, true));
    let names: Vec<&str> = fields
        .iter()
        .filter_map(|f| schema.field(*f))
        .map(|f| f.name.as_str())
        .collect();
    format!("references: [{}]", names.join(", "))
}

/// Offset of a model's closing `}` (where missing fields are inserted).
fn model_end(schema: &ValidatedSchema, m: ModelId) -> Option<usize> {
    schema.model(m).map(|m| m.span.end.saturating_sub(1))
}

fn missing_bits(schema: &ValidatedSchema, bits: &mut Bits) {
    let inline: Vec<&Relation> = schema
        .relations
        .iter()
        .filter(|r| r.kind != RelationKind::ImplicitManyToMany)
        .collect();
    // Prisma's order: missing fields, then missing @relation attributes, then missing arguments.
    for r in &inline {
        missing_relation_fields(schema, r, bits);
        missing_scalar_fields(schema, r, bits);
    }
    for r in &inline {
        missing_relation_attribute(schema, r, bits);
    }
    for r in &inline {
        missing_relation_arguments(schema, r, bits);
    }
}

fn missing_relation_fields(schema: &ValidatedSchema, r: &Relation, bits: &mut Bits) {
    let referencing = schema.model(r.model_a);
    let referenced = schema.model(r.model_b);
    let (Some(referencing), Some(referenced)) = (referencing, referenced) else {
        return;
    };
    if r.field_b.is_none()
        && let Some(pos) = model_end(schema, r.model_b)
    {
        let ignore = if referencing.is_ignored {
            "@ignore"
        } else {
            ""
        };
        let (name, arity) = if r.kind == RelationKind::OneToOne {
            (field_name_for(&referencing.name), "?")
        } else {
            (field_name_for(&pluralize(&referencing.name)), "[]")
        };
        bits.push((
            pos,
            format!("{name} {}{arity} {ignore}\n", referencing.name),
        ));
    }
    if r.field_a.is_none()
        && let Some(pos) = model_end(schema, r.model_a)
    {
        let inferred = inferred_scalar_fields(schema, r);
        let arity = if inferred.iter().any(|f| f.arity == Arity::Optional) {
            "?"
        } else {
            ""
        };
        bits.push((
            pos,
            format!(
                "{} {}{arity} @relation({}, {})\n",
                field_name_for(&referenced.name),
                referenced.name,
                fields_argument(schema, r),
                references_argument(schema, r)
            ),
        ));
    }
}

fn missing_scalar_fields(schema: &ValidatedSchema, r: &Relation, bits: &mut Bits) {
    let has_fields = r
        .field_a
        .and_then(|f| schema.field(f))
        .is_some_and(|f| matches!(&f.kind, FieldKind::Relation(rf) if rf.fields.is_some()));
    if has_fields {
        return;
    }
    let Some(pos) = model_end(schema, r.model_a) else {
        return;
    };
    let existing: Vec<&str> = schema
        .model(r.model_a)
        .map(|m| {
            m.fields
                .iter()
                .filter(|f| matches!(f.kind, FieldKind::Scalar(_)))
                .map(|f| f.name.as_str())
                .collect()
        })
        .unwrap_or_default();
    for f in inferred_scalar_fields(schema, r) {
        if existing.contains(&f.name.as_str()) {
            continue;
        }
        let Some(ty) = f.type_name else { return };
        bits.push((
            pos,
            format!("{} {ty}{} {}\n", f.name, render_arity(f.arity), f.native),
        ));
    }
}

fn relation_attribute(schema: &ValidatedSchema, field: FieldId) -> Option<&crate::ast::Attribute> {
    schema
        .ast_field(field)?
        .attributes
        .iter()
        .find(|a| a.name.name == "relation")
}

fn missing_relation_attribute(schema: &ValidatedSchema, r: &Relation, bits: &mut Bits) {
    let Some(forward) = r.field_a else { return };
    if relation_attribute(schema, forward).is_some() {
        return;
    }
    let Some(ast_field) = schema.ast_field(forward) else {
        return;
    };
    bits.push((
        ast_field.type_span.end,
        format!(
            " @relation({}, {})",
            fields_argument(schema, r),
            references_argument(schema, r)
        ),
    ));
}

fn missing_relation_arguments(schema: &ValidatedSchema, r: &Relation, bits: &mut Bits) {
    let Some(forward) = r.field_a else { return };
    let Some(attr) = relation_attribute(schema, forward) else {
        return;
    };
    let Some(FieldKind::Relation(rf)) = schema.field(forward).map(|f| &f.kind) else {
        return;
    };
    let has = |name: &str| {
        attr.arguments
            .arguments
            .iter()
            .any(|a| a.name.as_ref().is_some_and(|n| n.name == name))
    };
    let mut extra = Vec::new();
    if rf.fields.is_none() && !has("fields") {
        extra.push(fields_argument(schema, r));
    }
    if rf.references.is_none() && !has("references") {
        extra.push(references_argument(schema, r));
    }
    if extra.is_empty() {
        return;
    }
    let extra = extra.join(", ");
    let bit = if attr.arguments.arguments.is_empty() {
        (attr.span.end, format!("({extra})"))
    } else {
        (attr.span.end.saturating_sub(1), format!(", {extra}"))
    };
    bits.push(bit);
}
