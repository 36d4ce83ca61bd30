-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Node" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nextId" INTEGER,
    CONSTRAINT "Node_nextId_fkey" FOREIGN KEY ("nextId") REFERENCES "Node" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Node" ("id") SELECT "id" FROM "Node";
DROP TABLE "Node";
ALTER TABLE "new_Node" RENAME TO "Node";
CREATE UNIQUE INDEX "Node_nextId_key" ON "Node"("nextId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

