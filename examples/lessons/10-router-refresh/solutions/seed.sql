DELETE FROM "Post";
INSERT INTO "Post" ("title") VALUES ('Server Components fetch on the server'), ('Route handlers change data'), ('router.refresh() asks for a new payload');
