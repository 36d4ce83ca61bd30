-- RedefineIndex
DROP INDEX "M_a_idx";
CREATE INDEX "custom_idx" ON "M"("a");

