INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
UPDATE "User" SET "extra" = 'hello' WHERE "email" = 'a@example.com';
