-- database produced by the migrate case empty_type_bigint
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" BIGINT NOT NULL,
    "opt" BIGINT,
    "def" BIGINT NOT NULL DEFAULT 42
);
