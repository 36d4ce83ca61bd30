-- CreateTable
CREATE TABLE "M" (
    "id" BOOLEAN NOT NULL PRIMARY KEY,
    "x" INTEGER
);

