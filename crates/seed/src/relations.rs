//! Relations in the plan: the keys of 1:1 and 1:n relations (from the Prisma schema, so
//! `relationMode = "prisma"` gets valid references too), how each row picks its parent,
//! and the implicit many-to-many join tables.

use crate::options::SeedOptions;
use crate::plan::{
    ColumnPlan, Join, NULL_RELATION_PERMILLE, Pick, PlanError, Reference, SeedPlan, Slot,
    TablePlan, column_index, refuse, scatter, unique_sets,
};
use crate::rng::salt;
use seedbed_psl::{RelationKind, ValidatedSchema};
use seedbed_sql_schema::{SqlSchema, TableId};

/// A relation's key: the constrained columns and the ones they reference.
pub(crate) struct Key {
    pub table: TableId,
    pub referenced_table: TableId,
    pub columns: Vec<seedbed_sql_schema::ColumnId>,
    pub referenced_columns: Vec<seedbed_sql_schema::ColumnId>,
}

/// The keys of every 1:1 and 1:n relation, read from the Prisma schema rather than from
/// the SQL foreign keys: with `relationMode = "prisma"` there are no foreign keys, yet
/// Prisma Client still expects every reference to point at a real row.
pub(crate) fn relation_keys(schema: &ValidatedSchema, sql: &SqlSchema) -> Vec<Key> {
    let column = |table: TableId, field: seedbed_psl::FieldId| {
        let name = schema.walk_field(field)?.scalar()?.database_name.clone();
        sql.find_column(table, &name)
    };
    let table_of =
        |model: seedbed_psl::ModelId| sql.find_table(&schema.model(model)?.database_name);
    let mut keys = Vec::new();
    for relation in schema.walk_relations() {
        if relation.kind == RelationKind::ImplicitManyToMany {
            continue;
        }
        let Some(forward) = relation.forward_field() else {
            continue;
        };
        let Some(rf) = forward.relation_field() else {
            continue;
        };
        let (Some(fields), Some(references)) = (&rf.fields, &rf.references) else {
            continue;
        };
        let (Some(table), Some(referenced_table)) =
            (table_of(forward.id.model), table_of(rf.related_model))
        else {
            continue;
        };
        let columns: Option<Vec<_>> = fields.iter().map(|&f| column(table, f)).collect();
        let referenced: Option<Vec<_>> = references
            .iter()
            .map(|&f| column(referenced_table, f))
            .collect();
        if let (Some(columns), Some(referenced_columns)) = (columns, referenced)
            && !columns.is_empty()
            && columns.len() == referenced_columns.len()
        {
            keys.push(Key {
                table,
                referenced_table,
                columns,
                referenced_columns,
            });
        }
    }
    keys
}

/// Replaces the value slots of foreign-key columns with reference slots.
pub(crate) fn fill_references(
    plan: &mut SeedPlan,
    sql: &SqlSchema,
    keys: &[Key],
    order: &[TableId],
    position: &[usize],
) -> Result<(), PlanError> {
    for (i, &t) in order.iter().enumerate() {
        let uniques = unique_sets(sql, t);
        for fk in keys.iter().filter(|fk| fk.table == t) {
            let target = position
                .get(fk.referenced_table.0 as usize)
                .copied()
                .unwrap_or(usize::MAX);
            if target == usize::MAX {
                continue;
            }
            let cols: Vec<usize> = fk
                .columns
                .iter()
                .map(|&c| column_index(sql, t, c))
                .collect();
            let target_cols: Vec<usize> = fk
                .referenced_columns
                .iter()
                .map(|&c| column_index(sql, fk.referenced_table, c))
                .collect();
            let table = &plan.tables[i];
            if cols
                .iter()
                .any(|&c| !matches!(table.slots[table.slot_of[c]], Slot::Value { .. }))
            {
                // Overlapping foreign keys: the first one fills the shared columns.
                continue;
            }
            let nullable = cols.iter().all(|&c| {
                sql.walk(t)
                    .columns()
                    .nth(c)
                    .is_some_and(|col| col.arity().is_nullable())
            });
            let injective = uniques
                .iter()
                .any(|set| !set.is_empty() && set.iter().all(|c| cols.contains(c)));
            let parents = plan.tables[target].rows;
            let rows = plan.tables[i].rows;
            let field = plan.tables[i].columns[cols[0]].field.clone();
            let model = plan.tables[i].model.clone();
            let self_relation = target == i;
            if target > i || (self_relation && injective && !nullable) {
                plan.defers_foreign_keys = true;
            }
            if rows > 0 && parents == 0 && !nullable {
                return Err(refuse(
                    &model,
                    Some(&field),
                    format!(
                        "is a required relation to {}, which gets no rows",
                        plan.tables[target].model
                    ),
                ));
            }
            if injective && !self_relation && !nullable && rows > parents {
                return Err(refuse(
                    &model,
                    Some(&field),
                    format!(
                        "is a required one-to-one relation: {rows} rows need {rows} distinct {} rows, but only {parents} are seeded",
                        plan.tables[target].model
                    ),
                ));
            }
            let pick = match (self_relation, injective) {
                (true, true) => Pick::Previous,
                (true, false) => Pick::Earlier,
                (false, true) => Pick::Injective {
                    mult: scatter(parents),
                },
                (false, false) => Pick::Skewed {
                    mult: scatter(parents),
                },
            };
            let reference = Reference {
                cols: cols.clone(),
                target,
                target_cols,
                pick,
                null_permille: if nullable { NULL_RELATION_PERMILLE } else { 0 },
                parents,
            };
            let target_name = plan.tables[target].model.clone();
            let table = &mut plan.tables[i];
            let slot = table.slots.len();
            table.slots.push(Slot::Reference(reference));
            for &c in &cols {
                table.slot_of[c] = slot;
                table.columns[c].source = format!("relation → {target_name}");
                table.columns[c].inserted = true;
            }
        }
    }
    Ok(())
}

pub(crate) fn add_join_tables(
    plan: &mut SeedPlan,
    schema: &ValidatedSchema,
    sql: &SqlSchema,
    position: &[usize],
    options: &SeedOptions,
) -> Result<(), PlanError> {
    for relation in schema
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::ImplicitManyToMany)
    {
        let name = relation.join_table_name();
        let Some(t) = sql.find_table(&name) else {
            continue;
        };
        let side = |model: seedbed_psl::ModelId| -> Option<(usize, usize)> {
            let m = schema.model(model)?;
            let table = sql.find_table(&m.database_name)?;
            let idx = *position.get(table.0 as usize)?;
            let pk = sql.table(table).primary_key.as_ref()?;
            let [col] = &pk.columns[..] else { return None };
            Some((idx, column_index(sql, table, col.column)))
        };
        let (Some((a, a_col)), Some((b, b_col))) = (side(relation.model_a), side(relation.model_b))
        else {
            return Err(refuse(
                &relation.name,
                None,
                "the join table's models have no single-column id".into(),
            ));
        };
        let join = Join {
            a,
            a_col,
            b,
            b_col,
            a_rows: plan.tables[a].rows,
            b_rows: plan.tables[b].rows,
            max_links: options.max_links,
        };
        let rows = (0..join.a_rows)
            .map(|r| join.links(plan.seed, salt(&name), r))
            .sum();
        let columns = sql
            .walk(t)
            .columns()
            .map(|c| ColumnPlan {
                name: c.name().to_owned(),
                field: c.name().to_owned(),
                inserted: true,
                source: "many-to-many link".into(),
            })
            .collect();
        plan.tables.push(TablePlan {
            model: relation.name.clone(),
            table: name.clone(),
            rows,
            columns,
            slots: Vec::new(),
            slot_of: Vec::new(),
            join: Some(join),
            salt: salt(&name),
        });
    }
    Ok(())
}
