//! Builds the schema text from the decisions in [`crate::context`]: models (scalar fields,
//! relation fields, ids, indexes, maps, ignore), views, and the configuration blocks. The
//! text is unaligned; `seedbed_psl::format::layout` then lays it out as `prisma format`
//! does, as Prisma reformats its own rendering. Follows Prisma's `introspection/rendering/*`
//! and the attribute order of `datamodel-renderer`.

use crate::context::{Ctx, Direction};
use crate::names::{Name, string_literal};
use crate::warnings::{ModelField, ModelFieldType, Warnings};
use seedbed_psl::{
    Arity, ConfigValue, DefaultKind, FieldKind, Model as PslModel, ModelId, ValidatedSchema,
};
use seedbed_sql_schema::{
    ColumnArity, ColumnId, ColumnTypeFamily, DefaultLiteral, DefaultValue, ForeignKeyAction,
    ForeignKeyId, IndexKind, SortOrder, TableId, ViewId,
};
use std::fmt::Write;

const NO_IDENTIFIER_DOC: &str = "The underlying table does not contain a valid unique identifier and can therefore currently not be handled by Prisma Client.";
const EMPTY_NAME_DOC: &str = "This field was commented out because of an invalid name. Please provide a valid one that matches [a-zA-Z][a-zA-Z0-9_]*";

/// One rendered block with the position of its previous counterpart (for ordering).
struct Block {
    previous: Option<ModelId>,
    text: String,
}

/// Output of [`render`].
pub struct Rendered {
    pub text: String,
    pub warnings: Warnings,
    pub models: usize,
    pub views: usize,
}

pub fn render(ctx: &Ctx<'_>) -> Rendered {
    let mut warnings = Warnings::default();
    let mut models: Vec<Block> = ctx
        .model_tables
        .iter()
        .map(|&t| Block {
            previous: ctx.previous_model(t).map(|(id, _)| id),
            text: render_model(ctx, t, &mut warnings),
        })
        .collect();
    // Previous models keep their order; new ones follow in table order (a stable sort).
    models.sort_by_key(|b| (b.previous.is_none(), b.previous));
    let mut views: Vec<Block> = Vec::new();
    if ctx.views_enabled {
        for (i, v) in ctx.sql().views.iter().enumerate() {
            if v.columns.is_empty() {
                continue;
            }
            let id = ViewId(i as u32);
            views.push(Block {
                previous: ctx.previous_view(id).map(|(m, _)| m),
                text: render_view(ctx, id, &mut warnings),
            });
        }
        views.sort_by_key(|b| (b.previous.is_none(), b.previous));
    }
    let mut text = render_configuration(ctx.prev);
    for block in models.iter().chain(&views) {
        text.push_str(&block.text);
        text.push('\n');
    }
    text.push_str(&render_enums(ctx.prev));
    Rendered {
        text: seedbed_psl::format::layout(&text),
        warnings,
        models: models.len(),
        views: views.len(),
    }
}

// -------------------------------------------------------------------- configuration

fn config_value(v: &ConfigValue) -> String {
    match v {
        ConfigValue::Literal(s) => string_literal(s),
        ConfigValue::Env(var) => format!("env({})", string_literal(var)),
    }
}

fn docs(out: &mut String, docs: &str) {
    for line in docs.split('\n') {
        if line.is_empty() {
            out.push_str("///\n");
        } else {
            let _ = writeln!(out, "/// {line}");
        }
    }
}

/// Generators, then the datasource, as Prisma re-renders them from the parsed previous
/// schema; a default SQLite datasource when there is no previous schema.
fn render_configuration(prev: Option<&ValidatedSchema>) -> String {
    let mut out = String::new();
    let Some(prev) = prev else {
        out.push_str("datasource db {\nprovider = \"sqlite\"\nurl = \"file:./dev.db\"\n}\n\n");
        return out;
    };
    // Doc comments of configuration blocks are not kept (Prisma's renderer drops them).
    for g in &prev.generators {
        let _ = writeln!(out, "generator {} {{", g.name);
        if let Some(p) = &g.provider {
            let _ = writeln!(out, "provider = {}", config_value(p));
        }
        if let Some(o) = &g.output {
            let _ = writeln!(out, "output = {}", config_value(o));
        }
        if !g.preview_features.is_empty() {
            let list: Vec<String> = g
                .preview_features
                .iter()
                .map(|f| string_literal(f))
                .collect();
            let _ = writeln!(out, "previewFeatures = [{}]", list.join(", "));
        }
        for (k, v) in &g.config {
            let _ = writeln!(out, "{k} = {v}");
        }
        out.push_str("}\n\n");
    }
    if let Some(d) = &prev.datasource {
        let _ = writeln!(out, "datasource {} {{", d.name);
        let _ = writeln!(out, "provider = {}", string_literal(&d.provider));
        for (key, value) in [
            ("url", &d.url),
            ("shadowDatabaseUrl", &d.shadow_database_url),
            ("directUrl", &d.direct_url),
        ] {
            if let Some(v) = value {
                let _ = writeln!(out, "{key} = {}", config_value(v));
            }
        }
        // Written whenever the schema declares it (also through the deprecated
        // `referentialIntegrity`), even for the default.
        let block = prev.source().get(d.span.start..d.span.end).unwrap_or("");
        let declared = block.lines().any(|l| {
            let key = l.trim_start();
            key.starts_with("relationMode") || key.starts_with("referentialIntegrity")
        });
        if declared || d.relation_mode == seedbed_psl::RelationMode::Prisma {
            let mode = match d.relation_mode {
                seedbed_psl::RelationMode::Prisma => "prisma",
                seedbed_psl::RelationMode::ForeignKeys => "foreignKeys",
            };
            let _ = writeln!(out, "relationMode = \"{mode}\"");
        }
        out.push_str("}\n\n");
    }
    out
}

// -------------------------------------------------------------------- enums

/// The previous schema's enums, after models and views. SQLite keeps no enum in the
/// database, so Prisma 6.19 carries them over unchanged (checked with the real CLI).
fn render_enums(prev: Option<&ValidatedSchema>) -> String {
    let mut out = String::new();
    let Some(prev) = prev else { return out };
    for e in &prev.enums {
        if let Some(d) = &e.documentation {
            docs(&mut out, d);
        }
        let _ = writeln!(out, "enum {} {{", e.name);
        for v in &e.values {
            if let Some(d) = &v.documentation {
                docs(&mut out, d);
            }
            out.push_str(&v.name);
            if v.database_name != v.name {
                let _ = write!(out, " @map({})", string_literal(&v.database_name));
            }
            out.push('\n');
        }
        if let Some(m) = &e.mapped_name {
            let _ = writeln!(out, "@@map({})", string_literal(m));
        }
        out.push_str("}\n\n");
    }
    out
}

// -------------------------------------------------------------------- models

fn model_ignored(ctx: &Ctx<'_>, t: TableId) -> bool {
    let explicit = ctx.previous_model(t).is_some_and(|(_, m)| m.is_ignored);
    explicit || (!ctx.t.has_usable_identifier(t) && !ctx.t.columns(t).is_empty())
}

fn render_model(ctx: &Ctx<'_>, t: TableId, warnings: &mut Warnings) -> String {
    let table_name = ctx.t.name(t);
    let name = ctx.table_name(t);
    let previous = ctx.previous_model(t).map(|(_, m)| m);
    let ignored_in_psl = previous.is_some_and(|m| m.is_ignored);
    let usable = ctx.t.has_usable_identifier(t);

    let mut doc: Vec<String> = Vec::new();
    if let Some(d) = previous.and_then(|m| m.documentation.as_deref()) {
        doc.push(d.to_owned());
    }
    if let Some(mapped) = &name.mapped
        && previous.is_none()
        && crate::names::is_reserved_type_name(table_name)
    {
        doc.push(format!(
            "This model has been renamed to '{}' during introspection, because the original name '{}' is reserved.",
            name.name, mapped
        ));
    }
    if !usable && !ignored_in_psl {
        doc.push(NO_IDENTIFIER_DOC.to_owned());
        warnings.models_without_identifiers.push(name.name.clone());
    }
    if previous.is_none() && !ctx.name_is_unique(table_name) {
        warnings
            .duplicate_names
            .push(("model".into(), name.name.clone()));
    }
    if previous.is_some_and(|m| m.mapped_name.is_some()) {
        warnings.remapped_models.push(name.name.clone());
    }

    let mut out = String::new();
    if !doc.is_empty() {
        docs(&mut out, &doc.join("\n"));
    }
    let _ = writeln!(out, "model {} {{", name.name);
    let pk = ctx.t.pk_columns(t);
    for &c in ctx.t.columns(t) {
        out.push_str(&render_column(ctx, t, c, &pk, &name.name, warnings));
    }
    for line in relation_fields(ctx, t, warnings) {
        out.push_str(&line);
        out.push('\n');
    }
    // Compound primary key.
    if pk.len() > 1 {
        let prev_pk = previous.and_then(|m| m.primary_key.as_ref());
        let fields: Vec<String> = pk.iter().map(|c| ctx.column_name(*c).name).collect();
        let mut args = format!("[{}]", fields.join(", "));
        if let Some(n) = prev_pk.and_then(|p| p.name.as_deref()) {
            let _ = write!(args, ", name: {}", string_literal(n));
            warnings
                .reintrospected_id_names_in_model
                .push(name.name.clone());
        }
        let _ = writeln!(out, "@@id({args})");
    }
    // Indexes, except single-column uniques (rendered on the field).
    let mut indexes: Vec<(Option<usize>, String)> = Vec::new();
    for &i in ctx.t.indexes(t) {
        let idx = ctx.sql().index_at(i);
        if idx.kind == IndexKind::Unique && idx.columns.len() == 1 {
            continue;
        }
        let prev_index = previous.and_then(|m| {
            m.indexes.iter().position(|p| {
                (p.map.is_none() && p.name.as_deref() == Some(idx.name.as_str()))
                    || p.constraint_name == idx.name
            })
        });
        let fields: Vec<String> = idx
            .columns
            .iter()
            .map(|c| {
                let n = ctx.column_name(c.column).name;
                if c.sort_order == Some(SortOrder::Desc) {
                    format!("{n}(sort: Desc)")
                } else {
                    n
                }
            })
            .collect();
        let mut args = format!("[{}]", fields.join(", "));
        if let Some(n) = prev_index
            .and_then(|p| previous.and_then(|m| m.indexes.get(p)))
            .and_then(|p| p.name.as_deref())
        {
            let _ = write!(args, ", name: {}", string_literal(n));
        }
        let (attr, suffix) = match idx.kind {
            IndexKind::Unique => ("unique", "key"),
            IndexKind::Normal => ("index", "idx"),
        };
        if idx.name != default_index_name(ctx, t, &idx.columns, suffix) {
            let _ = write!(args, ", map: {}", string_literal(&idx.name));
        }
        indexes.push((prev_index, format!("@@{attr}({args})")));
    }
    indexes.sort_by_key(|(p, _)| (p.is_none(), *p));
    for (_, line) in indexes {
        out.push_str(&line);
        out.push('\n');
    }
    if let Some(m) = &name.mapped {
        let _ = writeln!(out, "@@map({})", string_literal(m));
    }
    if model_ignored(ctx, t) {
        out.push_str("@@ignore\n");
    }
    out.push_str("}\n");
    out
}

/// `{table}_{columns}_{suffix}`, Prisma's default constraint name, from database names.
fn default_index_name(
    ctx: &Ctx<'_>,
    t: TableId,
    columns: &[seedbed_sql_schema::IndexColumn],
    suffix: &str,
) -> String {
    let cols: Vec<&str> = columns
        .iter()
        .map(|c| ctx.t.column_name(c.column))
        .collect();
    seedbed_psl_constraint_name(ctx.t.name(t), &cols, suffix)
}

/// Same truncation rule as `seedbed_psl`'s constraint names (SQLite's limit is huge, so in
/// practice this is a plain join).
fn seedbed_psl_constraint_name(table: &str, columns: &[&str], suffix: &str) -> String {
    format!("{table}_{}_{suffix}", columns.join("_"))
}

fn prisma_type(family: &ColumnTypeFamily) -> String {
    match family {
        ColumnTypeFamily::Int => "Int".into(),
        ColumnTypeFamily::BigInt => "BigInt".into(),
        ColumnTypeFamily::Float => "Float".into(),
        ColumnTypeFamily::Decimal => "Decimal".into(),
        ColumnTypeFamily::Boolean => "Boolean".into(),
        ColumnTypeFamily::String => "String".into(),
        ColumnTypeFamily::DateTime => "DateTime".into(),
        ColumnTypeFamily::Json => "Json".into(),
        ColumnTypeFamily::Binary => "Bytes".into(),
        ColumnTypeFamily::Unsupported(t) => format!("Unsupported({})", string_literal(t)),
    }
}

fn render_default(
    family: &ColumnTypeFamily,
    default: Option<&DefaultValue>,
    auto_increment: bool,
    previous: Option<&seedbed_psl::DefaultValue>,
) -> Option<String> {
    if auto_increment && matches!(family, ColumnTypeFamily::Int | ColumnTypeFamily::BigInt) {
        return Some("autoincrement()".into());
    }
    match default {
        Some(DefaultValue::DbGenerated(expr)) => Some(match expr {
            Some(e) if !e.trim_matches('\0').is_empty() => {
                format!("dbgenerated({})", string_literal(e))
            }
            _ => "dbgenerated()".into(),
        }),
        Some(DefaultValue::Now) => {
            matches!(family, ColumnTypeFamily::DateTime).then(|| "now()".to_owned())
        }
        Some(DefaultValue::Sequence(_)) => Some("autoincrement()".into()),
        Some(DefaultValue::Value(v)) => Some(match v {
            DefaultLiteral::String(s) | DefaultLiteral::Json(s) => string_literal(s),
            DefaultLiteral::Int(i) | DefaultLiteral::BigInt(i) => i.to_string(),
            DefaultLiteral::Float(f) => decimal_display(f),
            DefaultLiteral::Boolean(b) => b.to_string(),
            DefaultLiteral::Enum(e) => e.clone(),
            DefaultLiteral::DateTime(d) => d.clone(),
            DefaultLiteral::Bytes(b) => string_literal(&crate::base64::encode(b)),
        }),
        // Client-side generators have no database default; keep them from the previous
        // schema on text columns.
        None if matches!(family, ColumnTypeFamily::String) => {
            previous.and_then(|d| match &d.kind {
                DefaultKind::Ulid => Some("ulid()".to_owned()),
                DefaultKind::Cuid(v) => Some(if *v == 1 {
                    "cuid()".to_owned()
                } else {
                    format!("cuid({v})")
                }),
                DefaultKind::Uuid(v) => Some(if *v == 4 {
                    "uuid()".to_owned()
                } else {
                    format!("uuid({v})")
                }),
                DefaultKind::Nanoid(len) => Some(match len {
                    Some(l) => format!("nanoid({l})"),
                    None => "nanoid()".to_owned(),
                }),
                _ => None,
            })
        }
        None => None,
    }
}

/// A number as Prisma's `BigDecimal` displays it: exponent expanded, sign `+` and leading
/// zeros dropped, fraction digits kept (`1e3` → `1000`, `1.50` → `1.50`, `+5` → `5`).
/// Anything unexpected is returned unchanged.
fn decimal_display(text: &str) -> String {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => match rest[i + 1..].parse::<i64>() {
            Ok(e) => (&rest[..i], e),
            Err(_) => return text.to_owned(),
        },
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() && frac.is_empty()
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        || exponent.abs() > 1000
    {
        return text.to_owned();
    }
    let mut digits: String = format!("{int}{frac}");
    let scale = frac.len() as i64 - exponent;
    if scale < 0 {
        digits.extend(std::iter::repeat_n('0', (-scale) as usize));
    }
    let scale = scale.max(0) as usize;
    if digits.len() <= scale {
        let pad = scale + 1 - digits.len();
        digits.insert_str(0, &"0".repeat(pad));
    }
    let (whole, fraction) = digits.split_at(digits.len() - scale);
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let zero = whole == "0" && fraction.bytes().all(|b| b == b'0');
    let sign = if negative && !zero { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

fn render_column(
    ctx: &Ctx<'_>,
    t: TableId,
    c: ColumnId,
    pk: &[ColumnId],
    model: &str,
    warnings: &mut Warnings,
) -> String {
    let col = ctx.sql().column(c);
    let name = ctx.column_name(c);
    let display = Ctx::field_display_name(&name, &col.name);
    let previous = ctx
        .existing_field
        .get(&c)
        .and_then(|f| ctx.previous_field(*f));
    let prev_scalar = previous.and_then(|f| match &f.kind {
        FieldKind::Scalar(s) => Some(s),
        _ => None,
    });
    let mut attrs: Vec<String> = Vec::new();
    if prev_scalar.is_some_and(|s| s.is_updated_at) {
        attrs.push("@updatedAt".into());
    }
    // A single-column unique index on this column.
    let unique = ctx.t.indexes(t).iter().find_map(|&i| {
        let idx = ctx.sql().index_at(i);
        (idx.kind == IndexKind::Unique && idx.columns.len() == 1 && idx.columns[0].column == c)
            .then_some(idx)
    });
    if let Some(idx) = unique {
        let mut args: Vec<String> = Vec::new();
        if idx.name != default_index_name(ctx, t, &idx.columns, "key") {
            args.push(format!("map: {}", string_literal(&idx.name)));
        }
        if idx.columns[0].sort_order == Some(SortOrder::Desc) {
            args.push("sort: Desc".into());
        }
        attrs.push(if args.is_empty() {
            "@unique".into()
        } else {
            format!("@unique({})", args.join(", "))
        });
    }
    if pk.len() == 1 && pk[0] == c {
        attrs.push("@id".into());
    }
    if let Some(d) = render_default(
        &col.tpe.family,
        col.default.as_ref(),
        col.auto_increment,
        prev_scalar.and_then(|s| s.default.as_ref()),
    ) {
        attrs.push(format!("@default({d})"));
    }
    if let Some(m) = &name.mapped {
        attrs.push(format!("@map({})", string_literal(m)));
    }
    if previous.is_some_and(|f| f.is_ignored) {
        attrs.push("@ignore".into());
    }
    if prev_scalar.is_some_and(|s| s.mapped_name.is_some()) {
        warnings.remapped_fields_in_model.push(ModelField {
            model: model.to_owned(),
            field: display.clone(),
        });
    }
    if let ColumnTypeFamily::Unsupported(tpe) = &col.tpe.family {
        warnings.unsupported_types_in_model.push(ModelFieldType {
            model: model.to_owned(),
            field: display.clone(),
            tpe: tpe.clone(),
        });
    }
    let arity = if col.tpe.arity == ColumnArity::Nullable {
        "?"
    } else {
        ""
    };
    // SQLite stores enums as TEXT: a text column that was an enum field stays one (the
    // enum itself is carried over from the previous schema, see `render_enums`).
    let enum_name = match (prev_scalar.map(|s| &s.scalar_type), &col.tpe.family) {
        (Some(seedbed_psl::ScalarType::Enum(id)), ColumnTypeFamily::String) => ctx
            .prev
            .and_then(|p| p.enums.get(id.0 as usize))
            .map(|e| e.name.clone()),
        _ => None,
    };
    let tpe = enum_name.unwrap_or_else(|| prisma_type(&col.tpe.family));
    field_line(
        previous.and_then(|f| f.documentation.as_deref()),
        &name,
        &display,
        &format!("{tpe}{arity}"),
        &attrs,
        |field| {
            warnings.fields_with_empty_names_in_model.push(ModelField {
                model: model.to_owned(),
                field,
            })
        },
    )
}

/// One field line with its doc comment; commented out when the name sanitises to nothing.
fn field_line(
    doc: Option<&str>,
    name: &Name,
    display: &str,
    tpe: &str,
    attrs: &[String],
    on_empty: impl FnOnce(String),
) -> String {
    let mut out = String::new();
    let mut doc_lines: Vec<&str> = doc.into_iter().collect();
    let empty = name.name.is_empty();
    if empty {
        doc_lines.push(EMPTY_NAME_DOC);
        on_empty(display.to_owned());
    }
    if !doc_lines.is_empty() {
        docs(&mut out, &doc_lines.join("\n"));
    }
    if empty {
        out.push_str("// ");
    }
    out.push_str(display);
    out.push(' ');
    out.push_str(tpe);
    for a in attrs {
        out.push(' ');
        out.push_str(a);
    }
    out.push('\n');
    out
}

// -------------------------------------------------------------------- relations

fn action_name(a: ForeignKeyAction) -> &'static str {
    match a {
        ForeignKeyAction::NoAction => "NoAction",
        ForeignKeyAction::Restrict => "Restrict",
        ForeignKeyAction::Cascade => "Cascade",
        ForeignKeyAction::SetNull => "SetNull",
        ForeignKeyAction::SetDefault => "SetDefault",
    }
}

fn relation_fields(ctx: &Ctx<'_>, t: TableId, warnings: &mut Warnings) -> Vec<String> {
    let mut lines = Vec::new();
    if !ctx.foreign_keys_enabled {
        if let Some((_, m)) = ctx.previous_model(t) {
            emulated_relations(ctx, m, &mut lines, warnings);
        }
        return lines;
    }
    for &(table, fk, dir) in &ctx.inline_positions {
        if table != t || !ctx.inline_names.contains_key(&fk) {
            continue;
        }
        lines.push(inline_field(ctx, fk, dir));
    }
    for &(table, fk, dir) in &ctx.m2m_positions {
        if table != t {
            continue;
        }
        lines.push(m2m_field(ctx, fk, dir));
    }
    lines
}

fn inline_field(ctx: &Ctx<'_>, fk_id: ForeignKeyId, dir: Direction) -> String {
    let sql = ctx.sql();
    let fk = sql.foreign_key(fk_id);
    let names = &ctx.inline_names[&fk_id];
    let complete = ctx.complete_inline(fk_id);
    let prev_name = |f: seedbed_psl::FieldId| ctx.previous_field(f).map(|f| f.name.clone());
    let relation_name = match complete {
        Some((rel, _, _)) => {
            if rel.is_named {
                rel.name.clone()
            } else {
                String::new()
            }
        }
        None => names[0].clone(),
    };
    let missing_identifiers =
        !ctx.t.has_usable_identifier(fk.table) || !ctx.t.has_usable_identifier(fk.referenced_table);
    match dir {
        Direction::Forward => {
            let name = complete
                .and_then(|(_, f, _)| prev_name(f))
                .unwrap_or_else(|| names[1].clone());
            let tpe = ctx.table_name(fk.referenced_table).name;
            let optional = fk
                .columns
                .iter()
                .any(|c| sql.column(*c).tpe.arity == ColumnArity::Nullable);
            let required = fk
                .columns
                .iter()
                .any(|c| sql.column(*c).tpe.arity == ColumnArity::Required);
            let mut args: Vec<String> = Vec::new();
            if !relation_name.is_empty() {
                args.push(string_literal(&relation_name));
            }
            let cols = |ids: &[ColumnId]| {
                ids.iter()
                    .map(|c| ctx.column_name(*c).name)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            args.push(format!("fields: [{}]", cols(&fk.columns)));
            args.push(format!("references: [{}]", cols(&fk.referenced_columns)));
            use ForeignKeyAction::*;
            let on_delete = match (required, fk.on_delete) {
                (false, SetNull) | (true, Restrict) => None,
                (_, a) => Some(a),
            };
            if let Some(a) = on_delete {
                args.push(format!("onDelete: {}", action_name(a)));
            }
            if fk.on_update != Cascade {
                args.push(format!("onUpdate: {}", action_name(fk.on_update)));
            }
            let mut line = format!(
                "{name} {tpe}{} @relation({})",
                if optional { "?" } else { "" },
                args.join(", ")
            );
            if missing_identifiers && !model_ignored(ctx, fk.table) {
                line.push_str(" @ignore");
            }
            line
        }
        Direction::Back => {
            let name = complete
                .and_then(|(_, _, f)| prev_name(f))
                .unwrap_or_else(|| names[2].clone());
            let tpe = ctx.table_name(fk.table).name;
            let arity = if ctx.t.fk_is_unique(fk_id) { "?" } else { "[]" };
            let mut line = format!("{name} {tpe}{arity}");
            if !relation_name.is_empty() {
                let _ = write!(line, " @relation({})", string_literal(&relation_name));
            }
            if missing_identifiers && !model_ignored(ctx, fk.referenced_table) {
                line.push_str(" @ignore");
            }
            line
        }
    }
}

fn m2m_field(ctx: &Ctx<'_>, fk_id: ForeignKeyId, dir: Direction) -> String {
    let sql = ctx.sql();
    let fk = sql.foreign_key(fk_id);
    let join = fk.table;
    let names = &ctx.m2m_names[&join];
    let existing = ctx
        .existing_m2m
        .get(&join)
        .and_then(|r| ctx.prev?.relation(*r));
    let field_name = |f: Option<seedbed_psl::FieldId>| {
        f.and_then(|f| ctx.previous_field(f))
            .map(|f| f.name.clone())
    };
    let name = match (existing, dir) {
        (Some(rel), Direction::Forward) if !rel.is_self_relation() => field_name(rel.field_a),
        (Some(rel), Direction::Back) if !rel.is_self_relation() => field_name(rel.field_b),
        _ => None,
    }
    .unwrap_or_else(|| match dir {
        Direction::Forward => names[1].clone(),
        Direction::Back => names[2].clone(),
    });
    // An existing relation keeps its name, even a generated one (Prisma's behaviour).
    let relation_name = match existing {
        Some(rel) => rel.name.clone(),
        None => names[0].clone(),
    };
    let tpe = ctx.table_name(fk.referenced_table).name;
    let mut line = format!("{name} {tpe}[]");
    if !relation_name.is_empty() {
        let _ = write!(line, " @relation({})", string_literal(&relation_name));
    }
    line
}

/// `relationMode = "prisma"`: relations are copied from the previous schema when the model
/// on the other side still has a table.
fn emulated_relations(
    ctx: &Ctx<'_>,
    model: &PslModel,
    lines: &mut Vec<String>,
    warnings: &mut Warnings,
) {
    let Some(prev) = ctx.prev else { return };
    let field_names = |ids: &Option<Vec<seedbed_psl::FieldId>>| {
        ids.as_ref().map(|ids| {
            ids.iter()
                .filter_map(|f| prev.field(*f).map(|f| f.name.clone()))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    for f in &model.fields {
        let FieldKind::Relation(rf) = &f.kind else {
            continue;
        };
        if ctx.missing_models.contains(&rf.related_model) {
            continue;
        }
        let Some(related) = prev.model(rf.related_model) else {
            continue;
        };
        let arity = match f.arity {
            Arity::Required => "",
            Arity::Optional => "?",
            Arity::List => "[]",
        };
        let mut line = format!("{} {}{arity}", f.name, related.name);
        let mut args: Vec<String> = Vec::new();
        if let Some(n) = &rf.relation_name {
            args.push(string_literal(n));
        }
        if let Some(fields) = field_names(&rf.fields) {
            args.push(format!("fields: [{fields}]"));
        }
        if let Some(refs) = field_names(&rf.references) {
            args.push(format!("references: [{refs}]"));
        }
        if let Some(a) = rf.on_delete {
            args.push(format!("onDelete: {}", a.as_str()));
        }
        if let Some(a) = rf.on_update {
            args.push(format!("onUpdate: {}", a.as_str()));
        }
        if let Some(m) = &rf.map {
            args.push(format!("map: {}", string_literal(m)));
        }
        if !args.is_empty() {
            let _ = write!(line, " @relation({})", args.join(", "));
        }
        if f.is_ignored {
            line.push_str(" @ignore");
        }
        lines.push(line);
        warnings.reintrospected_relations.push(related.name.clone());
    }
}

// -------------------------------------------------------------------- views

fn render_view(ctx: &Ctx<'_>, v: ViewId, warnings: &mut Warnings) -> String {
    let view = ctx.sql().view(v);
    let name = ctx.view_name(v);
    let previous = ctx.previous_view(v).map(|(_, m)| m);
    let mut doc: Vec<String> = Vec::new();
    if let Some(d) = previous.and_then(|m| m.documentation.as_deref()) {
        doc.push(d.to_owned());
    }
    if let Some(mapped) = &name.mapped
        && previous.is_none()
        && crate::names::is_reserved_type_name(&view.name)
    {
        doc.push(format!(
            "This view has been renamed to '{}' during introspection, because the original name '{}' is reserved.",
            name.name, mapped
        ));
    }
    if previous.is_some_and(|m| m.mapped_name.is_some()) {
        warnings.remapped_views.push(name.name.clone());
    }
    let mut out = String::new();
    if !doc.is_empty() {
        docs(&mut out, &doc.join("\n"));
    }
    let _ = writeln!(out, "view {} {{", name.name);
    let prev_field_of = |i: usize| {
        ctx.existing_view_field
            .get(&(v, i))
            .and_then(|f| ctx.previous_field(*f).map(|d| (*f, d)))
    };
    for (i, col) in view.columns.iter().enumerate() {
        let fname = ctx.view_column_name(v, i);
        let display = Ctx::field_display_name(&fname, &col.name);
        let previous = prev_field_of(i);
        // SQLite reports every view column as nullable: a required previous field stays so.
        let required = col.tpe.arity == ColumnArity::Required
            || previous.is_some_and(|(_, f)| f.arity == Arity::Required);
        let list = previous.is_some_and(|(_, f)| f.arity == Arity::List);
        let arity = if list {
            "[]"
        } else if required {
            ""
        } else {
            "?"
        };
        let mut attrs = Vec::new();
        if let Some((fid, _)) = previous
            && let Some(m) = previous_model_of(ctx, v)
        {
            attrs.extend(view_field_attrs(m, fid.index));
        }
        if let Some(m) = &fname.mapped {
            attrs.push(format!("@map({})", string_literal(m)));
        }
        if previous.is_some_and(|(_, f)| f.is_ignored) {
            attrs.push("@ignore".into());
        }
        if previous.is_some_and(
            |(_, f)| matches!(&f.kind, FieldKind::Scalar(s) if s.mapped_name.is_some()),
        ) {
            warnings.remapped_fields_in_view.push(ModelField {
                model: name.name.clone(),
                field: display.clone(),
            });
        }
        if let ColumnTypeFamily::Unsupported(tpe) = &col.tpe.family {
            warnings.unsupported_types_in_view.push(ModelFieldType {
                model: name.name.clone(),
                field: display.clone(),
                tpe: tpe.clone(),
            });
        }
        let view_name = name.name.clone();
        out.push_str(&field_line(
            previous.and_then(|(_, f)| f.documentation.as_deref()),
            &fname,
            &display,
            &format!("{}{arity}", prisma_type(&col.tpe.family)),
            &attrs,
            |field| {
                warnings.fields_with_empty_names_in_view.push(ModelField {
                    model: view_name,
                    field,
                })
            },
        ));
    }
    if let Some(m) = previous {
        out.push_str(&view_block_attrs(m));
    }
    if let Some(m) = &name.mapped {
        let _ = writeln!(out, "@@map({})", string_literal(m));
    }
    if previous.is_some_and(|m| m.is_ignored) {
        out.push_str("@@ignore\n");
    }
    out.push_str("}\n");
    out
}

fn previous_model_of<'a>(ctx: &Ctx<'a>, v: ViewId) -> Option<&'a PslModel> {
    ctx.previous_view(v).map(|(_, m)| m)
}

/// `@id`/`@unique` a view field had in the previous schema (views have no keys in SQLite).
fn view_field_attrs(model: &PslModel, field: u32) -> Vec<String> {
    let mut attrs = Vec::new();
    let single =
        |fields: &[seedbed_psl::IndexField]| fields.len() == 1 && fields[0].field.index == field;
    if model
        .indexes
        .iter()
        .any(|i| i.kind == seedbed_psl::IndexKind::Unique && i.is_field_level && single(&i.fields))
    {
        attrs.push("@unique".to_owned());
    }
    if model
        .primary_key
        .as_ref()
        .is_some_and(|pk| single(&pk.fields))
    {
        attrs.push("@id".to_owned());
    }
    attrs
}

fn view_block_attrs(model: &PslModel) -> String {
    let mut out = String::new();
    let names = |fields: &[seedbed_psl::IndexField]| {
        fields
            .iter()
            .filter_map(|f| {
                model
                    .fields
                    .get(f.field.index as usize)
                    .map(|d| d.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(pk) = &model.primary_key
        && pk.fields.len() > 1
    {
        let _ = writeln!(out, "@@id([{}])", names(&pk.fields));
    }
    for idx in &model.indexes {
        if idx.kind == seedbed_psl::IndexKind::Unique && idx.fields.len() == 1 {
            continue;
        }
        let attr = match idx.kind {
            seedbed_psl::IndexKind::Unique => "unique",
            _ => "index",
        };
        let _ = writeln!(out, "@@{attr}([{}])", names(&idx.fields));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::decimal_display;

    #[test]
    fn decimals_display_like_bigdecimal() {
        for (input, shown) in [
            ("1e3", "1000"),
            ("1.50", "1.50"),
            ("+5", "5"),
            ("-0.5", "-0.5"),
            ("1.5e-3", "0.0015"),
            ("007", "7"),
            ("2.5E2", "250"),
            ("abc", "abc"),
        ] {
            assert_eq!(decimal_display(input), shown, "{input}");
        }
    }
}
