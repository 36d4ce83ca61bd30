-- CreateTable
CREATE TABLE "Avocado" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL
);

