INSERT INTO "M" ("a", "b", "c") VALUES (1, 1, 1), (2, 2, 2);
