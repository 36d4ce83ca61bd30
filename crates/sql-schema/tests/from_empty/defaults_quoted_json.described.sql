-- CreateTable
CREATE TABLE "A" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "s" TEXT NOT NULL DEFAULT 'it''s',
    "d" DATETIME NOT NULL DEFAULT '2024-01-01 00:00:00 +00:00',
    "b" BLOB NOT NULL DEFAULT '68656c6c6f',
    "f" REAL NOT NULL DEFAULT 0,
    "j" JSONB NOT NULL DEFAULT '''{}''',
    "n" TEXT NOT NULL,
    "u" TEXT NOT NULL,
    "u7" TEXT NOT NULL,
    "c2" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "C" (
    "code" TEXT NOT NULL PRIMARY KEY
);

/* summary

[+] Added tables
  - A
  - B
  - C
*/
