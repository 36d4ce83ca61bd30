//! `cargo xtask conformance [schema|migrate|introspect|all] [--record [-- RECORDER ARGS]]`:
//! how closely Seedbed follows the real Prisma 6.19.3 over the recorded corpora of
//! `tests/conformance/`.
//!
//! Without `--record` it runs the Rust conformance suites, which compare Seedbed with the
//! committed records and print their agreement (no Node needed). With `--record` it first
//! re-records the chosen corpora from the live Prisma pinned in `tests/oracle/` (installing
//! it with `npm ci` when needed; slow: see `tests/conformance/README.md`), then runs them.
//! Arguments after `--` go to `record.mjs` (a case filter, `--jobs N`, `--check`, `--missing`).

use crate::process::{Result, Step, apt_install, cargo, exec, root, which};
use std::path::PathBuf;
use std::process::Command;

/// Each corpus, and the crate and test file that replay (part of) it.
const SUITES: &[(&str, &str, &str)] = &[
    ("schema", "seedbed-psl", "conformance"),
    ("migrate", "seedbed-sql-schema", "conformance"),
    ("migrate", "seedbed-migrate", "push_conformance"),
    ("introspect", "seedbed-introspect", "conformance"),
];

pub fn run(args: &[String]) -> Result {
    let (args, recorder_args) = match args.iter().position(|a| a == "--") {
        Some(i) => (&args[..i], &args[i + 1..]),
        None => (args, &[][..]),
    };
    let record = args.iter().any(|a| a == "--record");
    let suite = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or("all", String::as_str);
    let selected: Vec<&(&str, &str, &str)> = SUITES
        .iter()
        .filter(|(name, _, _)| suite == "all" || suite == *name)
        .collect();
    if selected.is_empty() {
        return Err(format!(
            "unknown suite `{suite}`: use schema, migrate, introspect or all"
        ));
    }
    if record {
        let oracle = ensure_oracle()?;
        let _step = Step::new(&format!("Recording `{suite}` from the live Prisma 6.19.3"));
        exec(
            Command::new("node")
                .current_dir(&oracle)
                .args(["record.mjs", suite])
                .args(recorder_args),
        )?;
    }
    for (name, krate, test) in selected {
        let _step = Step::new(&format!("Conformance: {name} ({krate}, tests/{test}.rs)"));
        exec(cargo().args([
            "test",
            "--locked",
            "-p",
            krate,
            "--test",
            test,
            "--",
            "--nocapture",
        ]))?;
    }
    Ok(())
}

/// `tests/oracle` with the pinned Prisma installed: `npm ci` there when it is missing or
/// its lockfile changed since the last install (a stamp in `node_modules` remembers it).
/// The native engine paths point at an empty file during the install, so no native engine
/// is downloaded (the oracle only runs Prisma's wasm; `tests/conformance/README.md`).
pub fn ensure_oracle() -> Result<PathBuf> {
    let oracle = root().join("tests/oracle");
    let lock = std::fs::read(oracle.join("package-lock.json"))
        .map_err(|e| format!("tests/oracle/package-lock.json: {e}"))?;
    let stamp = oracle.join("node_modules/.seedbed-lock");
    let installed = oracle.join("node_modules/prisma/build/index.js").is_file();
    if installed && std::fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) {
        return Ok(oracle);
    }
    let _step = Step::new("Installing the Prisma 6.19.3 oracle (npm ci in tests/oracle)");
    if which("npm").is_none() {
        apt_install(&["nodejs", "npm"], "the Prisma oracle is an npm package")?;
    }
    let dummy = std::env::temp_dir().join("seedbed-prisma-dummy.node");
    std::fs::write(&dummy, b"").map_err(|e| format!("{}: {e}", dummy.display()))?;
    exec(
        Command::new("npm")
            .current_dir(&oracle)
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .env("PRISMA_QUERY_ENGINE_LIBRARY", &dummy)
            .env("PRISMA_SCHEMA_ENGINE_BINARY", &dummy),
    )?;
    std::fs::write(&stamp, &lock).map_err(|e| format!("{}: {e}", stamp.display()))?;
    Ok(oracle)
}
