DELETE FROM "Post";
DELETE FROM "User";
INSERT INTO "User" ("email", "name") VALUES ('ada@example.com', 'Ada'), ('grace@example.com', 'Grace'), ('alan@example.com', 'Alan');
INSERT INTO "Post" ("title", "authorId") SELECT 'Hello, world', "id" FROM "User" WHERE "email" = 'ada@example.com';
INSERT INTO "Post" ("title", "authorId") SELECT 'Why seed a database?', "id" FROM "User" WHERE "email" = 'ada@example.com';
