-- database produced by the migrate case up_postgres_enums_mapped_basic
-- CreateTable
CREATE TABLE "Avocado" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL
);
