INSERT INTO "User" ("id", "name") VALUES (1, 'a'), (2, NULL);
INSERT INTO "Post" ("id", "title") VALUES (1, 'p1'), (2, 'p2');
