CREATE TABLE "1table" ("1id" INTEGER PRIMARY KEY, "2col" TEXT, "_under" TEXT);
