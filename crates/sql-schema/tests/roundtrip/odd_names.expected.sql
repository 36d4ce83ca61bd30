-- v0 → v1
-- AlterTable
ALTER TABLE "wr" ADD COLUMN "w" DATETIME DEFAULT CURRENT_TIMESTAMP;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_my table" (
    "the id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a ""quoted"" col" TEXT DEFAULT 'x',
    "new col" REAL NOT NULL DEFAULT 1.5
);
INSERT INTO "new_my table" ("a ""quoted"" col", "the id") SELECT "a ""quoted"" col", "the id" FROM "my table";
DROP TABLE "my table";
ALTER TABLE "new_my table" RENAME TO "my table";
CREATE UNIQUE INDEX "idx with space" ON "my table"("a ""quoted"" col" ASC);
CREATE TABLE "new_nopk" (
    "a" TEXT NOT NULL DEFAULT '',
    "b" BIGINT
);
INSERT INTO "new_nopk" ("a", "b") SELECT coalesce("a", '') AS "a", "b" FROM "nopk";
DROP TABLE "nopk";
ALTER TABLE "new_nopk" RENAME TO "nopk";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

/* summary

[*] Redefined table `my table`

[*] Redefined table `nopk`

[*] Changed the `wr` table
  [+] Added column `w`
*/
/* pure check
Diagnostics {
    warnings: [
        Diagnostic {
            code: "risky-cast",
            description: "You are about to alter the column `b` on the `nopk` table. The data in that column could be lost. The data in that column will be cast from `Int` to `BigInt`.",
            step_index: 1,
        },
    ],
    unexecutable: [],
}
*/

