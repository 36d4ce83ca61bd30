-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_M" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    PRIMARY KEY ("b", "a")
);
INSERT INTO "new_M" ("a", "b") SELECT "a", "b" FROM "M";
DROP TABLE "M";
ALTER TABLE "new_M" RENAME TO "M";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

