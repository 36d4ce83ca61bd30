-- database produced by the migrate case empty_id_datetime_now
-- CreateTable
CREATE TABLE "M" (
    "id" DATETIME NOT NULL PRIMARY KEY DEFAULT CURRENT_TIMESTAMP,
    "x" INTEGER
);
