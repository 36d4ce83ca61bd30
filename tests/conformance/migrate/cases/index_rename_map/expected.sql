-- RedefineIndex
DROP INDEX "old_idx";
CREATE INDEX "new_idx" ON "M"("a");

