//! Formatter conformance: every `tests/format/**/X.prisma` with a sibling
//! `X.reformatted.prisma` must format to it, and formatting must be idempotent.
//! `captured/` holds real `prisma format` 6.19.3 outputs: they must be fixed
//! points, except `b.prisma`, which Prisma refused to format.
//! Upstream expectations use Prisma 6.19 relation naming (camelCase, plural).

use seedbed_psl::format::{format, format_checked};
use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else if p.extension().is_some_and(|x| x == "prisma") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// `FORMAT_DIR` points the checks at another directory (exploration).
fn root() -> PathBuf {
    std::env::var("FORMAT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/format"))
}

#[test]
fn reformatter_fixtures() {
    let root = root();
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let fixme: Vec<String> = fs::read_to_string(root.join("fixme.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let not_idempotent = fs::read_to_string(root.join("not_idempotent.txt")).unwrap_or_default();
    let (mut total, mut ok, mut failures) = (0, 0, Vec::new());
    for path in files(&root) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.ends_with(".reformatted.prisma")
            || path.components().any(|c| c.as_os_str() == "captured")
        {
            continue;
        }
        let expected_path = path.with_file_name(name.replace(".prisma", ".reformatted.prisma"));
        let (Ok(input), Ok(expected)) = (
            fs::read_to_string(&path),
            fs::read_to_string(&expected_path),
        ) else {
            continue;
        };
        total += 1;
        let actual = format(&input);
        let again = format(&actual);
        if actual == expected {
            ok += 1;
        }
        if again != actual && !not_idempotent.lines().any(|l| l.trim() == name) {
            failures.push(format!(
                "{name}: not idempotent\n--- once\n{actual}--- twice\n{again}"
            ));
        }
        if fixme.contains(&name) {
            let snap = root.join("fixme").join(format!("{name}.actual"));
            if update {
                let _ = fs::create_dir_all(root.join("fixme"));
                let _ = fs::write(&snap, &actual);
            } else if actual == expected {
                failures.push(format!("{name}: now matches; remove it from fixme.txt"));
            } else if fs::read_to_string(&snap).unwrap_or_default() != actual {
                failures.push(format!("{name}: FIXME output changed\n{actual}"));
            }
        } else if actual != expected {
            failures.push(format!(
                "{name}\n--- expected\n{expected}--- actual\n{actual}"
            ));
        }
    }
    eprintln!("reformatter fixtures matching exactly: {ok}/{total}");
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn captured_prisma_format_outputs_are_fixed_points() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/format/captured");
    for path in files(&root) {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == "b.prisma" {
            // Prisma refused to write this one: the completed 1:1 relation lacks @unique.
            let Err((_, diagnostics)) = format_checked(&text) else {
                panic!("b.prisma must be refused")
            };
            let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
            assert!(
                errors[0]
                    .message
                    .contains("A one-to-one relation must use unique fields"),
                "{errors:?}"
            );
            continue;
        }
        assert_eq!(format(&text), text, "{name} is not a fixed point");
    }
}

/// When Prisma refused to write a formatted schema, Seedbed refuses too and
/// prints the same errors (`oracle/X.refused.txt`).
#[test]
fn refusals_match_prisma() {
    let root = root();
    let mut failures = Vec::new();
    for path in files(&root) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let refused = path.with_file_name(name.replace(".prisma", ".refused.txt"));
        let (Ok(input), Ok(expected)) = (fs::read_to_string(&path), fs::read_to_string(&refused))
        else {
            continue;
        };
        match format_checked(&input) {
            Ok(_) => failures.push(format!("{name}: Prisma refused, Seedbed formatted")),
            Err((formatted, diagnostics)) => {
                let actual =
                    seedbed_psl::pretty::render_format_refusal(&name, &formatted, &diagnostics);
                if actual != expected {
                    failures.push(format!(
                        "{name}\n--- expected\n{expected}--- actual\n{actual}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
