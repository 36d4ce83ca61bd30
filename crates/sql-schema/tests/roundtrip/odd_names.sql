-- Quoted names with spaces and quotes, a table without primary key, a WITHOUT ROWID table.
CREATE TABLE "my table" ("the id" INTEGER PRIMARY KEY, "a ""quoted"" col" TEXT DEFAULT 'x');
CREATE TABLE nopk (a TEXT, b INT);
CREATE TABLE wr (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
CREATE INDEX "idx with space" ON "my table"("a ""quoted"" col");
INSERT INTO "my table" VALUES (1, 'y');
-- ===
CREATE TABLE "my table" ("the id" INTEGER PRIMARY KEY, "a ""quoted"" col" TEXT DEFAULT 'x', "new col" REAL NOT NULL DEFAULT 1.5);
CREATE TABLE nopk (a TEXT NOT NULL DEFAULT '', b BIGINT);
CREATE TABLE wr (k TEXT PRIMARY KEY, v BLOB, w DATETIME DEFAULT CURRENT_TIMESTAMP) WITHOUT ROWID;
CREATE UNIQUE INDEX "idx with space" ON "my table"("a ""quoted"" col");
