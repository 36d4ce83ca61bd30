-- CreateIndex
CREATE UNIQUE INDEX "M_a_b_key" ON "M"("a", "b");

