//! `cargo xtask test`: every check the project has, in the order that fails fastest.

use crate::process::{Result, Step, cargo, exec, root};
use crate::serve::serve_forever;
use crate::site::{self, Options};
use crate::tools::{self, WASM_TARGET};
use std::net::TcpListener;
use std::process::Command;
use std::time::Instant;

/// The crates compiled to wasm, checked with clippy for that target too.
const WASM_CRATES: &[&str] = &[
    "seedbed-browser",
    "seedbed-web",
    "seedbed-worker",
    "seedbed-db",
    "seedbed-protocol",
];

pub fn run(_args: &[String]) -> Result {
    let start = Instant::now();
    let root = root();
    {
        let _step = Step::new("Formatting (cargo fmt --check)");
        exec(cargo().args(["fmt", "--all", "--", "--check"]))?;
    }
    {
        let _step = Step::new("Lints, native (clippy, warnings denied)");
        exec(cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ]))?;
    }
    {
        let _step = Step::new("Native tests");
        exec(cargo().args(["test", "--workspace", "--locked"]))?;
    }
    let site_dir = root.join("target/e2e-site");
    let toolchain = site::build(&Options {
        release: true,
        out: site_dir.clone(),
    })?;
    {
        let _step = Step::new("Lints, wasm (clippy, warnings denied)");
        let mut cmd = toolchain.cargo(true);
        cmd.args([
            "clippy",
            "--target",
            WASM_TARGET,
            "--all-targets",
            "--locked",
        ]);
        for krate in WASM_CRATES {
            cmd.args(["-p", krate]);
        }
        exec(cmd.args(["--", "-D", "warnings"]))?;
    }
    let (chromium, chromedriver) = tools::chromium()?;
    {
        let _step = Step::new("Wasm tests in headless Chromium (wasm-bindgen-test)");
        let runner = tools::cargo_home().join("bin/wasm-bindgen-test-runner");
        let mut cmd = toolchain.cargo(false);
        cmd.args([
            "test",
            "--target",
            WASM_TARGET,
            "--locked",
            "--tests",
            "-p",
            "seedbed-worker",
        ])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", runner)
        .env("CHROMEDRIVER", &chromedriver)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
        exec(&mut cmd)?;
    }
    {
        let _step = Step::new("End-to-end tests in headless Chromium");
        let modules = tools::node_tools()?;
        let listener = TcpListener::bind(("127.0.0.1", 0))
            .map_err(|e| format!("cannot listen on localhost: {e}"))?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        std::thread::spawn(move || serve_forever(listener, site_dir));
        let mut cmd = Command::new("node");
        cmd.current_dir(&root)
            .args(["--test", "--test-concurrency=1", "tests/e2e/"])
            .env("SEEDBED_URL", format!("http://127.0.0.1:{port}/"))
            .env("CHROMIUM_PATH", &chromium)
            .env("NODE_PATH", &modules)
            .env("E2E_ARTIFACTS", root.join("target/e2e-artifacts"));
        exec(&mut cmd)?;
    }
    println!(
        "\nAll checks passed in {:.0} s.",
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
