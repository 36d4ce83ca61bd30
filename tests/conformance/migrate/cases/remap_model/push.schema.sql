CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
);
CREATE TABLE sqlite_sequence(name,seq);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
