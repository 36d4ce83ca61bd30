//! The database pane's table browser: a page of a table sorted and filtered, its columns
//! and foreign keys (`pragma_table_info`, `pragma_foreign_key_list`), the rows pointing to
//! a row, and row edits through SQL (`via_client` sends them through the generated client
//! instead when the table is one of its models).
//!
//! Everything the learner types reaches SQLite as a bound parameter; identifiers are only
//! ever names read from the table itself, quoted, so an unknown column is an error message.

pub mod script;
mod via_client;

use crate::client::Generated;
use seedbed_db::{Db, DbError, DbResult, SqliteDb, Value};
use seedbed_protocol::{
    BrowseQuery, ClientFailure, ColumnFilter, ColumnInfo, FilterOp, ForeignKeyInfo, ReferenceCount,
    Response, SortKey, TablePage,
};

/// What the browser knows of a table: its real name, columns, row key and foreign keys.
struct Shape {
    name: String,
    columns: Vec<ColumnInfo>,
    /// The primary key's columns, else the rowid's name (`rowid`, or `_rowid_`/`oid` when a
    /// column hides it); empty when rows cannot be told apart.
    key_columns: Vec<String>,
    /// Whether `key_columns` is the rowid rather than real columns.
    key_is_rowid: bool,
}

/// Quotes an identifier for SQLite, doubling embedded quotes.
fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn text_at(row: &[Value], i: usize) -> String {
    match row.get(i) {
        Some(Value::Text(s)) => s.clone(),
        Some(Value::Integer(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn int_at(row: &[Value], i: usize) -> i64 {
    row.get(i).and_then(Value::as_i64).unwrap_or(0)
}

/// The user tables' names.
fn table_names(db: &mut SqliteDb) -> DbResult<Vec<String>> {
    let rows = db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        &[],
    )?;
    Ok(rows.rows.iter().map(|r| text_at(r, 0)).collect())
}

/// The table's name as the database spells it (SQLite's names ignore ASCII case).
fn real_table_name(db: &mut SqliteDb, table: &str) -> DbResult<String> {
    let names = table_names(db)?;
    names
        .iter()
        .find(|n| *n == table)
        .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(table)))
        .cloned()
        .ok_or_else(|| DbError::new(format!("There is no table `{table}`.")))
}

fn shape(db: &mut SqliteDb, table: &str) -> DbResult<Shape> {
    let name = real_table_name(db, table)?;
    let info = db.query(
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid",
        &[Value::Text(name.clone())],
    )?;
    let mut pk: Vec<(i64, String)> = info
        .rows
        .iter()
        .filter(|r| int_at(r, 4) > 0)
        .map(|r| (int_at(r, 4), text_at(r, 0)))
        .collect();
    pk.sort();
    let columns = info
        .rows
        .iter()
        .map(|r| {
            let declared_type = text_at(r, 1);
            let primary_key = int_at(r, 4) > 0;
            ColumnInfo {
                name: text_at(r, 0),
                auto_number: primary_key
                    && pk.len() == 1
                    && declared_type.eq_ignore_ascii_case("INTEGER"),
                declared_type,
                not_null: int_at(r, 2) != 0,
                default: match r.get(3) {
                    Some(Value::Null) | None => None,
                    _ => Some(text_at(r, 3)),
                },
                primary_key,
            }
        })
        .collect::<Vec<_>>();
    let (key_columns, key_is_rowid) = if pk.is_empty() {
        let free = ["rowid", "_rowid_", "oid"]
            .into_iter()
            .find(|alias| !columns.iter().any(|c| c.name.eq_ignore_ascii_case(alias)));
        (free.map(str::to_owned).into_iter().collect(), true)
    } else {
        (pk.into_iter().map(|(_, c)| c).collect(), false)
    };
    Ok(Shape {
        name,
        columns,
        key_columns,
        key_is_rowid,
    })
}

impl Shape {
    fn column(&self, name: &str) -> DbResult<&ColumnInfo> {
        self.columns
            .iter()
            .find(|c| c.name == name)
            .ok_or_else(|| DbError::new(format!("Table `{}` has no column `{name}`.", self.name)))
    }

    /// `"a" = ? AND "b" = ?` for a row's key, with its values. The key must name exactly
    /// the table's key columns, so a write never reaches more than the one row.
    fn key_condition(&self, key: &[(String, Value)]) -> DbResult<(String, Vec<Value>)> {
        if self.key_columns.is_empty() {
            return Err(DbError::new(format!(
                "Rows of `{}` cannot be told apart: it has no primary key and no rowid.",
                self.name
            )));
        }
        let mut parts = Vec::with_capacity(key.len());
        let mut params = Vec::with_capacity(key.len());
        for column in &self.key_columns {
            let Some((_, value)) = key.iter().find(|(name, _)| name == column) else {
                return Err(DbError::new(format!(
                    "A row of `{}` is found by {}; `{column}` is missing.",
                    self.name,
                    self.key_columns.join(", ")
                )));
            };
            parts.push(format!("{} = ?", quote(column)));
            params.push(value.clone());
        }
        if let Some((other, _)) = key
            .iter()
            .find(|(name, _)| !self.key_columns.contains(name))
        {
            return Err(DbError::new(format!(
                "`{other}` is not part of the key of `{}` ({}).",
                self.name,
                self.key_columns.join(", ")
            )));
        }
        Ok((parts.join(" AND "), params))
    }
}

/// SQLite's type affinity of a declared column type (its "Determination of Column
/// Affinity" rules), which says whether typed text is a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Affinity {
    Integer,
    Text,
    Blob,
    Real,
    Numeric,
}

fn affinity(declared: &str) -> Affinity {
    let t = declared.to_ascii_uppercase();
    if t.contains("INT") {
        Affinity::Integer
    } else if t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT") {
        Affinity::Text
    } else if t.is_empty() || t.contains("BLOB") {
        Affinity::Blob
    } else if t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") {
        Affinity::Real
    } else {
        Affinity::Numeric
    }
}

/// The learner's text as the value to store in or compare with `column`: numbers for
/// numeric columns, `true`/`false` as 1/0 for booleans, ISO dates as Prisma's epoch
/// milliseconds for `DATETIME` columns, else the text itself.
fn typed(text: &str, column: &ColumnInfo) -> Value {
    let declared = column.declared_type.to_ascii_uppercase();
    if matches!(affinity(&declared), Affinity::Text | Affinity::Blob) {
        return Value::Text(text.to_owned());
    }
    let trimmed = text.trim();
    if let Ok(n) = trimmed.parse::<i64>() {
        return Value::Integer(n);
    }
    if let Ok(f) = trimmed.parse::<f64>()
        && f.is_finite()
    {
        return Value::Real(f);
    }
    if declared.contains("BOOL") {
        match trimmed.to_ascii_lowercase().as_str() {
            "true" => return Value::Integer(1),
            "false" => return Value::Integer(0),
            _ => {}
        }
    }
    if (declared.contains("DATE") || declared.contains("TIME"))
        && let Some(ms) = iso_millis(trimmed)
    {
        return Value::Integer(ms);
    }
    Value::Text(text.to_owned())
}

/// `2024-01-01T10:00:00.000Z`, or a bare date `2024-01-01` (midnight UTC), as epoch ms.
fn iso_millis(text: &str) -> Option<i64> {
    seedbed_client::value::parse_iso(text).or_else(|| {
        (text.len() == 10)
            .then(|| seedbed_client::value::parse_iso(&format!("{text}T00:00:00.000Z")))
            .flatten()
    })
}

/// `LIKE` text matching `text` literally anywhere.
fn contains_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// ` WHERE …` for the filters (empty without any), with its parameters.
fn where_clause(shape: &Shape, filters: &[ColumnFilter]) -> DbResult<(String, Vec<Value>)> {
    let mut parts = Vec::with_capacity(filters.len());
    let mut params = Vec::new();
    for filter in filters {
        let column = shape.column(&filter.column)?;
        let name = quote(&column.name);
        let compare = |op: &str, params: &mut Vec<Value>| {
            params.push(typed(&filter.value, column));
            format!("{name} {op} ?")
        };
        parts.push(match filter.op {
            FilterOp::Contains => {
                params.push(Value::Text(contains_pattern(&filter.value)));
                format!("CAST({name} AS TEXT) LIKE ? ESCAPE '\\'")
            }
            FilterOp::Equals => compare("=", &mut params),
            FilterOp::Greater => compare(">", &mut params),
            FilterOp::Less => compare("<", &mut params),
            FilterOp::IsNull => format!("{name} IS NULL"),
            FilterOp::NotNull => format!("{name} IS NOT NULL"),
        });
    }
    if parts.is_empty() {
        return Ok((String::new(), params));
    }
    Ok((format!(" WHERE {}", parts.join(" AND ")), params))
}

fn order_clause(shape: &Shape, sort: Option<&SortKey>) -> DbResult<String> {
    let mut terms = Vec::new();
    if let Some(sort) = sort {
        let column = shape.column(&sort.column)?;
        let direction = if sort.descending { "DESC" } else { "ASC" };
        terms.push(format!("{} {direction}", quote(&column.name)));
    }
    // The key last, so equal sort values keep one order from page to page.
    terms.extend(shape.key_columns.iter().map(|k| quote(k)));
    Ok(if terms.is_empty() {
        String::new()
    } else {
        format!(" ORDER BY {}", terms.join(", "))
    })
}

/// A page of a table, sorted and filtered, with what the pane needs to edit and navigate.
pub fn browse(
    db: &mut SqliteDb,
    query: &BrowseQuery,
    client: Option<&Generated>,
) -> DbResult<TablePage> {
    let shape = shape(db, &query.table)?;
    let (filter_sql, mut params) = where_clause(&shape, &query.filters)?;
    let order = order_clause(&shape, query.sort.as_ref())?;
    let table = quote(&shape.name);
    let total = db
        .query(
            &format!("SELECT count(*) FROM {table}{filter_sql}"),
            &params,
        )?
        .rows
        .first()
        .map_or(0, |r| int_at(r, 0));
    let mut selected: Vec<String> = shape.columns.iter().map(|c| quote(&c.name)).collect();
    if shape.key_is_rowid {
        selected.extend(shape.key_columns.iter().cloned());
    }
    params.push(Value::Integer(query.limit.into()));
    params.push(Value::Integer(query.offset.into()));
    let mut rows = db.query(
        &format!(
            "SELECT {} FROM {table}{filter_sql}{order} LIMIT ? OFFSET ?",
            selected.join(", ")
        ),
        &params,
    )?;
    let width = shape.columns.len();
    let key_at: Vec<usize> = shape
        .key_columns
        .iter()
        .enumerate()
        .map(|(i, k)| {
            if shape.key_is_rowid {
                width + i
            } else {
                shape.columns.iter().position(|c| c.name == *k).unwrap_or(i)
            }
        })
        .collect();
    let keys = rows
        .rows
        .iter()
        .map(|r| key_at.iter().filter_map(|&i| r.get(i).cloned()).collect())
        .collect();
    rows.columns.truncate(width);
    for row in &mut rows.rows {
        row.truncate(width);
    }
    let (foreign_keys, referenced_by) = foreign_keys(db, &shape.name)?;
    Ok(TablePage {
        client_model: client
            .and_then(|g| via_client::model_for_table(g.schema(), &shape.name))
            .map(|m| m.name.clone()),
        columns: shape.columns,
        rows,
        key_columns: shape.key_columns,
        keys,
        total,
        foreign_keys,
        referenced_by,
    })
}

/// The foreign keys declared on `table`, resolved to real table and column names.
fn declared_foreign_keys(
    db: &mut SqliteDb,
    table: &str,
    names: &[String],
) -> DbResult<Vec<ForeignKeyInfo>> {
    let rows = db.query(
        "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq",
        &[Value::Text(table.to_owned())],
    )?;
    let mut out: Vec<(i64, ForeignKeyInfo)> = Vec::new();
    for row in &rows.rows {
        let id = int_at(row, 0);
        let target = text_at(row, 1);
        let to_table = names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(&target))
            .cloned()
            .unwrap_or(target);
        let from = text_at(row, 2);
        let to = match row.get(3) {
            Some(Value::Text(to)) => Some(to.clone()),
            _ => None,
        };
        match out.last_mut() {
            Some((last, fk)) if *last == id => {
                fk.columns.push(from);
                fk.to_columns.extend(to);
            }
            _ => out.push((
                id,
                ForeignKeyInfo {
                    from_table: table.to_owned(),
                    columns: vec![from],
                    to_table,
                    to_columns: to.into_iter().collect(),
                },
            )),
        }
    }
    let mut keys = Vec::with_capacity(out.len());
    for (_, mut fk) in out {
        // `REFERENCES t` without columns means t's primary key.
        if fk.to_columns.len() != fk.columns.len() {
            match shape(db, &fk.to_table) {
                Ok(target) if !target.key_is_rowid => fk.to_columns = target.key_columns,
                _ => continue,
            }
        }
        keys.push(fk);
    }
    Ok(keys)
}

/// `table`'s own foreign keys, and those of every table pointing to it.
fn foreign_keys(
    db: &mut SqliteDb,
    table: &str,
) -> DbResult<(Vec<ForeignKeyInfo>, Vec<ForeignKeyInfo>)> {
    let names = table_names(db)?;
    let own = declared_foreign_keys(db, table, &names)?;
    let mut incoming = Vec::new();
    for other in &names {
        for fk in declared_foreign_keys(db, other, &names)? {
            if fk.to_table == table {
                incoming.push(fk);
            }
        }
    }
    Ok((own, incoming))
}

/// How many rows of each table pointing to `table` point to this row.
pub fn references(
    db: &mut SqliteDb,
    table: &str,
    row: &[(String, Value)],
) -> DbResult<Vec<ReferenceCount>> {
    let shape = shape(db, table)?;
    let (_, incoming) = foreign_keys(db, &shape.name)?;
    let mut out = Vec::with_capacity(incoming.len());
    for fk in incoming {
        let values: Option<Vec<Value>> = fk
            .to_columns
            .iter()
            .map(|c| {
                row.iter()
                    .find(|(name, _)| name == c)
                    .map(|(_, v)| v.clone())
            })
            .collect();
        let Some(values) = values else { continue };
        let count = if values.iter().any(Value::is_null) {
            0
        } else {
            let condition: Vec<String> = fk
                .columns
                .iter()
                .map(|c| format!("{} = ?", quote(c)))
                .collect();
            let sql = format!(
                "SELECT count(*) FROM {} WHERE {}",
                quote(&fk.from_table),
                condition.join(" AND ")
            );
            db.query(&sql, &values)?
                .rows
                .first()
                .map_or(0, |r| int_at(r, 0))
        };
        out.push(ReferenceCount {
            foreign_key: fk,
            values,
            count,
        });
    }
    Ok(out)
}

/// What a row write did, for the page.
fn written(changes: u64, ran: String, error: Option<ClientFailure>) -> Response {
    Response::RowsWritten {
        changes,
        ran,
        error,
    }
}

fn sqlite_failure(message: String) -> ClientFailure {
    ClientFailure {
        name: "SQLite".into(),
        code: None,
        message,
    }
}

/// The values to write, checked against the table's columns and typed for them.
fn typed_values(
    shape: &Shape,
    values: &[(String, Option<String>)],
) -> DbResult<Vec<(String, Value)>> {
    values
        .iter()
        .map(|(name, text)| {
            let column = shape.column(name)?;
            let value = text.as_deref().map_or(Value::Null, |t| typed(t, column));
            Ok((column.name.clone(), value))
        })
        .collect()
}

/// Runs one writing statement; SQLite's refusal is the answer's error, not a failure.
fn run_write(db: &mut SqliteDb, sql: String, params: &[Value], missing: &str) -> Response {
    match db.execute(&sql, params) {
        Ok(0) if !missing.is_empty() => written(0, sql, Some(sqlite_failure(missing.to_owned()))),
        Ok(n) => written(n as u64, sql, None),
        Err(e) => written(0, sql, Some(sqlite_failure(e.message))),
    }
}

const ROW_GONE: &str = "No row has these key values any more: it was changed or deleted meanwhile.";

/// Sets columns of one row.
pub fn update_row(
    db: &mut SqliteDb,
    client: Option<&Generated>,
    table: &str,
    key: &[(String, Value)],
    values: &[(String, Option<String>)],
) -> DbResult<Response> {
    let shape = shape(db, table)?;
    let (condition, key_params) = shape.key_condition(key)?;
    let typed = typed_values(&shape, values)?;
    if typed.is_empty() {
        return Err(DbError::new("Nothing to change."));
    }
    if let Some(call) =
        client.and_then(|g| via_client::update(g.schema(), &shape.name, key, values))
    {
        return Ok(via_client::run(db, client, vec![call]));
    }
    let sets: Vec<String> = typed
        .iter()
        .map(|(c, _)| format!("{} = ?", quote(c)))
        .collect();
    let mut params: Vec<Value> = typed.into_iter().map(|(_, v)| v).collect();
    params.extend(key_params);
    let sql = format!(
        "UPDATE {} SET {} WHERE {condition}",
        quote(&shape.name),
        sets.join(", ")
    );
    Ok(run_write(db, sql, &params, ROW_GONE))
}

/// Adds a row; the columns not given take their defaults.
pub fn insert_row(
    db: &mut SqliteDb,
    client: Option<&Generated>,
    table: &str,
    values: &[(String, Option<String>)],
) -> DbResult<Response> {
    let shape = shape(db, table)?;
    let typed = typed_values(&shape, values)?;
    if let Some(call) = client.and_then(|g| via_client::create(g.schema(), &shape.name, values)) {
        return Ok(via_client::run(db, client, vec![call]));
    }
    let sql = if typed.is_empty() {
        format!("INSERT INTO {} DEFAULT VALUES", quote(&shape.name))
    } else {
        let names: Vec<String> = typed.iter().map(|(c, _)| quote(c)).collect();
        let marks = vec!["?"; typed.len()].join(", ");
        format!(
            "INSERT INTO {} ({}) VALUES ({marks})",
            quote(&shape.name),
            names.join(", ")
        )
    };
    let params: Vec<Value> = typed.into_iter().map(|(_, v)| v).collect();
    Ok(run_write(db, sql, &params, ""))
}

/// Deletes rows by their keys, all or none.
pub fn delete_rows(
    db: &mut SqliteDb,
    client: Option<&Generated>,
    table: &str,
    keys: &[Vec<(String, Value)>],
) -> DbResult<Response> {
    let shape = shape(db, table)?;
    if keys.is_empty() {
        return Err(DbError::new("No rows selected."));
    }
    let mut statements = Vec::with_capacity(keys.len());
    for key in keys {
        let (condition, params) = shape.key_condition(key)?;
        statements.push((
            format!("DELETE FROM {} WHERE {condition}", quote(&shape.name)),
            params,
        ));
    }
    let calls: Option<Vec<_>> = client.and_then(|g| {
        keys.iter()
            .map(|key| via_client::delete(g.schema(), &shape.name, key))
            .collect()
    });
    if let Some(calls) = calls {
        return Ok(via_client::run(db, client, calls));
    }
    let ran = statements
        .first()
        .map(|(sql, _)| sql.clone())
        .unwrap_or_default();
    let outcome = db.transaction(|db| {
        let mut changes = 0u64;
        for (sql, params) in &statements {
            match db.execute(sql, params)? {
                0 => return Err(DbError::new(ROW_GONE)),
                n => changes += n as u64,
            }
        }
        Ok(changes)
    });
    Ok(match outcome {
        Ok(changes) => written(changes, ran, None),
        Err(e) => written(0, ran, Some(sqlite_failure(e.message))),
    })
}

#[cfg(test)]
mod tests;
