-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_M" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "x" INTEGER
);
INSERT INTO "new_M" ("x") SELECT "x" FROM "M";
DROP TABLE "M";
ALTER TABLE "new_M" RENAME TO "M";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

