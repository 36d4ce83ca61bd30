INSERT INTO "User" ("email", "full_name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
