-- CreateIndex
Pragma writable_schema=1;
CREATE INDEX "sqlite_custom" ON "M"("a");
Pragma writable_schema=0;

