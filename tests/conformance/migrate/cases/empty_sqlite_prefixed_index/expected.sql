-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" INTEGER NOT NULL
);

-- CreateIndex
Pragma writable_schema=1;
CREATE INDEX "sqlite_my_idx" ON "M"("a");
Pragma writable_schema=0;

