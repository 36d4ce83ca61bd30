//! Reads: `findMany`/`findFirst`/`findUnique` (and `…OrThrow`), `select`/`include`/`omit`
//! to any depth, `_count`, `orderBy`, `take`/`skip`/`cursor`, `distinct`.
//!
//! One query per relation level: related rows of all parents are fetched together with
//! `IN (…)` on the parent keys (in chunks of 999, Prisma's SQLite batch size) and grouped in
//! memory, where nested `take`/`skip`/`distinct` are applied per parent, as Prisma does.

use crate::cx::{Cx, Sql, q};
use crate::error::{ClientError, unknown_argument};
use crate::filter::{Aliases, type_name};
use crate::meta::{self, Link};
use seedbed_db::Value;
use seedbed_psl::{FieldId, ModelWalker};
use serde_json::{Map, Value as Json};

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
    /// The columns to select (`None`: all). Selecting only what the result needs matters
    /// beyond speed: SQLite may then scan a covering index, which decides the row order of
    /// queries without `orderBy`, and Prisma selects only what it needs.
    pub columns: Option<Vec<FieldId>>,
}

/// One key of a result object.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Slot {
    Field(FieldId),
    Count,
}

/// What to return for each row.
#[derive(Clone, Default, Debug)]
pub struct Selection {
    /// Output keys in order: what `select` names, in the order written; for `include` (and
    /// no selection) every scalar in schema order, then the included keys as written.
    /// (Prisma's results follow the selection, which the oracle confirms.)
    pub layout: Vec<Slot>,
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
    if unique && let Some(w) = &query.where_ {
        query.where_ = Some(crate::filter::expand_unique(m, w)?);
    }
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
    let mut query = parse_query(m, args)?;
    let sel = parse_selection(m, args.get("select"), args.get("include"), args.get("omit"))?;
    query.columns = Some(needed_columns(m, &sel, &query));
    Ok((query, sel))
}

pub(crate) fn int_arg(args: &Map<String, Json>, name: &str) -> Result<Option<i64>, ClientError> {
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

/// The scalar fields a result needs: the selected ones, the keys of selected relations and
/// counts, and `distinct` fields (in schema order; never empty).
pub fn needed_columns(m: ModelWalker<'_>, sel: &Selection, query: &Query) -> Vec<FieldId> {
    let mut out: Vec<FieldId> = sel.scalars.clone();
    let relation_fields = sel
        .relations
        .iter()
        .map(|(f, _, _)| *f)
        .chain(sel.counts.iter().map(|(f, _)| *f));
    for fid in relation_fields {
        if let Some(link) = m.schema.walk_field(fid).and_then(meta::link) {
            out.extend(link.pairs.iter().map(|(p, _)| *p));
        }
    }
    out.extend(query.distinct.iter().copied());
    if out.is_empty() {
        out.extend(meta::identity(m).into_iter().take(1));
    }
    out.sort_by_key(|f| f.index);
    out.dedup();
    out
}

pub fn parse_query(m: ModelWalker<'_>, args: &Map<String, Json>) -> Result<Query, ClientError> {
    let take = int_arg(args, "take")?;
    let skip = int_arg(args, "skip")?;
    if let Some(s) = skip.filter(|s| *s < 0) {
        return Err(ClientError::unknown(format!(
            "AssertionError(\"Invalid value for skip argument: Value can only be positive, found: {s}\")"
        )));
    }
    // `skip: 0` is no pagination (no ordering is added for it).
    let skip = skip.filter(|s| *s != 0);
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
    let cursor = match args.get("cursor").filter(|c| !c.is_null()) {
        Some(c) => Some(crate::filter::expand_unique(m, c)?),
        None => None,
    };
    if let Some(c) = args.get("cursor").filter(|c| !c.is_null()) {
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
        columns: None,
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
                "Argument `orderBy`: Invalid value provided. Expected {}OrderByWithRelationInput[], provided Object.",
                m.name
            )));
        }
        for (key, dir) in obj {
            let field = m.field(key).filter(|f| !f.is_ignored).ok_or_else(|| {
                let names: Vec<&str> = m.fields().map(|f| f.data().name.as_str()).collect();
                unknown_argument(key, &names)
            })?;
            if field.scalar().is_some() {
                let (desc, nulls) = parse_dir(dir).map_err(|_| {
                    ClientError::validation(format!(
                        "Invalid value for argument `{key}`. Expected SortOrder."
                    ))
                })?;
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

pub(crate) fn parse_dir(v: &Json) -> Result<(bool, Option<&'static str>), ClientError> {
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
pub(crate) fn count_from(link: &Link<'_>, parent_alias: &str, out: &mut Sql, al: &mut Aliases) {
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

pub(crate) fn push_pairs(link: &Link<'_>, parent_alias: &str, child_alias: &str, out: &mut Sql) {
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

pub use crate::load::{fetch, identity_cond, key, read_back, shape};
pub use crate::selection::parse_selection;
