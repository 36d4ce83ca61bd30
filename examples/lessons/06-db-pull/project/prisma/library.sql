-- A small library database, as another team (or an older app) might have left it.
CREATE TABLE "author" (
  "id"   INTEGER PRIMARY KEY AUTOINCREMENT,
  "name" TEXT NOT NULL
);

CREATE TABLE "book" (
  "id"        INTEGER PRIMARY KEY AUTOINCREMENT,
  "title"     TEXT NOT NULL,
  "year"      INTEGER,
  "author_id" INTEGER NOT NULL REFERENCES "author" ("id")
);

INSERT INTO "author" ("name") VALUES ('Ursula K. Le Guin'), ('Gabriel García Márquez');
INSERT INTO "book" ("title", "year", "author_id") VALUES
  ('A Wizard of Earthsea', 1968, 1),
  ('The Dispossessed', 1974, 1),
  ('Cien años de soledad', 1967, 2);
