-- database produced by the migrate case empty_unsupported
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "g" circle,
    "h" point NOT NULL
);
