CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "col_a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "c" INTEGER NOT NULL
);
CREATE TABLE sqlite_sequence(name,seq);
CREATE INDEX "M_col_a_idx" ON "M"("col_a");
