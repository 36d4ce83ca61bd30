//! The playground's terminal: a line typed as in a shell (`npx prisma migrate dev --name
//! init`) run against a project held as data ([`ProjectFiles`]) and one database, with
//! Prisma 6.19.3's flags, help texts, messages and questions. No IO: the browser worker is
//! the host (it persists the files and the database, installs the generated client and
//! runs seed scripts in the client sandbox).

pub mod cli;
pub mod database;
pub mod files;
pub mod migrations;
pub mod overview;
pub mod reply;
pub mod schema_commands;
pub mod seed_config;
pub mod session;
pub mod words;

pub use files::ProjectFiles;
pub use reply::{GeneratedClient, Reply, SeedRun};
pub use session::{Host, Session, run_line};

/// Completions for a partly typed line: the common continuation of what could follow, and
/// the candidates (commands after `prisma`, or the command's flags).
pub fn complete(line: &str) -> (String, Vec<String>) {
    let ends_with_space = line.ends_with(' ');
    let Ok(mut words) = words::split(line) else {
        return (String::new(), Vec::new());
    };
    let partial = if ends_with_space {
        String::new()
    } else {
        words.pop().unwrap_or_default()
    };
    let launcher = usize::from(words.first().is_some_and(|w| w == "npx"));
    let after: Vec<&str> = words.iter().skip(launcher).map(String::as_str).collect();
    let candidates: Vec<String> = match after.as_slice() {
        [] => vec![
            "npx".into(),
            "prisma".into(),
            "clear".into(),
            "help".into(),
            "ls".into(),
            "cat".into(),
        ],
        ["prisma"] => {
            let mut first: Vec<String> = cli::command_paths()
                .map(|p| p.split(' ').next().unwrap_or(p).to_owned())
                .collect();
            first.dedup();
            first
        }
        ["prisma", group] if *group == "migrate" || *group == "db" => cli::command_paths()
            .filter_map(|p| p.strip_prefix(&format!("{group} ")).map(str::to_owned))
            .collect(),
        ["prisma", rest @ ..] => {
            let path2 = rest.iter().take(2).copied().collect::<Vec<_>>().join(" ");
            let path1 = rest.first().copied().unwrap_or_default();
            let flags = cli::flags_of(&path2);
            if flags.is_empty() {
                cli::flags_of(path1)
            } else {
                flags
            }
        }
        _ => Vec::new(),
    };
    let matching: Vec<String> = candidates
        .into_iter()
        .filter(|c| c.starts_with(&partial))
        .collect();
    let common =
        words::common_completion(&partial, matching.iter().map(String::as_str)).unwrap_or_default();
    let suffix = common.get(partial.len()..).unwrap_or_default().to_owned();
    (suffix, matching)
}
