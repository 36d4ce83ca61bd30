INSERT INTO "M" ("id", "a", "b", "c") VALUES (1, 'x', 1, 1), (2, 'y', 2, 2);
