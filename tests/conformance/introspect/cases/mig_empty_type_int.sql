-- database produced by the migrate case empty_type_int
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" INTEGER NOT NULL,
    "opt" INTEGER,
    "def" INTEGER NOT NULL DEFAULT 42
);
