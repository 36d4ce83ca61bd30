CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "c" INTEGER NOT NULL,
    "d" INTEGER NOT NULL,
    "e" INTEGER NOT NULL
);
CREATE TABLE sqlite_sequence(name,seq);
CREATE UNIQUE INDEX "M_a_key" ON "M"("a");
CREATE UNIQUE INDEX "b_custom" ON "M"("b");
CREATE INDEX "M_c_idx" ON "M"("c");
CREATE INDEX "cd_idx" ON "M"("c", "d");
CREATE INDEX "M_d_e_idx" ON "M"("d" DESC, "e");
CREATE UNIQUE INDEX "M_d_e_key" ON "M"("d", "e");
CREATE UNIQUE INDEX "ec_unique" ON "M"("e", "c");
