-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "M";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "m_table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "c" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "m_table_a_idx" ON "m_table"("a");

