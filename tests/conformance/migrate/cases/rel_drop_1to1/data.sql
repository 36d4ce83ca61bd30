INSERT INTO "User" ("id") VALUES (1);
INSERT INTO "Profile" ("id", "userId") VALUES (1, 1);
