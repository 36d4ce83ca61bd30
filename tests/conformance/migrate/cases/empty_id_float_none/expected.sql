-- CreateTable
CREATE TABLE "M" (
    "id" REAL NOT NULL PRIMARY KEY,
    "x" INTEGER
);

