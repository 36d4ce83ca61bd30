//! `seedbed db seed [-- args…]`: Prisma 6.19's seed command. The command comes from
//! `"prisma": { "seed": "…" }` in the nearest `package.json` at or above the current folder
//! (Prisma's `loadConfigFromPackageJson`; `prisma.config.ts` is not read). Like Prisma
//! (execa's `command`), the string is split on spaces (`\ ` keeps a space) and run without
//! a shell, in the current folder, its output streamed; the texts and exit codes are
//! Prisma's. Also the seed step of `migrate dev`/`migrate reset` ([`after_migrate`]).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The `package.json` Prisma reads: the nearest one at or above `cwd`.
pub fn find_package_json(cwd: &Path) -> Option<PathBuf> {
    cwd.ancestors()
        .map(|dir| dir.join("package.json"))
        .find(|p| p.is_file())
}

use seedbed_shell::seed_config::has_prisma_key;
pub use seedbed_shell::seed_config::{Seed, parse_command, seed_from};

/// Prisma 6's warning whenever package.json carries a `prisma` key (printed on stderr).
pub const DEPRECATION: &str = "warn The configuration property `package.json#prisma` is deprecated and will be removed in Prisma 7. Please migrate to a Prisma config file (e.g., `prisma.config.ts`).\nFor more information, see: https://pris.ly/prisma-config\n";

/// Prints the deprecation warning when the nearest package.json has a `prisma` key.
pub fn warn_if_package_json_config(cwd: &Path) {
    let text = find_package_json(cwd).and_then(|p| std::fs::read_to_string(p).ok());
    if text.as_deref().is_some_and(has_prisma_key) {
        eprintln!("{DEPRECATION}");
    }
}

/// The seed configured for the project around `cwd`.
fn configured(cwd: &Path) -> Seed {
    let Some(path) = find_package_json(cwd) else {
        return Seed::None;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Seed::None;
    };
    let shown = path
        .strip_prefix(cwd)
        .map_or_else(|_| path.display().to_string(), |p| p.display().to_string());
    seed_from(&text, &shown)
}

/// A signal's name and execa's description of it.
#[cfg(unix)]
fn signal_text(signal: i32) -> String {
    let (name, what) = match signal {
        1 => ("SIGHUP", "Terminal closed"),
        2 => ("SIGINT", "User interruption with CTRL-C"),
        3 => ("SIGQUIT", "User interruption with CTRL-\\"),
        6 => ("SIGABRT", "Aborted"),
        9 => ("SIGKILL", "Forced termination"),
        11 => ("SIGSEGV", "Segmentation fault"),
        13 => ("SIGPIPE", "Broken pipe or socket"),
        15 => ("SIGTERM", "Termination"),
        _ => return format!("signal {signal}"),
    };
    format!("{name} ({what})")
}

/// Runs the seed command with `extra` appended, streaming its output; prints Prisma's
/// texts. Returns whether it succeeded.
fn run_seed(command: &str, extra: &str, cwd: &Path) -> bool {
    let full = if extra.is_empty() {
        command.to_owned()
    } else {
        format!("{command} {extra}")
    };
    println!("Running seed command `{full}` ...");
    let tokens = parse_command(&full);
    let joined = tokens.join(" ");
    let Some((program, args)) = tokens.split_first() else {
        return failed(&format!(
            "Error: Command failed with ENOENT: {joined}\nspawn  ENOENT"
        ));
    };
    let status = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit())
        .status();
    match status {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => failed(&format!(
            "Error: Command failed with ENOENT: {joined}\nspawn {program} ENOENT"
        )),
        Err(e) => failed(&format!("Error: Command failed: {joined}\n{e}")),
        Ok(s) if s.success() => true,
        Ok(s) => {
            if let Some(code) = s.code() {
                return failed(&format!(
                    "Error: Command failed with exit code {code}: {joined}"
                ));
            }
            #[cfg(unix)]
            {
                use std::os::unix::process::ExitStatusExt;
                if let Some(signal) = s.signal() {
                    return failed(&format!(
                        "Error: Command was killed with {}: {joined}",
                        signal_text(signal)
                    ));
                }
            }
            failed(&format!("Error: Command failed: {joined}"))
        }
    }
}

fn failed(detail: &str) -> bool {
    eprintln!("\nAn error occurred while running the seed command:");
    eprintln!("{detail}");
    false
}

const SEEDED: &str = "🌱  The seed command has been executed.";

const UNKNOWN_OPTION: &str = "Did you mean to pass these as arguments to your seed script? If so, add a -- separator before them:\n$ prisma db seed -- --arg1 value1 --arg2 value2";

const HELP: &str = "\n🙌  Seed your database\n\nUsage\n\n  $ prisma db seed [options]\n\nOptions\n\n  -h, --help   Display this help message\n    --config   Custom path to your Prisma config file\n\nExamples\n\n  Passing extra arguments to the seed command\n    $ prisma db seed -- --arg1 value1 --arg2 value2\n";

/// `db seed` with the arguments after `seed`; returns the exit code.
pub fn run(args: &[String]) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    // Prisma loads its configuration (and warns) before it reads the arguments.
    warn_if_package_json_config(&cwd);
    let mut extra: Vec<&str> = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--" => {
                extra.extend(rest.by_ref().map(String::as_str));
            }
            "-h" | "--help" => {
                println!("{HELP}");
                return 0;
            }
            // Accepted like Prisma's parser accepts them; the seed does not use them.
            "--schema" | "--config" | "--telemetry-information" => {
                rest.next();
            }
            a if a.starts_with("--schema=") || a.starts_with("--config=") => {}
            a if a.starts_with('-') => {
                eprintln!("Error: unknown or unexpected option: {a}\n{UNKNOWN_OPTION}");
                return 1;
            }
            a => extra.push(a),
        }
    }
    match configured(&cwd) {
        Seed::None => {
            println!();
            0
        }
        Seed::Invalid(message) => {
            eprintln!("Error: {message}");
            1
        }
        Seed::Command(command) => {
            if run_seed(&command, &extra.join(" "), &cwd) {
                println!("\n{SEEDED}");
                0
            } else {
                1
            }
        }
    }
}

/// The seed step of `migrate dev`/`migrate reset`: nothing when no seed is configured.
pub fn after_migrate(cwd: &Path) -> i32 {
    match configured(cwd) {
        Seed::None => 0,
        Seed::Invalid(message) => {
            eprintln!("Error: {message}");
            1
        }
        Seed::Command(command) => {
            println!();
            if run_seed(&command, "", cwd) {
                println!("\n{SEEDED}");
                0
            } else {
                1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_split_like_execa() {
        assert_eq!(parse_command("sh prisma/seed.sh"), ["sh", "prisma/seed.sh"]);
        assert_eq!(parse_command("  a   b  "), ["a", "b"]);
        assert_eq!(
            parse_command(r"sh my\ seed.sh x"),
            ["sh", "my seed.sh", "x"]
        );
        assert_eq!(
            parse_command(r#"sh -c "echo hi""#),
            ["sh", "-c", "\"echo", "hi\""]
        );
        assert!(parse_command("   ").is_empty());
    }

    #[test]
    fn seed_is_read_from_the_prisma_key() {
        let seed = |text: &str| seed_from(text, "package.json");
        assert_eq!(seed(r#"{"name":"x"}"#), Seed::None);
        assert_eq!(seed("not json"), Seed::None);
        assert_eq!(seed(r#"{"prisma":{"prismaCommit":"abc"}}"#), Seed::None);
        assert_eq!(
            seed(r#"{"prisma":{"schema":"db/schema.prisma"}}"#),
            Seed::None
        );
        assert_eq!(seed(r#"{"prisma":{"seed":""}}"#), Seed::None);
        assert_eq!(
            seed(r#"{"prisma":{"seed":"sh prisma/seed.sh"}}"#),
            Seed::Command("sh prisma/seed.sh".into())
        );
        assert_eq!(
            seed(r#"{"prisma":{"seed":5}}"#),
            Seed::Invalid(
                "Provided seed command `5` from `package.json` must be of type string".into()
            )
        );
    }
}
