-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_M" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "c" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("a", "b", "c")
);
INSERT INTO "new_M" ("a", "b", "c") SELECT "a", "b", "c" FROM "M";
DROP TABLE "M";
ALTER TABLE "new_M" RENAME TO "M";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

