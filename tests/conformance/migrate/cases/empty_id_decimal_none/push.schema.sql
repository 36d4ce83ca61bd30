CREATE TABLE "M" (
    "id" DECIMAL NOT NULL PRIMARY KEY,
    "x" INTEGER
);
-- index sqlite_autoindex_M_1 on M (no SQL)
