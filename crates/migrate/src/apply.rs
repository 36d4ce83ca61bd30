//! Running one migration script against a database.
//!
//! Prisma's SQLite connector sends the whole script with `raw_cmd` in autocommit mode, so a
//! statement that fails halfway leaves the statements before it applied. We deliberately do
//! better: the script runs inside one transaction and a failure rolls it all back.
//!
//! The catch is that `PRAGMA foreign_keys` is a no-op inside a transaction, and Prisma's
//! RedefineTables recipe relies on it being OFF while it drops and renames tables (with it
//! ON, `DROP TABLE` on a referenced table would run the ON DELETE actions). So foreign keys
//! are switched off *before* `BEGIN` and restored after, which is the effective behaviour
//! of Prisma's script; `PRAGMA defer_foreign_keys` and `foreign_key_check` still work inside.

use crate::env::Env;
use crate::history;
use seedbed_db::{Db, DbError, DbResult};

/// Runs `script` atomically (see the module doc). On failure the database is unchanged.
pub fn run_script(db: &mut dyn Db, script: &str) -> DbResult<()> {
    let fk_on = db
        .query("PRAGMA foreign_keys", &[])?
        .rows
        .first()
        .and_then(|r| r.first())
        .and_then(|v| v.as_i64())
        == Some(1);
    if fk_on {
        db.execute_batch("PRAGMA foreign_keys=OFF")?;
    }
    let result = atomically(db, script);
    if fk_on {
        db.execute_batch("PRAGMA foreign_keys=ON")?;
    }
    result
}

/// The script between `BEGIN` and `COMMIT`. A script that manages its own transaction
/// (`BEGIN; … COMMIT;`, which Prisma's autocommit mode allows) is run as it is instead:
/// its `BEGIN` fails at once inside ours, which leaves nothing to undo.
fn atomically(db: &mut dyn Db, script: &str) -> DbResult<()> {
    db.execute_batch("BEGIN")?;
    match db.execute_batch(script) {
        Ok(()) => match db.execute_batch("COMMIT") {
            // The script committed our transaction itself; its work is done.
            Err(err) if err.message.contains("no transaction is active") => Ok(()),
            other => other,
        },
        Err(err) => {
            // The rollback error, if any, says less than the script's own error.
            let _ = db.execute_batch("ROLLBACK");
            if err.message.contains("within a transaction") {
                db.execute_batch(script)
            } else {
                Err(err)
            }
        }
    }
}

/// SQLite's message without the "in <sql> at offset N" tail rusqlite appends for syntax
/// errors, so texts read as Prisma's (`near "BROKEN": syntax error`).
pub fn clean_message(err: &DbError) -> String {
    let msg = err.message.as_str();
    match (msg.find(" in "), msg.rfind(" at offset ")) {
        (Some(start), Some(end)) if end > start => msg[..start].to_owned(),
        _ => msg.to_owned(),
    }
}

/// P3018's text, as the CLI prints it.
pub fn p3018(name: &str, err: &DbError) -> String {
    let code = err
        .code
        .map(|c| c.to_string())
        .unwrap_or_else(|| "1".into());
    format!(
        "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\nMigration name: {name}\n\nDatabase error code: {code}\n\nDatabase error:\n{}\n",
        clean_message(err)
    )
}

/// What the engine stores in `logs` for a failed script: SQLite's result-code name and
/// message (`SQLITE_ERROR: near "BROKEN": syntax error`, as recorded by the real 6.19.3;
/// its span-trace lines are engine internals and left out).
pub fn failure_logs(err: &DbError) -> String {
    let name = match err.code.map(|c| c & 0xff) {
        Some(5) => "SQLITE_BUSY",
        Some(6) => "SQLITE_LOCKED",
        Some(8) => "SQLITE_READONLY",
        Some(11) => "SQLITE_CORRUPT",
        Some(13) => "SQLITE_FULL",
        Some(18) => "SQLITE_TOOBIG",
        Some(19) => "SQLITE_CONSTRAINT",
        Some(20) => "SQLITE_MISMATCH",
        _ => "SQLITE_ERROR",
    };
    format!("{name}: {}", clean_message(err))
}

/// Applies one migration with its `_prisma_migrations` bookkeeping. On failure the row
/// stays unfinished with the error in `logs` (a "failed" migration) and the P3018 text is
/// returned.
pub fn apply_migration(
    db: &mut dyn Db,
    env: &mut dyn Env,
    name: &str,
    script: &str,
) -> DbResult<Result<(), String>> {
    let id = history::start(db, env, name, &crate::checksum::checksum(script))?;
    match run_script(db, script) {
        Ok(()) => {
            history::finish(db, env, &id)?;
            Ok(Ok(()))
        }
        Err(err) => {
            let text = p3018(name, &err);
            history::record_failure(db, &id, &failure_logs(&err))?;
            Ok(Err(text))
        }
    }
}

/// Empties a database: drops every view, trigger, index and table, foreign keys off.
/// (Prisma truncates the SQLite file; a handle behind [`Db`] cannot, so it drops.)
pub fn reset(db: &mut dyn Db) -> DbResult<()> {
    let rows = db.query(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('view','trigger','table') \
         ORDER BY CASE type WHEN 'view' THEN 0 WHEN 'trigger' THEN 1 ELSE 2 END",
        &[],
    )?;
    let mut script = String::new();
    for row in &rows.rows {
        let (Some(kind), Some(name)) = (
            row.first().and_then(|v| v.as_str()),
            row.get(1).and_then(|v| v.as_str()),
        ) else {
            continue;
        };
        let kind = kind.to_uppercase();
        script.push_str(&format!(
            "DROP {kind} IF EXISTS \"{}\";\n",
            name.replace('"', "\"\"")
        ));
    }
    if db
        .query(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'",
            &[],
        )?
        .rows
        .is_empty()
    {
        run_script(db, &script)
    } else {
        script.push_str("DELETE FROM sqlite_sequence;\n");
        run_script(db, &script)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use seedbed_db::SqliteDb;

    fn tables(db: &mut SqliteDb) -> usize {
        db.query("SELECT name FROM sqlite_master WHERE type='table'", &[])
            .map(|r| r.rows.len())
            .unwrap_or(0)
    }

    #[test]
    fn failure_leaves_database_unchanged() {
        let mut db = SqliteDb::open_in_memory().unwrap();
        let err = run_script(&mut db, "CREATE TABLE a (x);\nCREATE BROKEN;").unwrap_err();
        assert_eq!(clean_message(&err), "near \"BROKEN\": syntax error");
        assert_eq!(
            failure_logs(&err),
            "SQLITE_ERROR: near \"BROKEN\": syntax error"
        );
        assert_eq!(tables(&mut db), 0);
    }

    #[test]
    fn scripts_with_their_own_transaction_run() {
        let mut db = SqliteDb::open_in_memory().unwrap();
        run_script(&mut db, "BEGIN;\nCREATE TABLE a (x);\nCOMMIT;").unwrap();
        run_script(&mut db, "CREATE TABLE b (x);\nCOMMIT;\nCREATE TABLE c (x);").unwrap();
        assert_eq!(tables(&mut db), 3);
    }

    #[test]
    fn foreign_keys_are_off_while_redefining_and_restored() {
        let mut db = SqliteDb::open_in_memory().unwrap();
        db.execute_batch(
            "PRAGMA foreign_keys=ON; CREATE TABLE p (id INTEGER PRIMARY KEY); \
             CREATE TABLE c (id INTEGER, p INTEGER REFERENCES p(id) ON DELETE CASCADE); \
             INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1);",
        )
        .unwrap();
        // Prisma's RedefineTables recipe on the parent: with foreign keys on, DROP TABLE
        // would cascade into `c`.
        run_script(
            &mut db,
            "PRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\nCREATE TABLE new_p (id INTEGER PRIMARY KEY, n TEXT);\nINSERT INTO new_p (id) SELECT id FROM p;\nDROP TABLE p;\nALTER TABLE new_p RENAME TO p;\nPRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;",
        )
        .unwrap();
        let rows = db.query("SELECT count(*) FROM c", &[]).unwrap();
        assert_eq!(rows.rows[0][0].as_i64(), Some(1));
        let fk = db.query("PRAGMA foreign_keys", &[]).unwrap();
        assert_eq!(fk.rows[0][0].as_i64(), Some(1));
    }
}
