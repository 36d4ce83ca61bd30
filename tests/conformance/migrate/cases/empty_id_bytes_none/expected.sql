-- CreateTable
CREATE TABLE "M" (
    "id" BLOB NOT NULL PRIMARY KEY,
    "x" INTEGER
);

