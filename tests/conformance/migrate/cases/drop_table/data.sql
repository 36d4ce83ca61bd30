INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
INSERT INTO "Tag" ("id", "name") VALUES (1, 't');
