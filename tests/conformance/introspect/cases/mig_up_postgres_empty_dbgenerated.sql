-- database produced by the migrate case up_postgres_empty_dbgenerated
-- CreateTable
CREATE TABLE "table" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hereBeDragons" TEXT NOT NULL
);
