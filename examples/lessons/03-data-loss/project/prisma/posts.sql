INSERT INTO "Post" ("title", "body") VALUES ('Hello', 'My first post.');
INSERT INTO "Post" ("title", "body") VALUES ('Migrations', 'They keep the history of the database.');
