-- database produced by the migrate case empty_type_bytes
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" BLOB NOT NULL,
    "opt" BLOB,
    "def" BLOB NOT NULL DEFAULT '68656c6c6f'
);
