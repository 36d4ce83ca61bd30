-- database produced by the migrate case up_sqlite_constraint_names_basic
-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "B" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "aId" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b"),
    CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SingleUnique" ON "A"("name");

-- CreateIndex
CREATE INDEX "SingleIndex" ON "A"("a");

-- CreateIndex
CREATE UNIQUE INDEX "NamedCompoundUnique" ON "A"("a", "b");

-- CreateIndex
CREATE UNIQUE INDEX "UnNamedCompoundUnique" ON "A"("a", "b");

-- CreateIndex
CREATE INDEX "CompoundIndex" ON "B"("a", "b");
