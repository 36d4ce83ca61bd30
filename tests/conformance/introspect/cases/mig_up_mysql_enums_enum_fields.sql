-- database produced by the migrate case up_mysql_enums_enum_fields
-- CreateTable
CREATE TABLE "MyTable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "k" TEXT DEFAULT 'error',
    "r" TEXT NOT NULL DEFAULT 'succeeded'
);
