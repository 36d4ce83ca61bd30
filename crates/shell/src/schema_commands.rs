//! `validate`, `format` and `generate`: the commands that only read (and format: rewrite)
//! the schema file.

use crate::cli::Invocation;
use crate::files::parse_dotenv;
use crate::reply::{GeneratedClient, Reply, Stream, Style};
use crate::session::{Session, schema_file};
use seedbed_generate::console;
use seedbed_psl::pretty;

/// Where Prisma says it writes the client.
const CLIENT_OUTPUT: &str = "./node_modules/@prisma/client";

pub fn validate(inv: &Invocation, s: &mut Session<'_>) -> Reply {
    let file = match schema_file(inv, s.files) {
        Ok(f) => f,
        Err(reply) => return *reply,
    };
    let vars = s.files.read(".env").map(parse_dotenv).unwrap_or_default();
    let env = |name: &str| vars.get(name).cloned();
    let out = pretty::render_validate(&file.shown, &file.text, &env);
    let mut reply = Reply::default();
    reply.chunks(
        out.in_terminal_order()
            .into_iter()
            .filter(|(_, t)| !t.is_empty())
            .map(|(e, t)| (e, t.to_owned())),
    );
    reply.exit_code = out.exit_code;
    reply
}

pub fn format(inv: &Invocation, s: &mut Session<'_>) -> Reply {
    let started = s.host.now_ms();
    let file = match schema_file(inv, s.files) {
        Ok(f) => f,
        Err(reply) => return *reply,
    };
    let mut reply = Reply::default();
    reply.out(console::schema_loaded(&file.shown));
    match seedbed_psl::format::format_checked(&file.text) {
        Err((formatted, errors)) => {
            let text = pretty::render_format_refusal(&file.shown, &formatted, &errors);
            let rest = text.split_once('\n').map_or("", |(_, rest)| rest);
            reply.fail(1, rest.strip_suffix('\n').unwrap_or(rest))
        }
        Ok(formatted) if inv.has("check") => {
            if formatted == file.text {
                reply.out("All files are formatted correctly!");
                reply
            } else {
                reply.fail(
                    1,
                    "! There are unformatted files. Run prisma format to format them.",
                )
            }
        }
        Ok(formatted) => {
            if formatted != file.text {
                s.files.write(&file.path, &formatted);
                reply.files_changed = true;
            }
            let ms = (s.host.now_ms() - started).max(0.0) as u64;
            reply.out(format!("Formatted {} in {ms}ms 🚀", file.shown));
            reply
        }
    }
}

/// The client for a schema, or Prisma's error text when the schema is invalid.
enum Generation {
    Client(GeneratedClient, u64),
    NoGenerator,
    Invalid(String),
}

fn generate_client(text: &str, shown: &str, s: &mut Session<'_>) -> Generation {
    let started = s.host.now_ms();
    let schema = seedbed_psl::parse_and_validate(text);
    if schema.has_errors() {
        let errors: Vec<_> = schema.errors().collect();
        // `generate` validates through getDmmf, and says so in its error.
        let rendered =
            pretty::render_cli_errors(&errors, shown, text, pretty::CliContext::Validate)
                .replace("(validate wasm)", "(get-dmmf wasm)")
                .replace("[Context: validate]", "[Context: getDmmf]");
        return Generation::Invalid(rendered);
    }
    if schema.generators.is_empty() {
        return Generation::NoGenerator;
    }
    let declarations = seedbed_generate::generate(&schema);
    let elapsed = (s.host.now_ms() - started).max(0.0) as u64;
    Generation::Client(
        GeneratedClient {
            schema: text.to_owned(),
            declarations,
        },
        elapsed,
    )
}

pub fn generate(inv: &Invocation, s: &mut Session<'_>) -> Reply {
    if inv.has("watch") {
        return Reply::default().fail(1, "Error: `--watch` does not run in the playground: run `prisma generate` again after a change (the client console marks a stale client).");
    }
    let file = match schema_file(inv, s.files) {
        Ok(f) => f,
        Err(reply) => return *reply,
    };
    let mut reply = Reply::default();
    match generate_client(&file.text, &file.shown, s) {
        Generation::Invalid(text) => {
            reply.out(console::schema_loaded(&file.shown));
            reply.fail(1, text.strip_suffix('\n').unwrap_or(&text))
        }
        Generation::NoGenerator => {
            reply.out(console::no_generator_lines(&file.shown).join("\n"));
            reply
        }
        Generation::Client(client, elapsed) => {
            // Prisma picks one of three tips at random; the clock's last digits do here.
            let tip = (!inv.has("no-hints")).then(|| (s.host.now_ms() as u64 % 3) as usize);
            let lines = console::generated_lines(
                &file.shown,
                seedbed_generate::PRISMA_VERSION,
                CLIENT_OUTPUT,
                elapsed,
                tip,
            );
            reply.out(lines.join("\n").trim_end_matches('\n'));
            reply.generated = Some(client);
            reply
        }
    }
}

/// The generate step of `migrate dev`, `migrate reset` and `db push` (Prisma's
/// `tryToRunGenerate`): an empty line, then `✔ Generated …` (nothing more without a
/// generator). Returns false when generation failed.
pub fn after_migrate(
    text: &str,
    shown: &str,
    blank_after: bool,
    s: &mut Session<'_>,
    reply: &mut Reply,
) -> bool {
    reply.out("");
    match generate_client(text, shown, s) {
        Generation::NoGenerator => true,
        Generation::Invalid(text) => {
            reply.err(text.strip_suffix('\n').unwrap_or(&text));
            reply.exit_code = 1;
            false
        }
        Generation::Client(client, elapsed) => {
            let line =
                console::generated_line(seedbed_generate::PRISMA_VERSION, CLIENT_OUTPUT, elapsed);
            reply.push(Style::Plain, Stream::Stdout, line);
            if blank_after {
                reply.out("");
            }
            reply.generated = Some(client);
            true
        }
    }
}
