//! Runs the `seedbed` binary on temporary files.

use std::path::PathBuf;
use std::process::Command;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("seedbed-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn seedbed(dir: &PathBuf, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_seedbed"))
        .args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .output()
        .expect("run seedbed");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const VALID: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\nmodel User {\n  id Int @id\n}\n";

#[test]
fn validate_valid_schema_in_default_location() {
    let dir = temp_dir("valid");
    std::fs::create_dir_all(dir.join("prisma")).expect("mkdir");
    std::fs::write(dir.join("prisma/schema.prisma"), VALID).expect("write");
    let (code, stdout, _) = seedbed(&dir, &["validate"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "Prisma schema loaded from prisma/schema.prisma\nThe schema at prisma/schema.prisma is valid 🚀\n"
    );
}

#[test]
fn validate_reports_errors_with_exit_code_1() {
    let dir = temp_dir("invalid");
    std::fs::write(dir.join("s.prisma"), "model User {\n  id Int\n}\n").expect("write");
    let (code, _, stderr) = seedbed(&dir, &["validate", "--schema", "s.prisma"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("Error code: P1012"), "{stderr}");
    assert!(stderr.contains("Validation Error Count: 1"), "{stderr}");
}

#[test]
fn format_writes_and_check_passes() {
    let dir = temp_dir("format");
    let messy = "datasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\nmodel User {\n  id Int @id\n  posts Post[]\n}\nmodel Post {\n  id Int @id\n}\n";
    std::fs::write(dir.join("schema.prisma"), messy).expect("write");
    let (code, _, _) = seedbed(&dir, &["format", "--check"]);
    assert_eq!(code, 1);
    let (code, stdout, _) = seedbed(&dir, &["format"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.starts_with("Prisma schema loaded from schema.prisma\nFormatted schema.prisma in "),
        "{stdout}"
    );
    let written = std::fs::read_to_string(dir.join("schema.prisma")).expect("read");
    assert!(
        written.contains("  user   User? @relation(fields: [userId], references: [id])\n"),
        "{written}"
    );
    let (code, stdout, _) = seedbed(&dir, &["format", "--check"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "Prisma schema loaded from schema.prisma\nAll files are formatted correctly!\n"
    );
}

#[test]
fn version_names_prisma_compatibility() {
    let dir = temp_dir("version");
    let (code, stdout, _) = seedbed(&dir, &["--version"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Prisma 6.19.3 compatible"), "{stdout}");
}
