//! `cargo xtask`: the project's build, serve and test commands.
//!
//! Everything a fresh machine needs is installed from here (the wasm toolchain, the
//! `wasm-bindgen` CLI at the locked version, Chromium and its driver, the npm tools), so the
//! README's two commands work on a clean checkout. See `ARCHITECTURE.md`, "Build".

mod bench;
mod bench_engine;
mod conformance;
mod process;
mod serve;
mod site;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask <command> [options]

Commands:
  serve [--port N] [--debug]   build the playground and serve it on http://127.0.0.1:N (default 8080)
  build [--debug] [--out DIR]  build the static site into DIR (default dist/), for any static host
  test                         run every check: fmt, clippy (native and wasm), native tests,
                               wasm tests in headless Chromium, end-to-end tests
  bench engine [FILTER]        time the engine's workloads natively and in headless Chromium
  bench [schema|migrate|all]   time Seedbed's wasm beside Prisma 6.19.3's wasm (and natively)
  conformance [schema|migrate|introspect|all] [--record]
                               agreement with the recorded Prisma corpora; --record
                               re-records them from the live Prisma first
  help                         show this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&args[1..]),
        Some("build") => site::run(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("bench") if args.get(1).is_some_and(|a| a == "engine") => {
            bench_engine::run(&args[2..])
        }
        Some("bench") => bench::run(&args[1..]),
        Some("conformance") => conformance::run(&args[1..]),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads `--name VALUE` from `args`.
fn flag_value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}
