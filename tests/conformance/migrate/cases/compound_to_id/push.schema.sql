CREATE TABLE "M" (
    "id" INTEGER NOT NULL,
    "x" INTEGER NOT NULL,

    PRIMARY KEY ("id", "x")
);
-- index sqlite_autoindex_M_1 on M (no SQL)
