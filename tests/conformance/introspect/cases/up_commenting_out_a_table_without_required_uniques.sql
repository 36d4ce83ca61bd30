CREATE TABLE "Post" (
    id INTEGER NOT NULL,
    opt_unique INTEGER UNIQUE
);
