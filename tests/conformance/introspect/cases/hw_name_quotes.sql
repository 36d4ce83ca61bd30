CREATE TABLE "it's" ("id" INTEGER PRIMARY KEY, "say ""hi""" TEXT);
