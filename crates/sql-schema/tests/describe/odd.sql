-- Databases Prisma did not make: the describer must cope, never panic.
CREATE TABLE "with space" ("an id" INTEGER PRIMARY KEY, "weird ""name""" TEXT DEFAULT 'it''s');
CREATE TABLE checks (a INT CHECK (a > 0), b TEXT NOT NULL CHECK (length(b) < 10) DEFAULT 'x');
CREATE TABLE gen (a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL, c INT AS (a + 1) STORED);
CREATE TABLE wr (k TEXT PRIMARY KEY, v BLOB DEFAULT x'00ff') WITHOUT ROWID;
CREATE TABLE nopk (a, b ANYTHING, c VARCHAR(10), d DECIMAL(10, 2) DEFAULT '1.50', e DOUBLE DEFAULT (1.0 / 3));
CREATE TABLE parent (x INT, y INT, PRIMARY KEY (y DESC, x));
CREATE TABLE child (
    px INT, py INT, z INT,
    FOREIGN KEY (py, px) REFERENCES parent ON DELETE SET NULL,
    FOREIGN KEY (z) REFERENCES missing_table (id),
    FOREIGN KEY (px) REFERENCES parent (nope) ON UPDATE SET DEFAULT
);
CREATE INDEX expr_idx ON checks (lower(b));
CREATE INDEX partial_idx ON checks (a) WHERE a > 10;
CREATE UNIQUE INDEX multi ON nopk (c DESC, a);
CREATE TABLE dates (a DATETIME DEFAULT (datetime('now')), b DATE DEFAULT 'now', c TIMESTAMP DEFAULT current_timestamp, d BOOLEAN DEFAULT TRUE, e BOOLEAN DEFAULT 1, f JSONB DEFAULT '{"a": 1}', g BIGINT DEFAULT -5, h INT DEFAULT NULL);
CREATE TABLE _prisma_migrations (id TEXT PRIMARY KEY);
CREATE TABLE d1_migrations (id TEXT);
CREATE TABLE "_cf_KV" (k TEXT);
CREATE VIEW v_ok AS SELECT a, b FROM checks;
CREATE TABLE doomed (x INT);
CREATE VIEW v_broken AS SELECT x FROM doomed;
DROP TABLE doomed;
CREATE TABLE t_autoinc (id INTEGER PRIMARY KEY AUTOINCREMENT, n TEXT);
INSERT INTO t_autoinc (n) VALUES ('so sqlite_sequence exists');
CREATE VIRTUAL TABLE docs USING fts5(title, body);
