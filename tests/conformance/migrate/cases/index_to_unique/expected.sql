-- DropIndex
DROP INDEX "M_a_idx";

-- CreateIndex
CREATE UNIQUE INDEX "M_a_key" ON "M"("a");

