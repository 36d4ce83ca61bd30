CREATE TABLE "User" (
    id INTEGER PRIMARY KEY
);

CREATE TABLE "Post" (
    id INTEGER PRIMARY KEY,
    user_id INTEGER,
    CONSTRAINT "user_id_fkey" FOREIGN KEY (user_id) REFERENCES "User"(id)
);
