-- CreateTable
CREATE TABLE "M" (
    "id" DECIMAL NOT NULL PRIMARY KEY,
    "x" INTEGER
);

