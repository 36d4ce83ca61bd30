INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
UPDATE "User" SET "extra" = 'ADMIN' WHERE "email" = 'a@example.com';
