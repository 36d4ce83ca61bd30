-- database produced by the migrate case empty_id_decimal_none
-- CreateTable
CREATE TABLE "M" (
    "id" DECIMAL NOT NULL PRIMARY KEY,
    "x" INTEGER
);
