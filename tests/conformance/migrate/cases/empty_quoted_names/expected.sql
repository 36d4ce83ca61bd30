-- CreateTable
CREATE TABLE "my table" (
    "my id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "it's "x"" TEXT NOT NULL
);

