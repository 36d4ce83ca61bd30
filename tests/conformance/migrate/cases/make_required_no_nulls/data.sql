INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice');
