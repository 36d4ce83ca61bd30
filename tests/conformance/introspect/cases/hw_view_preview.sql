-- preview_features=views
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, active BOOLEAN NOT NULL DEFAULT 1);
CREATE VIEW active_users AS SELECT id, email FROM users WHERE active = 1;
