-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_M" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "x" INTEGER
);
INSERT INTO "new_M" ("id", "x") SELECT "id", "x" FROM "M";
DROP TABLE "M";
ALTER TABLE "new_M" RENAME TO "M";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

