-- CreateTable
CREATE TABLE "table" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hereBeDragons" TEXT NOT NULL
);

