//! Properties over generated schemas (a seeded generator, no dependencies), covering more
//! shapes than the fixtures:
//!
//! - rendering a schema from empty, applying it and describing it gives the schema back
//!   (the diff either way is empty);
//! - the diff of a schema with itself is empty;
//! - for a pair (A, B), the script A→B applies to a database built from A and the result
//!   describes as B.
//!
//! The generator stays within what a Prisma schema can produce and SQLite can read back:
//! no `dbgenerated` defaults (SQLite drops their parentheses), no JSON or bytes defaults
//! (Prisma renders those in forms that do not round-trip), index names derived from their
//! table so that two tables never trade names.

mod common;

use seedbed_db::{Db, SqliteDb};
use seedbed_sql_schema::*;

/// xorshift64*: small, seeded, good enough to pick shapes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const TABLES: &[&str] = &["User", "Post", "my table", "Tag"];
const COLUMNS: &[&str] = &["id", "name", "a b", "count", "createdAt", "ratio"];

fn random_family(rng: &mut Rng) -> ColumnTypeFamily {
    use ColumnTypeFamily::*;
    [
        Int, BigInt, Float, Decimal, Boolean, String, DateTime, Json, Binary,
    ][rng.below(9)]
    .clone()
}

fn random_default(rng: &mut Rng, family: &ColumnTypeFamily) -> Option<DefaultValue> {
    if !rng.chance(30) {
        return None;
    }
    let literal = match family {
        ColumnTypeFamily::Int => DefaultLiteral::Int(rng.below(20) as i64 - 5),
        ColumnTypeFamily::BigInt => DefaultLiteral::BigInt(rng.below(1000) as i64),
        ColumnTypeFamily::Float => DefaultLiteral::Float("1.5".into()),
        ColumnTypeFamily::Decimal => DefaultLiteral::Float("9.99".into()),
        ColumnTypeFamily::Boolean => DefaultLiteral::Boolean(rng.chance(50)),
        ColumnTypeFamily::String => {
            DefaultLiteral::String(["", "it's", "x y"][rng.below(3)].into())
        }
        ColumnTypeFamily::DateTime => return Some(DefaultValue::Now),
        _ => return None,
    };
    Some(DefaultValue::Value(literal))
}

fn random_schema(rng: &mut Rng) -> SqlSchema {
    let mut schema = SqlSchema::default();
    for table_name in TABLES {
        if !rng.chance(70) {
            continue;
        }
        let table = schema.push_table(*table_name);
        let mut columns = Vec::new();
        for column_name in COLUMNS {
            if columns.is_empty() || rng.chance(55) {
                let family = random_family(rng);
                let arity = if rng.chance(50) {
                    ColumnArity::Required
                } else {
                    ColumnArity::Nullable
                };
                let default = random_default(rng, &family);
                let tpe = ColumnType {
                    family,
                    full_data_type: String::new(),
                    arity,
                };
                columns.push(schema.push_column(Column {
                    table,
                    name: (*column_name).into(),
                    tpe,
                    default,
                    auto_increment: false,
                }));
            }
        }
        // A primary key of one or two leading columns, required as Prisma requires.
        if rng.chance(75) {
            let n = if columns.len() > 1 && rng.chance(30) {
                2
            } else {
                1
            };
            for &c in &columns[..n] {
                schema.column_mut(c).tpe.arity = ColumnArity::Required;
            }
            let pk_columns = columns[..n]
                .iter()
                .map(|&column| IndexColumn {
                    column,
                    sort_order: None,
                })
                .collect();
            schema.table_mut(table).primary_key = Some(PrimaryKey {
                columns: pk_columns,
            });
        }
        let mut seen: Vec<(Vec<ColumnId>, IndexKind)> = Vec::new();
        for _ in 0..rng.below(3) {
            let picked: Vec<ColumnId> =
                columns.iter().copied().filter(|_| rng.chance(40)).collect();
            let kind = if rng.chance(50) {
                IndexKind::Unique
            } else {
                IndexKind::Normal
            };
            if picked.is_empty() || seen.contains(&(picked.clone(), kind)) {
                continue;
            }
            seen.push((picked.clone(), kind));
            let names: Vec<&str> = picked
                .iter()
                .map(|c| schema.column(*c).name.as_str())
                .collect();
            let suffix = if kind == IndexKind::Unique {
                "key"
            } else {
                "idx"
            };
            let renamed = if rng.chance(30) { "_renamed" } else { "" };
            let name = format!("{table_name}_{}_{suffix}{renamed}", names.join("_"));
            let sort =
                |rng: &mut Rng| [None, Some(SortOrder::Asc), Some(SortOrder::Desc)][rng.below(3)];
            let index_columns = picked
                .iter()
                .map(|&column| IndexColumn {
                    column,
                    sort_order: sort(rng),
                })
                .collect();
            schema.push_index(Index {
                table,
                name,
                kind,
                columns: index_columns,
            });
        }
    }
    // Foreign keys from a table's last column to a single-column primary key.
    for table in schema.table_ids().collect::<Vec<_>>() {
        if !rng.chance(40) {
            continue;
        }
        let targets: Vec<(TableId, ColumnId)> = schema
            .walk_tables()
            .filter_map(|t| match t.primary_key() {
                Some(pk) if pk.columns.len() == 1 => Some((t.id, pk.columns[0].column)),
                _ => None,
            })
            .collect();
        let Some(from) = schema.walk(table).columns().last().map(|c| c.id) else {
            continue;
        };
        if targets.is_empty() {
            continue;
        }
        let (referenced_table, to) = targets[rng.below(targets.len())];
        let actions = [
            ForeignKeyAction::Cascade,
            ForeignKeyAction::Restrict,
            ForeignKeyAction::SetNull,
            ForeignKeyAction::NoAction,
        ];
        let name = format!(
            "{}_{}_fkey",
            schema.table(table).name,
            schema.column(from).name
        );
        schema.push_foreign_key(ForeignKey {
            table,
            constraint_name: Some(name),
            referenced_table,
            columns: vec![from],
            referenced_columns: vec![to],
            on_delete: actions[rng.below(4)],
            on_update: actions[rng.below(4)],
        });
    }
    schema
}

/// A with a few small changes, the kind that do not redefine tables: an optional column
/// added, an index renamed, dropped or added.
fn mutate(a: &SqlSchema, rng: &mut Rng) -> SqlSchema {
    let mut b = a.clone();
    let tables: Vec<TableId> = b.table_ids().collect();
    if tables.is_empty() {
        return b;
    }
    for _ in 0..1 + rng.below(3) {
        let table = tables[rng.below(tables.len())];
        match rng.below(3) {
            0 => {
                let name = format!("extra{}", rng.below(1000));
                if b.find_column(table, &name).is_none() {
                    let family = random_family(rng);
                    let default = random_default(rng, &family).filter(|d| *d != DefaultValue::Now);
                    let tpe = ColumnType {
                        family,
                        full_data_type: String::new(),
                        arity: ColumnArity::Nullable,
                    };
                    b.push_column(Column {
                        table,
                        name,
                        tpe,
                        default,
                        auto_increment: false,
                    });
                }
            }
            1 if !b.indexes.is_empty() => {
                let i = rng.below(b.indexes.len());
                let name = &mut b.indexes[i].name;
                *name = match name.strip_suffix("_renamed") {
                    Some(base) => base.to_owned(),
                    None => format!("{name}_renamed"),
                };
            }
            _ if !b.indexes.is_empty() && rng.chance(50) => {
                b.indexes.remove(rng.below(b.indexes.len()));
            }
            _ => {
                let Some(column) = b.walk(table).columns().next().map(|c| c.id) else {
                    continue;
                };
                let name = format!("{}_first_{}", b.table(table).name, rng.below(1000));
                let columns = vec![IndexColumn {
                    column,
                    sort_order: None,
                }];
                b.push_index(Index {
                    table,
                    name,
                    kind: IndexKind::Normal,
                    columns,
                });
            }
        }
    }
    b
}

/// Applies `script`, describes, and checks the result against `expected` both ways.
fn apply_and_compare(db: &mut SqliteDb, script: &str, expected: &SqlSchema) -> Result<(), String> {
    db.execute_batch(script)
        .map_err(|e| format!("script fails: {e}\n{script}"))?;
    let described = describe(db).map_err(|e| e.to_string())?;
    let forward = diff(&described, expected);
    let backward = diff(expected, &described);
    if forward.is_empty() && backward.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "described ≠ expected\n{script}\nforward:\n{}\nbackward:\n{}",
            forward.script(),
            backward.script()
        ))
    }
}

#[test]
fn random_schemas_round_trip() {
    let mut failures = Vec::new();
    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    let cases: u64 = 200;
    for seed in 1..=cases {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let a = random_schema(&mut rng);
        let b = if seed % 2 == 0 {
            random_schema(&mut rng)
        } else {
            mutate(&a, &mut rng)
        };
        let empty = SqlSchema::default();
        if !diff(&a, &a).is_empty() {
            failures.push(format!("seed {seed}: self-diff is not empty"));
        }
        let mut db = SqliteDb::open_in_memory().unwrap();
        if let Err(e) = apply_and_compare(&mut db, &diff(&empty, &a).script(), &a) {
            failures.push(format!("seed {seed}: from empty: {e}"));
            continue;
        }
        let migration = diff(&a, &b);
        for step in &migration.steps {
            *kinds.entry(step.description()).or_insert(0) += 1;
        }
        // Rendering the summary and the checks must not panic either.
        let _ = (
            migration.summary(),
            migration.pure_check(),
            migration.check(&mut db),
        );
        if let Err(e) = apply_and_compare(&mut db, &migration.script(), &b) {
            failures.push(format!("seed {seed}: A → B: {e}"));
        }
    }
    eprintln!("steps exercised: {kinds:?}");
    common::report(failures.into_iter().take(3).collect(), cases as usize);
}
