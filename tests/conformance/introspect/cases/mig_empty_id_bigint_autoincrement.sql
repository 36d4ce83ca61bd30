-- database produced by the migrate case empty_id_bigint_autoincrement
-- CreateTable
CREATE TABLE "M" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "x" INTEGER
);
