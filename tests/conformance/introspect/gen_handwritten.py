#!/usr/bin/env python3
"""Writes the hand-written introspection cases (cases/hw_*.sql): SQLite databases Prisma never
generated. Re-running rewrites them identically. A first line `-- preview_features=views` makes
the recorder add a generator with that preview feature; `<name>.input.prisma` (optional) is used as
the schema to re-introspect."""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
os.makedirs(OUT, exist_ok=True)
C = {}
INPUT = {}


def case(name, sql, input_schema=None):
    assert name not in C, name
    C[name] = sql.strip('\n') + '\n'
    if input_schema is not None:
        INPUT[name] = input_schema


# ---------------------------------------------------------------- types
TYPES = ['INTEGER', 'INT', 'BIGINT', 'SMALLINT', 'TINYINT', 'MEDIUMINT', 'INT8', 'UNSIGNED BIG INT', 'INTEGER UNSIGNED',
         'REAL', 'FLOAT', 'DOUBLE', 'DOUBLE PRECISION', 'BOOLEAN', 'BOOL', 'TEXT', 'VARCHAR(255)', 'CHAR(10)',
         'CHARACTER(20)', 'VARYING CHARACTER(255)', 'NCHAR(55)', 'NATIVE CHARACTER(70)', 'NVARCHAR(100)', 'CLOB',
         'NUMERIC', 'DECIMAL', 'DECIMAL(10,5)', 'NUMERIC(8, 2)', 'DATE', 'DATETIME', 'TIMESTAMP', 'TIME', 'BLOB',
         'BINARY', 'VARBINARY(16)', 'JSON', 'JSONB', 'UUID', 'MONEY', 'SERIAL', 'GEOMETRY', 'STRING', 'ANY']
cols = ',\n'.join(f'    "c{i}" {t}' for i, t in enumerate(TYPES))
case('hw_types_nullable', f'CREATE TABLE "t" (\n    "id" INTEGER PRIMARY KEY,\n{cols}\n);')
cols = ',\n'.join(f'    "c{i}" {t} NOT NULL' for i, t in enumerate(TYPES))
case('hw_types_required', f'CREATE TABLE "t" (\n    "id" INTEGER PRIMARY KEY,\n{cols}\n);')
case('hw_types_lowercase_and_untyped', 'CREATE TABLE t (id integer primary key, a varchar(10), b text, c, d blob, e Boolean, f DateTime, g JsonB);')
case('hw_strict_table', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a INT NOT NULL, b TEXT, c REAL, d BLOB, e ANY) STRICT;')

# ---------------------------------------------------------------- defaults
DEF = [
    ('int', 'INTEGER', '42'), ('neg_int', 'INTEGER', '-1'), ('paren_int', 'INTEGER', '(7)'), ('float', 'REAL', '1.5'),
    ('text', 'TEXT', "'hello'"), ('text_quote', 'TEXT', "'it''s'"), ('text_dq', 'TEXT', '"dq"'), ('empty_text', 'TEXT', "''"),
    ('bool_true', 'BOOLEAN', 'true'), ('bool_1', 'BOOLEAN', '1'), ('bool_0', 'BOOLEAN', '0'), ('bool_false', 'BOOLEAN', 'FALSE'),
    ('ts_current', 'DATETIME', 'CURRENT_TIMESTAMP'), ('ts_lower', 'DATETIME', 'current_timestamp'), ('date_current', 'DATE', 'CURRENT_DATE'),
    ('time_current', 'TIME', 'CURRENT_TIME'), ('ts_datetime_now', 'DATETIME', "(datetime('now'))"), ('ts_literal', 'DATETIME', "'2024-01-01 00:00:00'"),
    ('ts_iso', 'DATETIME', "'2024-01-01T00:00:00.000Z'"), ('ts_int', 'DATETIME', '0'), ('null', 'TEXT', 'NULL'),
    ('blob_hex', 'BLOB', "X'68656C6C6F'"), ('expr', 'INTEGER', '(1 + 1)'), ('randomblob', 'TEXT', '(lower(hex(randomblob(16))))'),
    ('decimal', 'DECIMAL', '1.50'), ('bigint', 'BIGINT', '9223372036854775807'), ('json', 'JSONB', "'{}'"), ('json_text', 'JSON', "'[]'"),
    ('varchar', 'VARCHAR(20)', "'abc'"), ('text_on_int', 'INTEGER', "'12'"), ('int_on_text', 'TEXT', '12'), ('float_on_int', 'INTEGER', '1.5'),
    ('bool_string', 'BOOLEAN', "'true'"), ('signed_plus', 'INTEGER', '+5'), ('exp_float', 'REAL', '1e3'),
]
for n, t, d in DEF:
    case(f'hw_default_{n}', f'CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    v {t} NOT NULL DEFAULT {d},\n    w {t} DEFAULT {d}\n);')

# ---------------------------------------------------------------- primary keys / uniqueness
case('hw_pk_integer_rowid_alias', 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);')
case('hw_pk_autoincrement', 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);\nINSERT INTO t (v) VALUES (\'x\');')
case('hw_pk_int_not_rowid', 'CREATE TABLE t (id INT PRIMARY KEY, v TEXT);')
case('hw_pk_bigint', 'CREATE TABLE t (id BIGINT PRIMARY KEY NOT NULL, v TEXT);')
case('hw_pk_text', 'CREATE TABLE t (id TEXT PRIMARY KEY NOT NULL, v TEXT);')
case('hw_pk_text_nullable', 'CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT);')
case('hw_pk_desc', 'CREATE TABLE t (id INTEGER PRIMARY KEY DESC, v TEXT);')
case('hw_pk_compound', 'CREATE TABLE t (a INTEGER NOT NULL, b TEXT NOT NULL, v TEXT, PRIMARY KEY (a, b));')
case('hw_pk_named_constraint', 'CREATE TABLE t (id INTEGER NOT NULL, v TEXT, CONSTRAINT "my_pk" PRIMARY KEY (id));')
case('hw_pk_compound_desc', 'CREATE TABLE t (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a DESC, b));')
case('hw_without_rowid', 'CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID;')
case('hw_without_rowid_compound', 'CREATE TABLE t (a TEXT, b INTEGER, v BLOB, PRIMARY KEY (a, b)) WITHOUT ROWID;')
case('hw_no_pk', 'CREATE TABLE t (a INTEGER, b TEXT);')
case('hw_no_pk_unique', 'CREATE TABLE t (a INTEGER NOT NULL UNIQUE, b TEXT);')
case('hw_no_pk_unique_nullable', 'CREATE TABLE t (a INTEGER UNIQUE, b TEXT);')
case('hw_no_pk_compound_unique', 'CREATE TABLE t (a INTEGER NOT NULL, b TEXT NOT NULL, UNIQUE (a, b));')
case('hw_no_pk_unique_index', 'CREATE TABLE t (a INTEGER NOT NULL, b TEXT);\nCREATE UNIQUE INDEX t_a ON t (a);')
case('hw_inline_uniques', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT UNIQUE, b TEXT NOT NULL UNIQUE, c INT, d INT, UNIQUE (c, d), CONSTRAINT named_u UNIQUE (a, c));')
case('hw_pk_and_unique_same_column', 'CREATE TABLE t (id INTEGER PRIMARY KEY UNIQUE, v TEXT);')

# ---------------------------------------------------------------- names
case('hw_name_spaces', 'CREATE TABLE "my table" ("my id" INTEGER PRIMARY KEY, "first name" TEXT, "last-name" TEXT);')
case('hw_name_leading_digit', 'CREATE TABLE "1table" ("1id" INTEGER PRIMARY KEY, "2col" TEXT, "_under" TEXT);')
case('hw_name_quotes', 'CREATE TABLE "it\'s" ("id" INTEGER PRIMARY KEY, "say ""hi""" TEXT);')
case('hw_name_brackets_backticks', 'CREATE TABLE [bracket table] ([id] INTEGER PRIMARY KEY, `tick col` TEXT);')
case('hw_name_reserved', 'CREATE TABLE "String" (id INTEGER PRIMARY KEY);\nCREATE TABLE "model" (id INTEGER PRIMARY KEY);\nCREATE TABLE "Prisma" (id INTEGER PRIMARY KEY);\nCREATE TABLE "enum" (id INTEGER PRIMARY KEY, "Int" INTEGER, "String" TEXT);')
case('hw_name_unicode', 'CREATE TABLE "Benutzer_ä" ("id" INTEGER PRIMARY KEY, "名前" TEXT, "naïve" TEXT);')
case('hw_name_case', 'CREATE TABLE "User" (id INTEGER PRIMARY KEY);\nCREATE TABLE "users" (id INTEGER PRIMARY KEY, "Name" TEXT, "NAME2" TEXT);')
case('hw_name_sanitize_collision', 'CREATE TABLE "a-b" (id INTEGER PRIMARY KEY);\nCREATE TABLE "a_b" (id INTEGER PRIMARY KEY);\nCREATE TABLE "t" (id INTEGER PRIMARY KEY, "x-y" TEXT, "x_y" TEXT);')
case('hw_name_only_symbols', 'CREATE TABLE "t" (id INTEGER PRIMARY KEY, "$$$" TEXT, "---" INTEGER);')
case('hw_name_long', 'CREATE TABLE "' + 't' * 100 + '" ("' + 'c' * 120 + '" INTEGER PRIMARY KEY);')
case('hw_name_column_same_as_table', 'CREATE TABLE "item" ("item" INTEGER PRIMARY KEY, "items" TEXT);')
case('hw_name_camel_snake', 'CREATE TABLE user_accounts (user_id INTEGER PRIMARY KEY, firstName TEXT, created_at DATETIME);')

# ---------------------------------------------------------------- foreign keys
case('hw_fk_simple', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a(id));')
case('hw_fk_nullable', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id));')
case('hw_fk_no_column_list', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a);')
for act in ['CASCADE', 'RESTRICT', 'NO ACTION', 'SET NULL', 'SET DEFAULT']:
    n = act.lower().replace(' ', '_')
    case(f'hw_fk_on_delete_{n}', f'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER DEFAULT 1, FOREIGN KEY (a_id) REFERENCES a(id) ON DELETE {act});')
    case(f'hw_fk_on_update_{n}', f'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL DEFAULT 1, FOREIGN KEY (a_id) REFERENCES a(id) ON UPDATE {act});')
case('hw_fk_prisma_defaults', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, r INTEGER NOT NULL, o INTEGER, CONSTRAINT b_r_fkey FOREIGN KEY (r) REFERENCES a (id) ON DELETE RESTRICT ON UPDATE CASCADE, CONSTRAINT b_o_fkey FOREIGN KEY (o) REFERENCES a (id) ON DELETE SET NULL ON UPDATE CASCADE);')
case('hw_fk_composite', 'CREATE TABLE a (x INTEGER NOT NULL, y TEXT NOT NULL, PRIMARY KEY (x, y));\nCREATE TABLE b (id INTEGER PRIMARY KEY, ax INTEGER NOT NULL, ay TEXT NOT NULL, FOREIGN KEY (ax, ay) REFERENCES a (x, y) ON DELETE CASCADE);')
case('hw_fk_composite_partial_nullable', 'CREATE TABLE a (x INTEGER NOT NULL, y TEXT NOT NULL, PRIMARY KEY (x, y));\nCREATE TABLE b (id INTEGER PRIMARY KEY, ax INTEGER NOT NULL, ay TEXT, FOREIGN KEY (ax, ay) REFERENCES a (x, y));')
case('hw_fk_to_unique', 'CREATE TABLE a (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_email TEXT NOT NULL REFERENCES a(email));')
case('hw_fk_to_non_unique', 'CREATE TABLE a (id INTEGER PRIMARY KEY, email TEXT);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_email TEXT REFERENCES a(email));')
case('hw_fk_to_missing_table', 'CREATE TABLE b (id INTEGER PRIMARY KEY, x INTEGER REFERENCES nowhere(id));')
case('hw_fk_to_table_without_pk', 'CREATE TABLE a (k INTEGER);\nCREATE TABLE b (id INTEGER PRIMARY KEY, k INTEGER REFERENCES a(k));')
case('hw_fk_one_to_one', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL UNIQUE REFERENCES a(id));')
case('hw_fk_one_to_one_on_pk', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY REFERENCES a(id));')
case('hw_fk_self', 'CREATE TABLE node (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES node(id));')
case('hw_fk_self_two', 'CREATE TABLE node (id INTEGER PRIMARY KEY, left_id INTEGER REFERENCES node(id), right_id INTEGER REFERENCES node(id));')
case('hw_fk_two_between_same_tables', 'CREATE TABLE users (id INTEGER PRIMARY KEY);\nCREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES users(id), editor_id INTEGER REFERENCES users(id));')
case('hw_fk_both_directions', 'CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b(id));\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id));')
case('hw_fk_deferred', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id) DEFERRABLE INITIALLY DEFERRED);')
case('hw_fk_duplicate', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER, FOREIGN KEY (a_id) REFERENCES a(id), FOREIGN KEY (a_id) REFERENCES a(id));')
case('hw_fk_type_mismatch', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id TEXT REFERENCES a(id));')
case('hw_fk_with_index', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a(id));\nCREATE INDEX b_a_id_idx ON b(a_id);')
case('hw_join_table_prisma_style', 'CREATE TABLE "Post" (id INTEGER PRIMARY KEY);\nCREATE TABLE "Tag" (id INTEGER PRIMARY KEY);\nCREATE TABLE "_PostToTag" ("A" INTEGER NOT NULL, "B" INTEGER NOT NULL, FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE, FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE);\nCREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");\nCREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");')
case('hw_join_table_without_indexes', 'CREATE TABLE "Post" (id INTEGER PRIMARY KEY);\nCREATE TABLE "Tag" (id INTEGER PRIMARY KEY);\nCREATE TABLE "_PostToTag" ("A" INTEGER NOT NULL REFERENCES "Post"(id), "B" INTEGER NOT NULL REFERENCES "Tag"(id));')
case('hw_join_table_self', 'CREATE TABLE "User" (id INTEGER PRIMARY KEY);\nCREATE TABLE "_follows" ("A" INTEGER NOT NULL REFERENCES "User"(id) ON DELETE CASCADE ON UPDATE CASCADE, "B" INTEGER NOT NULL REFERENCES "User"(id) ON DELETE CASCADE ON UPDATE CASCADE);\nCREATE UNIQUE INDEX "_follows_AB_unique" ON "_follows"("A", "B");\nCREATE INDEX "_follows_B_index" ON "_follows"("B");')
case('hw_join_table_explicit', 'CREATE TABLE post (id INTEGER PRIMARY KEY);\nCREATE TABLE tag (id INTEGER PRIMARY KEY);\nCREATE TABLE post_tag (post_id INTEGER NOT NULL REFERENCES post(id), tag_id INTEGER NOT NULL REFERENCES tag(id), PRIMARY KEY (post_id, tag_id));')

# ---------------------------------------------------------------- indexes
case('hw_index_simple', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT);\nCREATE INDEX t_a_idx ON t (a);\nCREATE INDEX custom_name ON t (b);')
case('hw_index_compound_sort', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT, c INT);\nCREATE INDEX t_a_b_idx ON t (a DESC, b ASC);\nCREATE UNIQUE INDEX t_c_b_key ON t (c, b DESC);')
case('hw_index_partial', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, deleted INT);\nCREATE INDEX t_live ON t (a) WHERE deleted = 0;\nCREATE UNIQUE INDEX t_live_u ON t (a) WHERE deleted IS NULL;')
case('hw_index_expression', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);\nCREATE INDEX t_lower ON t (lower(a));')
case('hw_index_collate', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT COLLATE NOCASE);\nCREATE INDEX t_a ON t (a COLLATE NOCASE);')
case('hw_index_duplicate', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);\nCREATE INDEX i1 ON t (a);\nCREATE INDEX i2 ON t (a);\nCREATE UNIQUE INDEX u1 ON t (a);')
case('hw_index_names_sqlite_autoindex', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT UNIQUE, b TEXT, UNIQUE(b));')
case('hw_index_quoted_name', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);\nCREATE INDEX "my index" ON t (a);')

# ---------------------------------------------------------------- constraints and columns
case('hw_check_constraints', 'CREATE TABLE t (id INTEGER PRIMARY KEY, age INTEGER CHECK (age >= 0), kind TEXT NOT NULL CHECK (kind IN (\'a\', \'b\')), CONSTRAINT positive CHECK (id > 0));')
case('hw_generated_columns', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL, c TEXT AS (upper(d)) STORED, d TEXT);')
case('hw_collate_nocase', 'CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE UNIQUE);')
case('hw_not_null_on_conflict', 'CREATE TABLE t (id INTEGER PRIMARY KEY ON CONFLICT REPLACE, a TEXT NOT NULL ON CONFLICT IGNORE);')
case('hw_column_comments_in_sql', 'CREATE TABLE t ( -- the table\n  id INTEGER PRIMARY KEY, /* pk */\n  a TEXT -- trailing\n);')
case('hw_autoincrement_sequence_rows', 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);\nINSERT INTO t (v) VALUES (\'a\'), (\'b\');\nDELETE FROM t;')
case('hw_triggers', 'CREATE TABLE t (id INTEGER PRIMARY KEY, updated DATETIME);\nCREATE TRIGGER t_upd AFTER UPDATE ON t BEGIN UPDATE t SET updated = CURRENT_TIMESTAMP WHERE id = NEW.id; END;')
case('hw_prisma_migrations_table', 'CREATE TABLE "_prisma_migrations" (\n    "id"                    TEXT PRIMARY KEY NOT NULL,\n    "checksum"              TEXT NOT NULL,\n    "finished_at"           DATETIME,\n    "migration_name"        TEXT NOT NULL,\n    "logs"                  TEXT,\n    "rolled_back_at"        DATETIME,\n    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,\n    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0\n);\nCREATE TABLE "User" (id INTEGER PRIMARY KEY);')
case('hw_only_prisma_migrations', 'CREATE TABLE "_prisma_migrations" (\n    "id"                    TEXT PRIMARY KEY NOT NULL,\n    "checksum"              TEXT NOT NULL,\n    "finished_at"           DATETIME,\n    "migration_name"        TEXT NOT NULL,\n    "logs"                  TEXT,\n    "rolled_back_at"        DATETIME,\n    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,\n    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0\n);')
case('hw_empty_database', '-- an empty database\n')
case('hw_sqlite_stat', 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);\nCREATE INDEX t_a ON t(a);\nINSERT INTO t (a) VALUES (\'x\'), (\'y\');\nANALYZE;')

# ---------------------------------------------------------------- views
VSQL = 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, active BOOLEAN NOT NULL DEFAULT 1);\nCREATE VIEW active_users AS SELECT id, email FROM users WHERE active = 1;'
case('hw_view_no_preview', VSQL)
case('hw_view_preview', '-- preview_features=views\n' + VSQL)
case('hw_view_only', '-- preview_features=views\nCREATE VIEW v AS SELECT 1 AS one, \'x\' AS two;')
case('hw_view_join', '-- preview_features=views\nCREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id), total REAL);\nCREATE VIEW "a totals" AS SELECT a.id, a.name, sum(b.total) AS total FROM a JOIN b ON b.a_id = a.id GROUP BY a.id;')

# ---------------------------------------------------------------- realistic / re-introspection
case('hw_realistic_shop', '''CREATE TABLE customers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(255) NOT NULL UNIQUE,
  name TEXT,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE products (
  sku TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL,
  price NUMERIC(10, 2) NOT NULL DEFAULT 0,
  meta JSON,
  picture BLOB
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  placed_at TIMESTAMP,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped'))
);
CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  sku TEXT NOT NULL REFERENCES products(sku),
  qty INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, sku)
);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE TABLE audit_log (at DATETIME, message TEXT);''')
REINTRO_SQL = 'CREATE TABLE "users" (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, created DATETIME);\nCREATE TABLE "posts" (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), title TEXT);'
case('hw_reintro_keeps_maps', REINTRO_SQL, 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\n/// A user\nmodel User {\n  id      Int       @id @default(autoincrement())\n  email   String    @unique\n  created DateTime? @default(now())\n  writing Post[]\n\n  @@map("users")\n}\n\nmodel Post {\n  id     Int     @id @default(autoincrement())\n  userId Int     @map("user_id")\n  title  String?\n  writer User    @relation(fields: [userId], references: [id])\n\n  @@map("posts")\n}\n')
case('hw_reintro_invalid_schema', REINTRO_SQL, 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\nmodel User {\n  id Int @id\n  x  Strin\n}\n')
case('hw_reintro_removed_table', REINTRO_SQL, 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\nmodel comments {\n  id Int @id\n}\n\nmodel users {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n')
case('hw_reintro_keeps_uuid_default', 'CREATE TABLE t (id TEXT PRIMARY KEY NOT NULL, updated DATETIME NOT NULL);', 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\nmodel t {\n  id      String   @id @default(uuid())\n  updated DateTime @updatedAt\n}\n')
case('hw_reintro_enum_lost', 'CREATE TABLE t (id INTEGER PRIMARY KEY, role TEXT NOT NULL DEFAULT \'USER\');', 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\nmodel t {\n  id   Int  @id @default(autoincrement())\n  role Role @default(USER)\n}\n\nenum Role {\n  USER\n  ADMIN\n}\n')

for name, sql in sorted(C.items()):
    with open(os.path.join(OUT, name + '.sql'), 'w', encoding='utf-8') as f:
        f.write(sql)
    p = os.path.join(OUT, name + '.input.prisma')
    if name in INPUT:
        with open(p, 'w', encoding='utf-8') as f:
            f.write(INPUT[name])
    elif os.path.exists(p):
        os.remove(p)
print(f'{len(C)} hand-written introspect cases written to {OUT}')
