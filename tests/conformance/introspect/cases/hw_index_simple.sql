CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX custom_name ON t (b);
