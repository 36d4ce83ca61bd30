CREATE TABLE "M" (
    "id" DATETIME NOT NULL PRIMARY KEY DEFAULT CURRENT_TIMESTAMP,
    "x" INTEGER
);
-- index sqlite_autoindex_M_1 on M (no SQL)
