-- database produced by the migrate case empty_all_default_functions
-- CreateTable
CREATE TABLE "M" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "a" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "b" TEXT NOT NULL,
    "c" TEXT NOT NULL,
    "d" TEXT NOT NULL,
    "e" TEXT NOT NULL,
    "f" TEXT NOT NULL,
    "g" TEXT NOT NULL,
    "h" TEXT NOT NULL,
    "i" INTEGER NOT NULL DEFAULT (1 + 1),
    "j" TEXT NOT NULL,
    "k" TEXT NOT NULL DEFAULT 'it''s',
    "l" REAL NOT NULL DEFAULT -1.25,
    "m" BOOLEAN NOT NULL DEFAULT false,
    "n" JSONB NOT NULL DEFAULT {"a":[1,2]},
    "o" BLOB NOT NULL DEFAULT '',
    "p" DATETIME NOT NULL,
    "q" BIGINT NOT NULL DEFAULT 9007199254740993,
    "r" DECIMAL NOT NULL DEFAULT 0.1
);
