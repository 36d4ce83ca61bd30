-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_M" (
    "id" INTEGER NOT NULL,
    "x" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);
INSERT INTO "new_M" ("id", "x") SELECT "id", "x" FROM "M";
DROP TABLE "M";
ALTER TABLE "new_M" RENAME TO "M";
CREATE UNIQUE INDEX "M_id_key" ON "M"("id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

