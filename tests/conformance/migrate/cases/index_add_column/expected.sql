-- DropIndex
DROP INDEX "M_a_idx";

-- CreateIndex
CREATE INDEX "M_a_b_idx" ON "M"("a", "b");

