-- database produced by the migrate case empty_ignored
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "x" INTEGER
);

-- CreateTable
CREATE TABLE "N" (
    "a" INTEGER NOT NULL
);
