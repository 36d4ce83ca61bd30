CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "extra" REAL NOT NULL DEFAULT 1.5
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
