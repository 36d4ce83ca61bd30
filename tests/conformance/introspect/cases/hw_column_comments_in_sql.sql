CREATE TABLE t ( -- the table
  id INTEGER PRIMARY KEY, /* pk */
  a TEXT -- trailing
);
