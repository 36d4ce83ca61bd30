CREATE TABLE "Benutzer_ä" ("id" INTEGER PRIMARY KEY, "名前" TEXT, "naïve" TEXT);
