//! Embeds the interface translations: every `www/i18n/<code>/<area>.json` becomes an entry
//! of `TRANSLATION_FILES`, so a new language is a new folder of files and no code (see
//! www/i18n/README.md). Areas are separate files so that panes add their texts without
//! touching each other's.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn sorted_entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| keep(p))
                .collect()
        })
        .unwrap_or_default();
    entries.sort();
    entries
}

fn name_of(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned()
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest.join("../../www/i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut code = String::from("&[\n");
    for language in sorted_entries(&root, |p| p.is_dir()) {
        println!("cargo:rerun-if-changed={}", language.display());
        let _ = writeln!(code, "    ({:?}, &[", name_of(&language));
        for file in sorted_entries(&language, |p| p.extension().is_some_and(|e| e == "json")) {
            println!("cargo:rerun-if-changed={}", file.display());
            let abs = file.canonicalize().unwrap_or(file.clone());
            let _ = writeln!(
                code,
                "        ({:?}, include_str!({:?})),",
                name_of(&file),
                abs.display().to_string()
            );
        }
        code.push_str("    ]),\n");
    }
    code.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("i18n_files.rs");
    std::fs::write(out, code).expect("write the embedded translation list");
}
