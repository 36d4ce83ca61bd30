-- CreateTable
CREATE TABLE "MyTable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "k" TEXT DEFAULT 'error',
    "r" TEXT NOT NULL DEFAULT 'succeeded'
);

