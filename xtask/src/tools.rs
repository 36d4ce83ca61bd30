//! Finding, or installing, every tool the build and the tests need.
//!
//! The wasm target comes from rustup when it has it; on machines where rustup cannot
//! download it, from Debian's `rustc-web` with the standard library built from source
//! (`../shared/TOOLCHAIN.md` records why and what was verified).

use crate::process::{Result, apt_install, cargo, exec, is_root, output, root, which};
use std::path::PathBuf;
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The cargo profile of the browser's release wasm (`[profile.wasm-release]` in the
/// workspace's `Cargo.toml`: smallest code, SQLite's C kept fast).
pub const WASM_PROFILE: &str = "wasm-release";

/// How wasm is compiled on this machine.
#[derive(Debug, Clone, PartialEq)]
pub enum WasmToolchain {
    /// rustup's own target: plain `cargo build --target wasm32-unknown-unknown`.
    Rustup,
    /// Debian's rustc 1.96 for browsers, with `-Zbuild-std`, wasm-ld and clang from LLVM 19.
    Debian,
}

const DEBIAN_PACKAGES: &[&str] = &[
    "rustc-web",
    "cargo-web",
    "rust-web-src",
    "rust-web-clippy",
    "lld-19",
    "clang-19",
];

impl WasmToolchain {
    /// Finds a way to build wasm, installing one when that is possible.
    pub fn ensure() -> Result<WasmToolchain> {
        if rustup_has_target() {
            ensure_c_compiler()?;
            return Ok(WasmToolchain::Rustup);
        }
        if which("rustup").is_some() && !debian_ready() {
            println!("  trying `rustup target add {WASM_TARGET}`");
            let added = Command::new("rustup")
                .args(["target", "add", WASM_TARGET])
                .status();
            if added.is_ok_and(|s| s.success()) && rustup_has_target() {
                ensure_c_compiler()?;
                return Ok(WasmToolchain::Rustup);
            }
            println!("  rustup could not add the target; using Debian's rustc-web instead");
        }
        if !debian_ready() {
            apt_install(DEBIAN_PACKAGES, "no wasm32 standard library is available").map_err(
                |e| format!("{e}\n(or install the target with `rustup target add {WASM_TARGET}`)"),
            )?;
        }
        if debian_ready() {
            Ok(WasmToolchain::Debian)
        } else {
            Err("the Debian wasm toolchain is still incomplete after installing it".into())
        }
    }

    /// Where this toolchain's wasm builds go. Separate from the native build, and one per
    /// toolchain: each is a different rustc, and sharing would evict the others' caches.
    pub fn target_dir(&self) -> PathBuf {
        root().join(match self {
            WasmToolchain::Rustup => "target/wasm-rustup",
            WasmToolchain::Debian => "target/wasm-debian",
        })
    }

    /// A `cargo` command set up to build for wasm with this toolchain. `clippy` selects
    /// the cargo whose clippy matches the compiler.
    pub fn cargo(&self, clippy: bool) -> Command {
        let mut cmd = match self {
            WasmToolchain::Debian if clippy => {
                let mut cmd = Command::new("/usr/bin/cargo");
                cmd.current_dir(root());
                cmd
            }
            _ => cargo(),
        };
        cmd.env("CARGO_TARGET_DIR", self.target_dir());
        // SQLite's C source is compiled for wasm32 by `sqlite-wasm-rs`, which needs a clang
        // that targets wasm (Debian's unversioned `clang` may be absent).
        if let Some((cc, ar)) = wasm_c_compiler() {
            cmd.env("CC_wasm32_unknown_unknown", cc)
                .env("AR_wasm32_unknown_unknown", ar);
        }
        if *self == WasmToolchain::Debian {
            let path = std::env::var("PATH").unwrap_or_default();
            cmd.env("PATH", format!("/usr/bin:{path}"))
                .env("RUSTC", "/usr/bin/rustc")
                .env("RUSTDOC", "/usr/bin/rustdoc")
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", "wasm-ld-19")
                // rustup's wrappers would otherwise pick their own toolchain for clippy.
                .env_remove("RUSTUP_TOOLCHAIN")
                .env_remove("RUSTC_WRAPPER");
            if clippy {
                cmd.env("CLIPPY_DRIVER", "/usr/bin/clippy-driver");
            }
        }
        cmd
    }
}

/// A clang and an archiver able to build C for wasm32, preferring LLVM 19 (the version
/// verified here) over whatever unversioned ones the machine has.
fn wasm_c_compiler() -> Option<(&'static str, &'static str)> {
    [("clang-19", "llvm-ar-19"), ("clang", "llvm-ar")]
        .into_iter()
        .find(|(cc, ar)| which(cc).is_some() && which(ar).is_some())
}

/// Installs LLVM 19's clang when no wasm-capable C compiler is present.
fn ensure_c_compiler() -> Result {
    if wasm_c_compiler().is_some() {
        return Ok(());
    }
    apt_install(
        &["clang-19", "llvm-19"],
        "SQLite's C code needs clang to compile to wasm",
    )
}

fn rustup_has_target() -> bool {
    output(Command::new("rustup").args(["target", "list", "--installed"]))
        .is_some_and(|list| list.lines().any(|l| l.trim() == WASM_TARGET))
}

fn debian_ready() -> bool {
    [
        "/usr/bin/rustc",
        "/usr/bin/cargo",
        "/usr/bin/clippy-driver",
        "/usr/bin/wasm-ld-19",
        "/usr/bin/clang-19",
        "/usr/bin/llvm-ar-19",
    ]
    .iter()
    .all(|p| std::path::Path::new(p).is_file())
        && std::path::Path::new("/usr/lib/rustlib/src/rust/library/std").is_dir()
        && output(Command::new("/usr/bin/rustc").args(["--print", "target-list"]))
            .is_some_and(|list| list.lines().any(|l| l == WASM_TARGET))
}

/// The `wasm-bindgen` version pinned in `Cargo.lock`: the CLI must match it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    Err("Cargo.lock does not lock wasm-bindgen".into())
}

/// The `wasm-bindgen` CLI at the locked version, installed with `cargo install` if needed.
pub fn wasm_bindgen() -> Result<PathBuf> {
    let version = locked_wasm_bindgen_version()?;
    let cargo_bin = cargo_home().join("bin");
    let binary = cargo_bin.join("wasm-bindgen");
    let installed = output(Command::new(&binary).arg("--version"));
    let runner = cargo_bin.join("wasm-bindgen-test-runner");
    if installed.as_deref().map(str::trim) == Some(&format!("wasm-bindgen {version}"))
        && runner.is_file()
    {
        return Ok(binary);
    }
    println!("  installing wasm-bindgen-cli {version} (a few minutes, once)");
    // Not `--locked`: one of the CLI's locked dependencies is missing from the registry.
    exec(cargo().args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &version,
        "--force",
    ]))?;
    Ok(binary)
}

pub fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")
        })
}

/// The npm tools of `package.json` (wasm-opt, esbuild with the CodeMirror packages it bundles,
/// playwright-core), installed from the lockfile.
pub fn node_tools() -> Result<PathBuf> {
    let root = root();
    let modules = root.join("node_modules");
    let stamp = modules.join(".seedbed-lock");
    let lock = std::fs::read(root.join("package-lock.json"))
        .map_err(|e| format!("package-lock.json: {e}"))?;
    if std::fs::read(&stamp).ok().as_deref() != Some(lock.as_slice()) {
        if which("npm").is_none() || which("node").is_none() {
            apt_install(
                &["nodejs", "npm"],
                "Node.js and npm are needed for wasm-opt, the schema editor's bundle (esbuild) and the browser tests",
            )?;
        }
        exec(Command::new("npm").current_dir(&root).args([
            "ci",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ]))?;
        std::fs::write(&stamp, &lock).map_err(|e| format!("{}: {e}", stamp.display()))?;
    }
    Ok(modules)
}

/// Chromium and ChromeDriver from Debian, for the browser tests.
pub fn chromium() -> Result<(PathBuf, PathBuf)> {
    let browser = PathBuf::from("/usr/bin/chromium");
    let driver = PathBuf::from("/usr/bin/chromedriver");
    if !browser.is_file() || !driver.is_file() {
        if !is_root() {
            return Err("the browser tests need Chromium: install the Debian packages chromium and chromium-driver".into());
        }
        apt_install(
            &["chromium", "chromium-driver"],
            "the browser tests need Chromium",
        )?;
    }
    Ok((browser, driver))
}
