CREATE TABLE user_accounts (user_id INTEGER PRIMARY KEY, firstName TEXT, created_at DATETIME);
