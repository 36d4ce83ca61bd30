CREATE TABLE "User" (
    "first" TEXT NOT NULL,
    "last" TEXT NOT NULL,

    PRIMARY KEY ("first", "last")
);
-- index sqlite_autoindex_User_1 on User (no SQL)
CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "af" TEXT,
    "al" TEXT,
    CONSTRAINT "Post_af_al_fkey" FOREIGN KEY ("af", "al") REFERENCES "User" ("first", "last") ON DELETE SET NULL ON UPDATE CASCADE
);
