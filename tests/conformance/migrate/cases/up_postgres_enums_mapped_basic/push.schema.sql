CREATE TABLE "Avocado" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL
);
-- index sqlite_autoindex_Avocado_1 on Avocado (no SQL)
