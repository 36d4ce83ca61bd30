//! Data-driven validation tests: every `.prisma` file under `tests/validation/`
//! carries its expected diagnostics (Prisma's pretty output with ANSI colours)
//! as trailing `// ` lines; no trailing comment means "valid, no warnings".
//!
//! - `upstream/` files come from Prisma (prisma-engines fixtures or the real
//!   CLI) and are never rewritten. When Seedbed cannot match one yet, its name
//!   is listed in `fixme.txt` and today's output is asserted from
//!   `fixme/<name>.actual` instead (so changes stay visible).
//! - `seedbed/` files are ours; `UPDATE_EXPECT=1` rewrites their expectations.

use std::fs;
use std::path::{Path, PathBuf};

fn fixtures(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(fixtures(&p));
        } else if p.extension().is_some_and(|x| x == "prisma") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Splits a fixture into (schema part, expected output).
fn split(text: &str) -> (String, String) {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut cut = lines.len();
    while cut > 0 {
        let l = lines[cut - 1];
        if l.starts_with("//") || (l.is_empty() && cut == lines.len()) {
            cut -= 1;
        } else {
            break;
        }
    }
    let expected: Vec<&str> = lines[cut..]
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| {
            l.strip_prefix("// ")
                .or_else(|| l.strip_prefix("//"))
                .unwrap_or(l)
        })
        .collect();
    let schema = lines[..cut].join("\n");
    let expected = if expected.is_empty() {
        String::new()
    } else {
        expected.join("\n") + "\n"
    };
    (schema, expected)
}

fn render(text: &str) -> String {
    let schema = seedbed_psl::parse_and_validate(text);
    seedbed_psl::pretty::render_diagnostics(&schema.diagnostics, "schema.prisma", text, true)
}

fn fixme_list(root: &Path) -> Vec<String> {
    fs::read_to_string(root.join("fixme.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn validation_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/validation");
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let fixme = fixme_list(&root);
    let mut failures = Vec::new();
    let (mut upstream_total, mut upstream_ok) = (0, 0);
    for path in fixtures(&root) {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let actual = render(&text);
        let (schema, expected) = split(&text);
        let is_upstream = path.components().any(|c| c.as_os_str() == "upstream");
        if is_upstream {
            upstream_total += 1;
            if actual == expected {
                upstream_ok += 1;
            }
            if fixme.contains(&name) {
                let snap = root.join("fixme").join(format!("{name}.actual"));
                if update {
                    let _ = fs::create_dir_all(root.join("fixme"));
                    let _ = fs::write(&snap, &actual);
                } else if actual == expected {
                    failures.push(format!(
                        "{name}: now matches Prisma; remove it from fixme.txt"
                    ));
                } else if fs::read_to_string(&snap).unwrap_or_default() != actual {
                    failures.push(format!("{name}: FIXME output changed\n--- today\n{actual}"));
                }
                continue;
            }
        } else if update && actual != expected {
            let mut out = schema.trim_end().to_owned();
            out.push('\n');
            if !actual.is_empty() {
                out.push('\n');
                for l in actual.trim_end_matches('\n').split('\n') {
                    out.push_str("// ");
                    out.push_str(l);
                    out.push('\n');
                }
            }
            let _ = fs::write(&path, out);
            continue;
        }
        if actual != expected {
            failures.push(format!(
                "{}\n--- expected\n{expected}--- actual\n{actual}",
                path.display()
            ));
        }
    }
    eprintln!(
        "upstream validation fixtures matching Prisma exactly: {upstream_ok}/{upstream_total}"
    );
    assert!(
        failures.is_empty(),
        "{} failing fixtures:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
