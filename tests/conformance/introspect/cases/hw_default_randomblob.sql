CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    v TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
    w TEXT DEFAULT (lower(hex(randomblob(16))))
);
