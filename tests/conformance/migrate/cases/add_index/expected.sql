-- CreateIndex
CREATE INDEX "M_a_idx" ON "M"("a");

