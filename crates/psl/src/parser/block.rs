//! Block bodies: the lines between `{` and `}` of models, views, composite
//! types, enums and configuration blocks, plus single-line comments.

use super::cursor::Cursor;
use super::expr::{attribute, expression, identifier, string_literal};
use crate::ast::*;
use crate::diagnostics::{Diagnostic, codes};
use crate::span::Span;

/// Which kind of block body is being parsed.
#[derive(Clone, Copy)]
pub(crate) enum BodyKind {
    /// Model-like block; the string is Prisma's container word (`model`, `view`, `composite type`).
    Model(&'static str),
    Enum,
    /// Config block; the string is `datasource` or `generator`.
    Config(&'static str),
}

/// A parsed body; diagnostics are only committed when the block closes.
#[derive(Default)]
pub(crate) struct Body {
    pub fields: Vec<Field>,
    pub values: Vec<EnumValue>,
    pub properties: Vec<ConfigProperty>,
    pub attributes: Vec<Attribute>,
    pub lines: Vec<BlockLine>,
    pub documentation: Option<String>,
    pub diags: Vec<Diagnostic>,
}

/// A comment at the cursor: its span and, for `///` and `/* */`, its doc text.
pub(crate) fn comment(c: &mut Cursor<'_>) -> Option<(Span, Option<String>)> {
    let start = c.pos;
    if c.starts_with("//") {
        let end = c.line_end();
        let text = c.src.get(start..end).unwrap_or("");
        c.pos = end;
        let doc = text.strip_prefix("///").map(|d| d.trim_start().to_owned());
        return Some((Span::new(start, end), doc));
    }
    if c.starts_with("/*") {
        let rest = c.src.get(start + 2..).unwrap_or("");
        let close = rest.find("*/")?;
        let end = start + 2 + close + 2;
        let inner = rest.get(..close).unwrap_or("").trim().to_owned();
        c.pos = end;
        return Some((Span::new(start, end), Some(inner)));
    }
    None
}

/// Parses a body after the opening line; `None` when no closing `}` line exists.
pub(crate) fn body(c: &mut Cursor<'_>, kind: BodyKind, block_name: &str) -> Option<Body> {
    let mut b = Body::default();
    let mut pending_doc: Option<Vec<String>> = None;
    let mut in_comment_block = false;
    loop {
        c.skip_ws();
        if c.at_end() {
            return None;
        }
        if c.eat_newline() {
            in_comment_block = false;
            b.lines.push(BlockLine::Blank);
            continue;
        }
        if c.peek_byte() == Some(b'}') {
            return Some(b);
        }
        let line_start = c.pos;
        if let Some((span, doc)) = comment(c) {
            if !in_comment_block {
                pending_doc = Some(Vec::new());
            }
            in_comment_block = true;
            if let (Some(d), Some(p)) = (doc, pending_doc.as_mut()) {
                p.push(d);
            }
            if let BodyKind::Config(_) = kind {
                b.documentation = pending_doc
                    .as_ref()
                    .filter(|p| !p.is_empty())
                    .map(|p| p.join("\n"));
            }
            b.lines.push(BlockLine::Comment(span));
            c.eat_newline();
            continue;
        }
        in_comment_block = false;
        if c.starts_with("@@") && !matches!(kind, BodyKind::Config(_)) {
            let mut local = Vec::new();
            if let Some(attr) = attribute(c, true, &mut local)
                && end_of_item(c).is_some()
            {
                b.diags.extend(local);
                b.lines.push(BlockLine::Attribute(b.attributes.len()));
                b.attributes.push(attr);
                continue;
            }
            c.pos = line_start;
        } else {
            let doc = pending_doc.clone();
            let ok = match kind {
                BodyKind::Model(container) => model_line(c, &mut b, doc, container, block_name),
                BodyKind::Enum => enum_line(c, &mut b, doc),
                BodyKind::Config(_) => config_line(c, &mut b),
            };
            if ok {
                if matches!(kind, BodyKind::Model(_) | BodyKind::Enum) {
                    pending_doc = None;
                }
                continue;
            }
            c.pos = line_start;
        }
        // BLOCK_LEVEL_CATCH_ALL: the rest of the line, with its newline.
        let end = c.line_end();
        c.pos = end;
        c.eat_newline();
        let message = match kind {
            BodyKind::Model(_) => {
                "This line is not a valid field or attribute definition.".to_owned()
            }
            BodyKind::Enum => "This line is not an enum value definition.".to_owned(),
            BodyKind::Config(kw) => format!("This line is not a valid definition within a {kw}."),
        };
        b.diags.push(Diagnostic::error(
            codes::INVALID_BLOCK_LINE,
            format!("Error validating: {message}"),
            Span::new(line_start, c.pos),
        ));
        b.lines.push(BlockLine::Invalid(Span::new(line_start, end)));
    }
}

/// Optional trailing comment, then a newline. Returns the comment span.
fn end_of_item(c: &mut Cursor<'_>) -> Option<Option<(Span, Option<String>)>> {
    c.skip_ws();
    let trailing = comment(c);
    c.skip_ws();
    if c.eat_newline() {
        Some(trailing)
    } else {
        None
    }
}

fn join_doc(above: Option<Vec<String>>, trailing: Option<String>) -> Option<String> {
    let mut lines = above.unwrap_or_default();
    lines.extend(trailing);
    if lines.is_empty() {
        None
    } else {
        Some(lines.join("\n"))
    }
}

/// `identifier ":"? field_type? field_attribute* trailing_comment? NEWLINE`.
fn model_line(
    c: &mut Cursor<'_>,
    b: &mut Body,
    doc: Option<Vec<String>>,
    container: &'static str,
    block_name: &str,
) -> bool {
    let start = c.pos;
    let mut local = Vec::new();
    let Some(name) = identifier(c) else {
        return false;
    };
    c.skip_ws();
    let colon = c.pos;
    let has_colon = c.eat(":");
    c.skip_ws();
    let ty = field_type(c, &mut local);
    let mut attributes = Vec::new();
    loop {
        let before = c.pos;
        c.skip_ws();
        match attribute(c, false, &mut local) {
            Some(a) => attributes.push(a),
            None => {
                c.pos = before;
                break;
            }
        }
    }
    let Some(trailing) = end_of_item(c) else {
        return false;
    };
    let span = Span::new(start, c.pos);
    b.diags.extend(local);
    let doc = join_doc(doc, trailing.as_ref().and_then(|t| t.1.clone()));
    let missing = || {
        FieldType::Supported(Identifier {
            name: String::new(),
            span: Span::empty(span.start),
        })
    };
    let (field_type, arity, type_span, legacy, suffix) = match ty {
        Some(t) => (t.ty, t.arity, t.span, t.legacy, t.suffix),
        None => (
            missing(),
            FieldArity::Required,
            Span::empty(span.start),
            None,
            "",
        ),
    };
    let type_text = match &field_type {
        FieldType::Supported(id) if id.name.is_empty() => String::new(),
        other => format!("{}{suffix}", other.span().slice(c.src)),
    };
    let field = Field {
        name,
        field_type,
        arity,
        type_span,
        attributes,
        documentation: doc,
        trailing_comment: trailing.map(|t| t.0),
        span,
    };
    let rejection = if has_colon {
        Some(Diagnostic::error(
            codes::LEGACY_SYNTAX,
            "Field declarations don't require a `:`.",
            Span::new(colon, colon + 1),
        ))
    } else if let Some(message) = legacy {
        Some(Diagnostic::error(codes::LEGACY_SYNTAX, message, type_span))
    } else if type_text.is_empty() {
        Some(Diagnostic::error(
            codes::FIELD_MISSING_TYPE,
            format!(
                "Error validating {container} \"{block_name}\": This field declaration is invalid. It is either missing a name or a type."
            ),
            span,
        ))
    } else {
        None
    };
    match rejection {
        Some(d) => {
            b.diags.push(d);
            b.lines
                .push(BlockLine::Rejected(Box::new(field), type_text));
        }
        None => {
            b.lines.push(BlockLine::Item(b.fields.len()));
            b.fields.push(field);
        }
    }
    true
}

/// A parsed field type; `legacy` holds the error for forms Prisma rejects
/// (they are still formatted, with `suffix` as the canonical arity marker).
struct TypeParse {
    ty: FieldType,
    arity: FieldArity,
    span: Span,
    legacy: Option<&'static str>,
    suffix: &'static str,
}

fn base_type(c: &mut Cursor<'_>, diags: &mut Vec<Diagnostic>) -> Option<FieldType> {
    let start = c.pos;
    if c.eat("Unsupported(") {
        c.skip_ws();
        if let Some(Expression::String(s, _)) = string_literal(c, diags) {
            c.skip_ws();
            if c.eat(")") {
                return Some(FieldType::Unsupported(s, Span::new(start, c.pos)));
            }
        }
        c.pos = start;
    }
    identifier(c).map(FieldType::Supported)
}

fn field_type(c: &mut Cursor<'_>, diags: &mut Vec<Diagnostic>) -> Option<TypeParse> {
    let start = c.pos;
    let make = |ty, arity, span, legacy, suffix| TypeParse {
        ty,
        arity,
        span,
        legacy,
        suffix,
    };
    if c.eat("[") {
        c.skip_ws();
        if let Some(ty) = base_type(c, diags) {
            c.skip_ws();
            if c.eat("]") {
                let msg = "To specify a list, please use `Type[]` instead of `[Type]`.";
                return Some(make(
                    ty,
                    FieldArity::List,
                    Span::new(start, c.pos),
                    Some(msg),
                    "[]",
                ));
            }
        }
        c.pos = start;
        return None;
    }
    let ty = base_type(c, diags)?;
    let after_base = c.pos;
    c.skip_ws();
    if c.eat("[]") {
        let after_list = c.pos;
        c.skip_ws();
        if c.eat("?") {
            let msg = "Optional lists are not supported. Use either `Type[]` or `Type?`.";
            return Some(make(
                ty,
                FieldArity::List,
                Span::new(start, c.pos),
                Some(msg),
                "[]?",
            ));
        }
        c.pos = after_list;
        return Some(make(
            ty,
            FieldArity::List,
            Span::new(start, c.pos),
            None,
            "[]",
        ));
    }
    if c.eat("?") {
        return Some(make(
            ty,
            FieldArity::Optional,
            Span::new(start, c.pos),
            None,
            "?",
        ));
    }
    if c.eat("!") {
        let msg = "Fields are required by default, `!` is no longer required.";
        return Some(make(
            ty,
            FieldArity::Required,
            Span::new(start, c.pos),
            Some(msg),
            "",
        ));
    }
    c.pos = after_base;
    Some(make(
        ty,
        FieldArity::Required,
        Span::new(start, c.pos),
        None,
        "",
    ))
}

/// `identifier field_attribute* trailing_comment? NEWLINE`.
fn enum_line(c: &mut Cursor<'_>, b: &mut Body, doc: Option<Vec<String>>) -> bool {
    let start = c.pos;
    let mut local = Vec::new();
    let Some(name) = identifier(c) else {
        return false;
    };
    let mut attributes = Vec::new();
    loop {
        let before = c.pos;
        c.skip_ws();
        match attribute(c, false, &mut local) {
            Some(a) => attributes.push(a),
            None => {
                c.pos = before;
                break;
            }
        }
    }
    let Some(trailing) = end_of_item(c) else {
        return false;
    };
    b.diags.extend(local);
    b.lines.push(BlockLine::Item(b.values.len()));
    b.values.push(EnumValue {
        name,
        attributes,
        documentation: join_doc(doc, trailing.as_ref().and_then(|t| t.1.clone())),
        trailing_comment: trailing.map(|t| t.0),
        span: Span::new(start, c.pos),
    });
    true
}

/// `identifier "=" expression? trailing_comment? NEWLINE`.
fn config_line(c: &mut Cursor<'_>, b: &mut Body) -> bool {
    let start = c.pos;
    let mut local = Vec::new();
    let Some(name) = identifier(c) else {
        return false;
    };
    c.skip_ws();
    if !c.eat("=") {
        return false;
    }
    c.skip_ws();
    let value_start = c.pos;
    let value = expression(c, &mut local, 0);
    if value.is_none() {
        c.pos = value_start;
    }
    let end = c.pos;
    let Some(trailing) = end_of_item(c) else {
        return false;
    };
    b.diags.extend(local);
    b.lines.push(BlockLine::Item(b.properties.len()));
    b.properties.push(ConfigProperty {
        name,
        value,
        trailing_comment: trailing.map(|t| t.0),
        span: Span::new(start, end.max(start)),
    });
    true
}
