//! Nested relation writes inside `create`/`update`: `create`, `createMany`, `connect`,
//! `connectOrCreate`, `set`, `disconnect`, `delete`, `deleteMany`, `update`, `updateMany`,
//! `upsert`, for foreign keys on either side and implicit m:n join tables, with the engine's
//! P2014/P2017/P2018/P2025 errors.

use crate::cx::{Cx, Sql, q};
use crate::error::{ClientError, unknown_argument};
use crate::filter::{Aliases, where_sql};
use crate::meta::{self, Link};
use crate::read::{Row, identity_cond, require_unique};
use crate::write::*;
use seedbed_db::Value;
use seedbed_psl::{FieldId, ModelWalker};
use serde_json::{Map, Value as Json, json};

/// P2018: a nested `connect`/`set` target does not exist.
pub(crate) fn incomplete_connect(link: &Link<'_>, parent: &str) -> ClientError {
    ClientError::known(
        "P2018",
        format!(
            "The required connected records were not found. Expected 1 records to be connected after connect operation on {} relation '{}', found 0.",
            link.kind_text(),
            link.relation_name
        ),
        json!({ "modelName": parent, "expectedRows": 1, "relation": link.relation_name, "relationType": link.kind_text() }),
    )
}

/// P2017: a nested `delete` names a record that is not related to the parent.
pub(crate) fn not_connected(link: &Link<'_>, parent: &str) -> ClientError {
    ClientError::known(
        "P2017",
        format!(
            "The records for relation `{}` between the `{parent}` and `{}` models are not connected.",
            link.relation_name, link.child.name
        ),
        json!({ "modelName": parent, "relation": link.relation_name, "parent": parent, "child": link.child.name }),
    )
}

pub(crate) fn missing_related(
    link: &Link<'_>,
    parent: &str,
    op: &str,
    needed: bool,
) -> ClientError {
    // The engine words the purpose differently for one-to-one relations (oracle-checked).
    let needed = if needed && link.kind == seedbed_psl::RelationKind::OneToOne {
        format!(" (needed to create or connect inlined relation for '{parent}' record(s))")
    } else if needed {
        format!(" (needed to inline the relation on '{parent}' record(s))")
    } else {
        String::new()
    };
    ClientError::not_found(
        parent,
        format!(
            "No '{}' record{needed} was found for a nested {op} on {} relation '{}'.",
            link.child.name,
            link.kind_text(),
            link.relation_name
        ),
    )
}

/// For a forward to-one relation: the related row a nested `create`/`connect`/
/// `connectOrCreate` yields (`None` for `disconnect`).
pub(crate) fn nested_to_one_target(
    cx: &mut Cx<'_>,
    link: &Link<'_>,
    v: &Json,
) -> Result<Option<Row>, ClientError> {
    let ops = as_obj(v, &link.field.name)?;
    let parent = link
        .field
        .model()
        .map(|m| m.name.clone())
        .unwrap_or_default();
    let mut target = None;
    for (op, arg) in ops {
        target = match op.as_str() {
            "create" => Some(create_record(
                cx,
                link.child,
                as_obj(arg, "create")?,
                Vec::new(),
            )?),
            "connect" => {
                require_unique(link.child, Some(arg))?;
                Some(
                    find_row(cx, link.child, arg, None)?
                        .ok_or_else(|| missing_related(link, &parent, "connect", true))?,
                )
            }
            "connectOrCreate" => {
                let a = as_obj(arg, "connectOrCreate")?;
                let w = a.get("where").unwrap_or(&Json::Null);
                require_unique(link.child, Some(w))?;
                match find_row(cx, link.child, w, None)? {
                    Some(r) => Some(r),
                    None => Some(create_record(
                        cx,
                        link.child,
                        obj(a, "create")?,
                        Vec::new(),
                    )?),
                }
            }
            other => {
                return Err(unknown_argument(
                    other,
                    &["create", "connectOrCreate", "connect"],
                ));
            }
        };
    }
    Ok(target)
}

/// `child.fk = parent values` (or membership in the join table) for rows related to `parent`.
pub(crate) fn linked(link: &Link<'_>, parent_m: ModelWalker<'_>, parent: &Row) -> Sql {
    let s = parent_m.schema;
    let mut sql = Sql::default();
    let value = |id: FieldId| {
        meta::scalar_pos(parent_m, id)
            .and_then(|i| parent.get(i))
            .cloned()
            .unwrap_or(Value::Null)
    };
    if let Some((table, pc, cc)) = &link.join {
        let (p, c) = link.pairs[0];
        sql.push(&format!(
            "t0.{} IN (SELECT {} FROM {} WHERE {} = ",
            q(&meta::col(s, c)),
            q(cc),
            q(table),
            q(pc)
        ));
        sql.bind(value(p)).push(")");
    } else {
        for (i, (p, c)) in link.pairs.iter().enumerate() {
            if i > 0 {
                sql.push(" AND ");
            }
            sql.push(&format!("t0.{} = ", q(&meta::col(s, *c))))
                .bind(value(*p));
        }
    }
    sql
}

/// Presets making a new child row point at `parent` (non-join relations).
pub(crate) fn child_preset(
    link: &Link<'_>,
    parent_m: ModelWalker<'_>,
    parent: &Row,
) -> Vec<(FieldId, Value)> {
    link.pairs
        .iter()
        .map(|(p, c)| {
            (
                *c,
                meta::scalar_pos(parent_m, *p)
                    .and_then(|i| parent.get(i))
                    .cloned()
                    .unwrap_or(Value::Null),
            )
        })
        .collect()
}

pub(crate) fn join_insert(
    cx: &mut Cx<'_>,
    link: &Link<'_>,
    parent_m: ModelWalker<'_>,
    parent: &Row,
    child: &Row,
) -> Result<(), ClientError> {
    let Some((table, pc, cc)) = &link.join else {
        return Ok(());
    };
    let (p, c) = link.pairs[0];
    let pv = meta::scalar_pos(parent_m, p)
        .and_then(|i| parent.get(i))
        .cloned()
        .unwrap_or(Value::Null);
    let cv = meta::scalar_pos(link.child, c)
        .and_then(|i| child.get(i))
        .cloned()
        .unwrap_or(Value::Null);
    let mut sql = Sql::new(format!(
        "INSERT OR IGNORE INTO {} ({}, {}) VALUES (",
        q(table),
        q(pc),
        q(cc)
    ));
    sql.bind(pv).push(", ").bind(cv).push(")");
    cx.execute(&sql)?;
    Ok(())
}

/// Points an existing child at `parent` (or adds the join row).
pub(crate) fn attach(
    cx: &mut Cx<'_>,
    link: &Link<'_>,
    parent_m: ModelWalker<'_>,
    parent: &Row,
    child: &Row,
) -> Result<(), ClientError> {
    if link.join.is_some() {
        return join_insert(cx, link, parent_m, parent, child);
    }
    set_columns(cx, link.child, child, child_preset(link, parent_m, parent))
}

pub(crate) fn set_columns(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    row: &Row,
    cols: Vec<(FieldId, Value)>,
) -> Result<(), ClientError> {
    let mut sql = Sql::new(format!("UPDATE {} AS t0 SET ", q(&m.database_name)));
    for (i, (id, v)) in cols.into_iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.push(&format!("{} = ", q(&meta::col(m.schema, id))))
            .bind(v);
    }
    sql.push(" WHERE ");
    sql.append(identity_cond(m, row, "t0"));
    cx.execute(&sql)?;
    Ok(())
}

/// Nested writes on a relation whose related rows point at the parent (to-many, back side
/// of to-one, m:n). `parent` is the parent's stored row.
pub(crate) fn nested(
    cx: &mut Cx<'_>,
    parent_m: ModelWalker<'_>,
    link: &Link<'_>,
    parent: &Row,
    ops: &Json,
    creating: bool,
) -> Result<(), ClientError> {
    let ops = as_obj(ops, &link.field.name)?;
    let child = link.child;
    let options: &[&str] = if creating {
        &["create", "connectOrCreate", "connect", "createMany"]
    } else if link.many {
        &[
            "create",
            "connectOrCreate",
            "upsert",
            "createMany",
            "set",
            "disconnect",
            "delete",
            "connect",
            "update",
            "updateMany",
            "deleteMany",
        ]
    } else {
        &[
            "create",
            "connectOrCreate",
            "upsert",
            "disconnect",
            "delete",
            "connect",
            "update",
        ]
    };
    for (op, arg) in ops {
        if !options.contains(&op.as_str()) || op == "createMany" && link.join.is_some() {
            return Err(unknown_argument(op, options));
        }
        let create_child = |cx: &mut Cx<'_>, d: &Map<String, Json>| -> Result<Row, ClientError> {
            if link.join.is_some() {
                let r = create_record(cx, child, d, Vec::new())?;
                join_insert(cx, link, parent_m, parent, &r)?;
                Ok(r)
            } else {
                if !link.many && !creating {
                    // A to-one back relation holds at most one row: detach the old one.
                    unlink_all(cx, link, parent_m, parent)?;
                }
                create_record(cx, child, d, child_preset(link, parent_m, parent))
            }
        };
        match op.as_str() {
            "create" => {
                for d in one_or_many(arg) {
                    create_child(cx, as_obj(d, "create")?)?;
                }
            }
            "createMany" => {
                let a = as_obj(arg, "createMany")?;
                let skip = false;
                for d in one_or_many(a.get("data").unwrap_or(&Json::Null)) {
                    insert(
                        cx,
                        child,
                        as_obj(d, "data")?,
                        child_preset(link, parent_m, parent),
                        skip,
                    )?;
                }
            }
            "connect" | "set" => {
                if op == "set" {
                    unlink_all(cx, link, parent_m, parent)?;
                }
                for w in one_or_many(arg) {
                    require_unique(child, Some(w))?;
                    let r = find_row(cx, child, w, None)?
                        .ok_or_else(|| incomplete_connect(link, &parent_m.name))?;
                    if !link.many && link.join.is_none() {
                        unlink_all(cx, link, parent_m, parent)?;
                    }
                    attach(cx, link, parent_m, parent, &r)?;
                }
            }
            "connectOrCreate" => {
                for item in one_or_many(arg) {
                    let a = as_obj(item, "connectOrCreate")?;
                    let w = a.get("where").unwrap_or(&Json::Null);
                    require_unique(child, Some(w))?;
                    match find_row(cx, child, w, None)? {
                        Some(r) => attach(cx, link, parent_m, parent, &r)?,
                        None => {
                            create_child(cx, obj(a, "create")?)?;
                        }
                    }
                }
            }
            "disconnect" => {
                if !link.many {
                    if arg != &Json::Bool(false) {
                        unlink_all(cx, link, parent_m, parent)?;
                    }
                    continue;
                }
                for w in one_or_many(arg) {
                    if let Some(r) = find_row(cx, child, w, Some(linked(link, parent_m, parent)))? {
                        unlink(cx, link, parent_m, parent, &r)?;
                    }
                }
            }
            "delete" | "deleteMany" => {
                let filters: Vec<&Json> = if !link.many {
                    if arg == &Json::Bool(false) {
                        continue;
                    }
                    vec![&Json::Null]
                } else {
                    one_or_many(arg)
                };
                for w in filters {
                    if op == "delete" && link.many {
                        require_unique(child, Some(w))?;
                    }
                    let w = if w.is_object() { w.clone() } else { json!({}) };
                    let mut sql = Sql::new(format!(
                        "DELETE FROM {} AS t0 WHERE ",
                        q(&child.database_name)
                    ));
                    sql.append(linked(link, parent_m, parent));
                    sql.push(" AND ");
                    where_sql(child, "t0", &w, &mut sql, &mut Aliases::default())?;
                    let n = cx.execute(&sql)?;
                    if n == 0 && op == "delete" {
                        return Err(not_connected(link, &parent_m.name));
                    }
                }
            }
            "update" | "updateMany" => {
                for item in one_or_many(arg) {
                    let a = as_obj(item, op)?;
                    let (w, data) = if !link.many && !a.contains_key("data") {
                        (json!({}), a)
                    } else {
                        (
                            a.get("where").cloned().unwrap_or(json!({})),
                            obj(a, "data")?,
                        )
                    };
                    let mut sql = Sql::new(format!(
                        "SELECT {} FROM {} AS t0 WHERE ",
                        meta::scalars(child)
                            .iter()
                            .map(|f| format!("t0.{}", q(f.database_name())))
                            .collect::<Vec<_>>()
                            .join(", "),
                        q(&child.database_name)
                    ));
                    sql.append(linked(link, parent_m, parent));
                    sql.push(" AND ");
                    where_sql(child, "t0", &w, &mut sql, &mut Aliases::default())?;
                    let rows = cx.query(&sql)?.rows;
                    if rows.is_empty() && op == "update" {
                        return Err(missing_related(link, &parent_m.name, "update", false));
                    }
                    for r in rows {
                        update_record(cx, child, &r, data)?;
                    }
                }
            }
            "upsert" => {
                for item in one_or_many(arg) {
                    let a = as_obj(item, "upsert")?;
                    let w = a.get("where").cloned().unwrap_or(json!({}));
                    match find_row(cx, child, &w, Some(linked(link, parent_m, parent)))? {
                        Some(r) => {
                            update_record(cx, child, &r, obj(a, "update")?)?;
                        }
                        None => {
                            create_child(cx, obj(a, "create")?)?;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// P2014: detaching rows whose foreign key is required would orphan them.
pub(crate) fn required_violation(link: &Link<'_>) -> Option<ClientError> {
    if link.join.is_some() {
        return None;
    }
    let required = link.pairs.iter().any(|(_, c)| {
        link.child
            .schema
            .field(*c)
            .is_some_and(|f| f.arity == seedbed_psl::Arity::Required)
    });
    if !required {
        return None;
    }
    let rel = link.field.relation()?;
    let a = rel.model_a().map(|m| m.name.clone()).unwrap_or_default();
    let b = rel.model_b().map(|m| m.name.clone()).unwrap_or_default();
    Some(ClientError::known(
        "P2014",
        format!(
            "The change you are trying to make would violate the required relation '{}' between the `{a}` and `{b}` models.",
            rel.name
        ),
        json!({ "relation_name": rel.name, "model_a_name": a, "model_b_name": b }),
    ))
}

pub(crate) fn unlink(
    cx: &mut Cx<'_>,
    link: &Link<'_>,
    parent_m: ModelWalker<'_>,
    parent: &Row,
    child: &Row,
) -> Result<(), ClientError> {
    if let Some((table, pc, cc)) = &link.join {
        let (p, c) = link.pairs[0];
        let pv = meta::scalar_pos(parent_m, p)
            .and_then(|i| parent.get(i))
            .cloned()
            .unwrap_or(Value::Null);
        let cv = meta::scalar_pos(link.child, c)
            .and_then(|i| child.get(i))
            .cloned()
            .unwrap_or(Value::Null);
        let mut sql = Sql::new(format!("DELETE FROM {} WHERE {} = ", q(table), q(pc)));
        sql.bind(pv).push(&format!(" AND {} = ", q(cc))).bind(cv);
        cx.execute(&sql)?;
        return Ok(());
    }
    if let Some(e) = required_violation(link) {
        return Err(e);
    }
    let nulls = link.pairs.iter().map(|(_, c)| (*c, Value::Null)).collect();
    set_columns(cx, link.child, child, nulls)
}

/// Detaches every row related to `parent` (`set`, replacing a to-one).
pub(crate) fn unlink_all(
    cx: &mut Cx<'_>,
    link: &Link<'_>,
    parent_m: ModelWalker<'_>,
    parent: &Row,
) -> Result<(), ClientError> {
    if let Some((table, pc, _)) = &link.join {
        let (p, _) = link.pairs[0];
        let pv = meta::scalar_pos(parent_m, p)
            .and_then(|i| parent.get(i))
            .cloned()
            .unwrap_or(Value::Null);
        let mut sql = Sql::new(format!("DELETE FROM {} WHERE {} = ", q(table), q(pc)));
        sql.bind(pv);
        cx.execute(&sql)?;
        return Ok(());
    }
    if let Some(e) = required_violation(link) {
        let mut probe = Sql::new(format!(
            "SELECT 1 FROM {} AS t0 WHERE ",
            q(&link.child.database_name)
        ));
        probe.append(linked(link, parent_m, parent));
        probe.push(" LIMIT 1");
        if cx.query(&probe)?.rows.is_empty() {
            return Ok(());
        }
        return Err(e);
    }
    let mut sql = Sql::new(format!(
        "UPDATE {} AS t0 SET ",
        q(&link.child.database_name)
    ));
    for (i, (_, c)) in link.pairs.iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.push(&format!("{} = NULL", q(&meta::col(link.child.schema, *c))));
    }
    sql.push(" WHERE ");
    sql.append(linked(link, parent_m, parent));
    cx.execute(&sql)?;
    Ok(())
}

/// Nested writes on a to-one relation whose foreign key the updated row holds.
pub(crate) fn forward_update(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    link: &Link<'_>,
    row: &Row,
    v: &Json,
    sets: &mut Vec<(FieldId, Sql)>,
) -> Result<(), ClientError> {
    let ops = as_obj(v, &link.field.name)?;
    let current = |cx: &mut Cx<'_>| -> Result<Option<Row>, ClientError> {
        let mut w = Map::new();
        for (p, c) in &link.pairs {
            let val = meta::scalar_pos(m, *p)
                .and_then(|i| row.get(i))
                .cloned()
                .unwrap_or(Value::Null);
            if val.is_null() {
                return Ok(None);
            }
            let Some(cf) = m.schema.walk_field(*c) else {
                return Ok(None);
            };
            w.insert(
                cf.name.clone(),
                crate::value::to_json(m.schema, meta::scalar_type(&cf), &val),
            );
        }
        find_row(cx, link.child, &Json::Object(w), None)
    };
    let fk = |target: Option<Row>, sets: &mut Vec<(FieldId, Sql)>| {
        let mut cols = Vec::new();
        set_fk(link, &target, &mut cols);
        for (id, v) in cols {
            let mut e = Sql::default();
            e.bind(v);
            sets.retain(|(i, _)| *i != id);
            sets.push((id, e));
        }
    };
    for (op, arg) in ops {
        match op.as_str() {
            "create" | "connect" | "connectOrCreate" => {
                let mut single = Map::new();
                single.insert(op.clone(), arg.clone());
                let target = nested_to_one_target(cx, link, &Json::Object(single))?;
                fk(target, sets);
            }
            "disconnect" => {
                if arg != &Json::Bool(false) {
                    fk(None, sets);
                }
            }
            "update" => {
                let a = as_obj(arg, "update")?;
                let data = if a.contains_key("data") {
                    obj(a, "data")?
                } else {
                    a
                };
                let target =
                    current(cx)?.ok_or_else(|| missing_related(link, &m.name, "update", false))?;
                update_record(cx, link.child, &target, data)?;
            }
            "upsert" => {
                let a = as_obj(arg, "upsert")?;
                match current(cx)? {
                    Some(t) => {
                        update_record(cx, link.child, &t, obj(a, "update")?)?;
                    }
                    None => {
                        let r = create_record(cx, link.child, obj(a, "create")?, Vec::new())?;
                        fk(Some(r), sets);
                    }
                }
            }
            "delete" => {
                if arg == &Json::Bool(false) {
                    continue;
                }
                let target =
                    current(cx)?.ok_or_else(|| missing_related(link, &m.name, "delete", false))?;
                let mut sql = Sql::new(format!(
                    "DELETE FROM {} AS t0 WHERE ",
                    q(&link.child.database_name)
                ));
                sql.append(identity_cond(link.child, &target, "t0"));
                cx.execute(&sql)?;
            }
            other => {
                return Err(unknown_argument(
                    other,
                    &[
                        "create",
                        "connectOrCreate",
                        "upsert",
                        "disconnect",
                        "delete",
                        "connect",
                        "update",
                    ],
                ));
            }
        }
    }
    Ok(())
}
