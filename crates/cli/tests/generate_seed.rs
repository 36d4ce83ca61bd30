//! `seedbed generate`, `seedbed db seed`, and the generate/seed steps of `migrate dev` and
//! `migrate reset`, run through the binary on temporary projects. Expected texts are
//! Prisma 6.19.3's (recorded from the real CLI; durations and the random tip normalised).
//! Seed commands are small `sh` scripts, so no Node is needed.

use std::path::{Path, PathBuf};
use std::process::Command;

fn project(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("seedbed-gen-seed-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).expect("temp dir");
    dir
}

fn write(dir: &Path, file: &str, text: &str) {
    std::fs::write(dir.join(file), text).expect("write");
}

/// (exit code, stdout, stderr), with `in 12ms` → `in XXms` and the tip line → `Tip: …`.
fn seedbed(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_seedbed"))
        .args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env("CI", "1")
        .output()
        .expect("run seedbed");
    let normal = |b: &[u8]| {
        String::from_utf8_lossy(b)
            .lines()
            .map(|l| match l.rfind(" in ") {
                Some(i) if l.starts_with("✔ Generated") => format!("{} in XXms", &l[..i]),
                _ if l.starts_with("Tip: ") => "Tip: …".to_owned(),
                _ => l.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    (
        out.status.code().unwrap_or(-1),
        normal(&out.stdout),
        normal(&out.stderr),
    )
}

const SCHEMA: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\ngenerator client {\n  provider = \"prisma-client-js\"\n}\n\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  name  String?\n}\n";

const DEPRECATION: &str = "warn The configuration property `package.json#prisma` is deprecated and will be removed in Prisma 7. Please migrate to a Prisma config file (e.g., `prisma.config.ts`).\nFor more information, see: https://pris.ly/prisma-config\n";

#[test]
fn generate_writes_the_declarations_and_prints_prismas_text() {
    let dir = project("generate");
    write(&dir, "prisma/schema.prisma", SCHEMA);
    let (code, stdout, stderr) = seedbed(&dir, &["generate"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        "Prisma schema loaded from prisma/schema.prisma\n\n✔ Generated Prisma Client (v6.19.3) to ./node_modules/@prisma/client in XXms\n\nStart by importing your Prisma Client (See: https://pris.ly/d/importing-client)\n\nTip: …\n"
    );
    let written = std::fs::read_to_string(dir.join("node_modules/.prisma/client/index.d.ts"))
        .expect("index.d.ts written");
    let expected = seedbed_generate::generate(&seedbed_psl::parse_and_validate(SCHEMA));
    assert_eq!(written, expected);

    let (code, stdout, _) = seedbed(&dir, &["generate", "--no-hints"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "Prisma schema loaded from prisma/schema.prisma\n\n✔ Generated Prisma Client (v6.19.3) to ./node_modules/@prisma/client in XXms\n"
    );
}

#[test]
fn generate_honours_output_and_reports_missing_generators_and_errors() {
    let dir = project("generate-output");
    let custom = SCHEMA.replace(
        "provider = \"prisma-client-js\"\n",
        "provider = \"prisma-client-js\"\n  output   = \"../generated/client\"\n",
    );
    write(&dir, "prisma/schema.prisma", &custom);
    let (code, stdout, _) = seedbed(&dir, &["generate", "--no-hints"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("to ./generated/client in XXms"), "{stdout}");
    assert!(dir.join("generated/client/index.d.ts").is_file());

    let without = SCHEMA.replace(
        "generator client {\n  provider = \"prisma-client-js\"\n}\n\n",
        "",
    );
    write(&dir, "schema.prisma", &without);
    let (code, stdout, _) = seedbed(&dir, &["generate", "--schema", "schema.prisma"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "Prisma schema loaded from schema.prisma\n\n\ninfo You don't have any generators defined in your schema.prisma, so nothing will be generated.\nYou can define them like this:\n\ngenerator client {\n  provider = \"prisma-client-js\"\n}\n"
    );

    write(
        &dir,
        "bad.prisma",
        &format!("{SCHEMA}model X {{\n  id Int @id\n  y Foo\n}}\n"),
    );
    let (code, stdout, stderr) = seedbed(&dir, &["generate", "--schema", "bad.prisma"]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "Prisma schema loaded from bad.prisma");
    assert!(stderr.starts_with("Error: Prisma schema validation - (get-dmmf wasm)\nError code: P1012\nerror: Type \"Foo\" is neither a built-in type"), "{stderr}");
    assert!(stderr.contains("[Context: getDmmf]"), "{stderr}");

    write(
        &dir,
        "syntax.prisma",
        &format!("{SCHEMA}model X {{ id Int @id\n y Foo }}\n"),
    );
    let (code, _, stderr) = seedbed(&dir, &["generate", "--schema", "syntax.prisma"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("Error: Prisma schema validation - (get-config wasm)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Validation Error Count: 2\n[Context: getConfig]"),
        "{stderr}"
    );
}

#[test]
fn db_seed_without_configuration_prints_an_empty_line() {
    let dir = project("seed-none");
    let (code, stdout, stderr) = seedbed(&dir, &["db", "seed"]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
}

#[test]
fn db_seed_runs_the_package_json_command_with_arguments() {
    let dir = project("seed-ok");
    write(
        &dir,
        "package.json",
        r#"{ "name": "app", "prisma": { "seed": "sh prisma/seed.sh" } }"#,
    );
    write(
        &dir,
        "prisma/seed.sh",
        "echo \"seeding $# args: $*\"\necho to-stderr >&2\n",
    );
    let (code, stdout, stderr) = seedbed(&dir, &["db", "seed", "--", "a", "b\\ c"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "Running seed command `sh prisma/seed.sh a b\\ c` ...\nseeding 2 args: a b c\n\n🌱  The seed command has been executed."
    );
    assert_eq!(stderr, format!("{DEPRECATION}\nto-stderr"));
}

#[test]
fn db_seed_failures_exit_1_with_prismas_messages() {
    let dir = project("seed-fail");
    write(
        &dir,
        "prisma/fail.sh",
        "echo partial\necho boom >&2\nexit 3\n",
    );
    let cases = [
        (
            r#"{ "prisma": { "seed": "sh prisma/fail.sh" } }"#,
            "Running seed command `sh prisma/fail.sh` ...\npartial",
            "boom\n\nAn error occurred while running the seed command:\nError: Command failed with exit code 3: sh prisma/fail.sh",
        ),
        (
            r#"{ "prisma": { "seed": "seedbed-no-such-command --x" } }"#,
            "Running seed command `seedbed-no-such-command --x` ...",
            "\nAn error occurred while running the seed command:\nError: Command failed with ENOENT: seedbed-no-such-command --x\nspawn seedbed-no-such-command ENOENT",
        ),
        (
            r#"{ "prisma": { "seed": "sh -c kill\\ -TERM\\ $$" } }"#,
            "Running seed command `sh -c kill\\ -TERM\\ $$` ...",
            "\nAn error occurred while running the seed command:\nError: Command was killed with SIGTERM (Termination): sh -c kill -TERM $$",
        ),
        (
            r#"{ "prisma": { "seed": 5 } }"#,
            "",
            "Error: Provided seed command `5` from `package.json` must be of type string",
        ),
    ];
    for (package, out, err) in cases {
        write(&dir, "package.json", package);
        let (code, stdout, stderr) = seedbed(&dir, &["db", "seed"]);
        assert_eq!(code, 1, "{package}");
        assert_eq!(stdout, out, "{package}");
        assert_eq!(stderr, format!("{DEPRECATION}\n{err}"), "{package}");
    }
    let (code, _, stderr) = seedbed(&dir, &["db", "seed", "--flag"]);
    assert_eq!(code, 1);
    assert!(stderr.ends_with("Error: unknown or unexpected option: --flag\nDid you mean to pass these as arguments to your seed script? If so, add a -- separator before them:\n$ prisma db seed -- --arg1 value1 --arg2 value2"), "{stderr}");
}

#[test]
fn migrate_dev_and_reset_generate_and_seed() {
    let dir = project("migrate");
    write(&dir, "prisma/schema.prisma", SCHEMA);
    write(
        &dir,
        "package.json",
        r#"{ "prisma": { "seed": "sh prisma/seed.sh" } }"#,
    );
    write(
        &dir,
        "prisma/seed.sh",
        "echo seeded >> seed.log\necho seeding\n",
    );
    let (code, stdout, stderr) = seedbed(&dir, &["migrate", "dev", "--name", "init"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.ends_with("Your database is now in sync with your schema.\n\n✔ Generated Prisma Client (v6.19.3) to ./node_modules/@prisma/client in XXms\n\n\nRunning seed command `sh prisma/seed.sh` ...\nseeding\n\n🌱  The seed command has been executed."),
        "{stdout}"
    );
    assert!(dir.join("node_modules/.prisma/client/index.d.ts").is_file());

    // The database exists now: a second `migrate dev` generates but does not seed.
    let (code, stdout, _) = seedbed(&dir, &["migrate", "dev"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("✔ Generated Prisma Client"), "{stdout}");
    assert!(!stdout.contains("Running seed command"), "{stdout}");

    let (code, stdout, _) = seedbed(&dir, &["migrate", "reset", "--force"]);
    assert_eq!(code, 0);
    assert!(
        stdout.ends_with("✔ Generated Prisma Client (v6.19.3) to ./node_modules/@prisma/client in XXms\n\nRunning seed command `sh prisma/seed.sh` ...\nseeding\n\n🌱  The seed command has been executed."),
        "{stdout}"
    );
    let log = std::fs::read_to_string(dir.join("seed.log")).expect("seed ran");
    assert_eq!(log, "seeded\nseeded\n");

    let (code, stdout, _) = seedbed(
        &dir,
        &[
            "migrate",
            "reset",
            "--force",
            "--skip-seed",
            "--skip-generate",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        !stdout.contains("Generated") && !stdout.contains("seed"),
        "{stdout}"
    );

    write(&dir, "prisma/seed.sh", "exit 4\n");
    let (code, _, stderr) = seedbed(&dir, &["migrate", "reset", "--force"]);
    assert_eq!(code, 1);
    assert!(
        stderr.ends_with("Error: Command failed with exit code 4: sh prisma/seed.sh"),
        "{stderr}"
    );
}
