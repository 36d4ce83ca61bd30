-- database produced by the migrate case empty_type_role
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" TEXT NOT NULL,
    "opt" TEXT,
    "def" TEXT NOT NULL DEFAULT 'ADMIN'
);
