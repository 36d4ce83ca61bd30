-- CreateTable
CREATE TABLE "M" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "x" INTEGER
);

