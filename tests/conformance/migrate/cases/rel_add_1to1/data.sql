INSERT INTO "User" ("id") VALUES (1);
INSERT INTO "Profile" ("id") VALUES (1);
