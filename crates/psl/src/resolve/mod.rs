//! Name resolution and the semantic model: turns the syntax tree into the
//! arenas of [`crate::model`], in Prisma's pass order (names, types,
//! attributes, relations), pushing Prisma's diagnostics along the way.

mod attributes;
mod composite;
mod default;
mod indexes;
pub(crate) mod names;
mod relation_attrs;
mod relations;
pub(crate) mod visitor;

use crate::ast::{self, SchemaAst, Top};
use crate::diagnostics::{Diagnostic, codes};
use crate::model::*;
use std::collections::HashMap;

/// The raw `@relation` arguments of a relation field, as written, for validations.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawRelation {
    pub fields: Option<Vec<String>>,
    pub references: Option<Vec<String>>,
    pub attribute: Option<crate::span::Span>,
}

/// Everything resolution produces.
#[derive(Debug, Default)]
pub(crate) struct Db {
    pub models: Vec<Model>,
    pub enums: Vec<Enum>,
    pub relations: Vec<Relation>,
    /// ModelId → index in `ast.tops`.
    pub model_tops: Vec<usize>,
    /// EnumId → index in `ast.tops`.
    pub enum_tops: Vec<usize>,
    /// Indexes in `ast.tops` of composite types.
    pub composite_tops: Vec<usize>,
    /// Raw relation arguments per relation field.
    pub raw_relations: HashMap<FieldId, RawRelation>,
    /// Scalar fields whose default calls an unknown function: (field, function name, span).
    pub unknown_function_defaults: Vec<(FieldId, String, crate::span::Span)>,
}

/// What a top-level name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TopRef {
    Model(ModelId),
    Enum(EnumId),
    Composite(usize),
}

pub(crate) struct Ctx<'a> {
    pub ast: &'a SchemaAst,
    pub diags: &'a mut Vec<Diagnostic>,
    pub db: Db,
    pub names: HashMap<String, TopRef>,
}

impl<'a> Ctx<'a> {
    pub fn ast_model(&self, id: ModelId) -> Option<&'a ast::Model> {
        let top = *self.db.model_tops.get(id.0 as usize)?;
        match self.ast.tops.get(top) {
            Some(Top::Model(m)) => Some(m),
            _ => None,
        }
    }

    pub fn ast_field(&self, id: FieldId) -> Option<&'a ast::Field> {
        self.ast_model(id.model)?.fields.get(id.index as usize)
    }

    pub fn field(&self, id: FieldId) -> Option<&Field> {
        self.db
            .models
            .get(id.model.0 as usize)?
            .fields
            .get(id.index as usize)
    }

    pub fn field_mut(&mut self, id: FieldId) -> Option<&mut Field> {
        self.db
            .models
            .get_mut(id.model.0 as usize)?
            .fields
            .get_mut(id.index as usize)
    }

    /// Finds a field of a model by name.
    pub fn find_field(&self, model: ModelId, name: &str) -> Option<FieldId> {
        let m = self.db.models.get(model.0 as usize)?;
        m.fields
            .iter()
            .position(|f| f.name == name)
            .map(|i| FieldId {
                model,
                index: i as u32,
            })
    }
}

/// Resolves `ast` into the semantic model, appending diagnostics.
pub(crate) fn resolve(ast: &SchemaAst, diags: &mut Vec<Diagnostic>) -> Db {
    let mut ctx = Ctx {
        ast,
        diags,
        db: Db::default(),
        names: HashMap::new(),
    };
    collect_tops(&mut ctx);
    names::resolve_names(&mut ctx);
    resolve_types(&mut ctx);
    attributes::resolve_attributes(&mut ctx);
    composite::check_composite_types(&mut ctx);
    relations::infer_relations(&mut ctx);
    ctx.db
}

/// Creates the arenas (one entry per model/view/enum) before any check runs.
fn collect_tops(ctx: &mut Ctx<'_>) {
    for (i, top) in ctx.ast.tops.iter().enumerate() {
        match top {
            Top::Model(m) if m.kind == ast::ModelKind::CompositeType => {
                ctx.db.composite_tops.push(i)
            }
            Top::Model(m) => {
                ctx.db.model_tops.push(i);
                ctx.db.models.push(Model {
                    name: m.name.name.clone(),
                    database_name: m.name.name.clone(),
                    mapped_name: None,
                    documentation: m.documentation.clone(),
                    is_view: m.is_view(),
                    is_ignored: false,
                    fields: m
                        .fields
                        .iter()
                        .map(|f| Field {
                            name: f.name.name.clone(),
                            arity: match f.arity {
                                ast::FieldArity::Required => Arity::Required,
                                ast::FieldArity::Optional => Arity::Optional,
                                ast::FieldArity::List => Arity::List,
                            },
                            kind: FieldKind::Unresolved(match &f.field_type {
                                ast::FieldType::Supported(id) => id.name.clone(),
                                ast::FieldType::Unsupported(s, _) => s.clone(),
                            }),
                            documentation: f.documentation.clone(),
                            is_ignored: false,
                            span: f.span,
                        })
                        .collect(),
                    primary_key: None,
                    indexes: Vec::new(),
                    span: m.span,
                    name_span: m.name.span,
                });
            }
            Top::Enum(e) => {
                ctx.db.enum_tops.push(i);
                ctx.db.enums.push(Enum {
                    name: e.name.name.clone(),
                    database_name: e.name.name.clone(),
                    mapped_name: None,
                    values: e
                        .values
                        .iter()
                        .map(|v| EnumValue {
                            name: v.name.name.clone(),
                            database_name: v.name.name.clone(),
                            documentation: v.documentation.clone(),
                            span: v.span,
                        })
                        .collect(),
                    documentation: e.documentation.clone(),
                    span: e.span,
                });
            }
            Top::Config(_) => {}
        }
    }
}

/// Case-insensitive lookup of built-in scalar names, for "Did you mean" hints.
fn builtin_ignore_case(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    [
        "Int", "BigInt", "Float", "Boolean", "String", "DateTime", "Json", "Bytes", "Decimal",
    ]
    .into_iter()
    .find(|b| b.to_lowercase() == lower)
}

fn resolve_types(ctx: &mut Ctx<'_>) {
    let mut next_model = 0u32;
    for top in &ctx.ast.tops {
        match top {
            Top::Model(m) if m.kind == ast::ModelKind::CompositeType => {
                for f in &m.fields {
                    if let ast::FieldType::Supported(id) = &f.field_type
                        && ScalarType::from_builtin(&id.name).is_none()
                    {
                        match ctx.names.get(&id.name) {
                            Some(TopRef::Model(mid)) => {
                                let referenced = ctx
                                    .db
                                    .models
                                    .get(mid.0 as usize)
                                    .map(|m| m.name.clone())
                                    .unwrap_or_default();
                                ctx.diags.push(Diagnostic::error(
                                    codes::TYPE_NOT_FOUND,
                                    format!("Error validating composite type \"{}\": {referenced} refers to a model, making this a relation field. Relation fields inside composite types are not supported.", m.name.name),
                                    id.span,
                                ));
                            }
                            Some(_) => {}
                            None => ctx.diags.push(type_not_found(&id.name, None, id.span)),
                        }
                    }
                }
            }
            Top::Model(m) => {
                // Models get ids in top order, so a counter finds this one's id.
                let model_id = ModelId(next_model);
                next_model += 1;
                for (fi, f) in m.fields.iter().enumerate() {
                    let kind = match &f.field_type {
                        ast::FieldType::Unsupported(s, _) => {
                            Some(scalar(ScalarType::Unsupported(s.clone())))
                        }
                        ast::FieldType::Supported(id) => match ScalarType::from_builtin(&id.name) {
                            Some(t) => Some(scalar(t)),
                            None => match ctx.names.get(&id.name).copied() {
                                Some(TopRef::Model(target)) => {
                                    Some(FieldKind::Relation(RelationField {
                                        related_model: target,
                                        relation_name: None,
                                        fields: None,
                                        references: None,
                                        on_delete: None,
                                        on_update: None,
                                        map: None,
                                        relation: None,
                                    }))
                                }
                                Some(TopRef::Enum(e)) => Some(scalar(ScalarType::Enum(e))),
                                Some(TopRef::Composite(_)) => None,
                                None => {
                                    let suggestion = ctx
                                        .ast
                                        .tops
                                        .iter()
                                        .filter(|t| !matches!(t, Top::Config(_)))
                                        .map(|t| t.name().name.as_str())
                                        .find(|n| n.to_lowercase() == id.name)
                                        .map(str::to_owned)
                                        .or_else(|| {
                                            builtin_ignore_case(&id.name).map(str::to_owned)
                                        });
                                    ctx.diags.push(type_not_found(
                                        &id.name,
                                        suggestion.as_deref(),
                                        id.span,
                                    ));
                                    None
                                }
                            },
                        },
                    };
                    if let Some(kind) = kind
                        && let Some(field) = ctx.field_mut(FieldId {
                            model: model_id,
                            index: fi as u32,
                        })
                    {
                        field.kind = kind;
                    }
                }
            }
            Top::Enum(e) => {
                if e.values.is_empty() {
                    ctx.diags.push(Diagnostic::error(
                        codes::DUPLICATE_ENUM_VALUE,
                        "Error validating: An enum must have at least one value.",
                        e.span,
                    ));
                }
            }
            Top::Config(_) => {}
        }
    }
}

fn scalar(t: ScalarType) -> FieldKind {
    FieldKind::Scalar(ScalarField {
        database_name: String::new(),
        mapped_name: None,
        scalar_type: t,
        default: None,
        is_updated_at: false,
        native_type: None,
    })
}

fn type_not_found(name: &str, suggestion: Option<&str>, span: crate::span::Span) -> Diagnostic {
    let message = match suggestion {
        Some(s) => format!(
            "Type \"{name}\" is neither a built-in type, nor refers to another model, composite type, or enum. Did you mean \"{s}\"?"
        ),
        None => format!(
            "Type \"{name}\" is neither a built-in type, nor refers to another model, composite type, or enum."
        ),
    };
    Diagnostic::error(codes::TYPE_NOT_FOUND, message, span)
}
