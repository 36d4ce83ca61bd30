-- database produced by the migrate case add_optional_role
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
, "extra" TEXT);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
