-- database produced by the migrate case empty_type_datetime
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" DATETIME NOT NULL,
    "opt" DATETIME,
    "def" DATETIME NOT NULL DEFAULT '2024-01-01 00:00:00 +00:00'
);
