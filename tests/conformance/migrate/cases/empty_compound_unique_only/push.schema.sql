CREATE TABLE "M" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "M_a_b_key" ON "M"("a", "b");
