-- database produced by the migrate case empty_type_json
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" JSONB NOT NULL,
    "opt" JSONB,
    "def" JSONB NOT NULL DEFAULT {}
);
