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
    FOREIGN KEY ("aId") REFERENCES "A" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "UnNamedCompoundUnique" ON "A"("a" ASC, "b" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "NamedCompoundUnique" ON "A"("a" ASC, "b" ASC);

-- CreateIndex
CREATE INDEX "SingleIndex" ON "A"("a" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "SingleUnique" ON "A"("name" ASC);

-- CreateIndex
CREATE INDEX "CompoundIndex" ON "B"("a" ASC, "b" ASC);

/* summary

[+] Added tables
  - A
  - B

[*] Changed the `A` table
  [+] Added unique index on columns (a, b)
  [+] Added unique index on columns (a, b)
  [+] Added index on columns (a)
  [+] Added unique index on columns (name)

[*] Changed the `B` table
  [+] Added index on columns (a, b)
*/
