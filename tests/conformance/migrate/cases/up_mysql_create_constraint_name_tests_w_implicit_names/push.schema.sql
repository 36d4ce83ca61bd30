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

    PRIMARY KEY ("a", "b")
);
-- index sqlite_autoindex_B_1 on B (no SQL)
CREATE UNIQUE INDEX "A_name_key" ON "A"("name");
CREATE INDEX "A_a_idx" ON "A"("a");
CREATE UNIQUE INDEX "A_a_b_key" ON "A"("a", "b");
CREATE INDEX "B_a_b_idx" ON "B"("a", "b");
