-- database produced by the migrate case empty_type_boolean
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" BOOLEAN NOT NULL,
    "opt" BOOLEAN,
    "def" BOOLEAN NOT NULL DEFAULT true
);
