-- CreateTable
CREATE TABLE "M" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "x" INTEGER
);

