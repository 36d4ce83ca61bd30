//! Embeds the example projects offered by "New from example": every file under
//! `examples/<name>/` (the schema, and migrations when an example has them) becomes an
//! entry of `EXAMPLES`, so adding a migration to an example needs no code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The examples offered, in menu order (the lessons live elsewhere).
const OFFERED: &[&str] = &["quickstart", "blog"];

fn files_under(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files_under(root, &path, out);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let relative = relative.to_string_lossy().replace('\\', "/");
            out.push((relative, path.clone()));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let examples = manifest.join("../../examples");
    let mut code = String::from("&[\n");
    for name in OFFERED {
        let root = examples.join(name);
        println!("cargo:rerun-if-changed={}", root.display());
        let mut files = Vec::new();
        files_under(&root, &root, &mut files);
        let _ = writeln!(code, "    ({name:?}, &[");
        for (relative, path) in files {
            if let Some(parent) = path.parent() {
                println!("cargo:rerun-if-changed={}", parent.display());
            }
            let abs = path.canonicalize().unwrap_or(path);
            let _ = writeln!(
                code,
                "        ({relative:?}, include_str!({:?})),",
                abs.display().to_string()
            );
        }
        code.push_str("    ]),\n");
    }
    code.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("examples.rs");
    std::fs::write(out, code).expect("write the embedded example list");
}
