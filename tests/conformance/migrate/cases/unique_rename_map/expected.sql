-- RedefineIndex
DROP INDEX "old_key";
CREATE UNIQUE INDEX "new_key" ON "M"("a");

