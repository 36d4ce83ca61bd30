-- database produced by the migrate case empty_id_boolean_none
-- CreateTable
CREATE TABLE "M" (
    "id" BOOLEAN NOT NULL PRIMARY KEY,
    "x" INTEGER
);
