-- database produced by the migrate case empty_compound_unique_only
-- CreateTable
CREATE TABLE "M" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "M_a_b_key" ON "M"("a", "b");
