//! `seedbed format [--schema FILE] [--check]`: `prisma format` 6.19.3.
//! Writes the file only when the formatted schema is valid; `--check` only
//! reports whether the file is already formatted.

use crate::schema_path;
use std::path::PathBuf;
use std::time::Instant;

/// Options of `format`.
#[derive(clap::Args)]
pub struct Args {
    /// Custom path to your Prisma schema.
    #[arg(long)]
    pub schema: Option<PathBuf>,
    /// Fail if the schema is not formatted (does not write).
    #[arg(long)]
    pub check: bool,
}

pub fn run(args: &Args) -> u8 {
    let started = Instant::now();
    let path = match schema_path::resolve(args.schema.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("Error: {e}");
            return 1;
        }
    };
    let source = match schema_path::read(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let shown = schema_path::display(&path);
    // Like Prisma: the loaded line on stdout, problems on stderr.
    println!("Prisma schema loaded from {shown}");
    match seedbed_psl::format::format_checked(&source) {
        Err((formatted, errors)) => {
            let text = seedbed_psl::pretty::render_format_refusal(&shown, &formatted, &errors);
            if let Some((_, rest)) = text.split_once('\n') {
                eprint!("{rest}");
            }
            1
        }
        Ok(formatted) if args.check => {
            if formatted == source {
                println!("All files are formatted correctly!");
                0
            } else {
                eprintln!("! There are unformatted files. Run prisma format to format them.");
                1
            }
        }
        Ok(formatted) => {
            if formatted != source
                && let Err(e) = std::fs::write(&path, &formatted)
            {
                eprintln!("Error: could not write {shown}: {e}");
                return 1;
            }
            println!(
                "Formatted {shown} in {}ms 🚀",
                started.elapsed().as_millis()
            );
            0
        }
    }
}
