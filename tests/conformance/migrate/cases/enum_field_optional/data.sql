INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
UPDATE "User" SET "role" = 'ADMIN' WHERE "email" = 'a@example.com';
