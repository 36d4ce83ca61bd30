-- CreateIndex
CREATE INDEX "M_b_c_a_idx" ON "M"("b" DESC, "c" ASC, "a");

