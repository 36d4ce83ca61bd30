-- database produced by the migrate case empty_id_float_none
-- CreateTable
CREATE TABLE "M" (
    "id" REAL NOT NULL PRIMARY KEY,
    "x" INTEGER
);
