CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "extra" DATETIME NOT NULL DEFAULT '2024-01-01 00:00:00 +00:00'
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
