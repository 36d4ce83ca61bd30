-- DropIndex
DROP INDEX "M_a_key";

-- CreateIndex
CREATE INDEX "M_a_idx" ON "M"("a");

