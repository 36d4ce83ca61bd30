-- database produced by the migrate case empty_quoted_names
-- CreateTable
CREATE TABLE "my table" (
    "my id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "it's "x"" TEXT NOT NULL
);
