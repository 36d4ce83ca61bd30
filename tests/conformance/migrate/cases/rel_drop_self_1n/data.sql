INSERT INTO "Employee" ("id", "managerId") VALUES (1, NULL), (2, 1);
