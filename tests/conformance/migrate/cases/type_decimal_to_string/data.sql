INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
UPDATE "User" SET "v" = 1.5 WHERE "email" = 'a@example.com';
