CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  age INTEGER CHECK (age >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('a', 'b')),
  price REAL NOT NULL,
  qty INTEGER NOT NULL DEFAULT 1,
  total REAL GENERATED ALWAYS AS (price * qty) VIRTUAL,
  stored_total REAL GENERATED ALWAYS AS (price * qty) STORED,
  CONSTRAINT positive CHECK (id > 0)
);
