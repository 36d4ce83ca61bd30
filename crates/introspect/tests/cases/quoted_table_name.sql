CREATE TABLE "with""quote" (id INTEGER PRIMARY KEY, "col""q" TEXT);
