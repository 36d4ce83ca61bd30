CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "v" BIGINT
);
CREATE TABLE sqlite_sequence(name,seq);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
