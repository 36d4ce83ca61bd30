-- database produced by the migrate case up_mysql_create_constraint_name_tests_w_implicit_names
-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "B" (
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "aId" INTEGER NOT NULL,

    PRIMARY KEY ("a", "b")
);

-- CreateIndex
CREATE UNIQUE INDEX "A_name_key" ON "A"("name");

-- CreateIndex
CREATE INDEX "A_a_idx" ON "A"("a");

-- CreateIndex
CREATE UNIQUE INDEX "A_a_b_key" ON "A"("a", "b");

-- CreateIndex
CREATE INDEX "B_a_b_idx" ON "B"("a", "b");
