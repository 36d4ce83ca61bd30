INSERT INTO "Post" ("title") VALUES ('New post');
