-- v0 → v1
-- AlterTable
ALTER TABLE "User" ADD COLUMN "bio" TEXT;

-- CreateIndex
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId" ASC);

/* summary

[*] Changed the `Post` table
  [+] Added index on columns (authorId)

[*] Changed the `User` table
  [+] Added column `bio`
*/
/* pure check
Diagnostics {
    warnings: [],
    unexecutable: [],
}
*/

-- v1 → v2
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("authorId", "id", "title") SELECT "authorId", "id", "title" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId" ASC);
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT 'anon',
    "age" TEXT
);
INSERT INTO "new_User" ("age", "email", "id", "name") SELECT "age", "email", "id", coalesce("name", 'anon') AS "name" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email" ASC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

/* summary

[*] Redefined table `Post`

[*] Redefined table `User`
*/
/* pure check
Diagnostics {
    warnings: [
        Diagnostic {
            code: "non-empty-column-drop",
            description: "You are about to drop the column `bio` on the `User` table. All the data in the column will be lost.",
            step_index: 0,
        },
    ],
    unexecutable: [],
}
*/

-- v2 → v3
-- CreateTable
CREATE TABLE "Tag" (
    "postId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    PRIMARY KEY ("postId", "label"),
    FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_title_key" ON "Post"("title" DESC);

-- RedefineIndex
DROP INDEX "Post_authorId_idx";
CREATE INDEX "Post_author_idx" ON "Post"("authorId" ASC);

/* summary

[+] Added tables
  - Tag

[*] Changed the `Post` table
  [+] Added unique index on columns (title)
  [*] Redefined index `Post_authorId_idx`
*/
/* pure check
Diagnostics {
    warnings: [
        Diagnostic {
            code: "unique-constraint-addition",
            description: "A unique constraint covering the columns `[title]` on the table `Post` will be added. If there are existing duplicate values, this will fail.",
            step_index: 1,
        },
    ],
    unexecutable: [],
}
*/

-- v3 → v4
-- DropIndex
DROP INDEX "Post_author_idx";

-- DropIndex
DROP INDEX "Post_title_key";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Post";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tag" (
    "postId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    PRIMARY KEY ("label", "postId")
);
INSERT INTO "new_Tag" ("label", "postId") SELECT "label", "postId" FROM "Tag";
DROP TABLE "Tag";
ALTER TABLE "new_Tag" RENAME TO "Tag";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

/* summary

[-] Removed tables
  - Post

[*] Redefined table `Tag`

[*] Changed the `Post` table
  [-] Removed index on columns (authorId)
  [-] Removed unique index on columns (title)
*/
/* pure check
Diagnostics {
    warnings: [
        Diagnostic {
            code: "non-empty-table-drop",
            description: "You are about to drop the `Post` table. If the table is not empty, all the data it contains will be lost.",
            step_index: 2,
        },
        Diagnostic {
            code: "primary-key-change",
            description: "The primary key for the `Tag` table will be changed. If it partially fails, the table could be left without primary key constraint.",
            step_index: 3,
        },
    ],
    unexecutable: [],
}
*/

-- v4 → v5
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Tag";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "User";
PRAGMA foreign_keys=on;

/* summary

[-] Removed tables
  - Tag
  - User
*/
/* pure check
Diagnostics {
    warnings: [
        Diagnostic {
            code: "non-empty-table-drop",
            description: "You are about to drop the `Tag` table. If the table is not empty, all the data it contains will be lost.",
            step_index: 0,
        },
        Diagnostic {
            code: "non-empty-table-drop",
            description: "You are about to drop the `User` table. If the table is not empty, all the data it contains will be lost.",
            step_index: 1,
        },
    ],
    unexecutable: [],
}
*/

