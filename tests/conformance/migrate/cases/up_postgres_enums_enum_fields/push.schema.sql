CREATE TABLE "MyTable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" TEXT NOT NULL DEFAULT 'SLEEPING',
    "k" TEXT DEFAULT 'error',
    "r" TEXT NOT NULL DEFAULT 'succeeded'
);
CREATE TABLE sqlite_sequence(name,seq);
