CREATE TABLE "my table" ("my id" INTEGER PRIMARY KEY, "first name" TEXT, "last-name" TEXT);
