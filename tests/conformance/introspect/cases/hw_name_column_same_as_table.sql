CREATE TABLE "item" ("item" INTEGER PRIMARY KEY, "items" TEXT);
