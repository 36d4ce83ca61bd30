-- database produced by the migrate case rel_compound_fk_add
CREATE TABLE "User" (
    "first" TEXT NOT NULL,
    "last" TEXT NOT NULL,

    PRIMARY KEY ("first", "last")
);
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "af" TEXT,
    "al" TEXT,
    CONSTRAINT "Post_af_al_fkey" FOREIGN KEY ("af", "al") REFERENCES "User" ("first", "last") ON DELETE SET NULL ON UPDATE CASCADE
);
