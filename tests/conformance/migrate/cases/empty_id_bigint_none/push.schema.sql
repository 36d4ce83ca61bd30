CREATE TABLE "M" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "x" INTEGER
);
-- index sqlite_autoindex_M_1 on M (no SQL)
