CREATE TABLE t (id integer primary key, a varchar(10), b text, c, d blob, e Boolean, f DateTime, g JsonB);
