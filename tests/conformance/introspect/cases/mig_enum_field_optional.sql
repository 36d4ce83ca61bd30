-- database produced by the migrate case enum_field_optional
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
