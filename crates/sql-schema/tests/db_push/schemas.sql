-- The database of db_push_transcript.txt, step 2: what the first push created, plus data
-- (2 users, 1 NULL name; 2 posts).
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT
);
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
INSERT INTO "User" ("email", "name") VALUES ('a@example.com', 'Alice'), ('b@example.com', NULL);
INSERT INTO "Post" ("title", "authorId") VALUES ('Hello', 1), ('World', 2);
-- ===
-- Step 2's target: Post dropped, `name` required, `age Int` added.
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "age" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
-- ===
-- Steps 3 and 4's target: the same with `name` and `age` optional.
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "age" INTEGER
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
