//! Embeds every lesson folder under `examples/lessons/` (each file of each `NN-slug/`
//! folder) with `include_str!`, so adding a lesson needs no code: a new folder is enough.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest.join("../../examples/lessons");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut lessons: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.join("lesson.json").is_file())
                .collect()
        })
        .unwrap_or_default();
    lessons.sort();
    let mut code = String::from("&[\n");
    for lesson in &lessons {
        let mut files = Vec::new();
        files_under(lesson, &mut files);
        let folder = lesson.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let _ = writeln!(code, "  ({folder:?}, &[");
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let rel = file
                .strip_prefix(lesson)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            let abs = file.canonicalize().unwrap_or(file.clone());
            let _ = writeln!(
                code,
                "    ({rel:?}, include_str!({:?})),",
                abs.display().to_string()
            );
        }
        code.push_str("  ]),\n");
    }
    code.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("lessons.rs");
    std::fs::write(out, code).expect("write the embedded lesson list");
}
