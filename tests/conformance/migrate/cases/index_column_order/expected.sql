-- DropIndex
DROP INDEX "M_a_b_idx";

-- CreateIndex
CREATE INDEX "M_b_a_idx" ON "M"("b", "a");

