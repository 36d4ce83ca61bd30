-- database produced by the migrate case enum_change_default
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'ADMIN'
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
