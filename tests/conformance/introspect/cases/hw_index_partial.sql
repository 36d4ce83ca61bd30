CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, deleted INT);
CREATE INDEX t_live ON t (a) WHERE deleted = 0;
CREATE UNIQUE INDEX t_live_u ON t (a) WHERE deleted IS NULL;
