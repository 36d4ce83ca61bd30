-- CreateIndex
CREATE INDEX "M_col_a_idx" ON "M"("col_a");

