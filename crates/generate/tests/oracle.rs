//! Compares the generated declarations with the real `prisma generate` 6.19.3 output
//! recorded in `tests/oracle/<fixture>.index.d.ts` (re-record with `tests/oracle/record.sh`).
//!
//! Every `export type`/`export interface` block that both files declare is compared after
//! removing what Seedbed leaves out on purpose: the `ExtArgs` parameter of client extensions
//! and the `$Extensions.GetSelect` wrapper. All must be identical except the few listed in
//! `EXPECTED_DIFFERENCES`; and every input type, filter, argument and aggregate type
//! Prisma declares must be declared here too, except those in `EXPECTED_MISSING`.

use std::collections::BTreeMap;
use std::path::Path;

/// Blocks that differ on purpose: delegates return the model type instead of computing the
/// result from `select`, and the client options leave out driver adapters and global omit.
const EXPECTED_DIFFERENCES: &[&str] = &["Delegate", "PrismaClientOptions"];

/// Prisma's names that are not declared here: `Get{Model}AggregateType` (result
/// computation) and the `…FilterBase` halves of the Json filters (declared as one object).
const EXPECTED_MISSING: &[&str] = &["AggregateType", "FilterBase"];

/// `name → normalised text` of each `export type X … {` / `export interface X … {` block.
fn blocks(text: &str) -> BTreeMap<String, String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = BTreeMap::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let head = trimmed
            .strip_prefix("export type ")
            .or_else(|| trimmed.strip_prefix("export interface "));
        if let (Some(head), true) = (head, line.trim_end().ends_with('{')) {
            let name: String = head
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$')
                .collect();
            let mut body = vec![line];
            i += 1;
            let close = format!("{indent}}}");
            while i < lines.len() && !lines[i].starts_with(&close) {
                body.push(lines[i]);
                i += 1;
            }
            if let Some(end) = lines.get(i) {
                body.push(end);
            }
            out.insert(name, normalise(&body.join("\n")));
        }
        i += 1;
    }
    out
}

fn normalise(block: &str) -> String {
    let mut s = block
        .replace(
            "<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs>",
            "",
        )
        .replace("<ExtArgs>", "")
        .replace("$Extensions.GetSelect<{", "{");
    // `}, ExtArgs["result"]["user"]>` closes the GetSelect wrapper.
    while let Some(start) = s.find("}, ExtArgs[\"result\"]") {
        let end = s[start..].find("]>").map_or(s.len(), |e| start + e + 2);
        s.replace_range(start..end, "}");
    }
    s.lines()
        .map(str::trim_end)
        .filter(|l| {
            let t = l.trim_start();
            !t.is_empty() && !t.starts_with('*') && !t.starts_with("/**") && !t.starts_with("//")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_listed(name: &str, list: &[&str]) -> bool {
    list.iter().any(|suffix| name.ends_with(suffix))
}

/// Compares one fixture; returns (blocks compared, failures).
fn check(fixture: &str) -> (usize, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let reference = std::fs::read_to_string(dir.join(format!("oracle/{fixture}.index.d.ts")))
        .expect("recorded reference");
    let source =
        std::fs::read_to_string(dir.join(format!("generate/{fixture}.prisma"))).expect("fixture");
    let ours = blocks(&seedbed_generate::generate(
        &seedbed_psl::parse_and_validate(&source),
    ));
    let theirs = blocks(&reference);
    let mut failures = Vec::new();
    let mut compared = 0;
    for (name, body) in &ours {
        let Some(expected) = theirs.get(name) else {
            continue;
        };
        compared += 1;
        if body != expected && !is_listed(name, EXPECTED_DIFFERENCES) {
            failures.push(format!(
                "{fixture}: {name} differs\n--- prisma\n{expected}\n--- seedbed\n{body}"
            ));
        }
    }
    let api_type = |n: &str| {
        ["Input", "Filter", "Args", "Select", "Include", "Omit"]
            .iter()
            .any(|s| n.ends_with(s))
            || n.contains("Aggregate")
    };
    for name in theirs.keys() {
        if api_type(name) && !ours.contains_key(name) && !is_listed(name, EXPECTED_MISSING) {
            failures.push(format!("{fixture}: {name} is not declared"));
        }
    }
    (compared, failures)
}

#[test]
fn declarations_match_prisma_generate() {
    let mut failures = Vec::new();
    let mut report = Vec::new();
    for fixture in ["blog", "scalars", "compound"] {
        let (compared, f) = check(fixture);
        report.push(format!(
            "{fixture}: {compared} blocks compared, {} differ",
            f.len()
        ));
        assert!(
            compared > 100,
            "{fixture}: too few blocks in common ({compared})"
        );
        failures.extend(f);
    }
    println!("{}", report.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
