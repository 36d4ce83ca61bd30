CREATE TABLE t (id INTEGER PRIMARY KEY, age INTEGER CHECK (age >= 0), kind TEXT NOT NULL CHECK (kind IN ('a', 'b')), CONSTRAINT positive CHECK (id > 0));
