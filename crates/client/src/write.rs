//! Writes: `create` (with nested writes, see [`crate::nested`]),
//! `createMany`, `update` (scalar sets, atomic number operations, nested relation writes),
//! `updateMany`, `upsert`, `delete`, `deleteMany`.
//!
//! A write that may run several writing statements runs inside a savepoint opened by
//! [`crate::execute`], so a failing nested write undoes the whole operation. Client-side defaults (`uuid()`, `cuid()`,
//! `nanoid()`, `ulid()`, `now()`, `@updatedAt`) are filled here; the rest are the table's.

use crate::cx::{Cx, Sql, q};
use crate::error::{ClientError, unknown_argument};
use crate::filter::{Aliases, type_name, where_sql};
use crate::meta::{self, Link};
use crate::nested::{forward_update, nested, nested_to_one_target};
use crate::read::{
    Row, check_keys, identity_cond, parse_selection, read_back, require_unique, shape,
};
use crate::value::to_db;
use seedbed_db::Value;
use seedbed_psl::{DefaultKind, FieldId, FieldWalker, ModelWalker, ScalarType};
use serde_json::{Map, Value as Json, json};

pub(crate) fn obj<'j>(
    args: &'j Map<String, Json>,
    name: &str,
) -> Result<&'j Map<String, Json>, ClientError> {
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
pub(crate) fn has_nested(m: ModelWalker<'_>, args: &Map<String, Json>) -> bool {
    ["data", "create", "update"].iter().any(|k| {
        args.get(*k).and_then(Json::as_object).is_some_and(|d| {
            d.keys()
                .any(|f| m.field(f).is_some_and(|f| f.relation_field().is_some()))
        })
    })
}

/// The result object of a single-row write: the `RETURNING` row shaped directly, or read
/// again after nested writes.
pub(crate) fn finish(
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

pub(crate) fn one_or_many(v: &Json) -> Vec<&Json> {
    match v {
        Json::Array(a) => a.iter().collect(),
        other => vec![other],
    }
}

pub(crate) fn as_obj<'j>(v: &'j Json, what: &str) -> Result<&'j Map<String, Json>, ClientError> {
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
        &["data", "select", "include", "omit"]
    } else {
        &["data"]
    };
    check_keys(args, allowed)?;
    let data = args
        .get("data")
        .ok_or_else(|| ClientError::validation("Argument `data` is missing."))?;
    // `skipDuplicates` does not exist on SQLite (Prisma rejects the argument).
    let skip = false;
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
pub(crate) fn set_fk(link: &Link<'_>, child: &Option<Row>, set: &mut Vec<(FieldId, Value)>) {
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

pub(crate) fn field<'a>(m: ModelWalker<'a>, k: &str) -> Result<FieldWalker<'a>, ClientError> {
    m.field(k).filter(|f| !f.is_ignored).ok_or_else(|| {
        let names: Vec<&str> = m.fields().map(|f| f.data().name.as_str()).collect();
        unknown_argument(k, &names)
    })
}

/// One `INSERT … RETURNING`; `None` when `OR IGNORE` skipped a duplicate.
pub(crate) fn insert(
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
pub(crate) fn find_row(
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
    let w = crate::filter::expand_unique(m, w)?;
    where_sql(m, "t0", &w, &mut sql, &mut Aliases::default())?;
    if let Some(e) = extra {
        sql.push(" AND ");
        sql.append(e);
    }
    sql.push(" LIMIT 1");
    Ok(cx.query(&sql)?.rows.into_iter().next())
}

/// `SET` clauses for scalar updates: literals, `{ set }` and atomic number operations.
pub(crate) fn scalar_sets(
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
                    // Prisma's input union rejects an object with two operations.
                    let or_null = if f.arity == seedbed_psl::Arity::Optional {
                        " or Null"
                    } else {
                        ""
                    };
                    return Err(ClientError::validation(format!(
                        "Argument `{k}`: Invalid value provided. Expected {}{or_null}, provided Object.",
                        ty.name()
                    )));
                }
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
                let value = to_db(m.schema, ty, k, arg)?;
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
pub(crate) fn push_limited_where(
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
    sql: &mut Sql,
) -> Result<(), ClientError> {
    let w = args.get("where").unwrap_or(&Json::Null);
    let limit = match args.get("limit") {
        None | Some(Json::Null) => None,
        Some(v) => Some(v.as_i64().filter(|n| *n >= 0).ok_or_else(|| {
            let details = format!("Provided limit ({v}) must be a positive integer.");
            ClientError::known(
                "P2019",
                format!("Input error. {details}"),
                json!({ "modelName": m.name, "details": details }),
            )
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
