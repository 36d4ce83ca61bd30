//! The execution context: database, schema and session state, with statement logging and
//! the mapping of SQLite constraint errors to Prisma's P2002/P2003/P2011.

use crate::error::ClientError;
use crate::{Ctx, Statement};
use seedbed_db::{Db, DbError, Rows, Value};
use seedbed_psl::ValidatedSchema;
use serde_json::json;

pub struct Cx<'a> {
    pub db: &'a mut dyn Db,
    pub schema: &'a ValidatedSchema,
    pub ctx: &'a mut Ctx,
    depth: usize,
}

/// A statement under construction: SQL text with `?` placeholders and their values.
#[derive(Debug, Default, Clone)]
pub struct Sql {
    pub text: String,
    pub params: Vec<Value>,
}

impl Sql {
    pub fn new(text: impl Into<String>) -> Self {
        Sql {
            text: text.into(),
            params: Vec::new(),
        }
    }
    pub fn push(&mut self, s: &str) -> &mut Self {
        self.text.push_str(s);
        self
    }
    pub fn bind(&mut self, v: Value) -> &mut Self {
        self.text.push('?');
        self.params.push(v);
        self
    }
    pub fn append(&mut self, other: Sql) {
        self.text.push_str(&other.text);
        self.params.extend(other.params);
    }
}

/// Quotes an identifier for SQLite.
pub fn q(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

impl<'a> Cx<'a> {
    pub fn new(db: &'a mut dyn Db, schema: &'a ValidatedSchema, ctx: &'a mut Ctx) -> Self {
        Cx {
            db,
            schema,
            ctx,
            depth: 0,
        }
    }

    /// Prisma turns foreign keys on for every SQLite connection; a fresh connection has them
    /// off. Not logged: it is connection setup, not part of the query.
    pub fn enable_foreign_keys(&mut self) {
        let _ = self.db.execute_batch("PRAGMA foreign_keys = ON");
    }

    pub fn query(&mut self, sql: &Sql) -> Result<Rows, ClientError> {
        self.log(sql);
        self.db
            .query(&sql.text, &sql.params)
            .map_err(|e| map_db_error(self.schema, e))
    }

    pub fn execute(&mut self, sql: &Sql) -> Result<usize, ClientError> {
        self.log(sql);
        self.db
            .execute(&sql.text, &sql.params)
            .map_err(|e| map_db_error(self.schema, e))
    }

    pub fn batch(&mut self, sql: &str) -> Result<(), ClientError> {
        self.log(&Sql::new(sql));
        self.db
            .execute_batch(sql)
            .map_err(|e| map_db_error(self.schema, e))
    }

    fn log(&mut self, sql: &Sql) {
        self.ctx.log.statements.push(Statement {
            sql: sql.text.clone(),
            params: sql.params.clone(),
        });
    }

    /// Runs `work` inside a savepoint (which also works inside `$transaction`), rolling back
    /// to it when `work` fails.
    pub fn savepoint<T>(
        &mut self,
        work: impl FnOnce(&mut Self) -> Result<T, ClientError>,
    ) -> Result<T, ClientError> {
        let name = format!("seedbed_{}", self.depth);
        self.depth += 1;
        self.batch(&format!("SAVEPOINT {name}"))?;
        let result = work(self);
        self.depth -= 1;
        match result {
            Ok(v) => {
                self.batch(&format!("RELEASE SAVEPOINT {name}"))?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.batch(&format!("ROLLBACK TO SAVEPOINT {name}"));
                let _ = self.batch(&format!("RELEASE SAVEPOINT {name}"));
                Err(e)
            }
        }
    }
}

/// SQLite's constraint errors become Prisma's known errors; anything else is unknown.
pub fn map_db_error(schema: &ValidatedSchema, e: DbError) -> ClientError {
    // The message decides: the extended code varies (2067/1555 unique, 787 or 1811 for a
    // foreign key checked by a trigger-like path, 1299 not null).
    let code = if e.message.starts_with("UNIQUE constraint failed") {
        Some(2067)
    } else if e.message.contains("FOREIGN KEY constraint failed") {
        Some(787)
    } else if e.message.starts_with("NOT NULL constraint failed") {
        Some(1299)
    } else {
        e.code
    };
    match code {
        // SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY: "UNIQUE constraint failed: User.email"
        Some(2067) | Some(1555) => {
            let (model, fields) = constraint_fields(schema, &e.message);
            let list: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
            ClientError::known(
                "P2002",
                format!(
                    "Unique constraint failed on the fields: ({})",
                    list.join(",")
                ),
                json!({ "modelName": model, "target": fields }),
            )
        }
        Some(787) => ClientError::known(
            "P2003",
            "Foreign key constraint violated on the foreign key",
            json!({ "field_name": "foreign key" }),
        ),
        Some(1299) => {
            let (model, fields) = constraint_fields(schema, &e.message);
            let list: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
            ClientError::known(
                "P2011",
                format!(
                    "Null constraint violation on the fields: ({})",
                    list.join(",")
                ),
                json!({ "modelName": model, "target": fields }),
            )
        }
        _ => ClientError::unknown(e.message),
    }
}

/// `UNIQUE constraint failed: users.email_address` → (`User`, [`email_address`]): the model
/// by its table name and the constraint's **column** names, which is what Prisma's native
/// engine reports (it does not map columns back to `@map`ped field names).
fn constraint_fields(schema: &ValidatedSchema, message: &str) -> (String, Vec<String>) {
    let list = message.split_once(": ").map_or("", |(_, l)| l);
    let mut model_name = String::new();
    let mut fields = Vec::new();
    for item in list.split(", ") {
        let Some((table, column)) = item.split_once('.') else {
            continue;
        };
        if let Some(m) = schema.walk_models().find(|m| m.database_name == table) {
            model_name = m.name.clone();
        }
        fields.push(column.to_owned());
    }
    (model_name, fields)
}
