//! Writes: `create` (with nested `create`/`connect`/`connectOrCreate`/`createMany`),
//! `createMany`, `update` (scalar sets, atomic number operations, nested relation writes),
//! `updateMany`, `upsert`, `delete`, `deleteMany`.
//!
//! Every operation runs inside a savepoint opened by [`crate::execute`], so a failing
//! nested write undoes the whole operation. Client-side defaults (`uuid()`, `cuid()`,
//! `nanoid()`, `ulid()`, `now()`, `@updatedAt`) are filled here; the rest are the table's.

use crate::cx::{Cx, Sql, q};
use crate::error::{ClientError, unknown_argument};
use crate::filter::{Aliases, type_name, where_sql};
use crate::meta::{self, Link};
use crate::read::{
    Row, check_keys, identity_cond, parse_selection, read_back, require_unique, shape,
};
use crate::value::to_db;
use seedbed_db::Value;
use seedbed_psl::{DefaultKind, FieldId, FieldWalker, ModelWalker, ScalarType};
use serde_json::{Map, Value as Json, json};

fn obj<'j>(args: &'j Map<String, Json>, name: &str) -> Result<&'j Map<String, Json>, ClientError> {
    match args.get(name) {
        None => Err(ClientError::validation(format!(
            "Argument `{name}` is missing."
        ))),
        Some(Json::Object(o)) => Ok(o),
        Some(other) => Err(ClientError::validation(format!(
            "Argument `{name}`: Invalid value provided. Expected Object, provided {}.",
            type_name(other)
        ))),
    }
}

/// True when the arguments contain nested relation writes (which may change the row
/// through cascades or self-relations, so the result is read again).
fn has_nested(m: ModelWalker<'_>, args: &Map<String, Json>) -> bool {
    ["data", "create", "update"].iter().any(|k| {
        args.get(*k).and_then(Json::as_object).is_some_and(|d| {
            d.keys()
                .any(|f| m.field(f).is_some_and(|f| f.relation_field().is_some()))
        })
    })
}

/// The result object of a single-row write: the `RETURNING` row shaped directly, or read
/// again after nested writes.
fn finish(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    row: Row,
    sel: &crate::read::Selection,
    reread: bool,
) -> Result<Vec<Json>, ClientError> {
    if reread {
        read_back(cx, m, &[row], sel)
    } else {
        shape(cx, m, &[row], sel)
    }
}

fn one_or_many(v: &Json) -> Vec<&Json> {
    match v {
        Json::Array(a) => a.iter().collect(),
        other => vec![other],
    }
}

fn as_obj<'j>(v: &'j Json, what: &str) -> Result<&'j Map<String, Json>, ClientError> {
    v.as_object().ok_or_else(|| {
        ClientError::validation(format!(
            "Argument `{what}`: Invalid value provided. Expected Object, provided {}.",
            type_name(v)
        ))
    })
}

pub fn create_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(args, &["data", "select", "include", "omit"])?;
    let data = obj(args, "data")?;
    let sel = parse_selection(m, args.get("select"), args.get("include"), args.get("omit"))?;
    let row = create_record(cx, m, data, Vec::new())?;
    Ok(finish(cx, m, row, &sel, has_nested(m, args))?
        .into_iter()
        .next()
        .unwrap_or(Json::Null))
}

pub fn create_many_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
    returning: bool,
) -> Result<Json, ClientError> {
    let allowed: &[&str] = if returning {
        &["data", "skipDuplicates", "select", "include", "omit"]
    } else {
        &["data", "skipDuplicates"]
    };
    check_keys(args, allowed)?;
    let data = args
        .get("data")
        .ok_or_else(|| ClientError::validation("Argument `data` is missing."))?;
    let skip = args
        .get("skipDuplicates")
        .and_then(Json::as_bool)
        .unwrap_or(false);
    let sel = parse_selection(m, args.get("select"), args.get("include"), args.get("omit"))?;
    let mut rows = Vec::new();
    for item in one_or_many(data) {
        let d = as_obj(item, "data")?;
        if let Some(k) = d
            .keys()
            .find(|k| m.field(k).is_some_and(|f| f.relation_field().is_some()))
        {
            let names: Vec<&str> = meta::scalars(m)
                .iter()
                .map(|f| f.data().name.as_str())
                .collect();
            return Err(unknown_argument(k, &names));
        }
        if let Some(r) = insert(cx, m, d, Vec::new(), skip)? {
            rows.push(r);
        }
    }
    if returning {
        Ok(Json::Array(read_back(cx, m, &rows, &sel)?))
    } else {
        Ok(json!({ "count": rows.len() }))
    }
}

/// Inserts a row of `m` from `data` (scalars and nested relation writes) plus `preset`
/// columns (foreign keys set by a parent). Returns the stored row.
pub fn create_record(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    data: &Map<String, Json>,
    preset: Vec<(FieldId, Value)>,
) -> Result<Row, ClientError> {
    let mut scalars = Map::new();
    let mut set = preset;
    let mut later: Vec<(Link<'_>, &Json)> = Vec::new();
    for (k, v) in data {
        let f = field(m, k)?;
        if f.scalar().is_some() {
            scalars.insert(k.clone(), v.clone());
            continue;
        }
        let Some(link) = meta::link(f) else { continue };
        if link.parent_holds_fk {
            let child = nested_to_one_target(cx, &link, v)?;
            set_fk(&link, &child, &mut set);
        } else {
            later.push((link, v));
        }
    }
    let row = insert(cx, m, &scalars, set, false)?.unwrap_or_default();
    for (link, ops) in later {
        nested(cx, m, &link, &row, ops, true)?;
    }
    Ok(row)
}

/// The foreign key columns of `link`'s parent set to the referenced values of `child`.
fn set_fk(link: &Link<'_>, child: &Option<Row>, set: &mut Vec<(FieldId, Value)>) {
    for (p, c) in &link.pairs {
        let v = child
            .as_ref()
            .and_then(|r| meta::scalar_pos(link.child, *c).and_then(|i| r.get(i)))
            .cloned()
            .unwrap_or(Value::Null);
        set.retain(|(f, _)| f != p);
        set.push((*p, v));
    }
}

fn field<'a>(m: ModelWalker<'a>, k: &str) -> Result<FieldWalker<'a>, ClientError> {
    m.field(k).filter(|f| !f.is_ignored).ok_or_else(|| {
        let names: Vec<&str> = m.fields().map(|f| f.data().name.as_str()).collect();
        unknown_argument(k, &names)
    })
}

/// One `INSERT … RETURNING`; `None` when `OR IGNORE` skipped a duplicate.
fn insert(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    data: &Map<String, Json>,
    preset: Vec<(FieldId, Value)>,
    or_ignore: bool,
) -> Result<Option<Row>, ClientError> {
    let mut cols: Vec<(FieldId, Value)> = preset;
    for (k, v) in data {
        let f = field(m, k)?;
        if f.relation_field().is_some() {
            continue;
        }
        let value = to_db(m.schema, meta::scalar_type(&f), k, v)?;
        cols.retain(|(id, _)| *id != f.id);
        cols.push((f.id, value));
    }
    for f in meta::scalars(m) {
        if cols.iter().any(|(id, _)| *id == f.id) {
            continue;
        }
        let Some(s) = f.scalar() else { continue };
        let generated = match s.default.as_ref().map(|d| &d.kind) {
            Some(DefaultKind::Now) => Some(Value::Integer(cx.ctx.now_ms)),
            Some(kind) => crate::ids::generate(kind, cx.ctx).map(Value::Text),
            None if s.is_updated_at => Some(Value::Integer(cx.ctx.now_ms)),
            None => None,
        };
        if let Some(v) = generated {
            cols.push((f.id, v));
        }
    }
    let all: Vec<String> = meta::scalars(m)
        .iter()
        .map(|f| q(f.database_name()))
        .collect();
    let mut sql = Sql::new(if or_ignore {
        "INSERT OR IGNORE INTO "
    } else {
        "INSERT INTO "
    });
    sql.push(&q(&m.database_name));
    if cols.is_empty() {
        sql.push(" DEFAULT VALUES");
    } else {
        let names: Vec<String> = cols
            .iter()
            .map(|(id, _)| q(&meta::col(m.schema, *id)))
            .collect();
        sql.push(&format!(" ({}) VALUES (", names.join(", ")));
        for (i, (_, v)) in cols.into_iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind(v);
        }
        sql.push(")");
    }
    sql.push(" RETURNING ").push(&all.join(", "));
    Ok(cx.query(&sql)?.rows.into_iter().next())
}

/// The first row of `m` matching `w` (optionally also `extra`).
fn find_row(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    w: &Json,
    extra: Option<Sql>,
) -> Result<Option<Row>, ClientError> {
    let cols: Vec<String> = meta::scalars(m)
        .iter()
        .map(|f| format!("t0.{}", q(f.database_name())))
        .collect();
    let mut sql = Sql::new(format!(
        "SELECT {} FROM {} AS t0 WHERE ",
        cols.join(", "),
        q(&m.database_name)
    ));
    where_sql(m, "t0", w, &mut sql, &mut Aliases::default())?;
    if let Some(e) = extra {
        sql.push(" AND ");
        sql.append(e);
    }
    sql.push(" LIMIT 1");
    Ok(cx.query(&sql)?.rows.into_iter().next())
}

fn missing_related(link: &Link<'_>, parent: &str, op: &str, needed: bool) -> ClientError {
    let needed = if needed {
        format!(" (needed to inline the relation on '{parent}' record)")
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
fn nested_to_one_target(
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
fn linked(link: &Link<'_>, parent_m: ModelWalker<'_>, parent: &Row) -> Sql {
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
fn child_preset(link: &Link<'_>, parent_m: ModelWalker<'_>, parent: &Row) -> Vec<(FieldId, Value)> {
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

fn join_insert(
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
fn attach(
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

fn set_columns(
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
fn nested(
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
                let skip = a
                    .get("skipDuplicates")
                    .and_then(Json::as_bool)
                    .unwrap_or(false);
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
                        .ok_or_else(|| missing_related(link, &parent_m.name, op, false))?;
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
                        return Err(missing_related(link, &parent_m.name, "delete", false));
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
fn required_violation(link: &Link<'_>) -> Option<ClientError> {
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

fn unlink(
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
fn unlink_all(
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

/// `SET` clauses for scalar updates: literals, `{ set }` and atomic number operations.
fn scalar_sets(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    data: &Map<String, Json>,
    sets: &mut Vec<(FieldId, Sql)>,
) -> Result<(), ClientError> {
    for (k, v) in data {
        let f = field(m, k)?;
        if f.relation_field().is_some() {
            continue;
        }
        let ty = meta::scalar_type(&f);
        let column = q(f.database_name());
        let numeric = matches!(
            ty,
            ScalarType::Int | ScalarType::BigInt | ScalarType::Float | ScalarType::Decimal
        );
        let mut expr = Sql::default();
        match v {
            Json::Object(ops) if !matches!(ty, ScalarType::Json | ScalarType::Bytes) => {
                let Some((op, arg)) = ops.iter().next() else {
                    continue;
                };
                if ops.len() > 1 {
                    return Err(ClientError::validation(format!(
                        "Argument `{k}`: Invalid value provided. Expected exactly one operation, provided {}.",
                        ops.len()
                    )));
                }
                let value = to_db(m.schema, ty, k, arg)?;
                let sym = match op.as_str() {
                    "set" => None,
                    "increment" if numeric => Some("+"),
                    "decrement" if numeric => Some("-"),
                    "multiply" if numeric => Some("*"),
                    "divide" if numeric => Some("/"),
                    other => {
                        let opts: &[&str] = if numeric {
                            &["set", "increment", "decrement", "multiply", "divide"]
                        } else {
                            &["set"]
                        };
                        return Err(unknown_argument(other, opts));
                    }
                };
                match sym {
                    None => {
                        expr.bind(value);
                    }
                    Some(s) => {
                        expr.push(&format!("({column} {s} ")).bind(value).push(")");
                    }
                }
            }
            _ => {
                expr.bind(to_db(m.schema, ty, k, v)?);
            }
        }
        sets.retain(|(id, _)| *id != f.id);
        sets.push((f.id, expr));
    }
    // @updatedAt moves on every update unless written explicitly.
    for f in meta::scalars(m) {
        if f.scalar().is_some_and(|s| s.is_updated_at) && !sets.iter().any(|(id, _)| *id == f.id) {
            let mut e = Sql::default();
            e.bind(Value::Integer(cx.ctx.now_ms));
            sets.push((f.id, e));
        }
    }
    Ok(())
}

/// Updates one stored row (scalars, then nested writes); returns the new row.
pub fn update_record(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    row: &Row,
    data: &Map<String, Json>,
) -> Result<Row, ClientError> {
    let mut sets: Vec<(FieldId, Sql)> = Vec::new();
    let mut later = Vec::new();
    for (k, v) in data {
        let f = field(m, k)?;
        let Some(link) = meta::link(f) else { continue };
        if link.parent_holds_fk {
            forward_update(cx, m, &link, row, v, &mut sets)?;
        } else {
            later.push((link, v));
        }
    }
    scalar_sets(cx, m, data, &mut sets)?;
    let mut current = row.clone();
    if !sets.is_empty() {
        let all: Vec<String> = meta::scalars(m)
            .iter()
            .map(|f| q(f.database_name()))
            .collect();
        let mut sql = Sql::new(format!("UPDATE {} AS t0 SET ", q(&m.database_name)));
        for (i, (id, e)) in sets.into_iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.push(&format!("{} = ", q(&meta::col(m.schema, id))));
            sql.append(e);
        }
        sql.push(" WHERE ");
        sql.append(identity_cond(m, row, "t0"));
        sql.push(" RETURNING ").push(&all.join(", "));
        if let Some(r) = cx.query(&sql)?.rows.into_iter().next() {
            current = r;
        }
    }
    for (link, ops) in later {
        nested(cx, m, &link, &current, ops, false)?;
    }
    Ok(current)
}

/// Nested writes on a to-one relation whose foreign key the updated row holds.
fn forward_update(
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

pub fn update_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(args, &["where", "data", "select", "include", "omit"])?;
    require_unique(m, args.get("where"))?;
    let data = obj(args, "data")?;
    let sel = parse_selection(m, args.get("select"), args.get("include"), args.get("omit"))?;
    let w = args.get("where").unwrap_or(&Json::Null);
    let row = find_row(cx, m, w, None)?
        .ok_or_else(|| ClientError::not_found(&m.name, "No record was found for an update."))?;
    let row = update_record(cx, m, &row, data)?;
    Ok(finish(cx, m, row, &sel, has_nested(m, args))?
        .into_iter()
        .next()
        .unwrap_or(Json::Null))
}

pub fn update_many_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(args, &["where", "data", "limit"])?;
    let data = obj(args, "data")?;
    if let Some(k) = data
        .keys()
        .find(|k| m.field(k).is_some_and(|f| f.relation_field().is_some()))
    {
        let names: Vec<&str> = meta::scalars(m)
            .iter()
            .map(|f| f.data().name.as_str())
            .collect();
        return Err(unknown_argument(k, &names));
    }
    let mut sets = Vec::new();
    scalar_sets(cx, m, data, &mut sets)?;
    let mut sql = Sql::new(format!("UPDATE {} AS t0 SET ", q(&m.database_name)));
    if sets.is_empty() {
        // Nothing to write: Prisma still reports how many rows matched.
        let mut count = Sql::new(format!(
            "SELECT COUNT(*) FROM {} AS t0 WHERE ",
            q(&m.database_name)
        ));
        where_sql(
            m,
            "t0",
            args.get("where").unwrap_or(&Json::Null),
            &mut count,
            &mut Aliases::default(),
        )?;
        let n = cx
            .query(&count)?
            .rows
            .first()
            .and_then(|r| r.first())
            .and_then(Value::as_i64)
            .unwrap_or(0);
        return Ok(json!({ "count": n }));
    }
    for (i, (id, e)) in sets.into_iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.push(&format!("{} = ", q(&meta::col(m.schema, id))));
        sql.append(e);
    }
    sql.push(" WHERE ");
    push_limited_where(m, args, &mut sql)?;
    let n = cx.execute(&sql)?;
    Ok(json!({ "count": n }))
}

pub fn upsert_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(
        args,
        &["where", "create", "update", "select", "include", "omit"],
    )?;
    require_unique(m, args.get("where"))?;
    let create = obj(args, "create")?;
    let update = obj(args, "update")?;
    let sel = parse_selection(m, args.get("select"), args.get("include"), args.get("omit"))?;
    let w = args.get("where").unwrap_or(&Json::Null);
    let row = match find_row(cx, m, w, None)? {
        Some(r) => update_record(cx, m, &r, update)?,
        None => create_record(cx, m, create, Vec::new())?,
    };
    Ok(finish(cx, m, row, &sel, has_nested(m, args))?
        .into_iter()
        .next()
        .unwrap_or(Json::Null))
}

pub fn delete_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(args, &["where", "select", "include", "omit"])?;
    require_unique(m, args.get("where"))?;
    let sel = parse_selection(m, args.get("select"), args.get("include"), args.get("omit"))?;
    let w = args.get("where").unwrap_or(&Json::Null);
    let row = find_row(cx, m, w, None)?
        .ok_or_else(|| ClientError::not_found(&m.name, "No record was found for a delete."))?;
    // The result is read before the row (and its relations) disappear.
    let result = shape(cx, m, std::slice::from_ref(&row), &sel)?
        .into_iter()
        .next()
        .unwrap_or(Json::Null);
    let mut sql = Sql::new(format!("DELETE FROM {} AS t0 WHERE ", q(&m.database_name)));
    sql.append(identity_cond(m, &row, "t0"));
    cx.execute(&sql)?;
    Ok(result)
}

pub fn delete_many_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(args, &["where", "limit"])?;
    let mut sql = Sql::new(format!("DELETE FROM {} AS t0 WHERE ", q(&m.database_name)));
    push_limited_where(m, args, &mut sql)?;
    let n = cx.execute(&sql)?;
    Ok(json!({ "count": n }))
}

/// The `where` of `updateMany`/`deleteMany`, restricted to the first `limit` matching rows
/// (Prisma's tables are rowid tables, so `rowid` identifies rows of any key shape).
fn push_limited_where(
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
    sql: &mut Sql,
) -> Result<(), ClientError> {
    let w = args.get("where").unwrap_or(&Json::Null);
    let limit = match args.get("limit") {
        None | Some(Json::Null) => None,
        Some(v) => Some(v.as_i64().filter(|n| *n >= 0).ok_or_else(|| {
            ClientError::validation(format!(
                "Argument `limit`: Invalid value provided. Expected a non-negative Int, provided {v}."
            ))
        })?),
    };
    match limit {
        None => where_sql(m, "t0", w, sql, &mut Aliases::default()),
        Some(n) => {
            sql.push(&format!(
                "t0.rowid IN (SELECT t1.rowid FROM {} AS t1 WHERE ",
                q(&m.database_name)
            ));
            where_sql(m, "t1", w, sql, &mut Aliases(1))?;
            sql.push(" ORDER BY t1.rowid LIMIT ")
                .bind(Value::Integer(n));
            sql.push(")");
            Ok(())
        }
    }
}
