CREATE TABLE "A" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL
);
CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE "B" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "aId" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b"),
    CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- index sqlite_autoindex_B_1 on B (no SQL)
CREATE UNIQUE INDEX "SingleUnique" ON "A"("name");
CREATE INDEX "SingleIndex" ON "A"("a");
CREATE UNIQUE INDEX "NamedCompoundUnique" ON "A"("a", "b");
CREATE UNIQUE INDEX "UnNamedCompoundUnique" ON "A"("a", "b");
CREATE INDEX "CompoundIndex" ON "B"("a", "b");
