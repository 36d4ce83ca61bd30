//! Connector-aware validations (Prisma's `psl-core` validation pipeline) for
//! SQLite. They run only when the earlier stages produced no errors, in
//! Prisma's order, so several errors come out in the same sequence.

mod cycles;
mod defaults;
mod models;
mod relations;

use crate::ValidatedSchema;
use crate::ast::Top;
use crate::diagnostics::{Diagnostic, codes};
use crate::model::*;
use crate::resolve::RawRelation;
use crate::span::Span;
use std::collections::HashMap;

/// Resolution facts the validator needs beyond the public model.
pub(crate) struct Extra {
    pub raw_relations: HashMap<FieldId, RawRelation>,
    pub unknown_function_defaults: Vec<(FieldId, String, Span)>,
    pub composite_tops: Vec<usize>,
    pub model_tops: Vec<usize>,
}

/// Shared read-only state of one validation run.
pub(crate) struct Ctx<'a> {
    pub schema: &'a ValidatedSchema,
    pub extra: &'a Extra,
    pub diags: &'a mut Vec<Diagnostic>,
}

impl<'a> Ctx<'a> {
    pub fn push(&mut self, code: &'static str, message: String, span: Span) {
        self.diags.push(Diagnostic::error(code, message, span));
    }

    pub fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
    }

    pub fn model(&self, id: ModelId) -> Option<&'a Model> {
        self.schema.models.get(id.0 as usize)
    }

    pub fn field(&self, id: FieldId) -> Option<&'a Field> {
        self.schema.field(id)
    }

    pub fn field_name(&self, id: FieldId) -> &'a str {
        self.field(id).map(|f| f.name.as_str()).unwrap_or("")
    }

    pub fn model_name(&self, id: ModelId) -> &'a str {
        self.model(id).map(|m| m.name.as_str()).unwrap_or("")
    }

    pub fn container(&self, id: ModelId) -> &'static str {
        if self.model(id).is_some_and(|m| m.is_view) {
            "view"
        } else {
            "model"
        }
    }

    pub fn ast_model(&self, id: ModelId) -> Option<&'a crate::ast::Model> {
        let top = *self.extra.model_tops.get(id.0 as usize)?;
        match self.schema.ast.tops.get(top) {
            Some(Top::Model(m)) => Some(m),
            _ => None,
        }
    }

    pub fn ast_field(&self, id: FieldId) -> Option<&'a crate::ast::Field> {
        self.ast_model(id.model)?.fields.get(id.index as usize)
    }

    pub fn field_span(&self, id: FieldId) -> Span {
        self.field(id).map(|f| f.span).unwrap_or_default()
    }
}

pub(crate) fn validate(schema: &ValidatedSchema, extra: &Extra, diags: &mut Vec<Diagnostic>) {
    if diags.iter().any(Diagnostic::is_error) {
        return;
    }
    let mut ctx = Ctx {
        schema,
        extra,
        diags,
    };
    composite_types(&mut ctx);
    for (field, name, span) in &extra.unknown_function_defaults {
        if name == "auto" {
            let span = ctx.field(*field).and_then(default_span).unwrap_or(*span);
            ctx.push(codes::UNKNOWN_FUNCTION, "Error parsing attribute \"@default\": The current connector does not support the `auto()` function.".into(), span);
        } else {
            ctx.push(codes::UNKNOWN_FUNCTION, format!("Unknown function in @default(): `{name}` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions"), *span);
        }
    }
    if !models::validate_models(&mut ctx) {
        return;
    }
    models::enum_database_name_clashes(&mut ctx);
    relations::validate_relations(&mut ctx);
}

fn default_span(f: &Field) -> Option<Span> {
    match &f.kind {
        FieldKind::Scalar(s) => s.default.as_ref().map(|d| d.span),
        _ => None,
    }
}

/// Composite types exist for MongoDB only.
fn composite_types(ctx: &mut Ctx<'_>) {
    for &top in &ctx.extra.composite_tops {
        if let Some(t) = ctx.schema.ast.tops.get(top) {
            let span = t.span();
            ctx.push(
                codes::CONNECTOR,
                "Error validating: Composite types are not supported on sqlite.".into(),
                span,
            );
        }
    }
}
