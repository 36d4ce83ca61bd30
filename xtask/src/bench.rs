//! `cargo xtask bench [schema|migrate|all]`: Seedbed's validate, format and migrate diff
//! against Prisma 6.19.3's own wasm, in one Node process, on the same generated schemas.
//!
//! Steps: build `seedbed-bench-wasm` in release for wasm32 and bind it for Node; install
//! the oracle (`tests/oracle`) if needed; time the same operations natively
//! (`crates/bench-wasm/examples/native.rs`, which also writes the inputs); then run
//! `tests/bench/bench.mjs`, which checks that its inputs are byte-identical, that Prisma
//! accepts them, and prints one table. Figures only: nothing here passes or fails on speed,
//! and `cargo xtask test` does not run it.

use crate::conformance::ensure_oracle;
use crate::process::{Result, Step, cargo, exec, root};
use crate::tools::{self, WASM_PROFILE, WASM_TARGET, WasmToolchain};
use std::path::PathBuf;
use std::process::Command;

pub fn run(args: &[String]) -> Result {
    let suite = args.first().map_or("all", String::as_str);
    if !["schema", "migrate", "all"].contains(&suite) {
        return Err(format!(
            "unknown benchmark `{suite}`: use schema, migrate or all"
        ));
    }
    let out = output_dir();
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let pkg = {
        let _step =
            Step::new("Building seedbed-bench-wasm for wasm32 (release) and binding it for Node");
        build_wasm(&out)?
    };
    ensure_oracle()?;
    let (native, inputs) = (out.join("native.json"), out.join("inputs"));
    {
        let _step = Step::new("Seedbed, native (release)");
        let mut cmd = cargo();
        cmd.args([
            "run",
            "--release",
            "--locked",
            "-p",
            "seedbed-bench-wasm",
            "--example",
            "native",
            "--",
            suite,
            "--json",
        ])
        .arg(&native)
        .arg("--inputs")
        .arg(&inputs);
        exec(&mut cmd)?;
    }
    let _step = Step::new("Seedbed's wasm beside Prisma's wasm, in Node");
    exec(
        Command::new("node")
            .current_dir(root())
            .arg("tests/bench/bench.mjs")
            .arg("--pkg")
            .arg(&pkg)
            .args(["--suite", suite])
            .arg("--native")
            .arg(&native)
            .arg("--inputs")
            .arg(&inputs)
            .arg("--out")
            .arg(out.join("outputs")),
    )
}

/// Where the bindings, the native figures and the inputs go: beside the native build
/// (`CARGO_TARGET_DIR` when set, so engineers sharing a checkout keep apart).
fn output_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
        .join("bench")
}

/// Compiles the crate to wasm and runs `wasm-bindgen --target nodejs`; returns the folder
/// holding `seedbed_bench_wasm.js`.
fn build_wasm(out: &std::path::Path) -> Result<PathBuf> {
    let toolchain = WasmToolchain::ensure()?;
    println!("  using {toolchain:?}");
    let wasm_bindgen = tools::wasm_bindgen()?;
    let mut cmd = toolchain.cargo(false);
    // With CARGO_TARGET_DIR set, keep the wasm build under it too (one dir per toolchain,
    // as `WasmToolchain::target_dir` does under `target/`).
    let target_dir = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => {
            PathBuf::from(dir).join(toolchain.target_dir().file_name().unwrap_or_default())
        }
        None => toolchain.target_dir(),
    };
    cmd.env("CARGO_TARGET_DIR", &target_dir).args([
        "build",
        "--profile",
        WASM_PROFILE,
        "--locked",
        "--target",
        WASM_TARGET,
        "-p",
        "seedbed-bench-wasm",
    ]);
    exec(&mut cmd)?;
    let wasm = target_dir
        .join(WASM_TARGET)
        .join(WASM_PROFILE)
        .join("seedbed_bench_wasm.wasm");
    let pkg = out.join("pkg");
    exec(
        Command::new(&wasm_bindgen)
            .arg(&wasm)
            .args(["--target", "nodejs", "--no-typescript", "--out-dir"])
            .arg(&pkg),
    )?;
    Ok(pkg)
}
