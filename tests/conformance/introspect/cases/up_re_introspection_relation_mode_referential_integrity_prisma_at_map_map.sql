CREATE TABLE "foo_table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bar_id" INTEGER NOT NULL
);

CREATE TABLE "bar_table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

CREATE UNIQUE INDEX "foo_table_bar_id_key" ON "foo_table"("bar_id");
