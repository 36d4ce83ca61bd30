INSERT INTO "Employee" ("id") VALUES (1), (2);
