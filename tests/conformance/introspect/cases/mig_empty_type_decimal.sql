-- database produced by the migrate case empty_type_decimal
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" DECIMAL NOT NULL,
    "opt" DECIMAL,
    "def" DECIMAL NOT NULL DEFAULT 1.5
);
