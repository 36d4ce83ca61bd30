//! `count`, `aggregate` and `groupBy`.
//!
//! Rows are selected with the same filtering/pagination as reads (one statement) and the
//! aggregates are computed in memory, which keeps Prisma's typing rules in one place:
//! `_avg` is a Float (Decimal for Decimal), `_sum` keeps the field type (null over no
//! values), `_count` counts non-null values and `_all` counts rows.

use crate::cx::Cx;
use crate::error::{ClientError, unknown_argument, unknown_field};
use crate::meta;
use crate::read::{Query, Row, check_keys, fetch, key, parse_query};
use crate::value::{as_f64, decimal_string, number, to_json};
use seedbed_db::Value;
use seedbed_psl::{FieldWalker, ModelWalker, ScalarType};
use serde_json::{Map, Value as Json, json};
use std::cmp::Ordering;

pub fn count_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    if args.contains_key("include") {
        // count() is a select of `_count` internally, hence Prisma's message.
        return Err(ClientError::validation(
            "Please either use `include` or `select`, but not both at the same time.",
        ));
    }
    check_keys(
        args,
        &[
            "where", "orderBy", "take", "skip", "cursor", "distinct", "select",
        ],
    )?;
    let query = parse_query(m, args)?;
    let rows = fetch(cx, m, &query)?;
    match args.get("select") {
        Some(Json::Object(sel)) => count_object(m, &rows, &Json::Object(sel.clone())),
        _ => Ok(json!(rows.len())),
    }
}

fn count_object(m: ModelWalker<'_>, rows: &[Row], sel: &Json) -> Result<Json, ClientError> {
    if sel == &Json::Bool(true) {
        return Ok(json!(rows.len()));
    }
    let Some(sel) = sel.as_object() else {
        return Ok(json!(rows.len()));
    };
    let scalars = meta::scalars(m);
    let names: Vec<&str> = std::iter::once("_all")
        .chain(scalars.iter().map(|f| f.data().name.as_str()))
        .collect();
    let mut out = Map::new();
    for (k, v) in sel {
        if v != &Json::Bool(true) {
            continue;
        }
        if k == "_all" {
            out.insert(k.clone(), json!(rows.len()));
            continue;
        }
        let pos = scalars.iter().position(|f| &f.name == k).ok_or_else(|| {
            unknown_field(
                k,
                "select",
                &format!("{}CountAggregateOutputType", m.name),
                &names,
            )
        })?;
        let n = rows
            .iter()
            .filter(|r| r.get(pos).is_some_and(|v| !v.is_null()))
            .count();
        out.insert(k.clone(), json!(n));
    }
    Ok(Json::Object(out))
}

const AGGS: &[&str] = &["_count", "_avg", "_sum", "_min", "_max"];

pub fn aggregate_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(
        args,
        &[
            "where", "orderBy", "take", "skip", "cursor", "_count", "_avg", "_sum", "_min", "_max",
        ],
    )?;
    let query = parse_query(m, args)?;
    let rows = fetch(cx, m, &query)?;
    aggregates(m, &rows, args)
}

/// The `_count`/`_avg`/`_sum`/`_min`/`_max` object for a set of rows.
fn aggregates(
    m: ModelWalker<'_>,
    rows: &[Row],
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    let scalars = meta::scalars(m);
    let mut out = Map::new();
    for (agg, spec) in args {
        if !AGGS.contains(&agg.as_str()) {
            continue;
        }
        if agg == "_count" {
            out.insert(agg.clone(), count_object(m, rows, spec)?);
            continue;
        }
        let Some(spec) = spec.as_object() else {
            continue;
        };
        let mut o = Map::new();
        for (k, v) in spec {
            if v != &Json::Bool(true) {
                continue;
            }
            let numeric_only = agg == "_avg" || agg == "_sum";
            let options: Vec<&str> = scalars
                .iter()
                .filter(|f| !numeric_only || is_numeric(meta::scalar_type(f)))
                .map(|f| f.data().name.as_str())
                .collect();
            let Some(pos) = scalars
                .iter()
                .position(|f| &f.name == k && options.contains(&f.name.as_str()))
            else {
                return Err(unknown_field(
                    k,
                    "select",
                    &format!("{}{}AggregateOutputType", m.name, agg_type(agg)),
                    &options,
                ));
            };
            let f = &scalars[pos];
            let values: Vec<&Value> = rows
                .iter()
                .filter_map(|r| r.get(pos))
                .filter(|v| !v.is_null())
                .collect();
            o.insert(k.clone(), compute(m, f, agg, &values));
        }
        out.insert(agg.clone(), Json::Object(o));
    }
    Ok(Json::Object(out))
}

fn agg_type(agg: &str) -> &'static str {
    match agg {
        "_avg" => "Avg",
        "_sum" => "Sum",
        "_min" => "Min",
        _ => "Max",
    }
}

fn is_numeric(t: &ScalarType) -> bool {
    matches!(
        t,
        ScalarType::Int | ScalarType::BigInt | ScalarType::Float | ScalarType::Decimal
    )
}

fn compute(m: ModelWalker<'_>, f: &FieldWalker<'_>, agg: &str, values: &[&Value]) -> Json {
    let ty = meta::scalar_type(f);
    if values.is_empty() {
        return Json::Null;
    }
    match agg {
        "_avg" => {
            let avg = values.iter().map(|v| as_f64(v)).sum::<f64>() / values.len() as f64;
            if matches!(ty, ScalarType::Decimal) {
                json!(decimal_string(avg))
            } else {
                number(avg)
            }
        }
        "_sum" => match ty {
            // i128: a sum of i64 values cannot overflow it (user data must not panic us).
            ScalarType::Int => match i64::try_from(int_sum(values)) {
                Ok(t) => json!(t),
                Err(_) => number(int_sum(values) as f64),
            },
            ScalarType::BigInt => json!(int_sum(values).to_string()),
            ScalarType::Decimal => json!(decimal_string(values.iter().map(|v| as_f64(v)).sum())),
            _ => number(values.iter().map(|v| as_f64(v)).sum()),
        },
        _ => {
            let best = values.iter().copied().reduce(|a, b| {
                let ord = cmp_values(a, b);
                let take_b = if agg == "_min" {
                    ord == Ordering::Greater
                } else {
                    ord == Ordering::Less
                };
                if take_b { b } else { a }
            });
            best.map_or(Json::Null, |v| to_json(m.schema, ty, v))
        }
    }
}

fn int_sum(values: &[&Value]) -> i128 {
    values
        .iter()
        .filter_map(|v| v.as_i64())
        .map(i128::from)
        .sum()
}

/// SQLite's ordering: NULL < numbers < text < blobs.
fn cmp_values(a: &Value, b: &Value) -> Ordering {
    let rank = |v: &Value| match v {
        Value::Null => 0,
        Value::Integer(_) | Value::Real(_) => 1,
        Value::Text(_) => 2,
        Value::Blob(_) => 3,
    };
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => x.cmp(y),
        (Value::Blob(x), Value::Blob(y)) => x.cmp(y),
        _ if rank(a) == 1 && rank(b) == 1 => {
            as_f64(a).partial_cmp(&as_f64(b)).unwrap_or(Ordering::Equal)
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

fn cmp_json(a: &Json, b: &Json) -> Ordering {
    match (a, b) {
        (Json::Null, Json::Null) => Ordering::Equal,
        (Json::Null, _) => Ordering::Less,
        (_, Json::Null) => Ordering::Greater,
        (Json::Number(x), Json::Number(y)) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        (Json::String(x), Json::String(y)) => match (x.parse::<f64>(), y.parse::<f64>()) {
            // BigInt and Decimal print as strings but order as numbers.
            (Ok(p), Ok(q)) => p.partial_cmp(&q).unwrap_or(Ordering::Equal),
            _ => x.cmp(y),
        },
        (Json::Bool(x), Json::Bool(y)) => x.cmp(y),
        _ => Ordering::Equal,
    }
}

pub fn group_by_op(
    cx: &mut Cx<'_>,
    m: ModelWalker<'_>,
    args: &Map<String, Json>,
) -> Result<Json, ClientError> {
    check_keys(
        args,
        &[
            "by", "where", "having", "orderBy", "take", "skip", "_count", "_avg", "_sum", "_min",
            "_max",
        ],
    )?;
    let scalars = meta::scalars(m);
    let by: Vec<String> = match args.get("by") {
        None => return Err(ClientError::validation("Argument `by` is missing.")),
        Some(Json::String(s)) => vec![s.clone()],
        Some(Json::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(_) => {
            return Err(ClientError::validation(format!(
                "Invalid value for argument `by`. Expected {}ScalarFieldEnum.",
                m.name
            )));
        }
    };
    if by.is_empty() {
        return Err(ClientError::validation("Argument `by` must not be empty."));
    }
    let mut by_pos = Vec::new();
    for b in &by {
        let pos = scalars.iter().position(|f| &f.name == b).ok_or_else(|| {
            ClientError::validation(format!(
                "Invalid value for argument `by`. Expected {}ScalarFieldEnum.",
                m.name
            ))
        })?;
        by_pos.push(pos);
    }
    if (args.contains_key("take") || args.contains_key("skip")) && !args.contains_key("orderBy") {
        // Pagination orders by the primary key, which then has to be grouped by.
        let missing: Vec<String> = meta::identity(m)
            .iter()
            .filter_map(|id| m.schema.field(*id).map(|f| f.name.clone()))
            .filter(|n| !by.contains(n))
            .collect();
        if !missing.is_empty() {
            return Err(order_not_in_by(m, &missing.join(", ")));
        }
    }
    let query = Query {
        where_: args.get("where").cloned(),
        ..Default::default()
    };
    let rows = fetch(cx, m, &query)?;
    // Groups in first-seen order.
    let mut groups: Vec<(String, Vec<Row>)> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for r in rows {
        let k = key(by_pos.iter().filter_map(|p| r.get(*p)));
        let i = *index.entry(k.clone()).or_insert_with(|| {
            groups.push((k, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(r);
    }
    let mut out = Vec::new();
    for (_, rows) in &groups {
        // Aggregates come first, then the grouped fields (Prisma's key order).
        let mut o = Map::new();
        if let Json::Object(aggs) = aggregates(m, rows, args)? {
            o.extend(aggs);
        }
        for (b, p) in by.iter().zip(&by_pos) {
            let f = &scalars[*p];
            o.insert(
                b.clone(),
                to_json(
                    m.schema,
                    meta::scalar_type(f),
                    rows[0].get(*p).unwrap_or(&Value::Null),
                ),
            );
        }
        if let Some(h) = args.get("having") {
            let mut full = Map::new();
            if let Json::Object(aggs) = aggregates(m, rows, &having_aggs(h))? {
                full.extend(aggs);
            }
            for (b, p) in by.iter().zip(&by_pos) {
                full.insert(
                    b.clone(),
                    to_json(
                        m.schema,
                        meta::scalar_type(&scalars[*p]),
                        rows[0].get(*p).unwrap_or(&Value::Null),
                    ),
                );
            }
            if !having_matches(h, &full)? {
                continue;
            }
        }
        out.push(o);
    }
    if let Some(order) = args.get("orderBy") {
        let items: Vec<&Json> = match order {
            Json::Array(a) => a.iter().collect(),
            other => vec![other],
        };
        let mut keys: Vec<(Vec<String>, bool)> = Vec::new();
        for item in items {
            for (k, v) in item.as_object().into_iter().flatten() {
                if AGGS.contains(&k.as_str()) {
                    for (f, d) in v.as_object().into_iter().flatten() {
                        keys.push((vec![k.clone(), f.clone()], d.as_str() == Some("desc")));
                    }
                } else {
                    if !by.contains(k) {
                        return Err(order_not_in_by(m, k));
                    }
                    let d = v.as_str().or_else(|| v.get("sort").and_then(Json::as_str));
                    keys.push((vec![k.clone()], d == Some("desc")));
                }
            }
        }
        out.sort_by(|a, b| {
            for (path, desc) in &keys {
                let get = |o: &Map<String, Json>| {
                    path.iter()
                        .try_fold(None::<&Json>, |cur, p| {
                            Some(match cur {
                                None => o.get(p),
                                Some(c) => c.get(p),
                            })
                        })
                        .flatten()
                        .cloned()
                        .unwrap_or(Json::Null)
                };
                let ord = cmp_json(&get(a), &get(b));
                let ord = if *desc { ord.reverse() } else { ord };
                if ord != Ordering::Equal {
                    return ord;
                }
            }
            Ordering::Equal
        });
    }
    let skip = args.get("skip").and_then(Json::as_i64).unwrap_or(0).max(0) as usize;
    let take = args
        .get("take")
        .and_then(Json::as_i64)
        .map(|t| t.max(0) as usize)
        .unwrap_or(usize::MAX);
    Ok(Json::Array(
        out.into_iter()
            .skip(skip)
            .take(take)
            .map(Json::Object)
            .collect(),
    ))
}

/// P2019, the engine's input error for ordering by fields that are not grouped.
fn order_not_in_by(m: ModelWalker<'_>, missing: &str) -> ClientError {
    let details = format!(
        "Every field used for orderBy must be included in the by-arguments of the query. Missing fields: {missing}"
    );
    ClientError::known(
        "P2019",
        format!("Input error. {details}"),
        json!({ "modelName": m.name, "details": details }),
    )
}

/// The aggregates a `having` refers to, as aggregate arguments.
fn having_aggs(h: &Json) -> Map<String, Json> {
    let mut out: Map<String, Json> = Map::new();
    for (field, spec) in h.as_object().into_iter().flatten() {
        for (agg, _) in spec.as_object().into_iter().flatten() {
            if AGGS.contains(&agg.as_str()) {
                let entry = out.entry(agg.clone()).or_insert_with(|| json!({}));
                if let Some(o) = entry.as_object_mut() {
                    o.insert(field.clone(), json!(true));
                }
            }
        }
    }
    out
}

/// `having: { field: { _avg: { gt: 3 } } }` and plain filters on grouped fields.
fn having_matches(h: &Json, group: &Map<String, Json>) -> Result<bool, ClientError> {
    for (field, spec) in h.as_object().into_iter().flatten() {
        let Some(spec) = spec.as_object() else {
            if group.get(field) != Some(spec) {
                return Ok(false);
            }
            continue;
        };
        for (k, filter) in spec {
            let (value, filter) = if AGGS.contains(&k.as_str()) {
                (
                    group
                        .get(k)
                        .and_then(|a| a.get(field))
                        .cloned()
                        .unwrap_or(Json::Null),
                    filter.clone(),
                )
            } else {
                let mut single = Map::new();
                single.insert(k.clone(), filter.clone());
                (
                    group.get(field).cloned().unwrap_or(Json::Null),
                    Json::Object(single),
                )
            };
            let ops = match filter {
                Json::Object(o) => o,
                literal => {
                    let mut o = Map::new();
                    o.insert("equals".into(), literal);
                    o
                }
            };
            for (op, arg) in &ops {
                let ord = cmp_json(&value, arg);
                let ok = match op.as_str() {
                    "equals" => ord == Ordering::Equal,
                    "not" => ord != Ordering::Equal,
                    "lt" => ord == Ordering::Less,
                    "lte" => ord != Ordering::Greater,
                    "gt" => ord == Ordering::Greater,
                    "gte" => ord != Ordering::Less,
                    "in" => arg
                        .as_array()
                        .is_some_and(|a| a.iter().any(|x| cmp_json(&value, x) == Ordering::Equal)),
                    "notIn" => arg
                        .as_array()
                        .is_some_and(|a| !a.iter().any(|x| cmp_json(&value, x) == Ordering::Equal)),
                    other => {
                        return Err(unknown_argument(
                            other,
                            &["equals", "in", "notIn", "lt", "lte", "gt", "gte", "not"],
                        ));
                    }
                };
                if !ok || value.is_null() && op != "equals" && op != "not" {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}
