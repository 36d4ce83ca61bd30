//! The layout half of `prisma format` (Prisma's `schema-ast/src/reformat.rs`
//! rules): blocks, column alignment, comment and blank-line normalisation,
//! attribute ordering. Works on the syntax tree; never fails.

use super::table::{Out, Table};
use crate::ast::*;
use crate::span::Span;

/// Field attributes and block attributes are printed in this order; others keep their place after these.
const ATTRIBUTE_ORDER: [&str; 9] = [
    "id",
    "unique",
    "default",
    "updatedAt",
    "index",
    "fulltext",
    "map",
    "relation",
    "ignore",
];

fn order_of(name: &str) -> usize {
    ATTRIBUTE_ORDER
        .iter()
        .position(|n| *n == name)
        .unwrap_or(usize::MAX)
}

/// Lays out `source` the way `prisma format` does (without relation completion).
pub fn layout(source: &str) -> String {
    let (ast, _) = crate::parser::parse(source);
    let mut out = Out {
        text: String::with_capacity(source.len()),
        indent: 0,
    };
    let lines = &ast.lines;
    let mut i = 0;
    while matches!(lines.get(i), Some(TopLine::Blank)) {
        i += 1;
    }
    while let Some(line) = lines.get(i) {
        match line {
            TopLine::Blank => {
                while matches!(lines.get(i), Some(TopLine::Blank)) {
                    i += 1;
                }
                if i < lines.len() {
                    out.end_line();
                }
                continue;
            }
            TopLine::Top(t) => {
                if let Some(top) = ast.tops.get(*t) {
                    block(&mut out, top, source);
                }
            }
            TopLine::Comment(_) => {
                let mut table = Table::default();
                while let Some(TopLine::Comment(span)) = lines.get(i) {
                    comment_rows(&mut table, span.slice(source));
                    i += 1;
                }
                table.render(&mut out);
                continue;
            }
            TopLine::Invalid(span) => out.write(span.slice(source)),
        }
        i += 1;
    }
    if !out.text.ends_with('\n') {
        out.text.push('\n');
    }
    out.text
}

/// Adds the rows of one comment (`//`, `///`, or a canonicalised `/* */`).
fn comment_rows(table: &mut Table, text: &str) {
    if let Some(inner) = text.strip_prefix("/*").and_then(|t| t.strip_suffix("*/")) {
        table.new_row();
        table.suffix("/**");
        for line in inner.lines() {
            let line = line.trim();
            let line = line.strip_prefix('*').map(str::trim_start).unwrap_or(line);
            if !line.is_empty() {
                table.new_row();
                table.suffix(" * ");
                table.suffix(line);
            }
        }
        table.new_row();
        table.suffix(" */");
    } else {
        table.new_row();
        table.suffix(text);
    }
}

fn block(out: &mut Out, top: &Top, src: &str) {
    let (keyword, name, lines) = match top {
        Top::Model(m) => (
            match m.kind {
                ModelKind::Model => "model",
                ModelKind::View => "view",
                ModelKind::CompositeType => "type",
            },
            &m.name.name,
            &m.lines,
        ),
        Top::Enum(e) => ("enum", &e.name.name, &e.lines),
        Top::Config(c) => (
            match c.kind {
                ConfigKind::Datasource => "datasource",
                ConfigKind::Generator => "generator",
            },
            &c.name.name,
            &c.lines,
        ),
    };
    out.write(&format!("{keyword} {name} {{"));
    out.end_line();
    out.indent += 1;
    body(out, top, lines, src);
    out.indent = out.indent.saturating_sub(1);
    out.write("}");
    out.end_line();
}

fn body(out: &mut Out, top: &Top, lines: &[BlockLine], src: &str) {
    let mut table = Table::default();
    let mut attributes: Vec<(Vec<Span>, &Attribute)> = Vec::new();
    let block_attrs: &[Attribute] = match top {
        Top::Model(m) => &m.attributes,
        Top::Enum(e) => &e.attributes,
        Top::Config(_) => &[],
    };
    let mut i = 0;
    while matches!(lines.get(i), Some(BlockLine::Blank)) {
        i += 1;
    }
    loop {
        let mut ate = false;
        while matches!(lines.get(i), Some(BlockLine::Blank)) {
            i += 1;
            ate = true;
        }
        let next = lines.get(i);
        if ate
            && !matches!(
                next,
                None | Some(BlockLine::Attribute(_)) | Some(BlockLine::Comment(_))
            )
        {
            table.render(out);
            table.new_row();
        }
        let Some(line) = next else { break };
        match line {
            BlockLine::Comment(_) => {
                let mut group = Vec::new();
                while let Some(BlockLine::Comment(span)) = lines.get(i) {
                    group.push(*span);
                    i += 1;
                }
                if let Some(BlockLine::Attribute(a)) = lines.get(i) {
                    if let Some(attr) = block_attrs.get(*a) {
                        attributes.push((group, attr));
                    }
                    i += 1;
                } else {
                    if ate {
                        table.render(out);
                        table.new_row();
                    }
                    for span in group {
                        comment_rows(&mut table, span.slice(src));
                    }
                }
                continue;
            }
            BlockLine::Attribute(a) => {
                if let Some(attr) = block_attrs.get(*a) {
                    attributes.push((Vec::new(), attr));
                }
            }
            BlockLine::Item(idx) => item_row(&mut table, top, *idx, src),
            BlockLine::Rejected(field, type_text) => field_row(&mut table, field, type_text, src),
            BlockLine::Invalid(span) => table.interleave(span.slice(src)),
            BlockLine::Blank => {}
        }
        i += 1;
    }
    table.render(out);
    if !attributes.is_empty() {
        table.new_row();
    }
    attributes.sort_by_key(|(_, a)| order_of(&a.name.name));
    for (comments, attr) in attributes {
        for span in comments {
            comment_rows(&mut table, span.slice(src));
        }
        table.new_row();
        table.cell(0, &format!("@@{}", render_attribute_call(attr, src)));
        if let Some(c) = block_attribute_trailing_comment(attr, src) {
            table.suffix(c);
        }
    }
    table.render(out);
}

/// A block attribute's trailing comment: the rest of its line after the attribute.
fn block_attribute_trailing_comment<'a>(attr: &Attribute, src: &'a str) -> Option<&'a str> {
    let end = crate::parser::line_end(src, attr.span.end);
    let rest = src.get(attr.span.end..end)?.trim();
    (rest.starts_with("//") || rest.starts_with("/*")).then_some(rest)
}

fn item_row(table: &mut Table, top: &Top, idx: usize, src: &str) {
    match top {
        Top::Model(m) => {
            if let Some(f) = m.fields.get(idx) {
                let suffix = match f.arity {
                    FieldArity::Required => "",
                    FieldArity::Optional => "?",
                    FieldArity::List => "[]",
                };
                let ty = format!("{}{suffix}", f.field_type.span().slice(src));
                field_row(table, f, &ty, src);
            }
        }
        Top::Enum(e) => {
            if let Some(v) = e.values.get(idx) {
                table.new_row();
                table.cell(0, &v.name.name);
                // Prisma writes every enum value attribute into the same cell, unseparated.
                for a in &v.attributes {
                    table.cell(1, &format!("@{}", render_attribute_call(a, src)));
                }
                if let Some(c) = v.trailing_comment {
                    table.suffix(c.slice(src));
                }
            }
        }
        Top::Config(c) => {
            if let Some(p) = c.properties.get(idx) {
                table.new_row();
                table.cell(0, &p.name.name);
                if let Some(v) = &p.value {
                    table.cell(1, &format!("= {}", render_expression(v, src)));
                }
                if let Some(c) = p.trailing_comment {
                    table.suffix(c.slice(src));
                }
            }
        }
    }
}

fn field_row(table: &mut Table, f: &Field, type_text: &str, src: &str) {
    table.new_row();
    table.cell(0, &f.name.name);
    table.cell(1, type_text);
    let mut attrs: Vec<&Attribute> = f.attributes.iter().collect();
    attrs.sort_by_key(|a| order_of(&a.name.name));
    let rendered: Vec<String> = attrs
        .iter()
        .map(|a| format!("@{}", render_attribute_call(a, src)))
        .collect();
    if !rendered.is_empty() {
        table.cell(2, &rendered.join(" "));
    }
    if let Some(c) = f.trailing_comment {
        table.suffix(c.slice(src));
    }
}

/// `name(args)` of an attribute, normalised.
pub(super) fn render_attribute_call(a: &Attribute, src: &str) -> String {
    match a.arguments.span {
        Some(_) => format!("{}{}", a.name.name, render_arguments(&a.arguments, src)),
        None => a.name.name.clone(),
    }
}

fn render_arguments(args: &ArgumentsList, src: &str) -> String {
    let mut parts: Vec<(usize, String)> = args
        .arguments
        .iter()
        .map(|a| {
            let text = match &a.name {
                Some(n) => format!("{}: {}", n.name, render_expression(&a.value, src)),
                None => render_expression(&a.value, src),
            };
            (a.span.start, text)
        })
        .collect();
    parts.extend(
        args.empty_arguments
            .iter()
            .map(|n| (n.span.start, format!("{}: ", n.name))),
    );
    parts.sort_by_key(|p| p.0);
    format!(
        "({})",
        parts
            .into_iter()
            .map(|p| p.1)
            .collect::<Vec<_>>()
            .join(", ")
    )
}

pub(super) fn render_expression(e: &Expression, src: &str) -> String {
    match e {
        Expression::Numeric(s, _) | Expression::Constant(s, _) => s.clone(),
        Expression::String(_, span) => span.slice(src).to_owned(),
        Expression::Function(name, args, _) => format!("{name}{}", render_arguments(args, src)),
        Expression::Array(items, _) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| render_expression(i, src))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
