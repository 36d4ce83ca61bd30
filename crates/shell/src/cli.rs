//! Prisma's command tree and flags, as the `prisma` CLI 6.19.3 parses them (the `arg`
//! package: `--flag value`, `--flag=value`, `-n value`), with its help texts (recorded
//! from the real CLI into `texts/`, re-recorded by `texts/record.sh`) and its messages for
//! unknown commands, unknown options and missing option values.

use std::collections::BTreeMap;

/// Whether a flag takes a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Switch,
    Value,
}

/// One command the terminal knows: its words after `prisma`, its help, its flags.
struct Spec {
    path: &'static str,
    help: &'static str,
    flags: &'static [(&'static str, Option<char>, Kind)],
}

use Kind::{Switch, Value};

/// Flags every command takes.
const COMMON: &[(&str, Option<char>, Kind)] = &[
    ("help", Some('h'), Switch),
    ("schema", None, Value),
    ("config", None, Value),
];

const SPECS: &[Spec] = &[
    Spec {
        path: "validate",
        help: include_str!("../texts/validate.txt"),
        flags: &[],
    },
    Spec {
        path: "format",
        help: include_str!("../texts/format.txt"),
        flags: &[("check", None, Switch)],
    },
    Spec {
        path: "generate",
        help: include_str!("../texts/generate.txt"),
        flags: &[
            ("sql", None, Switch),
            ("watch", None, Switch),
            ("generator", None, Value),
            ("no-engine", None, Switch),
            ("no-hints", None, Switch),
            ("allow-no-models", None, Switch),
            ("require-models", None, Switch),
        ],
    },
    Spec {
        path: "migrate dev",
        help: include_str!("../texts/migrate-dev.txt"),
        flags: &[
            ("name", Some('n'), Value),
            ("create-only", None, Switch),
            ("skip-generate", None, Switch),
            ("skip-seed", None, Switch),
        ],
    },
    Spec {
        path: "migrate reset",
        help: include_str!("../texts/migrate-reset.txt"),
        flags: &[
            ("force", Some('f'), Switch),
            ("skip-generate", None, Switch),
            ("skip-seed", None, Switch),
        ],
    },
    Spec {
        path: "migrate deploy",
        help: include_str!("../texts/migrate-deploy.txt"),
        flags: &[],
    },
    Spec {
        path: "migrate status",
        help: include_str!("../texts/migrate-status.txt"),
        flags: &[],
    },
    Spec {
        path: "migrate resolve",
        help: include_str!("../texts/migrate-resolve.txt"),
        flags: &[("applied", None, Value), ("rolled-back", None, Value)],
    },
    Spec {
        path: "migrate diff",
        help: include_str!("../texts/migrate-diff.txt"),
        flags: &[
            ("output", Some('o'), Value),
            ("from-url", None, Value),
            ("to-url", None, Value),
            ("from-empty", None, Switch),
            ("to-empty", None, Switch),
            ("from-schema-datamodel", None, Value),
            ("to-schema-datamodel", None, Value),
            ("from-schema-datasource", None, Value),
            ("to-schema-datasource", None, Value),
            ("from-migrations", None, Value),
            ("to-migrations", None, Value),
            ("from-local-d1", None, Switch),
            ("to-local-d1", None, Switch),
            ("shadow-database-url", None, Value),
            ("script", None, Switch),
            ("exit-code", None, Switch),
        ],
    },
    Spec {
        path: "db push",
        help: include_str!("../texts/db-push.txt"),
        flags: &[
            ("accept-data-loss", None, Switch),
            ("force-reset", None, Switch),
            ("skip-generate", None, Switch),
        ],
    },
    Spec {
        path: "db pull",
        help: include_str!("../texts/db-pull.txt"),
        flags: &[
            ("force", None, Switch),
            ("print", None, Switch),
            ("composite-type-depth", None, Value),
            ("schemas", None, Value),
            ("local-d1", None, Switch),
        ],
    },
    Spec {
        path: "db execute",
        help: include_str!("../texts/db-execute.txt"),
        flags: &[
            ("file", None, Value),
            ("stdin", None, Switch),
            ("url", None, Value),
        ],
    },
    Spec {
        path: "db seed",
        help: include_str!("../texts/db-seed.txt"),
        flags: &[],
    },
];

/// Help of the groups (`prisma`, `prisma migrate`, `prisma db`).
pub const TOP_HELP: &str = include_str!("../texts/prisma.txt");
const MIGRATE_HELP: &str = include_str!("../texts/migrate.txt");
const DB_HELP: &str = include_str!("../texts/db.txt");

/// Every command path, for completion.
pub fn command_paths() -> impl Iterator<Item = &'static str> {
    SPECS.iter().map(|s| s.path)
}

/// The flags of a command path (`--name`, `-n`, …), for completion.
pub fn flags_of(path: &str) -> Vec<String> {
    SPECS
        .iter()
        .find(|s| s.path == path)
        .map(|s| {
            COMMON
                .iter()
                .chain(s.flags)
                .map(|(long, _, _)| format!("--{long}"))
                .collect()
        })
        .unwrap_or_default()
}

/// A parsed `prisma …` command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    /// `migrate dev`, `db push`, … (a key of the command table).
    pub path: &'static str,
    /// Flags by long name; switches hold `""`. A flag given twice keeps every value.
    pub flags: BTreeMap<&'static str, Vec<String>>,
    /// Words that are not flags (and, for `db seed`, everything after `--`).
    pub positional: Vec<String>,
    pub help: &'static str,
}

impl Invocation {
    pub fn has(&self, flag: &str) -> bool {
        self.flags.contains_key(flag)
    }

    /// The last value given for a flag (the `arg` package keeps the last).
    pub fn value(&self, flag: &str) -> Option<&str> {
        self.flags
            .get(flag)
            .and_then(|v| v.last())
            .map(String::as_str)
    }
}

/// What parsing a `prisma …` line gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Run(Invocation),
    /// Help printed on stdout, exit 0.
    Help(&'static str),
    /// An error printed on stderr, exit 1.
    Error(String),
    /// `prisma -v` / `prisma version`.
    Version,
}

/// Parses the words after `prisma`.
pub fn parse(words: &[String]) -> Parsed {
    let first = words.first().map(String::as_str);
    match first {
        None | Some("-h" | "--help" | "help") => return Parsed::Help(TOP_HELP),
        Some("-v" | "--version" | "version") => return Parsed::Version,
        _ => {}
    }
    let (group_help, group) = match first {
        Some("migrate") => (Some(MIGRATE_HELP), "migrate"),
        Some("db") => (Some(DB_HELP), "db"),
        Some(other) => (None, other),
        None => (None, ""),
    };
    let (path, rest) = match group_help {
        Some(help) => match words.get(1).map(String::as_str) {
            None | Some("-h" | "--help") => return Parsed::Help(help),
            Some(sub) if !sub.starts_with('-') => (format!("{group} {sub}"), &words[2..]),
            Some(_) => return Parsed::Help(help),
        },
        None => (group.to_owned(), &words[1..]),
    };
    let Some(spec) = SPECS.iter().find(|s| s.path == path) else {
        let unknown = path.rsplit(' ').next().unwrap_or(&path);
        let help = group_help.unwrap_or(TOP_HELP);
        return Parsed::Error(format!("\n! Unknown command \"{unknown}\"\n{help}"));
    };
    if spec.path == "db seed" {
        return parse_seed(spec, rest);
    }
    parse_flags(spec, rest)
}

fn find_flag(spec: &Spec, word: &str) -> Option<(&'static str, Kind)> {
    let all = COMMON.iter().chain(spec.flags);
    if let Some(long) = word.strip_prefix("--") {
        return all
            .clone()
            .find(|(l, _, _)| *l == long)
            .map(|(l, _, k)| (*l, *k));
    }
    let short = word.strip_prefix('-')?;
    let mut chars = short.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    all.clone()
        .find(|(_, s, _)| *s == Some(c))
        .map(|(l, _, k)| (*l, *k))
}

fn option_error(spec: &Spec, message: String) -> Parsed {
    Parsed::Error(format!("\n! {message}\n{}", spec.help))
}

fn parse_flags(spec: &'static Spec, words: &[String]) -> Parsed {
    let mut flags: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut positional = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        i += 1;
        if word == "--" {
            positional.extend(words[i..].iter().cloned());
            break;
        }
        if !word.starts_with('-') || word == "-" {
            positional.push(word.clone());
            continue;
        }
        let (name, inline) = match word.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (word.as_str(), None),
        };
        let Some((long, kind)) = find_flag(spec, name) else {
            return option_error(spec, format!("unknown or unexpected option: {name}"));
        };
        let value = match (kind, inline) {
            (Switch, _) => String::new(),
            (Value, Some(v)) => v,
            (Value, None) => match words.get(i) {
                // Like `arg`, a following flag is not taken as the value.
                Some(next) if !next.starts_with('-') || next == "-" => {
                    i += 1;
                    next.clone()
                }
                _ => return option_error(spec, format!("option requires argument: {name}")),
            },
        };
        flags.entry(long).or_default().push(value);
    }
    if flags.contains_key("help") {
        return Parsed::Help(spec.help);
    }
    Parsed::Run(Invocation {
        path: spec.path,
        flags,
        positional,
        help: spec.help,
    })
}

/// `db seed` parses on its own: arguments after `--` go to the seed script, and an unknown
/// option gets a hint about that separator instead of the help.
fn parse_seed(spec: &'static Spec, words: &[String]) -> Parsed {
    let mut flags: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut positional = Vec::new();
    let mut it = words.iter();
    while let Some(word) = it.next() {
        match word.as_str() {
            "--" => positional.extend(it.by_ref().cloned()),
            "-h" | "--help" => return Parsed::Help(spec.help),
            "--schema" | "--config" => {
                let name = if word == "--schema" {
                    "schema"
                } else {
                    "config"
                };
                flags
                    .entry(name)
                    .or_default()
                    .push(it.next().cloned().unwrap_or_default());
            }
            w if w.starts_with("--schema=") || w.starts_with("--config=") => {}
            w if w.starts_with('-') => {
                return Parsed::Error(format!(
                    "Error: unknown or unexpected option: {w}\nDid you mean to pass these as arguments to your seed script? If so, add a -- separator before them:\n$ prisma db seed -- --arg1 value1 --arg2 value2"
                ));
            }
            w => positional.push(w.to_owned()),
        }
    }
    Parsed::Run(Invocation {
        path: spec.path,
        flags,
        positional,
        help: spec.help,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_line(line: &str) -> Parsed {
        parse(&crate::words::split(line).unwrap())
    }

    #[test]
    fn flags_in_every_spelling() {
        let Parsed::Run(inv) = parse_line("migrate dev -n init --create-only") else {
            panic!()
        };
        assert_eq!(inv.path, "migrate dev");
        assert_eq!(inv.value("name"), Some("init"));
        assert!(inv.has("create-only"));
        let Parsed::Run(inv) = parse_line("migrate dev --name=add_user") else {
            panic!()
        };
        assert_eq!(inv.value("name"), Some("add_user"));
    }

    #[test]
    fn errors_read_like_prisma() {
        let Parsed::Error(e) = parse_line("migrate dev --frob") else {
            panic!()
        };
        assert!(
            e.starts_with("\n! unknown or unexpected option: --frob\n\n🏋️"),
            "{e}"
        );
        let Parsed::Error(e) = parse_line("migrate dev --name") else {
            panic!()
        };
        assert!(
            e.starts_with("\n! option requires argument: --name\n"),
            "{e}"
        );
        let Parsed::Error(e) = parse_line("frobnicate") else {
            panic!()
        };
        assert!(
            e.starts_with("\n! Unknown command \"frobnicate\"\n\n    ◭  Prisma"),
            "{e}"
        );
        let Parsed::Error(e) = parse_line("migrate frob") else {
            panic!()
        };
        assert!(
            e.starts_with("\n! Unknown command \"frob\"\n\nUpdate the database"),
            "{e}"
        );
    }

    #[test]
    fn help_everywhere() {
        assert_eq!(parse_line(""), Parsed::Help(TOP_HELP));
        assert_eq!(parse_line("migrate"), Parsed::Help(MIGRATE_HELP));
        assert!(
            matches!(parse_line("db push -h"), Parsed::Help(h) if h.contains("Push the state"))
        );
    }

    #[test]
    fn seed_arguments_after_the_separator() {
        let Parsed::Run(inv) = parse_line("db seed -- --rows 10") else {
            panic!()
        };
        assert_eq!(inv.positional, ["--rows", "10"]);
        assert!(
            matches!(parse_line("db seed --rows 10"), Parsed::Error(e) if e.contains("-- separator"))
        );
    }
}
