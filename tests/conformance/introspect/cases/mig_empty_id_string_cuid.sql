-- database produced by the migrate case empty_id_string_cuid
-- CreateTable
CREATE TABLE "M" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "x" INTEGER
);
