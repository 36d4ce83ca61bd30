INSERT INTO "User" ("id", "name") VALUES (1, 'a'), (2, NULL);
INSERT INTO "Post" ("id", "title", "authorId") VALUES (1, 'p1', 1), (2, 'p2', 2);
