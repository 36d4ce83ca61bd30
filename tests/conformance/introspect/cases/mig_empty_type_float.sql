-- database produced by the migrate case empty_type_float
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" REAL NOT NULL,
    "opt" REAL,
    "def" REAL NOT NULL DEFAULT 1.5
);
