-- database produced by the migrate case add_optional_json
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
, "extra" JSONB);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
