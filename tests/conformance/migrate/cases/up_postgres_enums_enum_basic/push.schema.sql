CREATE TABLE "Test" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "enum" TEXT NOT NULL
);
-- index sqlite_autoindex_Test_1 on Test (no SQL)
