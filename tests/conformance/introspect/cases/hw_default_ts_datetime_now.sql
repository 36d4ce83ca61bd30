CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    v DATETIME NOT NULL DEFAULT (datetime('now')),
    w DATETIME DEFAULT (datetime('now'))
);
