INSERT INTO "Post" ("id") VALUES (1), (2);
INSERT INTO "Tag" ("id") VALUES (1);
