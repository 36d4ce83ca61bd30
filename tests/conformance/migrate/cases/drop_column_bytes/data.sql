INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
UPDATE "User" SET "extra" = X'68656c6c6f' WHERE "email" = 'a@example.com';
