CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    v DATETIME NOT NULL DEFAULT current_timestamp,
    w DATETIME DEFAULT current_timestamp
);
