-- DropIndex
DROP INDEX "M_a_key";

-- CreateIndex
CREATE UNIQUE INDEX "M_a_key" ON "M"("a" DESC);

