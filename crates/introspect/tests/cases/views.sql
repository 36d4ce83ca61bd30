-- preview_features=views
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, "full name" TEXT, meta JSON);
CREATE VIEW "active users" AS SELECT id, email, "full name", meta FROM users;
