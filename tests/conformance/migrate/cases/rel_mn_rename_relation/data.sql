INSERT INTO "Post" ("id") VALUES (1), (2);
INSERT INTO "Tag" ("id") VALUES (1);
INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 1);
