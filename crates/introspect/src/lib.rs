//! Prisma 6.19.3's `db pull` for SQLite.
//!
//! [`introspect`] is pure: a described [`SqlSchema`] (and, for re-introspection, the previous
//! schema text) in, the schema text Prisma writes plus its warnings out. [`db_pull`] is the
//! command around it: it describes the database, refuses an invalid previous schema unless
//! forced, reports an empty database as P4001, and returns the console text.
//!
//! ```
//! use seedbed_db::{Db, SqliteDb};
//! let mut db = SqliteDb::open_in_memory().unwrap();
//! db.execute_batch("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);").unwrap();
//! let schema = seedbed_sql_schema::describe(&mut db).unwrap();
//! let result = seedbed_introspect::introspect(&schema, None);
//! assert!(result.schema.contains("email String @unique(map: \"sqlite_autoindex_users_1\")"));
//! ```
//!
//! See `README.md` for the modules, invariants and known differences.

mod base64;
mod context;
pub mod names;
mod pull;
mod render;
mod tables;
pub mod warnings;

pub use pull::{PullOptions, PullOutcome, db_pull, db_pull_with};
pub use warnings::Warnings;

use seedbed_psl::ValidatedSchema;
use seedbed_sql_schema::SqlSchema;

/// What introspection produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Introspection {
    /// The whole schema file, laid out as `prisma format` would.
    pub schema: String,
    /// Structured warnings; [`Introspection::warnings_text`] renders them.
    pub warnings: Warnings,
    /// Models written (views not counted, like the CLI's "Introspected N models").
    pub models: usize,
    /// Views written (only with the `views` preview feature).
    pub views: usize,
    /// `CREATE VIEW` query parts, for `views/main/<name>.sql` (views preview feature).
    pub view_definitions: Vec<(String, String)>,
}

impl Introspection {
    /// Prisma's P4001 condition: nothing could be rendered.
    pub fn is_empty(&self) -> bool {
        self.models == 0 && self.views == 0
    }

    /// The `*** WARNING ***` text, or `None` when there is nothing to warn about.
    pub fn warnings_text(&self) -> Option<String> {
        (!self.warnings.is_empty()).then(|| self.warnings.to_string())
    }
}

/// Introspects `sql`, re-using names and attributes from `previous` (the current schema
/// text) when given. Never panics; a previous schema with errors is used for whatever
/// could be resolved (callers refuse invalid schemas before, as `db pull` does).
pub fn introspect(sql: &SqlSchema, previous: Option<&str>) -> Introspection {
    let parsed = previous.map(seedbed_psl::parse_and_validate);
    introspect_validated(sql, parsed.as_ref())
}

/// [`introspect`] with an already validated previous schema.
pub fn introspect_validated(sql: &SqlSchema, previous: Option<&ValidatedSchema>) -> Introspection {
    let ctx = context::Ctx::new(sql, previous);
    let rendered = render::render(&ctx);
    // Files are named after the view's PSL name, as Prisma's `ViewDefinition` is.
    let view_definitions = if ctx.views_enabled {
        sql.views
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.columns.is_empty())
            .filter_map(|(i, v)| {
                let def = v.definition.as_deref()?;
                let name = ctx.view_name(seedbed_sql_schema::ViewId(i as u32)).name;
                Some((name, view_query(def)))
            })
            .collect()
    } else {
        Vec::new()
    };
    Introspection {
        schema: rendered.text,
        warnings: rendered.warnings,
        models: rendered.models,
        views: rendered.views,
        view_definitions,
    }
}

/// The query part of a `CREATE VIEW … AS <query>` text, with a trailing `;` (Prisma then
/// pretty-prints it with `sqlformat`, which we do not reproduce).
fn view_query(definition: &str) -> String {
    let upper = definition.to_ascii_uppercase();
    let query = upper
        .find(" AS ")
        .and_then(|i| definition.get(i + 4..))
        .unwrap_or(definition)
        .trim();
    format!("{};", query.trim_end_matches(';'))
}
