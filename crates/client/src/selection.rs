//! `select`/`include`/`omit` and `_count` selections: which keys a result object has, in
//! which order, and which nested reads they imply.

use crate::error::{ClientError, unknown_argument, unknown_field};
use crate::filter::type_name;
use crate::meta::{self};
use crate::read::*;
use seedbed_psl::{FieldId, ModelWalker};
use serde_json::Value as Json;

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
        sel.layout = sel.scalars.iter().map(|id| Slot::Field(*id)).collect();
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
            if !sel.layout.contains(&Slot::Count) {
                sel.layout.push(Slot::Count);
            }
            continue;
        }
        let Some(f) = m.field(key).filter(|f| !f.is_ignored) else {
            return Err(unknown_field(key, statement, &m.name, &options));
        };
        if f.scalar().is_some() {
            if statement == "include" {
                return Err(ClientError::validation(format!(
                    "Invalid scalar field `{key}` for include statement on model `{}`.\nNote that include statements only accept relation fields.",
                    m.name
                )));
            }
            sel.scalars.push(f.id);
            sel.layout.push(Slot::Field(f.id));
            continue;
        }
        let Some(link) = meta::link(f) else { continue };
        let (query, inner) = match value {
            Json::Object(args) => {
                if link.many {
                    check_keys(
                        args,
                        &[
                            "where", "select", "include", "omit", "orderBy", "take", "skip",
                            "cursor", "distinct",
                        ],
                    )?;
                } else if let Some(k) = args
                    .keys()
                    .find(|k| !["select", "include", "omit"].contains(&k.as_str()))
                {
                    return Err(unknown_argument(k, &[]));
                }
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
        sel.layout.push(Slot::Field(f.id));
    }
    Ok(sel)
}

pub(crate) fn parse_count_selection(
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
    // Unlike scalars, `_count` keys come back in the order they were written.
    Ok(out)
}
