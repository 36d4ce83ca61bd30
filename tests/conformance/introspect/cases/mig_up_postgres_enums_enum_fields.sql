-- database produced by the migrate case up_postgres_enums_enum_fields
-- CreateTable
CREATE TABLE "MyTable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" TEXT NOT NULL DEFAULT 'SLEEPING',
    "k" TEXT DEFAULT 'error',
    "r" TEXT NOT NULL DEFAULT 'succeeded'
);
