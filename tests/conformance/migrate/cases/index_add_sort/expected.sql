-- DropIndex
DROP INDEX "M_b_idx";

-- CreateIndex
CREATE INDEX "M_b_idx" ON "M"("b" DESC);

