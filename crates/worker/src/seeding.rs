//! The automatic seeder in the worker: purge, then realistic related rows for every model
//! of the schema, in one transaction, with progress events on the way. Cancelling is the
//! page's job: it terminates the worker, and the restarted worker loads the last saved
//! database, which a running seed has not touched (the save happens after the reply).

use seedbed_db::SqliteDb;
use seedbed_protocol::{Event, Response, SeededTable};
use seedbed_seed::{Locale, MAX_ROWS, SeedOptions, seed};

/// What the page asks for.
pub struct SeedRequest<'a> {
    pub schema: &'a str,
    pub rows_per_model: u64,
    pub seed: u64,
    pub locale: &'a str,
    /// Counts and overrides (`seedbed_seed::settings`).
    pub settings: &'a str,
}

/// Progress is posted at most this often (rows), so a large seed does not flood the page.
const PROGRESS_EVERY: u64 = 8192;

pub fn run(
    db: &mut SqliteDb,
    request: &SeedRequest<'_>,
    emit: &mut dyn FnMut(Event),
) -> Result<Response, String> {
    let locale = match request.locale {
        "en" => Locale::English,
        "es" => Locale::Spanish,
        other => return Err(format!("Unknown locale `{other}`: use `en` or `es`.")),
    };
    if request.rows_per_model > MAX_ROWS {
        return Err(format!(
            "{} rows per model is more than the seeder's limit ({MAX_ROWS}).",
            request.rows_per_model
        ));
    }
    let schema = seedbed_psl::parse_and_validate(request.schema);
    if schema.has_errors() {
        return Err("The schema has errors: fix them (see the schema pane) before seeding.".into());
    }
    if schema.models.is_empty() {
        return Err("The schema has no models to seed.".into());
    }
    let mut options = SeedOptions {
        seed: request.seed,
        default_count: request.rows_per_model,
        locale,
        ..SeedOptions::default()
    };
    seedbed_seed::settings::apply(request.settings, &schema, &mut options).map_err(|errors| {
        format!(
            "The seed settings have mistakes, nothing was written:\n{}",
            errors.join("\n")
        )
    })?;
    let mut last = 0u64;
    let result = seed(db, &schema, &options, |p| {
        if p.done == p.total || p.done >= last + PROGRESS_EVERY || p.done < last {
            last = p.done;
            emit(Event::SeedProgress {
                model: p.model.to_owned(),
                done: p.done,
                total: p.total,
            });
        }
        true
    });
    match result {
        Ok(summary) => Ok(Response::Seeded {
            tables: summary
                .tables
                .into_iter()
                .map(|t| SeededTable {
                    model: t.model,
                    rows: t.rows,
                })
                .collect(),
            total_rows: summary.total_rows,
        }),
        Err(e) => {
            let text = e.to_string();
            if text.contains("no such table") {
                Err(format!(
                    "{text}. The database does not have the schema's tables yet: run `npx prisma migrate dev` or `npx prisma db push` first."
                ))
            } else {
                Err(text)
            }
        }
    }
}
