//! `seedbed validate [--schema FILE]`: prints exactly what `prisma validate`
//! 6.19.3 prints; exit code 0 when valid, 1 otherwise.

use crate::schema_path;
use std::path::PathBuf;

/// Options of `validate`.
#[derive(clap::Args)]
pub struct Args {
    /// Custom path to your Prisma schema.
    #[arg(long)]
    pub schema: Option<PathBuf>,
}

pub fn run(args: &Args) -> u8 {
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
    let env = |name: &str| std::env::var(name).ok();
    let out = seedbed_psl::pretty::render_validate(&schema_path::display(&path), &source, &env);
    for (to_stderr, text) in out.in_terminal_order() {
        if to_stderr {
            eprint!("{text}");
        } else {
            print!("{text}");
        }
    }
    out.exit_code.clamp(0, 255) as u8
}
