//! Building the static site: the browser's wasm module, its JS glue, and the assets.
//!
//! The output folder is self-contained and runs from any static host: `index.html`, the one
//! wasm module the page and the engine worker share (`seedbed_browser.js` + `_bg.wasm`, from
//! `crates/browser`; the worker is started by `worker.js`), everything in `www/` except the
//! schema editor's source (`www/editor/`), that editor bundled into `editor.js`, and
//! `_headers` for hosts that read it (cross-origin isolation, see `serve.rs`).

use crate::flag_value;
use crate::process::{Result, Step, exec, root};
use crate::tools::{self, WASM_PROFILE, WASM_TARGET, WasmToolchain};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The wasm crate that becomes the site's module: the page and the worker linked together,
/// so the code both use (the protocol, serde, the standard library) ships once.
const MODULE: &str = "seedbed_browser";

pub struct Options {
    pub release: bool,
    pub out: PathBuf,
}

pub fn options(args: &[String]) -> Options {
    Options {
        release: !args.iter().any(|a| a == "--debug"),
        out: flag_value(args, "--out")
            .map(PathBuf::from)
            .unwrap_or_else(|| root().join("dist")),
    }
}

pub fn run(args: &[String]) -> Result {
    let options = options(args);
    build(&options)?;
    println!("\nThe site is in {}", options.out.display());
    Ok(())
}

/// Builds the whole site into `options.out`, and says which wasm toolchain did it.
pub fn build(options: &Options) -> Result<WasmToolchain> {
    let toolchain = {
        let _step = Step::new("Finding the wasm toolchain");
        let toolchain = WasmToolchain::ensure()?;
        println!("  using {toolchain:?}");
        toolchain
    };
    let wasm_bindgen = {
        let _step = Step::new("Finding wasm-bindgen");
        tools::wasm_bindgen()?
    };
    let wasm_dir = {
        let _step = Step::new("Compiling the app to wasm (the first build takes a few minutes)");
        compile(&toolchain, options.release)?
    };
    let out = &options.out;
    reset_dir(out)?;
    {
        let _step = Step::new("Generating the JS bindings");
        exec(
            Command::new(&wasm_bindgen)
                .arg(wasm_dir.join(format!("{MODULE}.wasm")))
                .args(["--target", "web", "--no-typescript", "--out-dir"])
                .arg(out),
        )?;
    }
    if options.release {
        let _step = Step::new("Optimising the wasm with wasm-opt");
        optimise(out)?;
    }
    {
        let _step = Step::new("Copying the page and its assets");
        copy_assets(out)?;
    }
    {
        let _step = Step::new("Bundling the schema editor (CodeMirror 6, esbuild)");
        bundle_editor(out)?;
    }
    {
        let _step = Step::new("Minifying the style sheet (esbuild)");
        minify_styles(out)?;
    }
    report_sizes(out);
    Ok(toolchain)
}

/// Compiles the wasm crate and returns the folder holding the `.wasm` file.
fn compile(toolchain: &WasmToolchain, release: bool) -> Result<PathBuf> {
    let mut cmd = toolchain.cargo(false);
    cmd.args([
        "build",
        "--target",
        WASM_TARGET,
        "-p",
        &MODULE.replace('_', "-"),
    ]);
    if release {
        cmd.args(["--profile", WASM_PROFILE]);
    }
    exec(&mut cmd)?;
    let profile = if release { WASM_PROFILE } else { "debug" };
    Ok(toolchain.target_dir().join(WASM_TARGET).join(profile))
}

/// Runs binaryen's `wasm-opt` (from npm: Debian's is too old for today's rustc output).
fn optimise(out: &Path) -> Result {
    let modules = tools::node_tools()?;
    let wasm_opt = modules.join(".bin/wasm-opt");
    let file = out.join(format!("{MODULE}_bg.wasm"));
    // The features rustc enables by default for wasm32-unknown-unknown.
    exec(
        Command::new(&wasm_opt)
            .arg(&file)
            .arg("-o")
            .arg(&file)
            .args([
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
            ]),
    )
}

/// Where the schema editor's source lives in `www/`; it ships bundled, not as is.
const EDITOR_SOURCE: &str = "editor";
/// The interface texts in `www/`: compiled into the UI's wasm (`crates/web/build.rs`), so
/// not shipped as files.
const TRANSLATIONS: &str = "i18n";

/// Replaces the copied `style.css` by esbuild's minified version of `www/style.css`: its
/// comments explain the rules to us, not to the browser (about 1.7 KB of gzip).
fn minify_styles(out: &Path) -> Result {
    exec(
        Command::new(esbuild()?)
            .current_dir(root())
            .arg(Path::new("www").join("style.css"))
            .args(["--minify", "--log-level=warning"])
            .arg(format!("--outfile={}", out.join("style.css").display())),
    )
}

/// esbuild from npm (`package-lock.json`).
fn esbuild() -> Result<PathBuf> {
    let modules = tools::node_tools()?;
    let esbuild = modules.join(".bin/esbuild");
    if !esbuild.is_file() {
        return Err(format!(
            "{} is missing: run `npm ci` in {}",
            esbuild.display(),
            root().display()
        ));
    }
    Ok(esbuild)
}

/// Bundles `www/editor/editor.js` and the CodeMirror packages it imports (pinned in
/// `package-lock.json`) into one minified ES module, `editor.js`, with esbuild from npm.
fn bundle_editor(out: &Path) -> Result {
    let target = out.join("editor.js");
    exec(
        Command::new(esbuild()?)
            .current_dir(root())
            .arg(Path::new("www").join(EDITOR_SOURCE).join("editor.js"))
            .args([
                "--bundle",
                "--format=esm",
                "--minify",
                "--target=es2020",
                "--legal-comments=none",
                "--banner:js=/* Seedbed's schema editor, bundling CodeMirror 6 (codemirror.net) and its dependencies: MIT License, (c) Marijn Haverbeke and others. */",
                "--log-level=warning",
            ])
            .arg(format!("--outfile={}", target.display())),
    )?;
    let raw = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    let gz = gzip_size(&target).unwrap_or(0);
    println!("  editor.js: {raw} bytes, {gz} gzipped");
    Ok(())
}

fn reset_dir(dir: &Path) -> Result {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

fn copy_assets(out: &Path) -> Result {
    let root = root();
    copy(&root.join("index.html"), &out.join("index.html"))?;
    copy_tree(&root.join("www"), out, &[EDITOR_SOURCE, TRANSLATIONS])?;
    write_headers(out)
}

/// `_headers`, the file static hosts such as Netlify and Cloudflare Pages read for response
/// headers: the same cross-origin isolation `cargo xtask serve` sends. Without it the site
/// still works, its replies coming by `postMessage` alone.
fn write_headers(out: &Path) -> Result {
    let mut text = String::from("/*\n");
    for (name, value) in crate::serve::ISOLATION {
        text.push_str(&format!("  {name}: {value}\n"));
    }
    let file = out.join("_headers");
    std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Copies `from` into `to`, leaving out the top-level entries named in `skip`.
fn copy_tree(from: &Path, to: &Path, skip: &[&str]) -> Result {
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if skip.iter().any(|s| entry.file_name() == *s) {
            continue;
        }
        let target = to.join(entry.file_name());
        if path.is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
            copy_tree(&path, &target, &[])?;
        } else {
            copy(&path, &target)?;
        }
    }
    Ok(())
}

fn copy(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("copying {}: {e}", from.display()))
}

/// Prints each shipped file's size, raw and gzipped, and the totals.
pub fn report_sizes(out: &Path) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(out)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let (mut raw_total, mut gz_total) = (0, 0);
    println!("\n  {:<28} {:>10} {:>10}", "shipped file", "raw", "gzip");
    for file in files.iter().filter(|f| f.is_file()) {
        let raw = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
        let gz = gzip_size(file).unwrap_or(0);
        raw_total += raw;
        gz_total += gz;
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!("  {name:<28} {raw:>10} {gz:>10}");
    }
    println!("  {:<28} {raw_total:>10} {gz_total:>10}", "total");
}

fn gzip_size(file: &Path) -> Option<u64> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(file)
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_for_static_hosts_are_the_ones_serve_sends() {
        let dir = std::env::temp_dir().join(format!("seedbed-headers-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        write_headers(&dir).unwrap();
        let text = std::fs::read_to_string(dir.join("_headers")).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            text,
            "/*\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Embedder-Policy: require-corp\n  Cross-Origin-Resource-Policy: cross-origin\n"
        );
    }
}
