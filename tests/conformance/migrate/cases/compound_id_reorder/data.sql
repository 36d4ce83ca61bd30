INSERT INTO "M" ("a", "b") VALUES (1, 1), (2, 2);
