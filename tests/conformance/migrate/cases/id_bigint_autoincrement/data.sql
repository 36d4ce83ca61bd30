INSERT INTO "M" ("id", "x") VALUES (1, 1), (2, 2);
