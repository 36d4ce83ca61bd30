CREATE TABLE "my table" ("my id" INTEGER PRIMARY KEY, "first name" TEXT, "last-name" TEXT, "1st" INTEGER, "ünïcode" TEXT);
CREATE TABLE "2fast" (id INTEGER PRIMARY KEY, "$$$" TEXT, "a.b" TEXT);
CREATE TABLE "class" (id INTEGER PRIMARY KEY);
CREATE TABLE "PrismaClient" (id INTEGER PRIMARY KEY);
CREATE TABLE wq (id INTEGER PRIMARY KEY, "col""q" TEXT);
