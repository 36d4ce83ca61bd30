//! First pass: top-level and field names (duplicates, reserved names, bad identifiers).

use super::{Ctx, TopRef};
use crate::ast::{self, Identifier, Top};
use crate::diagnostics::{Diagnostic, codes};
use crate::model::{EnumId, ModelId, ScalarType};
use std::collections::{HashMap, HashSet};

/// Names the generated client reserves (JavaScript keywords and `PrismaClient`).
pub(crate) const RESERVED_NAMES: &[&str] = &[
    "PrismaClient",
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "using",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

fn top_type(top: &Top) -> &'static str {
    match top {
        Top::Model(m) => match m.kind {
            ast::ModelKind::Model => "model",
            ast::ModelKind::View => "view",
            ast::ModelKind::CompositeType => "composite type",
        },
        Top::Enum(_) => "enum",
        Top::Config(c) => match c.kind {
            ast::ConfigKind::Datasource => "source",
            ast::ConfigKind::Generator => "generator",
        },
    }
}

fn validate_identifier(ident: &Identifier, item: &str, diags: &mut Vec<Diagnostic>) {
    let message = if ident.name.is_empty() {
        format!("The name of a {item} must not be empty.")
    } else if ident.name.chars().next().is_some_and(char::is_numeric) {
        format!("The name of a {item} must not start with a number.")
    } else if ident.name.contains('-') {
        format!("The character `-` is not allowed in {item} names.")
    } else {
        return;
    };
    diags.push(Diagnostic::error(
        codes::RESERVED_NAME,
        format!("Error validating: {message}"),
        ident.span,
    ));
}

fn validate_attribute_identifiers(attrs: &[ast::Attribute], diags: &mut Vec<Diagnostic>) {
    for a in attrs {
        validate_identifier(&a.name, "Attribute", diags);
    }
}

pub(super) fn resolve_names(ctx: &mut Ctx<'_>) {
    let mut tops: HashMap<String, usize> = HashMap::new();
    let mut datasources: HashMap<String, usize> = HashMap::new();
    let mut generators: HashMap<String, usize> = HashMap::new();
    let (mut model_i, mut enum_i, mut composite_i) = (0u32, 0u32, 0usize);
    for (i, top) in ctx.ast.tops.iter().enumerate() {
        let ident = top.name();
        if ScalarType::from_builtin(&ident.name).is_some() {
            ctx.diags.push(Diagnostic::error(
                codes::RESERVED_NAME,
                format!(
                    "\"{}\" is a reserved scalar type name and cannot be used.",
                    ident.name
                ),
                ident.span,
            ));
        }
        let namespace = match top {
            Top::Enum(e) => {
                validate_identifier(&e.name, "Enum", ctx.diags);
                if RESERVED_NAMES.contains(&e.name.name.as_str()) {
                    ctx.diags.push(Diagnostic::error(codes::RESERVED_NAME, format!("Error validating enum `{0}`: The enum name `{0}` is invalid. It is a reserved name. Please change it. Read more at https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums", e.name.name), e.span));
                }
                validate_attribute_identifiers(&e.attributes, ctx.diags);
                let mut seen = HashSet::new();
                for v in &e.values {
                    validate_identifier(&v.name, "Enum Value", ctx.diags);
                    validate_attribute_identifiers(&v.attributes, ctx.diags);
                    if !seen.insert(v.name.name.as_str()) {
                        ctx.diags.push(Diagnostic::error(
                            codes::DUPLICATE_ENUM_VALUE,
                            format!(
                                "Value \"{}\" is already defined on enum \"{}\".",
                                v.name.name, e.name.name
                            ),
                            v.span,
                        ));
                    }
                }
                ctx.names
                    .entry(e.name.name.clone())
                    .or_insert(TopRef::Enum(EnumId(enum_i)));
                enum_i += 1;
                &mut tops
            }
            Top::Model(m) if m.kind == ast::ModelKind::CompositeType => {
                validate_identifier(&m.name, "Composite type", ctx.diags);
                let mut seen = HashSet::new();
                for f in &m.fields {
                    if !seen.insert(f.name.name.as_str()) {
                        ctx.diags.push(Diagnostic::error(
                            codes::DUPLICATE_FIELD,
                            format!(
                                "Field \"{}\" is already defined on composite type \"{}\".",
                                f.name.name, m.name.name
                            ),
                            f.name.span,
                        ));
                    }
                }
                ctx.names
                    .entry(m.name.name.clone())
                    .or_insert(TopRef::Composite(composite_i));
                composite_i += 1;
                &mut tops
            }
            Top::Model(m) => {
                let (item, field_item, container) = if m.is_view() {
                    ("view", "field", "view")
                } else {
                    ("Model", "Field", "model")
                };
                validate_identifier(&m.name, item, ctx.diags);
                if RESERVED_NAMES.contains(&m.name.name.as_str()) {
                    ctx.diags.push(Diagnostic::error(codes::RESERVED_NAME, format!("Error validating model \"{0}\": The {container} name `{0}` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models", m.name.name), m.span));
                }
                validate_attribute_identifiers(&m.attributes, ctx.diags);
                let mut seen = HashSet::new();
                for f in &m.fields {
                    validate_identifier(&f.name, field_item, ctx.diags);
                    validate_attribute_identifiers(&f.attributes, ctx.diags);
                    if !seen.insert(f.name.name.as_str()) {
                        ctx.diags.push(Diagnostic::error(
                            codes::DUPLICATE_FIELD,
                            format!(
                                "Field \"{}\" is already defined on {container} \"{}\".",
                                f.name.name, m.name.name
                            ),
                            f.name.span,
                        ));
                    }
                }
                ctx.names
                    .entry(m.name.name.clone())
                    .or_insert(TopRef::Model(ModelId(model_i)));
                model_i += 1;
                &mut tops
            }
            Top::Config(c) => {
                let mut seen = HashSet::new();
                for p in &c.properties {
                    if !seen.insert(p.name.name.as_str()) {
                        ctx.diags.push(Diagnostic::error(
                            codes::DUPLICATE_CONFIG_KEY,
                            format!(
                                "Key \"{}\" is already defined in {} \"{}\".",
                                p.name.name,
                                top_type(top),
                                c.name.name
                            ),
                            p.name.span,
                        ));
                    }
                }
                match c.kind {
                    ast::ConfigKind::Datasource => &mut datasources,
                    ast::ConfigKind::Generator => &mut generators,
                }
            }
        };
        if let Some(existing) = namespace.insert(ident.name.clone(), i) {
            let existing_type = ctx.ast.tops.get(existing).map(top_type).unwrap_or("model");
            ctx.diags.push(Diagnostic::error(
                codes::DUPLICATE_TOP,
                format!(
                    "The {} \"{}\" cannot be defined because a {existing_type} with that name already exists.",
                    top_type(top),
                    ident.name
                ),
                ident.span,
            ));
        }
    }
}
