-- database produced by the migrate case add_column_with_index
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
, "age" INTEGER);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_age_idx" ON "User"("age");
