CREATE TABLE "M" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b")
);
-- index sqlite_autoindex_M_1 on M (no SQL)
