//! Model, field and index validations for SQLite.

use super::Ctx;
use crate::diagnostics::codes;
use crate::model::*;
use std::collections::HashMap;

fn attr_error(attr: &str, msg: &str) -> String {
    format!("Error parsing attribute \"{attr}\": {msg}")
}

/// Unique criteria of a model: primary key first, then unique indexes.
pub(crate) fn unique_criterias(m: &Model) -> Vec<Vec<FieldId>> {
    let mut out = Vec::new();
    if let Some(pk) = &m.primary_key {
        out.push(pk.fields.iter().map(|f| f.field).collect());
    }
    for idx in m.indexes.iter().filter(|i| i.kind == IndexKind::Unique) {
        out.push(idx.fields.iter().map(|f| f.field).collect());
    }
    out
}

fn is_unsupported(m: &Model, f: FieldId) -> bool {
    matches!(
        m.fields.get(f.index as usize).map(|f| &f.kind),
        Some(FieldKind::Scalar(ScalarField {
            scalar_type: ScalarType::Unsupported(_),
            ..
        }))
    )
}

/// Runs the per-model checks; returns false when validation must stop (ambiguous relations).
pub(super) fn validate_models(ctx: &mut Ctx<'_>) -> bool {
    database_name_clashes(ctx);
    let has_views = ctx.schema.preview_features().any(|f| f == "views");
    let relation_names = relation_name_groups(ctx);
    let mut constraint_names: HashMap<String, usize> = HashMap::new();
    for m in ctx.schema.models.iter().flat_map(|m| &m.indexes) {
        *constraint_names
            .entry(m.constraint_name.clone())
            .or_default() += 1;
    }
    for (mi, model) in ctx.schema.models.iter().enumerate() {
        let id = ModelId(mi as u32);
        let container = ctx.container(id);
        if model.is_view && !has_views {
            ctx.push(codes::CONNECTOR, "Error validating: View definitions are only available with the `views` preview feature.".into(), model.span);
        }
        // Unique criteria.
        // Prisma 6.19.3 no longer requires a unique criterion on views.
        if !model.is_ignored && !model.is_view {
            let criterias = unique_criterias(model);
            let strict = criterias.iter().any(|c| {
                c.iter().all(|f| {
                    model
                        .fields
                        .get(f.index as usize)
                        .is_some_and(|f| f.arity == Arity::Required)
                }) && !c.iter().any(|f| is_unsupported(model, *f))
            });
            if !strict {
                let mut msg = format!(
                    "Error validating {container} \"{}\": Each {container} must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the {container}.",
                    model.name
                );
                if !criterias.is_empty() {
                    let loose: Vec<String> = criterias
                        .iter()
                        .map(|c| {
                            format!(
                                "- {}",
                                c.iter()
                                    .map(|f| ctx.field_name(*f))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )
                        })
                        .collect();
                    msg.push_str(&format!(" The following unique criterias were not considered as they contain fields that are not required:\n{}", loose.join("\n")));
                }
                ctx.push(codes::NO_UNIQUE_CRITERIA, msg, model.span);
            }
        }
        if let Some(pk) = &model.primary_key {
            let attr = if pk.is_field_level { "@id" } else { "@@id" };
            if pk.fields.is_empty() {
                ctx.push(codes::ID, attr_error(attr, "The list of fields in an `@@id()` attribute cannot be empty. Please specify at least one field."), pk.span);
            }
            if let Some(name) = &pk.name
                && client_name_uses(model, name) > 1
            {
                ctx.push(
                    codes::CONSTRAINT_NAME,
                    attr_error(attr, &duplicate_client_name(name)),
                    pk.span,
                );
            }
            if pk.map.is_some() {
                ctx.push(codes::CONNECTOR, format!("Error validating {container} \"{}\": You defined a database name for the primary key on the model. This is not supported by the provider.", model.name), model.span);
            }
            if pk.fields.iter().any(|f| f.length.is_some()) {
                ctx.push(codes::CONNECTOR, attr_error(attr, "The length argument is not supported in the primary key with the current connector"), pk.span);
            }
            if pk.fields.iter().any(|f| f.sort.is_some()) {
                ctx.push(codes::CONNECTOR, attr_error(attr, "The sort argument is not supported in the primary key with the current connector"), pk.span);
            }
        }
        schema_and_shard_keys(ctx, id);
        key_shapes(ctx, id, model);
        autoincrement(ctx, id, model);
        if let Some(pk) = &model.primary_key {
            let attr = if pk.is_field_level { "@id" } else { "@@id" };
            if let Some(ast) = ctx.ast_model(id)
                && pk_has_clustered(ast, pk)
            {
                ctx.push(
                    codes::CONNECTOR,
                    attr_error(
                        attr,
                        "Defining clustering is not supported in the current connector.",
                    ),
                    pk.span,
                );
            }
        }
        for (fi, field) in model.fields.iter().enumerate() {
            let fid = FieldId {
                model: id,
                index: fi as u32,
            };
            client_name_clash(ctx, model, field);
            let FieldKind::Scalar(sf) = &field.kind else {
                continue;
            };
            if field.arity == Arity::List && sf.scalar_type == ScalarType::Json {
                ctx.push(codes::SCALAR_LIST, format!("Error validating field `{0}` in {container} `{1}`: Field `{0}` in {container} `{1}` can't be of type Json[]. The current connector does not support the Json List type.", field.name, model.name), field.span);
            }
            if field.arity == Arity::List {
                ctx.push(codes::SCALAR_LIST, format!("Field \"{}\" in {container} \"{}\" can't be a list. The current connector does not support lists of primitive types.", field.name, model.name), field.span);
            }
            if let Some((name, _)) = &sf.native_type {
                let span = ctx
                    .ast_field(fid)
                    .and_then(|f| f.attributes.iter().find(|a| a.name.name.contains('.')))
                    .map(|a| a.span)
                    .unwrap_or(field.span);
                let scope = ctx
                    .ast_field(fid)
                    .and_then(|f| f.attributes.iter().find(|a| a.name.name.contains('.')))
                    .and_then(|a| a.name.name.split_once('.').map(|(s, _)| s.to_owned()))
                    .unwrap_or_default();
                if let Some(ds) = &ctx.schema.datasource
                    && ds.name != scope
                {
                    ctx.push(codes::NATIVE_TYPE, format!("The prefix {scope} is invalid. It must be equal to the name of an existing datasource e.g. {0}. Did you mean to use {0}.{name}?", ds.name), span);
                }
                let provider = ctx
                    .schema
                    .datasource
                    .as_ref()
                    .map(|d| d.provider.as_str())
                    .unwrap_or("Default");
                ctx.push(
                    codes::NATIVE_TYPE,
                    format!("Native type {name} is not supported for {provider} connector."),
                    span,
                );
            }
            if let Some(d) = &sf.default
                && d.map.is_some()
            {
                ctx.push(codes::CONNECTOR, attr_error("@default", "You defined a database name for the default value of a field on the model. This is not supported by the provider."), d.span);
            }
            super::defaults::validate_default_literal(ctx, fid, &sf.scalar_type);
        }
        for &rf_index in &relation_field_indexes(model) {
            let fid = FieldId {
                model: id,
                index: rf_index,
            };
            if let Some(msg) = ambiguity(ctx, &relation_names, fid) {
                let span = ctx.field_span(fid);
                ctx.push(
                    codes::AMBIGUOUS_RELATION,
                    format!("Error validating {container} \"{}\": {msg}", model.name),
                    span,
                );
                return false;
            }
            let Some(Field {
                kind: FieldKind::Relation(rf),
                is_ignored,
                ..
            }) = ctx.field(fid)
            else {
                continue;
            };
            if let Some(related) = ctx.model(rf.related_model)
                && related.is_ignored
                && !is_ignored
                && !model.is_ignored
            {
                let span = ctx.field_span(fid);
                ctx.push(codes::RELATION_ARGUMENTS, attr_error("@ignore", &format!("The relation field `{}` on Model `{}` must specify the `@ignore` attribute, because the model {} it is pointing to is marked ignored.", ctx.field_name(fid), model.name, related.name)), span);
            }
            if rf.map.is_some() {
                let span = ctx
                    .extra
                    .raw_relations
                    .get(&fid)
                    .and_then(|r| r.attribute)
                    .unwrap_or_default();
                ctx.push(
                    codes::CONNECTOR,
                    attr_error(
                        "@relation",
                        "Your provider does not support named foreign keys.",
                    ),
                    span,
                );
            }
            super::cycles::referential_actions(ctx, fid, rf);
            missing_relation_index(ctx, model, fid, rf);
        }
        for idx in &model.indexes {
            let attr = match (idx.kind, idx.is_field_level) {
                (IndexKind::Unique, true) => "@unique",
                (IndexKind::Unique, false) => "@@unique",
                (IndexKind::Normal, _) => "@@index",
                (IndexKind::Fulltext, _) => "@@fulltext",
            };
            if idx.fields.is_empty() && !idx.is_field_level {
                ctx.push(codes::INDEX, attr_error(attr, "The list of fields in an index cannot be empty. Please specify at least one field."), idx.span);
            }
            // SQLite has one namespace for index and unique constraint names, across all tables.
            if constraint_names
                .get(&idx.constraint_name)
                .copied()
                .unwrap_or(0)
                > 1
            {
                ctx.push(codes::CONSTRAINT_NAME, attr_error(attr, &format!("The given constraint name `{}` has to be unique in the following namespace: global for indexes and unique constraints. Please provide a different name using the `map` argument.", idx.constraint_name)), idx.span);
            }
            if idx.kind == IndexKind::Unique
                && let Some(name) = &idx.name
                && client_name_uses(model, name) > 1
            {
                ctx.push(
                    codes::CONSTRAINT_NAME,
                    attr_error(attr, &duplicate_client_name(name)),
                    idx.span,
                );
            }
            if idx.fields.iter().any(|f| f.length.is_some()) {
                ctx.push(codes::CONNECTOR, attr_error(attr, "The length argument is not supported in an index definition with the current connector"), idx.span);
            }
            if idx.algorithm.as_deref().is_some_and(|a| a != "BTree") {
                ctx.push(
                    codes::CONNECTOR,
                    attr_error(
                        attr,
                        "The given index type is not supported with the current connector",
                    ),
                    idx.span,
                );
            }
            if idx.kind == IndexKind::Fulltext {
                ctx.push(
                    codes::CONNECTOR,
                    attr_error(
                        attr,
                        "Defining fulltext indexes is not supported with the current connector.",
                    ),
                    idx.span,
                );
            }
            if idx.map.as_deref() == Some("") {
                ctx.push(
                    codes::INDEX,
                    attr_error(attr, "The `map` argument cannot be an empty string."),
                    idx.span,
                );
            }
            if let Some(ast) = ctx.ast_model(id)
                && index_has_clustered(ast, idx)
            {
                ctx.push(
                    codes::CONNECTOR,
                    attr_error(
                        attr,
                        "Defining clustering is not supported in the current connector.",
                    ),
                    idx.span,
                );
            }
        }
    }
    true
}

fn relation_field_indexes(m: &Model) -> Vec<u32> {
    m.fields
        .iter()
        .enumerate()
        .filter(|(_, f)| matches!(f.kind, FieldKind::Relation(_)))
        .map(|(i, _)| i as u32)
        .collect()
}

fn has_clustered_arg(attrs: &[crate::ast::Attribute], span: crate::span::Span) -> bool {
    attrs.iter().any(|a| {
        a.span == span
            && a.arguments
                .arguments
                .iter()
                .any(|arg| arg.name.as_ref().is_some_and(|n| n.name == "clustered"))
    })
}

fn pk_has_clustered(ast: &crate::ast::Model, pk: &PrimaryKey) -> bool {
    has_clustered_arg(&ast.attributes, pk.span)
        || ast
            .fields
            .iter()
            .any(|f| has_clustered_arg(&f.attributes, pk.span))
}

fn index_has_clustered(ast: &crate::ast::Model, idx: &Index) -> bool {
    has_clustered_arg(&ast.attributes, idx.span)
        || ast
            .fields
            .iter()
            .any(|f| has_clustered_arg(&f.attributes, idx.span))
}

type RelationNames = HashMap<(ModelId, ModelId, String), Vec<FieldId>>;

/// Groups relation fields by (model, related model, relation name), as Prisma's `Names` does.
fn relation_name_groups(ctx: &Ctx<'_>) -> RelationNames {
    let mut map: RelationNames = HashMap::new();
    for (mi, m) in ctx.schema.models.iter().enumerate() {
        for (fi, f) in m.fields.iter().enumerate() {
            if let FieldKind::Relation(rf) = &f.kind {
                let name = effective_relation_name(ctx, ModelId(mi as u32), rf);
                map.entry((ModelId(mi as u32), rf.related_model, name))
                    .or_default()
                    .push(FieldId {
                        model: ModelId(mi as u32),
                        index: fi as u32,
                    });
            }
        }
    }
    map
}

pub(crate) fn effective_relation_name(ctx: &Ctx<'_>, model: ModelId, rf: &RelationField) -> String {
    rf.relation_name.clone().unwrap_or_else(|| {
        let (a, b) = (ctx.model_name(model), ctx.model_name(rf.related_model));
        if a < b {
            format!("{a}To{b}")
        } else {
            format!("{b}To{a}")
        }
    })
}

fn list_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.len() {
        0 | 1 => quoted.join(", "),
        n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

fn ambiguity(ctx: &Ctx<'_>, groups: &RelationNames, fid: FieldId) -> Option<String> {
    let Some(FieldKind::Relation(rf)) = ctx.field(fid).map(|f| &f.kind) else {
        return None;
    };
    let name = effective_relation_name(ctx, fid.model, rf);
    let fields = groups.get(&(fid.model, rf.related_model, name))?;
    if fields.len() < 2 {
        return None;
    }
    let names: Vec<&str> = fields.iter().map(|f| ctx.field_name(*f)).collect();
    let list = list_names(&names);
    let model = ctx.model_name(fid.model);
    let related = ctx.model_name(rf.related_model);
    let is_self = fid.model == rf.related_model;
    let explicit = rf.relation_name.is_some();
    Some(match (explicit, is_self, fields.len()) {
        (false, true, 2) => format!(
            "Ambiguous self relation detected. The fields {list} in model `{model}` both refer to `{related}`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`."
        ),
        (false, true, _) => format!(
            "Unnamed self relation detected. The fields {list} in model `{model}` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>)."
        ),
        (true, true, 2) => return None,
        (true, true, _) => format!(
            "Wrongly named self relation detected. The fields {list} in model `{model}` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them."
        ),
        (false, false, _) => format!(
            "Ambiguous relation detected. The fields {list} in model `{model}` both refer to `{related}`. Please provide different relation names for them by adding `@relation(<name>)."
        ),
        (true, false, _) => format!(
            "Wrongly named relation detected. The fields {list} in model `{model}` both use the same relation name. Please provide different relation names for them through `@relation(<name>)."
        ),
    })
}

fn database_name_clashes(ctx: &mut Ctx<'_>) {
    let mut seen: HashMap<&str, ModelId> = HashMap::new();
    for (mi, m) in ctx.schema.models.iter().enumerate() {
        let id = ModelId(mi as u32);
        let Some(existing) = seen.insert(m.database_name.as_str(), id) else {
            continue;
        };
        let map_span = |mid: ModelId| {
            ctx.ast_model(mid)
                .and_then(|a| a.attributes.iter().find(|at| at.name.name == "map"))
                .map(|a| a.span)
        };
        let (span, other) = if m.mapped_name.is_some() {
            (map_span(id), ctx.model_name(existing))
        } else {
            (map_span(existing), m.name.as_str())
        };
        // Prisma words this "model" for views too.
        let kind = "model";
        if let Some(span) = span {
            ctx.push(codes::DATABASE_NAME_CLASH, format!("The {kind} with database name \"{}\" could not be defined because another model or view with this name exists: \"{other}\"", m.database_name), span);
        }
    }
}

fn autoincrement(ctx: &mut Ctx<'_>, id: ModelId, model: &Model) {
    let auto: Vec<(usize, &Field)> = model
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            matches!(
                &f.kind,
                FieldKind::Scalar(ScalarField {
                    default: Some(DefaultValue {
                        kind: DefaultKind::Autoincrement,
                        ..
                    }),
                    ..
                })
            )
        })
        .collect();
    if auto.is_empty() {
        return;
    }
    let msg = |m: &str| attr_error("@default", m);
    if auto.len() > 1 {
        ctx.push(codes::AUTOINCREMENT, msg("The `autoincrement()` default value is used multiple times on this model even though the underlying datasource only supports one instance per table."), model.span);
    }
    for (fi, f) in auto {
        let fid = FieldId {
            model: id,
            index: fi as u32,
        };
        let single_pk = model
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.fields.len() == 1 && pk.fields[0].field == fid);
        let indexed = model
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.fields.first().is_some_and(|f| f.field == fid))
            || model
                .indexes
                .iter()
                .any(|i| i.fields.first().is_some_and(|f| f.field == fid));
        if !single_pk {
            ctx.push(codes::AUTOINCREMENT, msg("The `autoincrement()` default value is used on a non-id field even though the datasource does not support this."), f.span);
        }
        if !indexed {
            ctx.push(codes::AUTOINCREMENT, msg("The `autoincrement()` default value is used on a non-indexed field even though the datasource does not support this."), f.span);
        }
    }
}

/// With `relationMode = "prisma"` there are no foreign keys, hence no implicit
/// index: warn when the FK fields are not a left prefix of an index or the id.
fn missing_relation_index(ctx: &mut Ctx<'_>, model: &Model, fid: FieldId, rf: &RelationField) {
    if ctx.schema.relation_mode() != RelationMode::Prisma {
        return;
    }
    let Some(fields) = &rf.fields else { return };
    let prefix_of = |index: &[IndexField]| {
        fields.len() <= index.len() && fields.iter().zip(index).all(|(a, b)| *a == b.field)
    };
    if model.indexes.iter().any(|i| prefix_of(&i.fields)) {
        return;
    }
    if model
        .primary_key
        .as_ref()
        .is_some_and(|pk| prefix_of(&pk.fields))
    {
        return;
    }
    let span = ctx
        .extra
        .raw_relations
        .get(&fid)
        .and_then(|r| r.attribute)
        .unwrap_or_else(|| ctx.field_span(fid));
    ctx.diags.push(crate::diagnostics::Diagnostic::warning(
        codes::WARNING,
        "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\" ",
        span,
    ));
}

/// Rules on the shape of keys and ignores: views have no primary key, a field named like a
/// compound key's generated client name (`a_b` for `@@id([a, b])`) clashes with it, a key
/// lists each field once, and fields of an ignored model need no `@ignore` of their own.
fn key_shapes(ctx: &mut Ctx<'_>, id: ModelId, model: &Model) {
    let container = if model.is_view { "view" } else { "model" };
    let field_name = |f: &crate::model::IndexField| {
        model
            .fields
            .get(f.field.index as usize)
            .map_or("", |field| field.name.as_str())
    };
    if let Some(pk) = &model.primary_key {
        if model.is_view {
            ctx.push(
                codes::ID,
                "Error validating: Views cannot have primary keys.".into(),
                pk.span,
            );
        }
        if let Some(repeated) = repeated_field(&pk.fields) {
            ctx.push(codes::ID, format!("Error validating {container} \"{}\": The id definition refers to the field {} multiple times.", model.name, field_name(repeated)), pk.span);
        }
        if pk.name.is_none() && pk.fields.len() > 1 {
            let generated: Vec<&str> = pk.fields.iter().map(field_name).collect();
            let generated = generated.join("_");
            if model.fields.iter().any(|f| f.name == generated) {
                ctx.push(codes::CONSTRAINT_NAME, format!("Error validating {container} \"{}\": The field `{generated}` clashes with the `@@id` attribute's name. Please resolve the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`", model.name), pk.span);
            }
        }
    }
    for idx in model.indexes.iter().filter(|i| i.kind == IndexKind::Unique) {
        if let Some(repeated) = repeated_field(&idx.fields) {
            ctx.push(codes::INDEX, format!("Error validating {container} \"{}\": The unique index definition refers to the field {} multiple times.", model.name, field_name(repeated)), idx.span);
        }
        if idx.name.is_none() && idx.fields.len() > 1 && !idx.is_field_level {
            let generated: Vec<&str> = idx.fields.iter().map(field_name).collect();
            let generated = generated.join("_");
            if model.fields.iter().any(|f| f.name == generated) {
                ctx.push(codes::CONSTRAINT_NAME, format!("Error validating {container} \"{}\": The field `{generated}` clashes with the `@@unique` name. Please resolve the conflict by providing a custom id name: `@@unique([...], name: \"custom_name\")`", model.name), idx.span);
            }
        }
    }
    if model.is_ignored
        && let Some(ast) = ctx.ast_model(id)
    {
        let spans: Vec<crate::span::Span> = ast
            .fields
            .iter()
            .flat_map(|f| f.attributes.iter())
            .filter(|a| a.name.name == "ignore")
            // Prisma's span of an argument-less field attribute runs on to the next line.
            .map(|a| crate::span::through_line_end(&ctx.schema.ast.source, a.span))
            .collect();
        for span in spans {
            ctx.push(
                codes::ATTRIBUTE_ARGUMENT,
                attr_error(
                    "@ignore",
                    "Fields on an already ignored Model do not need an `@ignore` annotation.",
                ),
                span,
            );
        }
    }
}

/// The first field a key lists a second time.
fn repeated_field(fields: &[crate::model::IndexField]) -> Option<&crate::model::IndexField> {
    fields
        .iter()
        .enumerate()
        .find(|(i, f)| fields[..*i].iter().any(|g| g.field == f.field))
        .map(|(_, f)| f)
}

/// How many of the model's `@@id`/`@@unique` carry the client name `name:` (the client's
/// `WhereUniqueInput` has one key per name, so each must be unique on the model).
fn client_name_uses(model: &Model, name: &str) -> usize {
    let pk = model
        .primary_key
        .iter()
        .filter(|pk| pk.name.as_deref() == Some(name))
        .count();
    let uniques = model
        .indexes
        .iter()
        .filter(|i| i.kind == IndexKind::Unique && i.name.as_deref() == Some(name))
        .count();
    pk + uniques
}

fn duplicate_client_name(name: &str) -> String {
    format!(
        "The given custom name `{name}` has to be unique on the model. Please provide a different name for the `name` argument."
    )
}

/// A compound `@@id`/`@@unique` client name must not equal a field name.
fn client_name_clash(ctx: &mut Ctx<'_>, model: &Model, field: &Field) {
    let container = if model.is_view { "view" } else { "model" };
    let uniques = model
        .indexes
        .iter()
        .filter(|i| i.kind == IndexKind::Unique && i.name.as_deref() == Some(field.name.as_str()));
    for _ in uniques {
        ctx.push(codes::CONSTRAINT_NAME, format!("Error validating {container} \"{}\": The custom name `{}` specified for the `@@unique` attribute is already used as a name for a field. Please choose a different name.", model.name, field.name), model.span);
    }
    if model.primary_key.as_ref().and_then(|pk| pk.name.as_deref()) == Some(field.name.as_str()) {
        ctx.push(codes::CONSTRAINT_NAME, format!("Error validating {container} \"{}\": The custom name `{}` specified for the `@@id` attribute is already used as a name for a field. Please choose a different name.", model.name, field.name), model.span);
    }
}

/// `@@schema` needs multiSchema support and shard keys need PlanetScale: neither exists on SQLite.
fn schema_and_shard_keys(ctx: &mut Ctx<'_>, id: ModelId) {
    let Some(ast) = ctx.ast_model(id) else { return };
    if let Some(schema) = ast.attributes.iter().find(|a| a.name.name == "schema") {
        let span = schema
            .arguments
            .arguments
            .first()
            .map(|a| a.value.span())
            .unwrap_or(schema.span);
        ctx.push(
            codes::CONNECTOR,
            "@@schema is not supported on the current datasource provider".into(),
            span,
        );
    }
    let field_key = ast
        .fields
        .iter()
        .flat_map(|f| &f.attributes)
        .find(|a| a.name.name == "shardKey");
    let (attr, key) = match (
        field_key,
        ast.attributes.iter().find(|a| a.name.name == "shardKey"),
    ) {
        (Some(k), _) => ("@shardKey", k),
        (None, Some(k)) => ("@@shardKey", k),
        (None, None) => return,
    };
    if !ctx.schema.preview_features().any(|f| f == "shardKeys") {
        ctx.push(
            codes::CONNECTOR,
            attr_error(
                attr,
                "Defining shard keys requires enabling the `shardKeys` preview feature",
            ),
            key.span,
        );
    }
    ctx.push(
        codes::CONNECTOR,
        attr_error(
            attr,
            "Shard keys are not currently supported for provider sqlite",
        ),
        key.span,
    );
}

/// Enums share one database namespace on SQLite.
pub(super) fn enum_database_name_clashes(ctx: &mut Ctx<'_>) {
    let mut seen = std::collections::HashSet::new();
    for e in &ctx.schema.enums {
        if !seen.insert(e.database_name.as_str()) {
            ctx.push(
                codes::DATABASE_NAME_CLASH,
                "An enum with the same database name is already defined.".into(),
                e.span,
            );
        }
    }
}
