-- database produced by the migrate case up_postgres_enums_enum_basic
-- CreateTable
CREATE TABLE "Test" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "enum" TEXT NOT NULL
);
