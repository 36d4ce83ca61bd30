//! The client query console's side in the worker: `prisma generate` and the generated
//! client's calls.
//!
//! Like a real project, calls run against the schema that was last *generated*, not the one
//! being edited: a field added to the schema is unknown to the client until `Generate` runs
//! again, and the call fails with Prisma's validation error naming it. The browser shell
//! saves the generated schema's text in IndexedDB beside the database and restores it on
//! start (when storage is unavailable it lasts as long as the worker).

use seedbed_client::{ClientError, Ctx};
use seedbed_db::{Db, SqliteDb};
use seedbed_generate::console;
use seedbed_protocol::{
    ClientCallSpec, ClientFailure, ClientStatement, GeneratedClient, PRISMA_VERSION, Response,
};
use seedbed_psl::{ValidatedSchema, pretty};
use serde_json::Value as Json;

/// Where Prisma says the client went, and the schema path it prints.
const CLIENT_OUTPUT: &str = "./node_modules/@prisma/client";
const SCHEMA_FILE: &str = "prisma/schema.prisma";

/// What the real client throws when `prisma generate` never ran.
const NOT_GENERATED: &str = "@prisma/client did not initialize yet. Please run \"prisma generate\" and try to import it again.";

/// The generated client: the schema text it came from, and that schema validated.
pub struct Generated {
    text: String,
    schema: ValidatedSchema,
}

impl Generated {
    pub fn describe(&self) -> GeneratedClient {
        GeneratedClient {
            schema: self.text.clone(),
            models: model_properties(&self.schema),
        }
    }
}

/// `prisma.user` for `model User`: the model name with its first letter lowercased, as
/// Prisma Client names its delegates. Ignored models have no delegate.
fn model_properties(schema: &ValidatedSchema) -> Vec<String> {
    schema
        .walk_models()
        .filter(|m| !m.is_ignored)
        .map(|m| {
            let mut chars = m.name.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_lowercase().chain(chars).collect::<String>()
            })
        })
        .collect()
}

/// Milliseconds since the epoch, from the host's clock.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
}

/// `prisma generate`: the console text, and the new client when the schema is valid (an
/// invalid schema prints Prisma's P1012 block and leaves the previous client in place).
pub fn generate(text: &str, current: &mut Option<Generated>) -> Response {
    let start = now_ms();
    let schema = seedbed_psl::parse_and_validate(text);
    if schema.has_errors() {
        let errors: Vec<_> = schema.errors().collect();
        let output = format!(
            "{}\n{}",
            console::schema_loaded(SCHEMA_FILE),
            pretty::render_cli_errors(&errors, SCHEMA_FILE, text, pretty::CliContext::Validate)
                .replace("(validate wasm)", "(get-dmmf wasm)")
                .replace("[Context: validate]", "[Context: getDmmf]")
        );
        return generated(false, output, current);
    }
    if schema.generators.is_empty() {
        let output = console::no_generator_lines(SCHEMA_FILE).join("\n");
        return generated(true, output, current);
    }
    *current = Some(Generated {
        text: text.to_owned(),
        schema,
    });
    let elapsed = (now_ms() - start).max(0.0) as u64;
    // Prisma picks one of its tips at random; the clock's last digits do here.
    let tip = (start as u64 % 3) as usize;
    let lines = console::generated_lines(
        SCHEMA_FILE,
        PRISMA_VERSION,
        CLIENT_OUTPUT,
        elapsed,
        Some(tip),
    );
    generated(true, lines.join("\n"), current)
}

fn generated(ok: bool, output: String, current: &Option<Generated>) -> Response {
    Response::Generated {
        ok,
        output,
        client: current.as_ref().map(Generated::describe),
    }
}

/// Runs `calls` with the generated client: one call alone, or several as `$transaction`.
pub fn run(
    db: &mut SqliteDb,
    generated: Option<&Generated>,
    calls: &[ClientCallSpec],
    batch: bool,
) -> Response {
    let Some(generated) = generated else {
        return failure(
            ClientFailure {
                name: "Error".into(),
                code: None,
                message: NOT_GENERATED.into(),
            },
            Vec::new(),
            false,
        );
    };
    let models = model_properties(&generated.schema);
    let mut parsed = Vec::with_capacity(calls.len());
    for call in calls {
        if let Some(error) = javascript_error(&models, call) {
            return failure(error, Vec::new(), false);
        }
        match serde_json::from_str::<Json>(if call.args_json.trim().is_empty() {
            "{}"
        } else {
            &call.args_json
        }) {
            Ok(args) => parsed.push((call.model.clone(), call.operation.clone(), args)),
            Err(e) => {
                return failure(
                    ClientFailure {
                        name: "PrismaClientValidationError".into(),
                        code: None,
                        message: format!(
                            "Invalid `prisma.{}.{}()` invocation: the arguments are not JSON ({e})",
                            call.model, call.operation
                        ),
                    },
                    Vec::new(),
                    false,
                );
            }
        }
    }
    let before = db.connection().total_changes();
    let mut ctx = Ctx::new(now_ms() as i64, now_ms().to_bits());
    let outcome = match (batch, parsed.as_slice()) {
        (false, [(model, operation, args)]) => seedbed_client::execute(
            db as &mut dyn Db,
            &generated.schema,
            model,
            operation,
            args.clone(),
            &mut ctx,
        ),
        _ => seedbed_client::transaction(db as &mut dyn Db, &generated.schema, &parsed, &mut ctx)
            .map(Json::Array),
    };
    let wrote = db.connection().total_changes() != before;
    let statements = ctx
        .log
        .statements
        .into_iter()
        .map(|s| ClientStatement {
            sql: s.sql,
            params: s.params,
        })
        .collect();
    match outcome {
        Ok(result) => Response::ClientResult {
            result_json: Some(result.to_string()),
            error: None,
            statements,
            wrote,
        },
        Err(e) => failure(to_failure(&e), statements, wrote),
    }
}

/// What JavaScript throws when the generated client has no such delegate or method: the
/// model is `undefined` on `prisma` (a model added to the schema since the last generate),
/// or the operation is not a function.
fn javascript_error(models: &[String], call: &ClientCallSpec) -> Option<ClientFailure> {
    let known_model = models
        .iter()
        .any(|m| *m == call.model || m.eq_ignore_ascii_case(&call.model));
    let message = if !known_model {
        format!(
            "Cannot read properties of undefined (reading '{}')",
            call.operation
        )
    } else if !seedbed_client::OPERATIONS.contains(&call.operation.as_str())
        // A method Prisma Client 6.19 has and the engine does not run yet: it answers.
        && call.operation != "updateManyAndReturn"
    {
        format!("prisma.{}.{} is not a function", call.model, call.operation)
    } else {
        return None;
    };
    Some(ClientFailure {
        name: "TypeError".into(),
        code: None,
        message,
    })
}

fn to_failure(e: &ClientError) -> ClientFailure {
    ClientFailure {
        name: e.name().into(),
        code: e.code.clone(),
        message: e.message.clone(),
    }
}

fn failure(error: ClientFailure, statements: Vec<ClientStatement>, wrote: bool) -> Response {
    Response::ClientResult {
        result_json: None,
        error: Some(error),
        statements,
        wrote,
    }
}

/// The generated client, if any, without console output (after a page load).
pub fn info(current: &Option<Generated>) -> Response {
    generated(true, String::new(), current)
}
