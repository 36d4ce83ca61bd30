//! `where` arguments to SQL boolean expressions.
//!
//! Relation filters become correlated `EXISTS` subqueries (`some`, `none`, `every`, `is`,
//! `isNot`), so any depth composes without joins that would duplicate parent rows.
//! `contains`/`startsWith`/`endsWith` use `LIKE` like Prisma on SQLite, which makes them
//! case-insensitive for ASCII; `mode` does not exist on SQLite.

use crate::cx::{Sql, q};
use crate::error::{ClientError, unknown_argument};
use crate::meta::{self, Link};
use crate::value::to_db;
use seedbed_psl::{FieldWalker, ModelWalker, ScalarType};
use serde_json::Value as Json;

/// Fresh table aliases (`t1`, `t2`, …) for subqueries.
#[derive(Default)]
pub struct Aliases(pub usize);

impl Aliases {
    pub fn next(&mut self) -> String {
        self.0 += 1;
        format!("t{}", self.0)
    }
}

const SCALAR_OPS: &[&str] = &[
    "equals",
    "in",
    "notIn",
    "lt",
    "lte",
    "gt",
    "gte",
    "not",
    "contains",
    "startsWith",
    "endsWith",
];

/// Writes the condition for `w` on `alias` (a row of `m`) into `out`.
pub fn where_sql(
    m: ModelWalker<'_>,
    alias: &str,
    w: &Json,
    out: &mut Sql,
    al: &mut Aliases,
) -> Result<(), ClientError> {
    let obj = match w {
        Json::Object(o) => o,
        Json::Null => {
            out.push("1=1");
            return Ok(());
        }
        _ => {
            return Err(ClientError::validation(format!(
                "Argument `where`: Invalid value provided. Expected {}WhereInput, provided {}.",
                m.name,
                type_name(w)
            )));
        }
    };
    if obj.is_empty() {
        out.push("1=1");
        return Ok(());
    }
    let mut first = true;
    out.push("(");
    for (key, value) in obj {
        if !first {
            out.push(" AND ");
        }
        first = false;
        match key.as_str() {
            "AND" | "OR" | "NOT" => {
                let items: Vec<&Json> = match value {
                    Json::Array(a) => a.iter().collect(),
                    other => vec![other],
                };
                let (joiner, empty) = if key == "OR" {
                    (" OR ", "1=0")
                } else {
                    (" AND ", "1=1")
                };
                if items.is_empty() {
                    out.push(empty);
                    continue;
                }
                out.push("(");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(joiner);
                    }
                    // `NOT: [a, b]` means neither a nor b: each element is negated.
                    if key == "NOT" {
                        out.push("NOT ");
                    }
                    where_sql(m, alias, item, out, al)?;
                }
                out.push(")");
            }
            _ => {
                if let Some(f) = m.field(key).filter(|f| !f.is_ignored) {
                    if f.scalar().is_some() {
                        scalar_filter(&f, alias, value, out)?;
                        continue;
                    }
                    if let Some(link) = meta::link(f) {
                        relation_filter(&link, alias, value, out, al)?;
                        continue;
                    }
                }
                return Err(unknown_argument(key, &where_options(m)));
            }
        }
    }
    out.push(")");
    Ok(())
}

/// A `WhereUniqueInput` with its compound keys (`title_authorId: {title, authorId}`)
/// spread into plain field filters, so [`where_sql`] (which, like Prisma's `WhereInput`,
/// does not know compound keys) can filter with it.
pub fn expand_unique(m: ModelWalker<'_>, w: &Json) -> Result<Json, ClientError> {
    let Some(obj) = w.as_object() else {
        return Ok(w.clone());
    };
    let mut out = serde_json::Map::new();
    for (key, value) in obj {
        let compound = meta::uniques(m)
            .into_iter()
            .find(|u| &u.name == key && u.fields.len() > 1);
        let Some(u) = compound else {
            out.insert(key.clone(), value.clone());
            continue;
        };
        let Some(vals) = value.as_object() else {
            return Err(ClientError::validation(format!(
                "Argument `{key}`: Invalid value provided. Expected {}{}CompoundUniqueInput, provided {}.",
                m.name,
                upper_first(key),
                type_name(value)
            )));
        };
        for id in &u.fields {
            let Some(f) = m.schema.walk_field(*id) else {
                continue;
            };
            let v = vals.get(&f.name).ok_or_else(|| {
                ClientError::validation(format!("Argument `{}` is missing.", f.name))
            })?;
            out.insert(f.name.clone(), v.clone());
        }
    }
    Ok(Json::Object(out))
}

fn where_options(m: ModelWalker<'_>) -> Vec<&str> {
    let mut v: Vec<&str> = vec!["AND", "OR", "NOT"];
    v.extend(
        m.fields()
            .filter(|f| !f.is_ignored)
            .map(|f| f.data().name.as_str()),
    );
    v
}

pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub fn type_name(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "Boolean",
        Json::Number(n) if n.is_f64() => "Float",
        Json::Number(_) => "Int",
        Json::String(_) => "String",
        Json::Array(_) => "List",
        Json::Object(_) => "Object",
    }
}

/// A filter on one scalar column: a literal (equality) or an object of operators.
pub fn scalar_filter(
    f: &FieldWalker<'_>,
    alias: &str,
    value: &Json,
    out: &mut Sql,
) -> Result<(), ClientError> {
    let ty = meta::scalar_type(f);
    let column = format!("{alias}.{}", q(f.database_name()));
    let is_ops = match value {
        Json::Object(o) => {
            // A Json field's filter is always an object of operators; for Bytes the
            // Uint8Array-as-object shape is a literal.
            !matches!(ty, ScalarType::Bytes) || o.keys().any(|k| SCALAR_OPS.contains(&k.as_str()))
        }
        _ => false,
    };
    if !is_ops {
        if matches!(ty, ScalarType::Json) {
            return Err(ClientError::validation(format!(
                "Argument `{}`: Invalid value provided. Expected JsonNullableFilter, provided {}.",
                f.name,
                type_name(value)
            )));
        }
        return compare(f, &column, "=", value, out).map_err(|e| literal_error(f, value, e));
    }
    let Some(ops) = value.as_object() else {
        return Ok(());
    };
    if ops.is_empty() {
        out.push("1=1");
        return Ok(());
    }
    let is_text = matches!(ty, ScalarType::String);
    out.push("(");
    for (i, (op, v)) in ops.iter().enumerate() {
        if i > 0 {
            out.push(" AND ");
        }
        match op.as_str() {
            "equals" => compare_as(f, op, &column, "=", v, out)?,
            "lt" => compare_as(f, op, &column, "<", v, out)?,
            "lte" => compare_as(f, op, &column, "<=", v, out)?,
            "gt" => compare_as(f, op, &column, ">", v, out)?,
            "gte" => compare_as(f, op, &column, ">=", v, out)?,
            "not" => {
                if v.is_object() {
                    out.push("NOT ");
                    scalar_filter(f, alias, v, out)?;
                } else {
                    compare_as(f, op, &column, "<>", v, out)?;
                }
            }
            "in" | "notIn" => {
                let items = match v {
                    Json::Array(a) => a.clone(),
                    other => vec![other.clone()],
                };
                let items: Vec<&Json> = items.iter().filter(|x| !x.is_null()).collect();
                if items.is_empty() {
                    out.push(if op == "in" { "1=0" } else { "1=1" });
                    continue;
                }
                out.push(&column);
                out.push(if op == "in" { " IN (" } else { " NOT IN (" });
                for (j, item) in items.iter().enumerate() {
                    if j > 0 {
                        out.push(",");
                    }
                    out.bind(to_db(f.schema, ty, op, item)?);
                }
                out.push(")");
            }
            "contains" | "startsWith" | "endsWith" if is_text => {
                let Some(s) = v.as_str() else {
                    return Err(ClientError::validation(format!(
                        "Argument `{op}`: Invalid value provided. Expected String, provided {}.",
                        type_name(v)
                    )));
                };
                let pattern = match op.as_str() {
                    "contains" => format!("%{s}%"),
                    "startsWith" => format!("{s}%"),
                    _ => format!("%{s}"),
                };
                out.push(&column).push(" LIKE ");
                out.bind(pattern.into());
            }
            other => {
                let mut options = vec!["equals", "in", "notIn", "lt", "lte", "gt", "gte", "not"];
                if is_text {
                    options.extend(["contains", "startsWith", "endsWith"]);
                }
                return Err(unknown_argument(other, &options));
            }
        }
    }
    out.push(")");
    Ok(())
}

/// A literal of the wrong type where a filter or a value was expected:
/// ``Argument `id`: Invalid value provided. Expected IntFilter or Int, provided String.``
fn literal_error(f: &FieldWalker<'_>, value: &Json, e: ClientError) -> ClientError {
    if !e.message.contains("Invalid value provided") {
        return e;
    }
    let ty = meta::scalar_type(f);
    let name = match ty {
        ScalarType::Boolean => "Bool".to_owned(),
        ScalarType::Enum(id) => {
            let n = f.schema.r#enum(*id).map_or("", |e| e.name.as_str());
            return ClientError::validation(format!(
                "Argument `{}`: Invalid value provided. Expected Enum{n}{}Filter or {n}, provided {}.",
                f.name,
                if f.arity == seedbed_psl::Arity::Optional {
                    "Nullable"
                } else {
                    ""
                },
                type_name(value)
            ));
        }
        other => other.name().to_owned(),
    };
    let plain = ty.name();
    let expected = if f.arity == seedbed_psl::Arity::Optional {
        format!("{name}NullableFilter, {plain} or Null")
    } else {
        format!("{name}Filter or {plain}")
    };
    ClientError::validation(format!(
        "Argument `{}`: Invalid value provided. Expected {expected}, provided {}.",
        f.name,
        type_name(value)
    ))
}

/// A comparison inside an operator object: errors name the operator (`gt`), as Prisma's do.
fn compare_as(
    f: &FieldWalker<'_>,
    op: &str,
    column: &str,
    sql_op: &str,
    v: &Json,
    out: &mut Sql,
) -> Result<(), ClientError> {
    if v.is_null() {
        return compare(f, column, sql_op, v, out);
    }
    let value = to_db(f.schema, meta::scalar_type(f), op, v)?;
    out.push(column)
        .push(" ")
        .push(sql_op)
        .push(" ")
        .bind(value);
    Ok(())
}

fn compare(
    f: &FieldWalker<'_>,
    column: &str,
    op: &str,
    v: &Json,
    out: &mut Sql,
) -> Result<(), ClientError> {
    if v.is_null() {
        match op {
            "=" => out.push(column).push(" IS NULL"),
            "<>" => out.push(column).push(" IS NOT NULL"),
            _ => out.push("1=0"),
        };
        return Ok(());
    }
    let value = to_db(f.schema, meta::scalar_type(f), &f.name, v)?;
    out.push(column).push(" ").push(op).push(" ").bind(value);
    Ok(())
}

/// `EXISTS (SELECT 1 FROM child WHERE <linked to parent> AND <filter>)`.
pub fn exists(
    link: &Link<'_>,
    parent_alias: &str,
    filter: Option<&Json>,
    out: &mut Sql,
    al: &mut Aliases,
) -> Result<(), ClientError> {
    let s = link.child.schema;
    let t = al.next();
    out.push("EXISTS (SELECT 1 FROM ");
    out.push(&q(&link.child.database_name))
        .push(" AS ")
        .push(&t);
    if let Some((table, pc, cc)) = &link.join {
        let j = al.next();
        let (p, c) = link.pairs[0];
        out.push(&format!(
            " INNER JOIN {} AS {j} ON {j}.{} = {t}.{} WHERE {j}.{} = {parent_alias}.{}",
            q(table),
            q(cc),
            q(&meta::col(s, c)),
            q(pc),
            q(&meta::col(s, p))
        ));
    } else {
        out.push(" WHERE ");
        for (i, (p, c)) in link.pairs.iter().enumerate() {
            if i > 0 {
                out.push(" AND ");
            }
            out.push(&format!(
                "{t}.{} = {parent_alias}.{}",
                q(&meta::col(s, *c)),
                q(&meta::col(s, *p))
            ));
        }
    }
    if let Some(f) = filter {
        out.push(" AND ");
        where_sql(link.child, &t, f, out, al)?;
    }
    out.push(")");
    Ok(())
}

fn relation_filter(
    link: &Link<'_>,
    alias: &str,
    value: &Json,
    out: &mut Sql,
    al: &mut Aliases,
) -> Result<(), ClientError> {
    if value.is_null() {
        if link.many {
            return Err(ClientError::validation(format!(
                "Argument `{}`: Invalid value provided. Expected {}ListRelationFilter, provided null.",
                link.field.name, link.child.name
            )));
        }
        out.push("NOT ");
        return exists(link, alias, None, out, al);
    }
    let Some(obj) = value.as_object() else {
        return Err(ClientError::validation(format!(
            "Argument `{}`: Invalid value provided. Expected {}RelationFilter, provided {}.",
            link.field.name,
            link.child.name,
            type_name(value)
        )));
    };
    let ops: &[&str] = if link.many {
        &["every", "some", "none"]
    } else {
        &["is", "isNot"]
    };
    let uses_ops = obj.keys().any(|k| ops.contains(&k.as_str()));
    if !uses_ops {
        if link.many {
            if let Some(k) = obj.keys().next() {
                return Err(unknown_argument(k, ops));
            }
            out.push("1=1");
            return Ok(());
        }
        // `author: { name: "x" }` is shorthand for `is`.
        return exists(link, alias, Some(value), out, al);
    }
    out.push("(");
    for (i, (op, f)) in obj.iter().enumerate() {
        if i > 0 {
            out.push(" AND ");
        }
        match op.as_str() {
            "some" => exists(link, alias, Some(f), out, al)?,
            "none" => {
                out.push("NOT ");
                exists(link, alias, Some(f), out, al)?;
            }
            "every" => {
                // No related row fails the filter.
                let negated = serde_json::json!({ "NOT": f });
                out.push("NOT ");
                exists(link, alias, Some(&negated), out, al)?;
            }
            "is" | "isNot" => {
                let negate = (op == "isNot") != f.is_null();
                if negate {
                    out.push("NOT ");
                }
                exists(link, alias, (!f.is_null()).then_some(f), out, al)?;
            }
            other => return Err(unknown_argument(other, ops)),
        }
    }
    out.push(")");
    Ok(())
}
