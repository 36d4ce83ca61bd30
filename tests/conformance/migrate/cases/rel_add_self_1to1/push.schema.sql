CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE "Node" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nextId" INTEGER,
    CONSTRAINT "Node_nextId_fkey" FOREIGN KEY ("nextId") REFERENCES "Node" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Node_nextId_key" ON "Node"("nextId");
