//! Expressions, argument lists and attributes. Each function either succeeds
//! and advances the cursor, or returns `None` (the caller restores the
//! position, which gives PEG-style backtracking without panics).

use super::cursor::Cursor;
use crate::ast::{Argument, ArgumentsList, Attribute, Expression, Identifier};
use crate::diagnostics::{Diagnostic, codes};
use crate::span::Span;

/// Nesting limit for arrays and function arguments, so hostile input cannot
/// overflow the stack. Deeper input becomes an invalid line.
const MAX_DEPTH: usize = 64;

pub(crate) fn identifier(c: &mut Cursor<'_>) -> Option<Identifier> {
    let (s, e) = c.ident()?;
    Some(Identifier {
        name: c.src.get(s..e).unwrap_or("").to_owned(),
        span: Span::new(s, e),
    })
}

/// `"@" path arguments_list?` (or `"@@" …` when `block` is true).
pub(crate) fn attribute(
    c: &mut Cursor<'_>,
    block: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<Attribute> {
    let start = c.pos;
    let marker = if block { "@@" } else { "@" };
    if !c.eat(marker) {
        return None;
    }
    if !block && c.peek_byte() == Some(b'@') {
        c.pos = start;
        return None;
    }
    c.skip_ws();
    let Some((ps, pe)) = c.path() else {
        c.pos = start;
        return None;
    };
    let name = Identifier {
        name: c.src.get(ps..pe).unwrap_or("").to_owned(),
        span: Span::new(ps, pe),
    };
    let mut end = c.pos;
    let before_args = c.pos;
    c.skip_ws();
    let arguments = if c.peek_byte() == Some(b'(') {
        match arguments_list(c, diags, 0) {
            Some(args) => {
                end = c.pos;
                args
            }
            None => {
                c.pos = start;
                return None;
            }
        }
    } else {
        c.pos = before_args;
        ArgumentsList::default()
    };
    Some(Attribute {
        name,
        arguments,
        span: Span::new(start, end),
    })
}

/// `"(" (argument ("," argument)*)? ","? ")"`.
pub(crate) fn arguments_list(
    c: &mut Cursor<'_>,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) -> Option<ArgumentsList> {
    let start = c.pos;
    if depth > MAX_DEPTH || !c.eat("(") {
        return None;
    }
    let mut list = ArgumentsList::default();
    c.skip_ws();
    let mut first = true;
    loop {
        c.skip_ws();
        if c.peek_byte() == Some(b')') {
            c.pos += 1;
            break;
        }
        if !first {
            let comma = c.pos;
            if !c.eat(",") {
                c.pos = start;
                return None;
            }
            c.skip_ws();
            if c.peek_byte() == Some(b')') {
                list.trailing_comma = Some(Span::new(comma, comma + 1));
                c.pos += 1;
                break;
            }
        } else if c.peek_byte() == Some(b',') {
            // `(,)`: only a trailing comma.
            let comma = c.pos;
            c.pos += 1;
            c.skip_ws();
            if c.eat(")") {
                list.trailing_comma = Some(Span::new(comma, comma + 1));
                break;
            }
            c.pos = start;
            return None;
        }
        first = false;
        if !argument(c, &mut list, diags, depth) {
            c.pos = start;
            return None;
        }
    }
    list.span = Some(Span::new(start, c.pos));
    Some(list)
}

/// `named_argument | empty_argument | expression`, pushed onto `list`.
fn argument(
    c: &mut Cursor<'_>,
    list: &mut ArgumentsList,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) -> bool {
    let start = c.pos;
    if let Some(name) = identifier(c) {
        c.skip_ws();
        if c.eat(":") {
            let after_colon = c.pos;
            c.skip_ws();
            if let Some(value) = expression(c, diags, depth + 1) {
                list.arguments.push(Argument {
                    name: Some(name),
                    value,
                    span: Span::new(start, c.pos),
                });
                return true;
            }
            c.pos = after_colon;
            list.empty_arguments.push(name);
            return true;
        }
        c.pos = start;
    }
    match expression(c, diags, depth + 1) {
        Some(value) => {
            list.arguments.push(Argument {
                name: None,
                value,
                span: Span::new(start, c.pos),
            });
            true
        }
        None => false,
    }
}

/// `function_call | array | numeric | string | path`.
pub(crate) fn expression(
    c: &mut Cursor<'_>,
    diags: &mut Vec<Diagnostic>,
    depth: usize,
) -> Option<Expression> {
    if depth > MAX_DEPTH {
        return None;
    }
    let start = c.pos;
    // function call: path "(" … ")"
    if let Some((ps, pe)) = c.path() {
        let after_path = c.pos;
        c.skip_ws();
        if c.peek_byte() == Some(b'(') {
            let mut local = Vec::new();
            if let Some(args) = arguments_list(c, &mut local, depth + 1) {
                diags.extend(local);
                let name = c.src.get(ps..pe).unwrap_or("").to_owned();
                return Some(Expression::Function(name, args, Span::new(start, c.pos)));
            }
        }
        c.pos = after_path;
        c.pos = start;
    }
    match c.peek_byte() {
        Some(b'[') => return array(c, diags, depth),
        Some(b'"') => return string_literal(c, diags),
        _ => {}
    }
    if let Some(e) = numeric(c) {
        return Some(e);
    }
    let (ps, pe) = c.path()?;
    Some(Expression::Constant(
        c.src.get(ps..pe).unwrap_or("").to_owned(),
        Span::new(ps, pe),
    ))
}

fn array(c: &mut Cursor<'_>, diags: &mut Vec<Diagnostic>, depth: usize) -> Option<Expression> {
    let start = c.pos;
    c.pos += 1;
    let mut items = Vec::new();
    let mut local = Vec::new();
    c.skip_ws();
    if c.eat("]") {
        return Some(Expression::Array(items, Span::new(start, c.pos)));
    }
    loop {
        c.skip_ws();
        let Some(e) = expression(c, &mut local, depth + 1) else {
            c.pos = start;
            return None;
        };
        items.push(e);
        c.skip_ws();
        if c.eat(",") {
            continue;
        }
        if c.eat("]") {
            break;
        }
        c.pos = start;
        return None;
    }
    diags.extend(local);
    Some(Expression::Array(items, Span::new(start, c.pos)))
}

fn numeric(c: &mut Cursor<'_>) -> Option<Expression> {
    let start = c.pos;
    let bytes = c.src.as_bytes();
    let mut i = start;
    if bytes.get(i) == Some(&b'-') {
        i += 1;
    }
    let digits_start = i;
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    if i == digits_start {
        return None;
    }
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    c.pos = i;
    Some(Expression::Numeric(
        c.src.get(start..i).unwrap_or("").to_owned(),
        Span::new(start, i),
    ))
}

/// A JSON-style string literal. Control characters (including newlines) end
/// the attempt, so an unterminated string fails and its line becomes invalid.
pub(crate) fn string_literal(
    c: &mut Cursor<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Expression> {
    let start = c.pos;
    if !c.eat("\"") {
        return None;
    }
    let content_start = c.pos;
    loop {
        match c.peek() {
            None => {
                c.pos = start;
                return None;
            }
            Some('"') => break,
            Some('\\') => {
                c.pos += 1;
                match c.peek() {
                    Some(ch) => c.pos += ch.len_utf8(),
                    None => {
                        c.pos = start;
                        return None;
                    }
                }
            }
            Some(ch) if (ch as u32) < 0x20 => {
                c.pos = start;
                return None;
            }
            Some(ch) => c.pos += ch.len_utf8(),
        }
    }
    let raw = c.src.get(content_start..c.pos).unwrap_or("");
    c.pos += 1;
    let value = unescape(raw, content_start, diags);
    Some(Expression::String(value, Span::new(start, c.pos)))
}

/// Decodes JSON escapes; unknown escapes are kept and reported like Prisma does.
fn unescape(raw: &str, offset: usize, diags: &mut Vec<Diagnostic>) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        let Some((_, esc)) = chars.next() else { break };
        match esc {
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            '/' => out.push('/'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'u' => {
                let hex: String = raw.get(i + 2..i + 6).unwrap_or("").to_owned();
                match u32::from_str_radix(&hex, 16) {
                    Ok(code) if hex.len() == 4 => {
                        for _ in 0..4 {
                            chars.next();
                        }
                        let decoded = if (0xD800..0xDC00).contains(&code) {
                            // A high surrogate must be followed by `\uXXXX` low surrogate.
                            let low = raw
                                .get(i + 6..i + 12)
                                .filter(|s| s.starts_with("\\u"))
                                .and_then(|s| {
                                    u32::from_str_radix(s.get(2..).unwrap_or(""), 16).ok()
                                })
                                .filter(|l| (0xDC00..0xE000).contains(l));
                            match low {
                                Some(low) => {
                                    for _ in 0..6 {
                                        chars.next();
                                    }
                                    char::from_u32(
                                        0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00),
                                    )
                                }
                                None => None,
                            }
                        } else {
                            char::from_u32(code)
                        };
                        match decoded {
                            Some(ch) => out.push(ch),
                            // A surrogate without its partner is no character at all.
                            None => diags.push(Diagnostic::error(
                                codes::BAD_ESCAPE,
                                "Invalid unicode escape sequence.",
                                Span::new(offset + i, offset + i + 6),
                            )),
                        }
                    }
                    _ => {
                        diags.push(Diagnostic::error(
                            codes::BAD_ESCAPE,
                            "Invalid unicode escape sequence.",
                            Span::new(offset + i, offset + i + 2),
                        ));
                    }
                }
            }
            other => {
                diags.push(Diagnostic::error(
                    codes::BAD_ESCAPE,
                    r"Unknown escape sequence. If the value is a windows-style path, `\` must be escaped as `\\`.",
                    Span::new(offset + i, offset + i + 1 + other.len_utf8()),
                ));
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}
