//! Embeds the interface translations: every `www/i18n/<code>.json` becomes an entry of
//! `TRANSLATION_FILES`, so a new language needs a file and no code (see www/i18n/README.md).

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let dir = manifest.join("../../www/i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from("&[\n");
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let code_name = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let abs = file.canonicalize().unwrap_or(file.clone());
        let _ = writeln!(
            code,
            "    ({code_name:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    code.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("i18n_files.rs");
    std::fs::write(out, code).expect("write the embedded translation list");
}
