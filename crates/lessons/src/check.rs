//! Checks: data in `lesson.json`, evaluated against a [`World`] snapshot.

use crate::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the page knows when a learner presses "Check".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct World {
    /// The schema as edited (the editor's text is the schema file).
    pub schema_text: String,
    /// What the schema language says of `schema_text` (computed by the engine worker, or
    /// by `SchemaFacts::of` natively).
    #[serde(default)]
    pub schema: crate::SchemaFacts,
    /// The project's files by path.
    pub files: BTreeMap<String, String>,
    /// The terminal lines run since the step opened, oldest first.
    pub terminal_history: Vec<WorldCommand>,
    /// The database's tables (without `_prisma_migrations`' internals hidden: as listed).
    pub tables: Vec<WorldTable>,
    /// Migration folders and history rows with their status (`applied`, `pending`, …).
    pub migrations: Vec<WorldMigration>,
    /// The schema the generated client came from, when there is one.
    pub client_generated_schema: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorldCommand {
    pub line: String,
    pub exit_code: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorldTable {
    pub name: String,
    pub row_count: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorldMigration {
    pub name: String,
    pub status: String,
}

/// A condition on the [`World`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Check {
    /// The schema has no errors.
    SchemaValid,
    /// The schema declares the model (views included).
    SchemaHasModel {
        model: String,
    },
    /// The model has the field; `type` is the type name as written without `?`/`[]`;
    /// `optional` and `list` are checked when given.
    #[serde(rename_all = "camelCase")]
    SchemaHasField {
        model: String,
        field: String,
        #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
        type_name: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        optional: Option<bool>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        list: Option<bool>,
    },
    /// Some project file's path starts with `prefix`.
    FileExists {
        prefix: String,
    },
    /// Some project file whose path starts with `prefix` contains `text`.
    FileContains {
        prefix: String,
        text: String,
    },
    /// At least `min` migrations (any status).
    MigrationCount {
        min: usize,
    },
    /// A migration whose name ends with `suffix` (and has `status`, when given).
    #[serde(rename_all = "camelCase")]
    MigrationNamed {
        suffix: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<String>,
    },
    /// A line run since the step opened matches `pattern` (see [`line_matches`]), and
    /// ended with `exitCode` when given.
    #[serde(rename_all = "camelCase")]
    RanCommand {
        pattern: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exit_code: Option<i32>,
    },
    /// The database has the table.
    TableExists {
        table: String,
    },
    /// The table has at least `min` rows (and at most `max`, when given).
    TableRows {
        table: String,
        min: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<i64>,
    },
    /// Prisma Client was generated from the current schema.
    ClientFresh,
    All {
        checks: Vec<Check>,
    },
    Any {
        checks: Vec<Check>,
    },
    Not {
        check: Box<Check>,
    },
}

/// The outcome of a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    /// Failed: the step's hint in the learner's language.
    Fail {
        hint: String,
    },
}

impl Verdict {
    pub fn passed(&self) -> bool {
        matches!(self, Verdict::Pass)
    }
}

/// Whether a terminal line matches a pattern: every word of the pattern appears among the
/// line's words, in order (other words may come between: `migrate dev` matches
/// `npx prisma migrate dev --name init`). A pattern word starting with `*` matches a word
/// ending with the rest (`cat *migration.sql`).
pub fn line_matches(pattern: &str, line: &str) -> bool {
    let mut words = line.split_whitespace();
    pattern.split_whitespace().all(|want| {
        words.by_ref().any(|w| match want.strip_prefix('*') {
            Some(end) => w.ends_with(end),
            None => w == want,
        })
    })
}

/// Schemas compared for freshness: the same text up to whitespace at line ends and blank
/// lines (an editor's trailing newline does not make a client stale).
fn same_schema(a: &str, b: &str) -> bool {
    let lines = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| l.trim_end().to_owned())
            .filter(|l| !l.is_empty())
            .collect()
    };
    lines(a) == lines(b)
}

impl Check {
    /// Whether the world satisfies the check.
    pub fn holds(&self, world: &World) -> bool {
        match self {
            Check::SchemaValid => world.schema.valid,
            Check::SchemaHasModel { model } => world.schema.model(model).is_some(),
            Check::SchemaHasField {
                model,
                field,
                type_name,
                optional,
                list,
            } => {
                let Some(found) = world
                    .schema
                    .model(model)
                    .and_then(|m| m.fields.iter().find(|f| f.name == *field))
                else {
                    return false;
                };
                type_name.as_ref().is_none_or(|t| found.type_name == *t)
                    && optional.is_none_or(|o| o == found.optional)
                    && list.is_none_or(|l| l == found.list)
            }
            Check::FileExists { prefix } => world.files.keys().any(|p| p.starts_with(prefix)),
            Check::FileContains { prefix, text } => world
                .files
                .iter()
                .any(|(p, t)| p.starts_with(prefix) && t.contains(text.as_str())),
            Check::MigrationCount { min } => world.migrations.len() >= *min,
            Check::MigrationNamed { suffix, status } => world.migrations.iter().any(|m| {
                m.name.ends_with(suffix.as_str()) && status.as_ref().is_none_or(|s| m.status == *s)
            }),
            Check::RanCommand { pattern, exit_code } => world.terminal_history.iter().any(|c| {
                line_matches(pattern, &c.line) && exit_code.is_none_or(|e| e == c.exit_code)
            }),
            Check::TableExists { table } => world.tables.iter().any(|t| t.name == *table),
            Check::TableRows { table, min, max } => world.tables.iter().any(|t| {
                t.name == *table && t.row_count >= *min && max.is_none_or(|m| t.row_count <= m)
            }),
            Check::ClientFresh => world
                .client_generated_schema
                .as_deref()
                .is_some_and(|s| same_schema(s, &world.schema_text)),
            Check::All { checks } => checks.iter().all(|c| c.holds(world)),
            Check::Any { checks } => checks.iter().any(|c| c.holds(world)),
            Check::Not { check } => !check.holds(world),
        }
    }
}

/// Evaluates a step's check: pass, or its hint in `language` (English when missing).
pub fn evaluate(check: &Check, hint: &Text, world: &World, language: &str) -> Verdict {
    if check.holds(world) {
        Verdict::Pass
    } else {
        Verdict::Fail {
            hint: hint.get(language).to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: &str = "datasource db {\n  provider = \"sqlite\"\n  url = \"file:./dev.db\"\n}\n\nmodel User {\n  id Int @id\n  name String?\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n}\n";

    fn world() -> World {
        World {
            schema_text: SCHEMA.into(),
            schema: crate::SchemaFacts::of(SCHEMA),
            ..World::default()
        }
    }

    fn field(model: &str, field: &str) -> Check {
        Check::SchemaHasField {
            model: model.into(),
            field: field.into(),
            type_name: None,
            optional: None,
            list: None,
        }
    }

    #[test]
    fn schema_checks() {
        let w = world();
        assert!(Check::SchemaValid.holds(&w));
        assert!(
            Check::SchemaHasModel {
                model: "Post".into()
            }
            .holds(&w)
        );
        assert!(field("User", "name").holds(&w));
        assert!(!field("User", "email").holds(&w));
        let typed = |t: &str, optional, list| Check::SchemaHasField {
            model: "User".into(),
            field: if t == "Post" { "posts" } else { "name" }.into(),
            type_name: Some(t.into()),
            optional: Some(optional),
            list: Some(list),
        };
        assert!(typed("String", true, false).holds(&w));
        assert!(!typed("String", false, false).holds(&w));
        assert!(typed("Post", false, true).holds(&w));
        let broken = World {
            schema_text: "model A { id Int @id }".into(),
            schema: crate::SchemaFacts::of("model A { id Int @id }"),
            ..World::default()
        };
        assert!(!Check::SchemaValid.holds(&broken), "no datasource");
    }

    #[test]
    fn commands_match_words_in_order() {
        assert!(line_matches(
            "migrate dev",
            "npx prisma migrate dev --name init"
        ));
        assert!(!line_matches("dev migrate", "npx prisma migrate dev"));
        assert!(!line_matches("migrate dev", "npx prisma migrate deploy"));
        assert!(line_matches(
            "cat *init/migration.sql",
            "cat prisma/migrations/20250101000000_init/migration.sql"
        ));
    }

    #[test]
    fn combinators_and_hint() {
        let mut w = world();
        w.terminal_history.push(WorldCommand {
            line: "npx prisma db push".into(),
            exit_code: 0,
        });
        w.tables.push(WorldTable {
            name: "User".into(),
            row_count: 3,
        });
        let ran = Check::RanCommand {
            pattern: "db push".into(),
            exit_code: Some(0),
        };
        let rows = Check::TableRows {
            table: "User".into(),
            min: 1,
            max: Some(3),
        };
        assert!(
            Check::All {
                checks: vec![ran.clone(), rows.clone()]
            }
            .holds(&w)
        );
        let none = Check::TableRows {
            table: "User".into(),
            min: 4,
            max: None,
        };
        assert!(
            Check::Any {
                checks: vec![none.clone(), rows]
            }
            .holds(&w)
        );
        assert!(
            Check::Not {
                check: Box::new(none.clone())
            }
            .holds(&w)
        );
        let mut hint = Text::default();
        hint.0.insert("en".into(), "Seed it".into());
        hint.0.insert("es".into(), "Siémbrala".into());
        assert_eq!(
            evaluate(&none, &hint, &w, "es"),
            Verdict::Fail {
                hint: "Siémbrala".into()
            }
        );
        assert!(evaluate(&ran, &hint, &w, "en").passed());
    }

    #[test]
    fn client_freshness_ignores_blank_lines() {
        let mut w = world();
        assert!(!Check::ClientFresh.holds(&w));
        w.client_generated_schema = Some(format!("{SCHEMA}\n\n"));
        assert!(Check::ClientFresh.holds(&w));
        w.schema_text.push_str("model X {\n  id Int @id\n}\n");
        assert!(!Check::ClientFresh.holds(&w));
    }

    #[test]
    fn checks_read_from_json() {
        let c: Check = serde_json::from_str(
            r#"{"kind":"all","checks":[{"kind":"schemaHasField","model":"User","field":"bio","type":"String","optional":true},{"kind":"migrationNamed","suffix":"_init","status":"applied"},{"kind":"ranCommand","pattern":"migrate dev","exitCode":1},{"kind":"not","check":{"kind":"clientFresh"}}]}"#,
        )
        .unwrap();
        assert!(matches!(c, Check::All { ref checks } if checks.len() == 4));
        assert!(
            serde_json::from_str::<Check>(r#"{"kind":"tableExists","table":"A","x":1}"#).is_err()
        );
    }
}
