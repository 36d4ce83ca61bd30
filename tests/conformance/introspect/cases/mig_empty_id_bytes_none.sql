-- database produced by the migrate case empty_id_bytes_none
-- CreateTable
CREATE TABLE "M" (
    "id" BLOB NOT NULL PRIMARY KEY,
    "x" INTEGER
);
