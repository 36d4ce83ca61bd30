INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
UPDATE "User" SET "extra" = '2024-01-01 00:00:00' WHERE "email" = 'a@example.com';
