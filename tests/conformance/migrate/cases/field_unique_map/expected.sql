-- RedefineIndex
DROP INDEX "M_a_key";
CREATE UNIQUE INDEX "a_unique" ON "M"("a");

