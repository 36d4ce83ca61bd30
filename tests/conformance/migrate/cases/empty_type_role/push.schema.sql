CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "req" TEXT NOT NULL,
    "opt" TEXT,
    "def" TEXT NOT NULL DEFAULT 'ADMIN'
);
CREATE TABLE sqlite_sequence(name,seq);
