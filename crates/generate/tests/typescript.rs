//! Type-checks the generated declarations with the real TypeScript compiler: every fixture's
//! `.d.ts` (under `--strict`), plus the usage files in `tests/typescript/`, which call the
//! client as Prisma's documentation does and mark misuse with `@ts-expect-error`.
//!
//! Needs `node` and the repository's pinned oracle install (`cd tests/oracle && npm ci`,
//! which brings `typescript`); without them the test prints why and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

fn tsc() -> Result<PathBuf, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/oracle");
    let tsc = root.join("node_modules/typescript/bin/tsc");
    if !tsc.is_file() {
        return Err(format!(
            "{} is absent (run `npm ci` in tests/oracle)",
            tsc.display()
        ));
    }
    match Command::new("node").arg("--version").output() {
        Ok(out) if out.status.success() => Ok(tsc),
        _ => Err("`node` is not on PATH".to_owned()),
    }
}

#[test]
fn generated_declarations_type_check() {
    let tsc = match tsc() {
        Ok(t) => t,
        Err(reason) => {
            println!("skipped: {reason}");
            return;
        }
    };
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let work = std::env::temp_dir().join(format!("seedbed-generate-tsc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("temp dir");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(here.join("generate"))
        .expect("fixtures")
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "prisma") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("fixture");
        let dts = seedbed_generate::generate(&seedbed_psl::parse_and_validate(&source));
        let stem = path
            .file_stem()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let target = work.join(format!("{stem}.d.ts"));
        std::fs::write(&target, dts).expect("write d.ts");
        files.push(target);
    }
    for entry in std::fs::read_dir(here.join("typescript"))
        .expect("usage files")
        .flatten()
    {
        let target = work.join(entry.file_name());
        std::fs::copy(entry.path(), &target).expect("copy usage file");
        files.push(target);
    }
    let out = Command::new("node")
        .arg(&tsc)
        .args([
            "--noEmit", "--strict", "--target", "es2020", "--lib", "es2020", "--module", "commonjs",
        ])
        .args(&files)
        .output()
        .expect("run tsc");
    let _ = std::fs::remove_dir_all(&work);
    assert!(
        out.status.success(),
        "tsc rejected the generated declarations:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("tsc accepted {} files", files.len());
}
