-- preview_features=views
CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id), total REAL);
CREATE VIEW "a totals" AS SELECT a.id, a.name, sum(b.total) AS total FROM a JOIN b ON b.a_id = a.id GROUP BY a.id;
