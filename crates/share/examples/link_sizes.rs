//! Prints how long share links are for a few typical playgrounds:
//! `cargo run -p seedbed-share --example link_sizes`.
//!
//! "JSON" is the document's JSON, "link" the fragment with its `#` (what it adds to the
//! page's URL). About 2,000 characters is where chat apps and forums start cutting.

#[path = "../tests/support/mod.rs"]
mod support;

use seedbed_share::{ShareDoc, link_length};
use std::path::{Path, PathBuf};

/// Every `schema.prisma` under `dir`, sorted.
fn schemas(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            schemas(&path, out);
        } else if path.file_name().is_some_and(|n| n == "schema.prisma") {
            out.push(path);
        }
    }
}

fn main() {
    println!(
        "{:<55} {:>7} {:>7} {:>7}",
        "document", "JSON", "link", "ratio"
    );
    for (name, doc) in support::size_corpus() {
        let json = serde_json::to_string(&doc).map(|j| j.len()).unwrap_or(0);
        let link = link_length(&doc);
        println!(
            "{name:<55} {json:>7} {link:>7} {:>6.0}%",
            100.0 * link as f64 / json as f64
        );
    }

    // The repository's examples as links: the schema and the command that builds it.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut found = Vec::new();
    schemas(&root, &mut found);
    println!(
        "\n{:<55} {:>7} {:>7}",
        "examples/ (schema + migrate dev)", "JSON", "link"
    );
    for path in found {
        let Ok(schema) = std::fs::read_to_string(&path) else {
            continue;
        };
        let doc = ShareDoc {
            schema,
            commands: vec!["npx prisma migrate dev --name init".into()],
            ..ShareDoc::default()
        };
        let json = serde_json::to_string(&doc).map(|j| j.len()).unwrap_or(0);
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        println!("{name:<55} {json:>7} {:>7}", link_length(&doc));
    }
}
