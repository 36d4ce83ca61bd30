CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'USER'
);
CREATE TABLE sqlite_sequence(name,seq);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
