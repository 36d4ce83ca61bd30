//! Row writes through the generated client, so a table that is one of its models gets
//! Prisma's validation, defaults and errors (P2002 unique, P2003 foreign key, a value of
//! the wrong type) exactly as `prisma.<model>.update/create/delete` would give them.
//!
//! The learner's text becomes the JSON a client call takes, by the field's type; text that
//! does not fit (letters for an `Int`) is passed as a string so Prisma itself refuses it.
//! Anything the client cannot express (a column without a field, `Bytes`, a model without
//! an id) returns `None`, and the browser writes with SQL instead.

use super::written;
use crate::client::{self, Generated};
use seedbed_client::value::format_iso;
use seedbed_db::{SqliteDb, Value};
use seedbed_protocol::{ClientCallSpec, ClientFailure, Response};
use seedbed_psl::{FieldWalker, ModelWalker, ScalarType, ValidatedSchema};
use serde_json::{Map, Value as Json};

/// The model stored in `table`, when the client can write it (not ignored, not a view,
/// with an id to find rows by).
pub fn model_for_table<'a>(schema: &'a ValidatedSchema, table: &str) -> Option<ModelWalker<'a>> {
    schema.walk_models().find(|m| {
        !m.is_ignored && !m.is_view && m.database_name == table && m.primary_key().is_some()
    })
}

/// `User` → `user`, the model's property on `prisma`.
fn delegate(model: &ModelWalker<'_>) -> String {
    let mut chars = model.name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

fn scalar_type<'a>(field: &FieldWalker<'a>) -> Option<&'a ScalarType> {
    field.scalar().map(|s| &s.scalar_type)
}

/// The client's field for a column, if the client can write it.
fn field_for_column<'a>(model: &ModelWalker<'a>, column: &str) -> Option<FieldWalker<'a>> {
    model.scalar_fields().find(|f| {
        !f.is_ignored
            && f.database_name() == column
            && scalar_type(f)
                .is_some_and(|t| !matches!(t, ScalarType::Unsupported(_) | ScalarType::Bytes))
    })
}

/// The learner's text (None: null) as the client's input for `field`.
fn input(field: &FieldWalker<'_>, text: Option<&str>) -> Json {
    let Some(text) = text else {
        return Json::Null;
    };
    let t = text.trim();
    let as_text = || Json::String(text.to_owned());
    match scalar_type(field) {
        Some(ScalarType::Int | ScalarType::BigInt) => {
            t.parse::<i64>().map_or_else(|_| as_text(), Json::from)
        }
        Some(ScalarType::Float | ScalarType::Decimal) => t
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(as_text, Json::Number),
        Some(ScalarType::Boolean) => match t.to_ascii_lowercase().as_str() {
            "true" | "1" => Json::Bool(true),
            "false" | "0" => Json::Bool(false),
            _ => as_text(),
        },
        // The pane shows DateTime as Prisma stores it, epoch milliseconds.
        Some(ScalarType::DateTime) => match t.parse::<i64>() {
            Ok(ms) => Json::String(format_iso(ms)),
            Err(_) if t.len() == 10 => Json::String(format!("{t}T00:00:00.000Z")),
            Err(_) => as_text(),
        },
        Some(ScalarType::Json) => serde_json::from_str(t).unwrap_or_else(|_| as_text()),
        _ => as_text(),
    }
}

/// A stored value as the client's input for `field` (a row's key in `where`).
fn stored(field: &FieldWalker<'_>, value: &Value) -> Option<Json> {
    Some(match (scalar_type(field), value) {
        (_, Value::Null) => Json::Null,
        (Some(ScalarType::DateTime), Value::Integer(ms)) => Json::String(format_iso(*ms)),
        (Some(ScalarType::Boolean), Value::Integer(n)) => Json::Bool(*n != 0),
        (_, Value::Integer(n)) => Json::from(*n),
        (_, Value::Real(f)) => Json::Number(serde_json::Number::from_f64(*f)?),
        (_, Value::Text(s)) => Json::String(s.clone()),
        (_, Value::Blob(_)) => return None,
    })
}

/// `{ id: 3 }`, or `{ a_b: { a: 1, b: 2 } }` for a compound id, from a row's key columns.
fn where_unique(model: &ModelWalker<'_>, key: &[(String, Value)]) -> Option<Json> {
    let pk = model.primary_key()?;
    let fields: Vec<FieldWalker<'_>> = pk
        .fields
        .iter()
        .map(|f| model.schema.walk_field(f.field))
        .collect::<Option<_>>()?;
    if fields.len() != key.len() {
        return None;
    }
    let mut values = Map::new();
    for field in &fields {
        let (_, value) = key.iter().find(|(c, _)| c == field.database_name())?;
        values.insert(field.name.clone(), stored(field, value)?);
    }
    if fields.len() == 1 {
        return Some(Json::Object(values));
    }
    let name = pk.name.clone().unwrap_or_else(|| {
        fields
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join("_")
    });
    let mut outer = Map::new();
    outer.insert(name, Json::Object(values));
    Some(Json::Object(outer))
}

/// `data` for the client: every column a field it can write.
fn data(model: &ModelWalker<'_>, values: &[(String, Option<String>)]) -> Option<Json> {
    let mut data = Map::new();
    for (column, text) in values {
        let field = field_for_column(model, column)?;
        data.insert(field.name.clone(), input(&field, text.as_deref()));
    }
    Some(Json::Object(data))
}

fn call(model: &ModelWalker<'_>, operation: &str, args: Json) -> ClientCallSpec {
    ClientCallSpec {
        model: delegate(model),
        operation: operation.into(),
        args_json: args.to_string(),
    }
}

fn args(pairs: Vec<(&str, Json)>) -> Json {
    Json::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

/// `prisma.<model>.update({ where, data })` for a row edit.
pub fn update(
    schema: &ValidatedSchema,
    table: &str,
    key: &[(String, Value)],
    values: &[(String, Option<String>)],
) -> Option<ClientCallSpec> {
    let model = model_for_table(schema, table)?;
    let args = args(vec![
        ("where", where_unique(&model, key)?),
        ("data", data(&model, values)?),
    ]);
    Some(call(&model, "update", args))
}

/// `prisma.<model>.create({ data })` for a new row.
pub fn create(
    schema: &ValidatedSchema,
    table: &str,
    values: &[(String, Option<String>)],
) -> Option<ClientCallSpec> {
    let model = model_for_table(schema, table)?;
    let args = args(vec![("data", data(&model, values)?)]);
    Some(call(&model, "create", args))
}

/// `prisma.<model>.delete({ where })` for one row.
pub fn delete(
    schema: &ValidatedSchema,
    table: &str,
    key: &[(String, Value)],
) -> Option<ClientCallSpec> {
    let model = model_for_table(schema, table)?;
    let args = args(vec![("where", where_unique(&model, key)?)]);
    Some(call(&model, "delete", args))
}

/// How a call reads in the learner's code.
fn describe(call: &ClientCallSpec) -> String {
    format!(
        "prisma.{}.{}({})",
        call.model, call.operation, call.args_json
    )
}

/// Runs the calls (several as one `$transaction`) and says what they did.
pub fn run(db: &mut SqliteDb, client: Option<&Generated>, calls: Vec<ClientCallSpec>) -> Response {
    let described: Vec<String> = calls.iter().map(describe).collect();
    let ran = if described.len() > 1 {
        format!("prisma.$transaction([\n  {}\n])", described.join(",\n  "))
    } else {
        described.join("")
    };
    match client::run(db, client, &calls, calls.len() > 1) {
        Response::ClientResult { error: None, .. } => written(calls.len() as u64, ran, None),
        Response::ClientResult {
            error: Some(error), ..
        } => written(0, ran, Some(error)),
        other => written(
            0,
            ran,
            Some(ClientFailure {
                name: "Error".into(),
                code: None,
                message: format!("unexpected reply from the client: {other:?}"),
            }),
        ),
    }
}
