-- CreateIndex
CREATE INDEX "M_a_idx" ON "M"("a");

-- CreateIndex
CREATE INDEX "M_b_idx" ON "M"("b");

-- CreateIndex
CREATE INDEX "M_c_idx" ON "M"("c");

-- CreateIndex
CREATE INDEX "M_c_b_idx" ON "M"("c", "b");

-- CreateIndex
CREATE UNIQUE INDEX "M_a_b_c_key" ON "M"("a", "b", "c");

