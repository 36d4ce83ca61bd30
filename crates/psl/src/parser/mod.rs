//! The resilient, hand-written parser for Prisma schema text.
//!
//! It mirrors Prisma's PEG grammar (`datamodel.pest`) line by line, including
//! its recovery: text that matches nothing becomes an "invalid line" diagnostic
//! and parsing goes on. It never fails and never panics, and runs in linear time
//! (unclosed blocks are remembered so they are not rescanned).

mod block;
mod cursor;
mod expr;

use crate::ast::*;
use crate::diagnostics::{Diagnostic, codes};
use crate::span::Span;
use block::{Body, BodyKind, body, comment};
use cursor::Cursor;

/// Parses `source` into a syntax tree plus syntax diagnostics.
pub fn parse(source: &str) -> (SchemaAst, Vec<Diagnostic>) {
    let mut p = TopParser {
        c: Cursor::new(source),
        ast: SchemaAst {
            source: source.to_owned(),
            ..SchemaAst::default()
        },
        diags: Vec::new(),
        unclosed_from: usize::MAX,
        no_brace_from: usize::MAX,
    };
    p.run();
    (p.ast, p.diags)
}

struct TopParser<'a> {
    c: Cursor<'a>,
    ast: SchemaAst,
    diags: Vec<Diagnostic>,
    /// A block body starting at or after this offset cannot be closed.
    unclosed_from: usize,
    /// No `}` exists at or after this offset.
    no_brace_from: usize,
}

const KEYWORDS: [&str; 6] = ["model", "view", "type", "enum", "datasource", "generator"];

impl TopParser<'_> {
    fn run(&mut self) {
        let mut pending_doc: Option<Vec<String>> = None;
        let mut in_comment = false;
        while !self.c.at_end() {
            self.c.skip_ws();
            if self.c.at_end() {
                break;
            }
            if self.c.eat_newline() {
                pending_doc = None;
                in_comment = false;
                self.ast.lines.push(TopLine::Blank);
                continue;
            }
            let start = self.c.pos;
            if let Some((span, doc)) = comment(&mut self.c) {
                if !in_comment {
                    pending_doc = Some(Vec::new());
                }
                in_comment = true;
                if let (Some(d), Some(p)) = (doc, pending_doc.as_mut()) {
                    p.push(d);
                }
                self.ast.lines.push(TopLine::Comment(span));
                self.c.eat_newline();
                continue;
            }
            in_comment = false;
            let doc = pending_doc
                .take()
                .filter(|d| !d.is_empty())
                .map(|d| d.join("\n"));
            if self.declaration(doc) {
                continue;
            }
            self.c.pos = start;
            if self.type_alias() {
                continue;
            }
            self.c.pos = start;
            if self.arbitrary_block() {
                continue;
            }
            self.c.pos = start;
            // CATCH_ALL: one error per line.
            let end = self.c.line_end();
            self.c.pos = end;
            self.c.eat_newline();
            self.diags.push(Diagnostic::error(
                codes::INVALID_LINE,
                "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.",
                Span::new(start, self.c.pos),
            ));
            // The line keeps its newline, as Prisma's formatter writes it back verbatim.
            let _ = end;
            self.ast
                .lines
                .push(TopLine::Invalid(Span::new(start, self.c.pos)));
        }
    }

    /// `keyword identifier "{" … NEWLINE body "}"`.
    fn declaration(&mut self, doc: Option<String>) -> bool {
        let start = self.c.pos;
        let Some(kw) = KEYWORDS.iter().find(|k| self.c.starts_with(k)) else {
            return false;
        };
        self.c.pos += kw.len();
        self.c.skip_ws();
        let Some(name) = expr::identifier(&mut self.c) else {
            return false;
        };
        self.c.skip_ws();
        if !self.c.eat("{") {
            return false;
        }
        let header_start = self.c.pos;
        let header_end = self.c.line_end();
        self.c.pos = header_end;
        if !self.c.eat_newline() {
            return false;
        }
        let body_start = self.c.pos;
        if body_start >= self.unclosed_from {
            return false;
        }
        let kind = match *kw {
            "model" => BodyKind::Model("model"),
            "view" => BodyKind::Model("view"),
            "type" => BodyKind::Model("composite type"),
            "enum" => BodyKind::Enum,
            "datasource" => BodyKind::Config("datasource"),
            _ => BodyKind::Config("generator"),
        };
        let Some(b) = body(&mut self.c, kind, &name.name) else {
            self.unclosed_from = self.unclosed_from.min(body_start);
            return false;
        };
        // The body stops at `}`.
        self.c.pos += 1;
        let span = Span::new(start, self.c.pos);
        let header_trailing = Span::new(header_start, header_end);
        let Body {
            fields,
            values,
            properties,
            attributes,
            lines,
            documentation,
            diags,
        } = b;
        self.diags.extend(diags);
        let top = match *kw {
            "model" | "view" | "type" => Top::Model(Model {
                kind: match *kw {
                    "model" => ModelKind::Model,
                    "view" => ModelKind::View,
                    _ => ModelKind::CompositeType,
                },
                name,
                fields,
                attributes,
                documentation: doc,
                lines,
                span,
                header_trailing,
            }),
            "enum" => Top::Enum(Enum {
                name,
                values,
                attributes,
                documentation: doc,
                lines,
                span,
                header_trailing,
            }),
            _ => Top::Config(ConfigBlock {
                kind: if *kw == "datasource" {
                    ConfigKind::Datasource
                } else {
                    ConfigKind::Generator
                },
                name,
                properties,
                documentation,
                lines,
                span,
                header_trailing,
            }),
        };
        self.ast.lines.push(TopLine::Top(self.ast.tops.len()));
        self.ast.tops.push(top);
        true
    }

    /// `type Name = BaseType @attr*`: parsed so that it can be rejected.
    fn type_alias(&mut self) -> bool {
        let start = self.c.pos;
        if !self.c.eat("type") {
            return false;
        }
        self.c.skip_ws();
        if expr::identifier(&mut self.c).is_none() {
            return false;
        }
        self.c.skip_ws();
        if !self.c.eat("=") {
            return false;
        }
        self.c.skip_ws();
        if expr::identifier(&mut self.c).is_none() {
            return false;
        }
        let mut scratch = Vec::new();
        loop {
            let before = self.c.pos;
            self.c.skip_ws();
            if expr::attribute(&mut self.c, false, &mut scratch).is_none() {
                self.c.pos = before;
                break;
            }
        }
        let end = self.c.pos;
        self.diags.push(Diagnostic::error(
            codes::TYPE_ALIAS,
            "Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types",
            Span::new(start, end),
        ));
        self.ast.lines.push(TopLine::Invalid(Span::new(start, end)));
        true
    }

    /// `identifier "{" … "}"`: a block without a keyword, rejected as a whole.
    fn arbitrary_block(&mut self) -> bool {
        let start = self.c.pos;
        if expr::identifier(&mut self.c).is_none() {
            return false;
        }
        self.c.skip_ws();
        if !self.c.eat("{") {
            return false;
        }
        self.c.pos = self.c.line_end();
        if !self.c.eat_newline() {
            return false;
        }
        let from = self.c.pos;
        if from >= self.no_brace_from {
            return false;
        }
        let Some(rel) = self.c.src.get(from..).and_then(|s| s.find('}')) else {
            self.no_brace_from = self.no_brace_from.min(from);
            return false;
        };
        self.c.pos = from + rel + 1;
        self.diags.push(Diagnostic::error(
            codes::INVALID_BLOCK,
            "Error validating: This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.",
            Span::new(start, self.c.pos),
        ));
        self.ast
            .lines
            .push(TopLine::Invalid(Span::new(start, self.c.pos)));
        true
    }
}

#[cfg(test)]
mod tests;

/// Offset of the end of the line containing `pos` (before its newline).
pub(crate) fn line_end(src: &str, pos: usize) -> usize {
    cursor::line_end_from(src, pos)
}
