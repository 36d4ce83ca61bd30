CREATE TABLE "table" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hereBeDragons" TEXT NOT NULL
);
-- index sqlite_autoindex_table_1 on table (no SQL)
