//! Conformance with the real `prisma validate` 6.19.3: each `tests/cli_validate/<case>.prisma`
//! sits beside `<case>.txt`, the captured stdout+stderr (NO_COLOR). These are
//! never rewritten; known gaps are listed in `fixme.txt` with today's output in `<case>.actual`.

use std::fs;
use std::path::Path;

#[test]
fn captured_validate_outputs() {
    // CLI_VALIDATE_DIR points the same check at another directory (exploration).
    let root = std::env::var("CLI_VALIDATE_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli_validate"));
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let fixme: Vec<String> = fs::read_to_string(root.join("fixme.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut entries: Vec<_> = fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let (mut total, mut ok, mut failures) = (0, 0, Vec::new());
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "prisma"))
    {
        let case = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(source) = fs::read_to_string(path) else {
            continue;
        };
        let Ok(expected) = fs::read_to_string(root.join(format!("{case}.txt"))) else {
            continue;
        };
        let file_name = format!("{case}.prisma");
        let out = seedbed_psl::pretty::render_validate(&file_name, &source, &|_| None);
        // The captures start with the blank line that followed Prisma's dropped
        // "Loaded Prisma config" line; the streams are merged as a terminal shows them.
        let merged: String = out.in_terminal_order().iter().map(|(_, t)| *t).collect();
        let actual = format!("\n{merged}");
        total += 1;
        if actual == expected {
            ok += 1;
        }
        if fixme.contains(&case) {
            let snap = root.join(format!("{case}.actual"));
            if update {
                let _ = fs::write(&snap, &actual);
            } else if actual == expected {
                failures.push(format!("{case}: now matches; remove it from fixme.txt"));
            } else if fs::read_to_string(&snap).unwrap_or_default() != actual {
                failures.push(format!("{case}: FIXME output changed:\n{actual}"));
            }
        } else if actual != expected {
            failures.push(format!(
                "{case}\n--- expected\n{expected}--- actual\n{actual}"
            ));
        }
    }
    eprintln!("captured prisma validate outputs matching exactly: {ok}/{total}");
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
