//! Running reads: the top-level `SELECT` (filter, cursor, ordering, pagination), relation
//! loading one statement per level (`IN (…)` over parent keys, grouped in memory, nested
//! pagination per parent), relation counts, and shaping rows into result objects.

use crate::cx::{Cx, Sql, q};
use crate::error::ClientError;
use crate::filter::{Aliases, where_sql};
use crate::meta::{self, Link};
use crate::read::*;
use crate::value::to_json;
use seedbed_db::Value;
use seedbed_psl::{FieldId, ModelWalker};
use serde_json::{Map, Value as Json, json};
use std::collections::HashMap;

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
pub(crate) fn run_select(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    extra: Option<(String, String)>,
    cond: Sql,
    query: &Query,
    sql_pagination: bool,
    al: &mut Aliases,
) -> Result<Vec<(Option<Value>, Row)>, ClientError> {
    let reverse = query.take.is_some_and(|t| t < 0);
    let scalars = meta::scalars(m);
    let picked: Vec<bool> = scalars
        .iter()
        .map(|f| query.columns.as_ref().is_none_or(|c| c.contains(&f.id)))
        .collect();
    let cols: Vec<String> = scalars
        .iter()
        .zip(&picked)
        .filter(|(_, p)| **p)
        .map(|(f, _)| format!("t0.{}", q(f.database_name())))
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
            sql.push(" LIMIT ").bind(Value::Integer(t.saturating_abs()));
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
            // Back to full width: unselected columns read as NULL and are never output.
            let mut values = r.into_iter();
            let full: Row = picked
                .iter()
                .map(|p| {
                    if *p {
                        values.next().unwrap_or(Value::Null)
                    } else {
                        Value::Null
                    }
                })
                .collect();
            (key, full)
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
pub(crate) fn paginate(
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
pub(crate) fn cursor_cond(
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
    // Resolve each output key once, not once per row.
    enum Plan<'p> {
        Scalar(String, &'p seedbed_psl::ScalarType, usize),
        Relation(String, u32),
        Count,
    }
    let plan: Vec<Plan<'_>> = sel
        .layout
        .iter()
        .filter_map(|slot| {
            let Slot::Field(id) = slot else {
                return Some(Plan::Count);
            };
            let f = s.walk_field(*id)?;
            match scalars.iter().position(|x| x.id == f.id) {
                Some(pos) => Some(Plan::Scalar(f.name.clone(), meta::scalar_type(&f), pos)),
                None => Some(Plan::Relation(f.name.clone(), f.id.index)),
            }
        })
        .collect();
    for (i, row) in rows.iter().enumerate() {
        let mut o = Map::with_capacity(plan.len());
        for step in &plan {
            match step {
                Plan::Scalar(name, ty, pos) => {
                    let v = row.get(*pos).unwrap_or(&Value::Null);
                    o.insert(name.clone(), to_json(s, ty, v));
                }
                Plan::Relation(name, index) => {
                    if let Some(vals) = related.get_mut(index) {
                        o.insert(name.clone(), std::mem::take(&mut vals[i]));
                    }
                }
                Plan::Count => {
                    let c: Map<String, Json> = counts
                        .iter()
                        .map(|(n, v)| (n.clone(), json!(v[i])))
                        .collect();
                    o.insert("_count".into(), Json::Object(c));
                }
            }
        }
        objects.push(o);
    }
    Ok(objects.into_iter().map(Json::Object).collect())
}

pub(crate) fn parent_keys(
    m: ModelWalker<'_>,
    link: &Link<'_>,
    rows: &[Row],
) -> Vec<Option<Vec<Value>>> {
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
pub(crate) fn load_relation(
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
    // Related rows are grouped by their link columns, so those are fetched too.
    let mut query = query.clone();
    if link.join.is_none()
        && let Some(cols) = &mut query.columns
    {
        cols.extend(link.pairs.iter().map(|(_, c)| *c));
        cols.sort_by_key(|f| f.index);
        cols.dedup();
    }
    let query = &query;
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
pub(crate) fn count_relation(
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
