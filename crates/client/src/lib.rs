//! Seedbed's query engine: Prisma Client operations, given as the JSON arguments a call like
//! `prisma.user.findMany({...})` receives, executed against SQLite with Prisma 6.19.3's
//! result shapes and errors.
//!
//! Entry points: [`execute`] for one operation and [`transaction`] for
//! `$transaction([...])`. Every SQL statement that ran is appended to [`Ctx::log`].
//! Time and randomness come from [`Ctx`], so the crate runs on wasm without clocks or
//! entropy sources and tests are deterministic. See `README.md` for storage formats.

mod agg;
mod cx;
pub mod error;
mod filter;
pub mod ids;
mod load;
mod meta;
mod nested;
mod read;
mod selection;
pub mod value;
mod write;

pub use error::{ClientError, ErrorKind};

use cx::Cx;
use seedbed_db::{Db, Value};
use seedbed_psl::ValidatedSchema;
use serde_json::Value as Json;

/// One SQL statement the engine ran.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub sql: String,
    pub params: Vec<Value>,
}

/// The statements that ran, in order (the UI shows them beside the result).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionLog {
    pub statements: Vec<Statement>,
}

/// The per-session state: clock, random generator, cuid counter and the log.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// "Now" in unix milliseconds, used by `now()` and `@updatedAt` (set before each call).
    pub now_ms: i64,
    rng: u64,
    cuid_counter: u32,
    fingerprint: u64,
    pub log: ExecutionLog,
}

impl Ctx {
    /// A context with a clock value and a seed for the random generator.
    pub fn new(now_ms: i64, seed: u64) -> Self {
        let mut ctx = Ctx {
            now_ms,
            rng: seed,
            cuid_counter: 0,
            fingerprint: 0,
            log: ExecutionLog::default(),
        };
        ctx.fingerprint = ctx.next_u64();
        ctx
    }

    /// splitmix64: tiny, good enough for ids, and identical on every target.
    pub fn next_u64(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The operations [`execute`] understands.
pub const OPERATIONS: &[&str] = &[
    "findMany",
    "findFirst",
    "findFirstOrThrow",
    "findUnique",
    "findUniqueOrThrow",
    "create",
    "createMany",
    "createManyAndReturn",
    "update",
    "updateMany",
    "upsert",
    "delete",
    "deleteMany",
    "count",
    "aggregate",
    "groupBy",
];

/// Runs one operation, e.g. `execute(db, &schema, "User", "findMany", json!({...}), ctx)`.
///
/// Writes run inside a savepoint, so a failing nested write leaves nothing behind.
/// `model` may be written as in the schema (`User`) or as the client property (`user`).
pub fn execute(
    db: &mut dyn Db,
    schema: &ValidatedSchema,
    model: &str,
    operation: &str,
    args: Json,
    ctx: &mut Ctx,
) -> Result<Json, ClientError> {
    let mut cx = Cx::new(db, schema, ctx);
    cx.enable_foreign_keys();
    run(&mut cx, model, operation, &args)
}

/// `$transaction([...])`: runs every `(model, operation, args)` in one transaction and
/// returns their results in order, or the first error with nothing written.
pub fn transaction(
    db: &mut dyn Db,
    schema: &ValidatedSchema,
    operations: &[(String, String, Json)],
    ctx: &mut Ctx,
) -> Result<Vec<Json>, ClientError> {
    let mut cx = Cx::new(db, schema, ctx);
    cx.enable_foreign_keys();
    if operations.len() > 1
        && let Some(e) = rehearse(&mut cx, operations)
    {
        return Err(e);
    }
    cx.batch("BEGIN")?;
    let mut out = Vec::with_capacity(operations.len());
    for (model, op, args) in operations {
        match run(&mut cx, model, op, args) {
            Ok(v) => out.push(v),
            Err(e) => {
                let _ = cx.batch("ROLLBACK");
                return Err(e);
            }
        }
    }
    cx.batch("COMMIT")?;
    Ok(out)
}

/// Prisma Client validates every operation of a batch before it runs any, so a typo in the
/// second operation is reported even when the first would fail in the database. We rehearse
/// the batch in a transaction that is rolled back, keep the first validation error, and
/// restore the session (clock, generator, log) so the real run is unaffected.
fn rehearse(cx: &mut Cx<'_>, operations: &[(String, String, Json)]) -> Option<ClientError> {
    let saved = cx.ctx.clone();
    cx.batch("BEGIN").ok()?;
    let mut found = None;
    for (model, op, args) in operations {
        if let Err(e) = run(cx, model, op, args)
            && e.kind == ErrorKind::Validation
            && found.is_none()
        {
            found = Some(e);
        }
    }
    let _ = cx.batch("ROLLBACK");
    *cx.ctx = saved;
    found
}

fn run(cx: &mut Cx<'_>, model: &str, operation: &str, args: &Json) -> Result<Json, ClientError> {
    if cx.schema.has_errors() {
        return Err(ClientError::validation(
            "The schema has errors; fix them before running queries.",
        ));
    }
    let m = meta::find_model(cx.schema, model)?;
    let empty = Json::Object(Default::default());
    // JavaScript callers get `{}` semantics for a missing argument or an array.
    let args = if args.is_null() || args.is_array() {
        &empty
    } else {
        args
    };
    let Some(obj) = args.as_object() else {
        return Err(ClientError::validation(format!(
            "Invalid `prisma.{}.{operation}()` invocation: the argument must be an object.",
            meta::client_name(&m.name)
        )));
    };
    let is_write = needs_savepoint(m, operation, obj);
    let work = |cx: &mut Cx<'_>| -> Result<Json, ClientError> {
        match operation {
            "findMany" => read::find_many(cx, m, obj),
            "findFirst" | "findFirstOrThrow" | "findUnique" | "findUniqueOrThrow" => {
                read::find_one(cx, m, obj, operation)
            }
            "create" => write::create_op(cx, m, obj),
            "createMany" => write::create_many_op(cx, m, obj, false),
            "createManyAndReturn" => write::create_many_op(cx, m, obj, true),
            "update" => write::update_op(cx, m, obj),
            "updateMany" => write::update_many_op(cx, m, obj),
            "upsert" => write::upsert_op(cx, m, obj),
            "delete" => write::delete_op(cx, m, obj),
            "deleteMany" => write::delete_many_op(cx, m, obj),
            "count" => agg::count_op(cx, m, obj),
            "aggregate" => agg::aggregate_op(cx, m, obj),
            "groupBy" => agg::group_by_op(cx, m, obj),
            other => Err(ClientError::validation(format!(
                "Unknown operation `{other}` on model `{}`. Available operations: {}.",
                m.name,
                OPERATIONS.join(", ")
            ))),
        }
    };
    let result = if is_write {
        cx.savepoint(work)
    } else {
        work(cx)
    };
    // Known errors name the model of the operation, wherever the constraint failed.
    result.map_err(|mut e| {
        if let serde_json::Value::Object(meta) = e.meta.as_mut() {
            meta.insert("modelName".into(), Json::String(m.name.clone()));
        }
        e
    })
}

/// A write needs a savepoint when it may run more than one writing statement: nested
/// relation writes, several rows, or upsert's read-then-write. A single statement is atomic.
fn needs_savepoint(
    m: seedbed_psl::ModelWalker<'_>,
    operation: &str,
    args: &serde_json::Map<String, Json>,
) -> bool {
    let nested = |key: &str| {
        args.get(key).and_then(Json::as_object).is_some_and(|data| {
            data.keys()
                .any(|k| m.field(k).is_some_and(|f| f.relation_field().is_some()))
        })
    };
    match operation {
        "create" | "update" => nested("data"),
        "upsert" | "createMany" | "createManyAndReturn" => true,
        _ => false,
    }
}
