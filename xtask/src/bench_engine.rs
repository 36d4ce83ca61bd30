//! `cargo xtask bench engine [filter]`: the engine's heavy workloads (`seedbed-engine-bench`)
//! natively and in a dedicated Web Worker of headless Chromium, both in release, then one
//! table with the browser/native ratio per workload. Figures, never assertions: the
//! machines are shared and noisy.

use crate::process::{Result, Step, cargo, root};
use crate::tools::{self, WASM_PROFILE, WASM_TARGET, WasmToolchain};
use std::collections::BTreeMap;
use std::process::{Command, Stdio};

type Figures = BTreeMap<String, (f64, String)>;

pub fn run(args: &[String]) -> Result {
    let filter = args.first().cloned().unwrap_or_default();
    let native = {
        let _step = Step::new("Engine workloads, native (release)");
        let mut cmd = cargo();
        cmd.args([
            "run",
            "--release",
            "--locked",
            "-p",
            "seedbed-engine-bench",
            "--bin",
            "engine-bench",
            "--",
            &filter,
        ]);
        figures(&mut cmd)?
    };
    let browser = {
        let _step = Step::new("Engine workloads, headless Chromium worker (wasm-release profile)");
        let toolchain = WasmToolchain::ensure()?;
        tools::wasm_bindgen()?;
        let (_, chromedriver) = tools::chromium()?;
        let mut cmd = toolchain.cargo(false);
        cmd.args([
            "test",
            "--profile",
            WASM_PROFILE,
            "--locked",
            "--target",
            WASM_TARGET,
            "-p",
            "seedbed-engine-bench",
            "--test",
            "browser",
            "--",
            "--nocapture",
        ])
        // The runner reads `webdriver.json` (Chromium's flags) from the crate directory.
        .current_dir(root().join("crates/engine-bench"))
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            tools::cargo_home().join("bin/wasm-bindgen-test-runner"),
        )
        .env("CHROMEDRIVER", chromedriver)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "600");
        figures(&mut cmd)?
    };
    print_table(&native, &browser);
    Ok(())
}

/// Runs `cmd` and collects its `BENCH` lines (see `seedbed_engine_bench::Figure::line`).
fn figures(cmd: &mut Command) -> Result<Figures> {
    let out = cmd
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start the benchmark: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(format!("the benchmark failed ({}):\n{stdout}", out.status));
    }
    let mut figures = Figures::new();
    for line in stdout.lines() {
        if let Some((name, millis, detail)) = parse(line) {
            println!("  {name}: {millis:.1} ms ({detail})");
            figures.insert(name, (millis, detail));
        }
    }
    if figures.is_empty() {
        return Err(format!("the benchmark printed no figures:\n{stdout}"));
    }
    Ok(figures)
}

/// The `BENCH\tname\tmillis\tdetail` format of `seedbed_engine_bench::Figure::line`
/// (parsed here too so xtask does not link the engine).
fn parse(line: &str) -> Option<(String, f64, String)> {
    let rest = &line[line.find("BENCH\t")? + 6..];
    let mut parts = rest.splitn(3, '\t');
    let name = parts.next()?.to_owned();
    let millis = parts.next()?.trim().parse().ok()?;
    Some((name, millis, parts.next().unwrap_or("").trim().to_owned()))
}

fn print_table(native: &Figures, browser: &Figures) {
    println!(
        "\n{:<40} {:>12} {:>12} {:>16}",
        "workload", "native ms", "browser ms", "browser/native"
    );
    for (name, (n, detail)) in native {
        let (b, ratio) = match browser.get(name) {
            Some((b, _)) => (format!("{b:.1}"), format!("{:.2}x", b / n.max(1e-9))),
            None => ("-".into(), "-".into()),
        };
        println!("{name:<40} {n:>12.1} {b:>12} {ratio:>16}   {detail}");
    }
}
