//! Reads: `findMany`/`findFirst`/`findUnique` (and `…OrThrow`), `select`/`include`/`omit`
//! to any depth, `_count`, `orderBy`, `take`/`skip`/`cursor`, `distinct`.
//!
//! One query per relation level: related rows of all parents are fetched together with
//! `IN (…)` on the parent keys (in chunks of 999, Prisma's SQLite batch size) and grouped in
//! memory, where nested `take`/`skip`/`distinct` are applied per parent, as Prisma does.

use crate::cx::{Cx, Sql, q};
use crate::error::{ClientError, unknown_argument, unknown_field};
use crate::filter::{Aliases, type_name, where_sql};
use crate::meta::{self, Link};
use crate::value::to_json;
use seedbed_db::Value;
use seedbed_psl::{FieldId, ModelWalker};
use serde_json::{Map, Value as Json, json};
use std::collections::HashMap;

/// Parameters per statement stay below SQLite's historical limit of 999.
pub const CHUNK: usize = 999;

/// A fetched row: the values of [`meta::scalars`] in order.
pub type Row = Vec<Value>;

/// One `orderBy` item as SQL (`expr`, `ASC|DESC`), with the field when it is a scalar
/// (cursors and in-memory work need the value).
#[derive(Clone, Debug)]
pub struct Order {
    pub expr: Sql,
    pub desc: bool,
    pub nulls: Option<&'static str>,
    pub field: Option<FieldId>,
}

/// Filtering and pagination of one read.
#[derive(Clone, Default, Debug)]
pub struct Query {
    pub where_: Option<Json>,
    pub order: Vec<Order>,
    pub take: Option<i64>,
    pub skip: Option<i64>,
    pub cursor: Option<Json>,
    pub distinct: Vec<FieldId>,
}

/// What to return for each row.
#[derive(Clone, Default, Debug)]
pub struct Selection {
    pub scalars: Vec<FieldId>,
    pub relations: Vec<(FieldId, Query, Selection)>,
    pub counts: Vec<(FieldId, Option<Json>)>,
}

pub fn find_many(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(
        args,
        &[
            "where", "select", "include", "omit", "orderBy", "take", "skip", "cursor", "distinct",
        ],
    )?;
    let (query, sel) = parse_read(m, args)?;
    let rows = fetch(cx, m, &query)?;
    Ok(Json::Array(shape(cx, m, &rows, &sel)?))
}

pub fn find_one(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
    op: &str,
) -> Result<Json, ClientError> {
    let unique = op.starts_with("findUnique");
    if unique {
        check_keys(args, &["where", "select", "include", "omit"])?;
        require_unique(m, args.get("where"))?;
    } else {
        check_keys(
            args,
            &[
                "where", "select", "include", "omit", "orderBy", "take", "skip", "cursor",
                "distinct",
            ],
        )?;
    }
    let (mut query, sel) = parse_read(m, args)?;
    // findFirst with a negative take returns the last row of the reversed page.
    query.take = Some(if query.take.is_some_and(|t| t < 0) {
        -1
    } else {
        1
    });
    let rows = fetch(cx, m, &query)?;
    if rows.is_empty() {
        if op.ends_with("OrThrow") {
            return Err(ClientError::not_found(
                &m.name,
                "No record was found for a query.",
            ));
        }
        return Ok(Json::Null);
    }
    Ok(shape(cx, m, &rows, &sel)?
        .into_iter()
        .next()
        .unwrap_or(Json::Null))
}

pub fn check_keys(args: &Map<String, Json>, allowed: &[&str]) -> Result<(), ClientError> {
    for k in args.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(unknown_argument(k, allowed));
        }
    }
    Ok(())
}

/// `where` of a `WhereUniqueInput`: present, and naming at least one unique criterion.
pub fn require_unique(m: ModelWalker<'_>, w: Option<&Json>) -> Result<(), ClientError> {
    let Some(w) = w else {
        return Err(ClientError::validation("Argument `where` is missing."));
    };
    let uniques = meta::uniques(m);
    let names: Vec<String> = uniques.iter().map(|u| format!("`{}`", u.name)).collect();
    let ok = w.as_object().is_some_and(|o| {
        uniques
            .iter()
            .any(|u| o.get(&u.name).is_some_and(|v| !v.is_null()))
    });
    if ok {
        return Ok(());
    }
    let list = match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n => format!("{} or {}", names[..n - 1].join(", "), names[n - 1]),
    };
    Err(ClientError::validation(format!(
        "Argument `where` of type {}WhereUniqueInput needs at least one of {list} arguments. Available options are marked with ?.",
        m.name
    )))
}

/// The query and the selection of a read's arguments.
pub fn parse_read(
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<(Query, Selection), ClientError> {
    let query = parse_query(m, args)?;
    let sel = parse_selection(m, args.get("select"), args.get("include"), args.get("omit"))?;
    Ok((query, sel))
}

fn int_arg(args: &Map<String, Json>, name: &str) -> Result<Option<i64>, ClientError> {
    match args.get(name) {
        None | Some(Json::Null) => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| {
            ClientError::validation(format!(
                "Argument `{name}`: Invalid value provided. Expected Int, provided {}.",
                type_name(v)
            ))
        }),
    }
}

pub fn parse_query(m: ModelWalker<'_>, args: &Map<String, Json>) -> Result<Query, ClientError> {
    let take = int_arg(args, "take")?;
    let skip = int_arg(args, "skip")?;
    if skip.is_some_and(|s| s < 0) {
        return Err(ClientError::validation(
            "Invalid value for skip argument: Value can only be positive, found: ".to_owned()
                + &skip.unwrap_or(0).to_string(),
        ));
    }
    let mut order = match args.get("orderBy") {
        Some(o) => parse_order(m, "t0", o, &mut Aliases::default())?,
        None => Vec::new(),
    };
    let cursor = args.get("cursor").filter(|c| !c.is_null()).cloned();
    if let Some(c) = &cursor {
        require_unique(m, Some(c))
            .map_err(|e| ClientError::validation(e.message.replace("`where`", "`cursor`")))?;
    }
    if take.is_some() || skip.is_some() || cursor.is_some() {
        // Stable pages: Prisma appends the primary key to the ordering.
        for id in meta::identity(m) {
            if !order.iter().any(|o| o.field == Some(id)) {
                order.push(Order {
                    expr: Sql::new(format!("t0.{}", q(&meta::col(m.schema, id)))),
                    desc: false,
                    nulls: None,
                    field: Some(id),
                });
            }
        }
    }
    let distinct =
        match args.get("distinct") {
            None | Some(Json::Null) => Vec::new(),
            Some(v) => {
                let names: Vec<&Json> = match v {
                    Json::Array(a) => a.iter().collect(),
                    other => vec![other],
                };
                let mut out = Vec::new();
                for n in names {
                    let name = n.as_str().unwrap_or_default();
                    let f = meta::scalars(m).into_iter().find(|f| f.name == name).ok_or_else(|| {
                    ClientError::validation(format!(
                        "Invalid value for argument `distinct`. Expected {}ScalarFieldEnum.",
                        m.name
                    ))
                })?;
                    out.push(f.id);
                }
                out
            }
        };
    Ok(Query {
        where_: args.get("where").cloned(),
        order,
        take,
        skip,
        cursor,
        distinct,
    })
}

/// `orderBy`: an object or a list of objects, each with exactly one key.
pub fn parse_order(
    m: ModelWalker<'_>,
    alias: &str,
    v: &Json,
    al: &mut Aliases,
) -> Result<Vec<Order>, ClientError> {
    let items: Vec<&Json> = match v {
        Json::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    let mut out = Vec::new();
    for item in items {
        let Some(obj) = item.as_object() else {
            return Err(ClientError::validation(format!(
                "Argument `orderBy`: Invalid value provided. Expected {}OrderByWithRelationInput, provided {}.",
                m.name,
                type_name(item)
            )));
        };
        if obj.len() > 1 {
            return Err(ClientError::validation(format!(
                "Argument `orderBy`: Invalid value provided. Expected {}OrderByWithRelationInput, provided Object with {} keys; each orderBy object takes exactly one field, use a list for more.",
                m.name,
                obj.len()
            )));
        }
        for (key, dir) in obj {
            let field = m.field(key).filter(|f| !f.is_ignored).ok_or_else(|| {
                let names: Vec<&str> = m.fields().map(|f| f.data().name.as_str()).collect();
                unknown_argument(key, &names)
            })?;
            if field.scalar().is_some() {
                let (desc, nulls) = parse_dir(dir)?;
                out.push(Order {
                    expr: Sql::new(format!("{alias}.{}", q(field.database_name()))),
                    desc,
                    nulls,
                    field: Some(field.id),
                });
                continue;
            }
            let Some(link) = meta::link(field) else {
                continue;
            };
            let Some(inner) = dir.as_object() else {
                return Err(ClientError::validation(format!(
                    "Argument `{key}`: Invalid value provided. Expected {}OrderByRelationAggregateInput, provided {}.",
                    link.child.name,
                    type_name(dir)
                )));
            };
            if link.many {
                let dir = inner.get("_count").ok_or_else(|| {
                    unknown_argument(inner.keys().next().map_or("", String::as_str), &["_count"])
                })?;
                let (desc, _) = parse_dir(dir)?;
                let mut expr = Sql::new("(SELECT COUNT(*) FROM ");
                count_from(&link, alias, &mut expr, al);
                expr.push(")");
                out.push(Order {
                    expr,
                    desc,
                    nulls: None,
                    field: None,
                });
            } else {
                // To-one: order by a column of the related row, through a scalar subquery.
                let t = al.next();
                for o in parse_order(link.child, &t, dir, al)? {
                    let mut expr = Sql::new("(SELECT ");
                    expr.append(o.expr);
                    expr.push(&format!(
                        " FROM {} AS {t} WHERE ",
                        q(&link.child.database_name)
                    ));
                    push_pairs(&link, alias, &t, &mut expr);
                    expr.push(")");
                    out.push(Order {
                        expr,
                        desc: o.desc,
                        nulls: o.nulls,
                        field: None,
                    });
                }
            }
        }
    }
    Ok(out)
}

fn parse_dir(v: &Json) -> Result<(bool, Option<&'static str>), ClientError> {
    let (sort, nulls) = match v {
        Json::Object(o) => (o.get("sort").unwrap_or(&Json::Null), o.get("nulls")),
        other => (other, None),
    };
    let desc = match sort.as_str() {
        Some("asc") => false,
        Some("desc") => true,
        _ => {
            return Err(ClientError::validation(format!(
                "Invalid value for argument `orderBy`: expected `asc` or `desc`, provided {}.",
                sort
            )));
        }
    };
    let nulls = match nulls.and_then(Json::as_str) {
        Some("first") => Some("NULLS FIRST"),
        Some("last") => Some("NULLS LAST"),
        _ => None,
    };
    Ok((desc, nulls))
}

/// `"child" AS t WHERE t.fk = parent.pk` (or through the join table), for counts.
fn count_from(link: &Link<'_>, parent_alias: &str, out: &mut Sql, al: &mut Aliases) {
    let s = link.child.schema;
    let t = al.next();
    if let Some((table, pc, _)) = &link.join {
        let (p, _) = link.pairs[0];
        out.push(&format!(
            "{} AS {t} WHERE {t}.{} = {parent_alias}.{}",
            q(table),
            q(pc),
            q(&meta::col(s, p))
        ));
    } else {
        out.push(&format!("{} AS {t} WHERE ", q(&link.child.database_name)));
        push_pairs(link, parent_alias, &t, out);
    }
}

fn push_pairs(link: &Link<'_>, parent_alias: &str, child_alias: &str, out: &mut Sql) {
    let s = link.child.schema;
    for (i, (p, c)) in link.pairs.iter().enumerate() {
        if i > 0 {
            out.push(" AND ");
        }
        out.push(&format!(
            "{child_alias}.{} = {parent_alias}.{}",
            q(&meta::col(s, *c)),
            q(&meta::col(s, *p))
        ));
    }
}

pub fn parse_selection(
    m: ModelWalker<'_>,
    select: Option<&Json>,
    include: Option<&Json>,
    omit: Option<&Json>,
) -> Result<Selection, ClientError> {
    let select = select.filter(|v| !v.is_null());
    let include = include.filter(|v| !v.is_null());
    if select.is_some() && include.is_some() {
        return Err(ClientError::validation(
            "Please either use `include` or `select`, but not both at the same time.",
        ));
    }
    let scalars = meta::scalars(m);
    let mut sel = Selection::default();
    let (spec, statement) = match (select, include) {
        (Some(s), _) => (s, "select"),
        (None, Some(i)) => (i, "include"),
        (None, None) => (&Json::Null, "include"),
    };
    if statement == "include" {
        let omitted: Vec<&str> = omit
            .and_then(Json::as_object)
            .map(|o| {
                o.iter()
                    .filter(|(_, v)| v.as_bool() == Some(true))
                    .map(|(k, _)| k.as_str())
                    .collect()
            })
            .unwrap_or_default();
        sel.scalars = scalars
            .iter()
            .filter(|f| !omitted.contains(&f.name.as_str()))
            .map(|f| f.id)
            .collect();
    }
    let Some(obj) = spec.as_object() else {
        if spec.is_null() {
            return Ok(sel);
        }
        return Err(ClientError::validation(format!(
            "Argument `{statement}`: Invalid value provided. Expected {}{}, provided {}.",
            m.name,
            if statement == "select" {
                "Select"
            } else {
                "Include"
            },
            type_name(spec)
        )));
    };
    let options: Vec<&str> = m
        .fields()
        .filter(|f| !f.is_ignored && (statement == "select" || f.relation_field().is_some()))
        .map(|f| f.data().name.as_str())
        .chain(std::iter::once("_count"))
        .collect();
    for (key, value) in obj {
        if value == &Json::Bool(false) || value.is_null() {
            continue;
        }
        if key == "_count" {
            sel.counts = parse_count_selection(m, value)?;
            continue;
        }
        let Some(f) = m.field(key).filter(|f| !f.is_ignored) else {
            return Err(unknown_field(key, statement, &m.name, &options));
        };
        if f.scalar().is_some() {
            if statement == "include" {
                return Err(ClientError::validation(format!(
                    "Invalid scalar field `{key}` for include statement on model `{}`. Note that include statements only accept relation fields.",
                    m.name
                )));
            }
            sel.scalars.push(f.id);
            continue;
        }
        let Some(link) = meta::link(f) else { continue };
        let (query, inner) = match value {
            Json::Object(args) => {
                let allowed: &[&str] = if link.many {
                    &[
                        "where", "select", "include", "omit", "orderBy", "take", "skip", "cursor",
                        "distinct",
                    ]
                } else {
                    &["select", "include", "omit"]
                };
                check_keys(args, allowed)?;
                parse_read(link.child, args)?
            }
            Json::Bool(true) => (
                Query::default(),
                parse_selection(link.child, None, None, None)?,
            ),
            other => {
                return Err(ClientError::validation(format!(
                    "Argument `{key}`: Invalid value provided. Expected Boolean or {}DefaultArgs, provided {}.",
                    link.child.name,
                    type_name(other)
                )));
            }
        };
        sel.relations.push((f.id, query, inner));
    }
    // Schema order, whatever order the selection was written in.
    sel.scalars.sort_by_key(|id| id.index);
    sel.relations.sort_by_key(|(id, _, _)| id.index);
    Ok(sel)
}

fn parse_count_selection(
    m: ModelWalker<'_>,
    v: &Json,
) -> Result<Vec<(FieldId, Option<Json>)>, ClientError> {
    let many: Vec<_> = meta::relations(m)
        .into_iter()
        .filter(|f| f.arity == seedbed_psl::Arity::List)
        .collect();
    if v == &Json::Bool(true) {
        return Ok(many.iter().map(|f| (f.id, None)).collect());
    }
    let names: Vec<&str> = many.iter().map(|f| f.data().name.as_str()).collect();
    let select = v
        .as_object()
        .and_then(|o| o.get("select"))
        .and_then(Json::as_object);
    let Some(select) = select else {
        return Err(unknown_argument(
            v.as_object()
                .and_then(|o| o.keys().next())
                .map_or("_count", String::as_str),
            &["select"],
        ));
    };
    let mut out = Vec::new();
    for (k, val) in select {
        let f = many.iter().find(|f| &f.name == k).ok_or_else(|| {
            unknown_field(k, "select", &format!("{}CountOutputType", m.name), &names)
        })?;
        match val {
            Json::Bool(true) => out.push((f.id, None)),
            Json::Bool(false) => {}
            Json::Object(o) => out.push((f.id, o.get("where").cloned())),
            _ => {}
        }
    }
    out.sort_by_key(|(id, _)| id.index);
    Ok(out)
}

/// Top-level rows of `m` matching `query` (pagination in SQL unless `distinct` needs memory).
pub fn fetch(cx: &mut Cx<'_>, m: ModelWalker<'_>, query: &Query) -> Result<Vec<Row>, ClientError> {
    let mut al = Aliases::default();
    let mut cond = Sql::default();
    where_sql(
        m,
        "t0",
        query.where_.as_ref().unwrap_or(&Json::Null),
        &mut cond,
        &mut al,
    )?;
    let rows = run_select(cx, m, None, cond, query, true, &mut al)?;
    Ok(rows.into_iter().map(|(_, r)| r).collect())
}

/// `SELECT [extra,] columns FROM model AS t0 [join] WHERE cond [cursor] ORDER BY … [LIMIT]`.
/// `extra` is (join clause, key expression) for related rows loaded through a join table.
fn run_select(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    extra: Option<(String, String)>,
    cond: Sql,
    query: &Query,
    sql_pagination: bool,
    al: &mut Aliases,
) -> Result<Vec<(Option<Value>, Row)>, ClientError> {
    let reverse = query.take.is_some_and(|t| t < 0);
    let cols: Vec<String> = meta::scalars(m)
        .iter()
        .map(|f| format!("t0.{}", q(f.database_name())))
        .collect();
    let mut sql = Sql::new("SELECT ");
    if let Some((_, key)) = &extra {
        sql.push(key).push(", ");
    }
    sql.push(&cols.join(", "));
    sql.push(&format!(" FROM {} AS t0", q(&m.database_name)));
    if let Some((join, _)) = &extra {
        sql.push(join);
    }
    sql.push(" WHERE ");
    sql.append(cond);
    if let Some(c) = &query.cursor {
        sql.push(" AND ");
        let cc = cursor_cond(cx, m, c, &query.order, reverse, al)?;
        sql.append(cc);
    }
    if !query.order.is_empty() {
        sql.push(" ORDER BY ");
        for (i, o) in query.order.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.append(o.expr.clone());
            sql.push(if o.desc != reverse { " DESC" } else { " ASC" });
            if let Some(n) = o.nulls {
                sql.push(" ").push(n);
            }
        }
    }
    let memory = !sql_pagination || !query.distinct.is_empty();
    if !memory {
        if let Some(t) = query.take {
            sql.push(" LIMIT ").bind(Value::Integer(t.abs()));
        } else if query.skip.is_some() {
            sql.push(" LIMIT -1");
        }
        if let Some(s) = query.skip {
            sql.push(" OFFSET ").bind(Value::Integer(s));
        }
    }
    let rows = cx.query(&sql)?;
    let with_key = extra.is_some();
    let mut out: Vec<(Option<Value>, Row)> = rows
        .rows
        .into_iter()
        .map(|mut r| {
            let key = if with_key && !r.is_empty() {
                Some(r.remove(0))
            } else {
                None
            };
            (key, r)
        })
        .collect();
    if sql_pagination && memory {
        out = paginate(m, out, query);
    } else if reverse && sql_pagination {
        out.reverse();
    }
    Ok(out)
}

/// In-memory `distinct`, `skip`, `take` (rows arrive in the query's order, reversed for a
/// negative take).
fn paginate(
    m: ModelWalker<'_>,
    rows: Vec<(Option<Value>, Row)>,
    query: &Query,
) -> Vec<(Option<Value>, Row)> {
    let positions: Vec<usize> = query
        .distinct
        .iter()
        .filter_map(|id| meta::scalar_pos(m, *id))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<_> = rows
        .into_iter()
        .filter(|(_, r)| {
            positions.is_empty() || seen.insert(key(positions.iter().filter_map(|p| r.get(*p))))
        })
        .skip(query.skip.unwrap_or(0).max(0) as usize)
        .collect();
    if let Some(t) = query.take {
        out.truncate(t.unsigned_abs() as usize);
        if t < 0 {
            out.reverse();
        }
    }
    out
}

/// Rows at or after the cursor row in the ordering (lexicographic over scalar orderings).
fn cursor_cond(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    cursor: &Json,
    order: &[Order],
    reverse: bool,
    al: &mut Aliases,
) -> Result<Sql, ClientError> {
    let fields: Vec<(FieldId, bool)> = order
        .iter()
        .filter_map(|o| o.field.map(|f| (f, o.desc != reverse)))
        .collect();
    let mut find = Sql::new("SELECT ");
    let cols: Vec<String> = fields
        .iter()
        .map(|(f, _)| format!("t0.{}", q(&meta::col(m.schema, *f))))
        .collect();
    find.push(&cols.join(", "));
    find.push(&format!(" FROM {} AS t0 WHERE ", q(&m.database_name)));
    where_sql(m, "t0", cursor, &mut find, al)?;
    find.push(" LIMIT 1");
    let rows = cx.query(&find)?;
    let Some(row) = rows.rows.into_iter().next() else {
        return Ok(Sql::new("1=0"));
    };
    let mut out = Sql::new("(");
    for i in 0..fields.len() {
        if i > 0 {
            out.push(" OR ");
        }
        out.push("(");
        for (j, (f, desc)) in fields.iter().enumerate().take(i + 1) {
            if j > 0 {
                out.push(" AND ");
            }
            let column = format!("t0.{}", q(&meta::col(m.schema, *f)));
            let op = if j < i {
                "="
            } else if *desc {
                "<"
            } else {
                ">"
            };
            out.push(&column)
                .push(&format!(" {op} "))
                .bind(row.get(j).cloned().unwrap_or(Value::Null));
        }
        out.push(")");
    }
    out.push(" OR (");
    for (j, (f, _)) in fields.iter().enumerate() {
        if j > 0 {
            out.push(" AND ");
        }
        out.push(&format!("t0.{} = ", q(&meta::col(m.schema, *f))))
            .bind(row.get(j).cloned().unwrap_or(Value::Null));
    }
    if fields.is_empty() {
        out.push("1=1");
    }
    out.push("))");
    Ok(out)
}

/// A hashable key for a tuple of values.
pub fn key<'v>(vals: impl Iterator<Item = &'v Value>) -> String {
    let mut s = String::new();
    for v in vals {
        match v {
            Value::Null => s.push_str("n|"),
            Value::Integer(i) => s.push_str(&format!("i{i}|")),
            Value::Real(f) if f.fract() == 0.0 => s.push_str(&format!("i{}|", *f as i64)),
            Value::Real(f) => s.push_str(&format!("r{f}|")),
            Value::Text(t) => s.push_str(&format!("t{}:{t}|", t.len())),
            Value::Blob(b) => s.push_str(&format!("b{b:?}|")),
        }
    }
    s
}

/// Builds result objects for `rows`, loading selected relations level by level.
pub fn shape(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    rows: &[Row],
    sel: &Selection,
) -> Result<Vec<Json>, ClientError> {
    let s = m.schema;
    let scalars = meta::scalars(m);
    let mut objects: Vec<Map<String, Json>> = Vec::with_capacity(rows.len());
    // Relation values per field index, per row.
    let mut related: HashMap<u32, Vec<Json>> = HashMap::new();
    for (fid, query, inner) in &sel.relations {
        let Some(f) = s.walk_field(*fid) else {
            continue;
        };
        let Some(link) = meta::link(f) else { continue };
        related.insert(fid.index, load_relation(cx, m, &link, rows, query, inner)?);
    }
    let mut counts: Vec<(String, Vec<i64>)> = Vec::new();
    for (fid, filter) in &sel.counts {
        let Some(f) = s.walk_field(*fid) else {
            continue;
        };
        let Some(link) = meta::link(f) else { continue };
        counts.push((
            f.name.clone(),
            count_relation(cx, m, &link, rows, filter.as_ref())?,
        ));
    }
    for (i, row) in rows.iter().enumerate() {
        let mut o = Map::new();
        for f in m.fields() {
            if let Some(pos) = scalars.iter().position(|x| x.id == f.id) {
                if sel.scalars.contains(&f.id) {
                    let v = row.get(pos).unwrap_or(&Value::Null);
                    o.insert(f.name.clone(), to_json(s, meta::scalar_type(&f), v));
                }
            } else if let Some(vals) = related.get_mut(&f.id.index) {
                o.insert(f.name.clone(), std::mem::take(&mut vals[i]));
            }
        }
        if !counts.is_empty() {
            let c: Map<String, Json> = counts
                .iter()
                .map(|(n, v)| (n.clone(), json!(v[i])))
                .collect();
            o.insert("_count".into(), Json::Object(c));
        }
        objects.push(o);
    }
    Ok(objects.into_iter().map(Json::Object).collect())
}

fn parent_keys(m: ModelWalker<'_>, link: &Link<'_>, rows: &[Row]) -> Vec<Option<Vec<Value>>> {
    let pos: Vec<Option<usize>> = link
        .pairs
        .iter()
        .map(|(p, _)| meta::scalar_pos(m, *p))
        .collect();
    rows.iter()
        .map(|r| {
            let vals: Vec<Value> = pos
                .iter()
                .map(|p| p.and_then(|p| r.get(p)).cloned().unwrap_or(Value::Null))
                .collect();
            (!vals.iter().any(Value::is_null)).then_some(vals)
        })
        .collect()
}

/// Related rows for every parent row, as JSON (a list, an object or null per parent).
fn load_relation(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    link: &Link<'_>,
    rows: &[Row],
    query: &Query,
    inner: &Selection,
) -> Result<Vec<Json>, ClientError> {
    let s = m.schema;
    let keys = parent_keys(m, link, rows);
    let mut unique: Vec<&Vec<Value>> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for k in keys.iter().flatten() {
        if seen.insert(key(k.iter())) {
            unique.push(k);
        }
    }
    let child = link.child;
    let child_pos: Vec<Option<usize>> = link
        .pairs
        .iter()
        .map(|(_, c)| meta::scalar_pos(child, *c))
        .collect();
    let mut groups: HashMap<String, Vec<Row>> = HashMap::new();
    let width = link.pairs.len().max(1);
    for chunk in unique.chunks((CHUNK / width).max(1)) {
        let mut al = Aliases::default();
        let mut cond = Sql::default();
        let extra = link.join.as_ref().map(|(table, pc, cc)| {
            let (_, c) = link.pairs[0];
            (
                format!(
                    " INNER JOIN {} AS j0 ON j0.{} = t0.{}",
                    q(table),
                    q(cc),
                    q(&meta::col(s, c))
                ),
                format!("j0.{}", q(pc)),
            )
        });
        if let Some((_, k)) = &extra {
            cond.push(k).push(" IN (");
            for (i, vals) in chunk.iter().enumerate() {
                if i > 0 {
                    cond.push(",");
                }
                cond.bind(vals[0].clone());
            }
            cond.push(")");
        } else if link.pairs.len() == 1 {
            cond.push(&format!("t0.{} IN (", q(&meta::col(s, link.pairs[0].1))));
            for (i, vals) in chunk.iter().enumerate() {
                if i > 0 {
                    cond.push(",");
                }
                cond.bind(vals[0].clone());
            }
            cond.push(")");
        } else {
            cond.push("(");
            for (i, vals) in chunk.iter().enumerate() {
                if i > 0 {
                    cond.push(" OR ");
                }
                cond.push("(");
                for (j, (_, c)) in link.pairs.iter().enumerate() {
                    if j > 0 {
                        cond.push(" AND ");
                    }
                    cond.push(&format!("t0.{} = ", q(&meta::col(s, *c))))
                        .bind(vals[j].clone());
                }
                cond.push(")");
            }
            cond.push(")");
        }
        if let Some(w) = &query.where_ {
            cond.push(" AND ");
            where_sql(child, "t0", w, &mut cond, &mut al)?;
        }
        for (k, row) in run_select(cx, child, extra, cond, query, false, &mut al)? {
            let group_key = match k {
                Some(k) => key(std::iter::once(&k)),
                None => key(child_pos
                    .iter()
                    .map(|p| p.and_then(|p| row.get(p)).unwrap_or(&Value::Null))),
            };
            groups.entry(group_key).or_default().push(row);
        }
    }
    // Per-parent pagination, then one shaping pass over all children (one query per level).
    let mut per_parent: Vec<Vec<Row>> = Vec::with_capacity(rows.len());
    for k in &keys {
        let children = k
            .as_ref()
            .and_then(|k| groups.get(&key(k.iter())))
            .cloned()
            .unwrap_or_default();
        let paged = paginate(
            child,
            children.into_iter().map(|r| (None, r)).collect(),
            query,
        );
        per_parent.push(paged.into_iter().map(|(_, r)| r).collect());
    }
    let flat: Vec<Row> = per_parent.iter().flatten().cloned().collect();
    let mut shaped = shape(cx, child, &flat, inner)?.into_iter();
    let mut out = Vec::with_capacity(rows.len());
    for group in per_parent {
        let items: Vec<Json> = shaped.by_ref().take(group.len()).collect();
        out.push(if link.many {
            Json::Array(items)
        } else {
            items.into_iter().next().unwrap_or(Json::Null)
        });
    }
    Ok(out)
}

/// `_count` of a to-many relation for every parent row, in one grouped query.
fn count_relation(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    link: &Link<'_>,
    rows: &[Row],
    filter: Option<&Json>,
) -> Result<Vec<i64>, ClientError> {
    let s = m.schema;
    let keys = parent_keys(m, link, rows);
    let mut counts: HashMap<String, i64> = HashMap::new();
    let firsts: Vec<Value> = keys.iter().flatten().map(|k| k[0].clone()).collect();
    for chunk in firsts.chunks(CHUNK) {
        let mut al = Aliases::default();
        let mut sql = Sql::default();
        let group_col = if let Some((table, pc, cc)) = &link.join {
            let (_, c) = link.pairs[0];
            sql.push(&format!(
                "SELECT j0.{pc}, COUNT(*) FROM {} AS j0 INNER JOIN {} AS t0 ON t0.{} = j0.{} WHERE j0.{pc} IN (",
                q(table),
                q(&link.child.database_name),
                q(&meta::col(s, c)),
                q(cc),
                pc = q(pc)
            ));
            format!("j0.{}", q(pc))
        } else {
            let c = q(&meta::col(s, link.pairs[0].1));
            sql.push(&format!(
                "SELECT t0.{c}, COUNT(*) FROM {} AS t0 WHERE t0.{c} IN (",
                q(&link.child.database_name)
            ));
            format!("t0.{c}")
        };
        for (i, v) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(",");
            }
            sql.bind(v.clone());
        }
        sql.push(")");
        if let Some(w) = filter {
            sql.push(" AND ");
            where_sql(link.child, "t0", w, &mut sql, &mut al)?;
        }
        sql.push(&format!(" GROUP BY {group_col}"));
        for r in cx.query(&sql)?.rows {
            if let (Some(k), Some(Value::Integer(n))) = (r.first(), r.get(1)) {
                counts.insert(key(std::iter::once(k)), *n);
            }
        }
    }
    Ok(keys
        .iter()
        .map(|k| {
            k.as_ref()
                .and_then(|k| counts.get(&key(k.iter().take(1))))
                .copied()
                .unwrap_or(0)
        })
        .collect())
}

/// Used by writes: `WHERE` for one row by its identity values.
pub fn identity_cond(m: ModelWalker<'_>, row: &Row, alias: &str) -> Sql {
    let mut sql = Sql::default();
    for (i, id) in meta::identity(m).iter().enumerate() {
        if i > 0 {
            sql.push(" AND ");
        }
        let v = meta::scalar_pos(m, *id)
            .and_then(|p| row.get(p))
            .cloned()
            .unwrap_or(Value::Null);
        sql.push(&format!("{alias}.{} = ", q(&meta::col(m.schema, *id))))
            .bind(v);
    }
    if sql.text.is_empty() {
        sql.push("1=0");
    }
    sql
}

/// Re-reads rows by identity with a selection (the result of a write).
pub fn read_back(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    rows: &[Row],
    sel: &Selection,
) -> Result<Vec<Json>, ClientError> {
    let mut fresh = Vec::new();
    for r in rows {
        let mut sql = Sql::new("SELECT ");
        let cols: Vec<String> = meta::scalars(m)
            .iter()
            .map(|f| format!("t0.{}", q(f.database_name())))
            .collect();
        sql.push(&cols.join(", "));
        sql.push(&format!(" FROM {} AS t0 WHERE ", q(&m.database_name)));
        sql.append(identity_cond(m, r, "t0"));
        sql.push(" LIMIT 1");
        fresh.extend(cx.query(&sql)?.rows);
    }
    shape(cx, m, &fresh, sel)
}
