CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "v" TEXT
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
