#!/usr/bin/env python3
"""Writes the migrate corpus: cases/<name>/{from.prisma,to.prisma,data.sql}.

A case without from.prisma is diffed --from-empty (and pushed to an empty database).
data.sql (optional) is executed on the database after `db push` of from.prisma and before
`db push` of to.prisma. Re-running rewrites every generated case identically; cases whose
directory name starts with `up_` are imported from upstream by import_upstream.py and are left alone.
"""
import os
import shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
H = 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\n'
HP = 'datasource db {\n  provider     = "sqlite"\n  url          = "file:./dev.db"\n  relationMode = "prisma"\n}\n\n'
cases = {}


def case(name, frm, to, data=None, header=H, from_header=None):
    assert name not in cases, name
    cases[name] = (None if frm is None else (from_header or header) + frm, header + to, data)


def model(name, *lines, attrs=()):
    body = '\n'.join('  ' + l for l in lines)
    if attrs:
        body += '\n\n' + '\n'.join('  ' + a for a in attrs)
    return f'model {name} {{\n{body}\n}}\n'


TYPES = ['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes', 'Role']
ENUM = '\nenum Role {\n  USER\n  ADMIN\n}\n'
LIT = {  # a PSL default and a SQL literal for each type
    'String': ('"hello"', "'hello'"), 'Int': ('42', '42'), 'BigInt': ('42', '42'), 'Float': ('1.5', '1.5'),
    'Decimal': ('1.5', '1.5'), 'Boolean': ('true', '1'), 'DateTime': ('"2024-01-01T00:00:00Z"', "'2024-01-01 00:00:00'"),
    'Json': ('"{}"', "'{}'"), 'Bytes': ('"aGVsbG8="', "X'68656c6c6f'"), 'Role': ('ADMIN', "'ADMIN'"),
}
USER = model('User', 'id    Int     @id @default(autoincrement())', 'email String  @unique', 'name  String?')
USER_DATA = 'INSERT INTO "User" ("email", "name") VALUES (\'a@example.com\', \'Alice\'), (\'b@example.com\', NULL);\n'


def user_with(*extra, attrs=()):
    return model('User', 'id    Int     @id @default(autoincrement())', 'email String  @unique', 'name  String?', *extra, attrs=attrs)


def t_(t):
    return t.lower()


# ------------------------------------------------------------ from empty
for t in TYPES:
    e = ENUM if t == 'Role' else ''
    case(f'empty_type_{t_(t)}', None, model('M', 'id  Int @id', f'req {t}', f'opt {t}?', f'def {t} @default({LIT[t][0]})') + e)
DEFS = ['autoincrement()', 'now()', 'uuid()', 'uuid(7)', 'cuid()', 'cuid(2)', 'nanoid()', 'nanoid(8)', 'ulid()', 'dbgenerated("(1 + 1)")', 'dbgenerated()']
case('empty_all_default_functions', None, model('M', 'id  Int      @id @default(autoincrement())', 'a   DateTime @default(now())', 'b   String   @default(uuid())', 'c   String   @default(uuid(7))', 'd   String   @default(cuid())', 'e   String   @default(cuid(2))', 'f   String   @default(nanoid())', 'g   String   @default(nanoid(8))', 'h   String   @default(ulid())', 'i   Int      @default(dbgenerated("(1 + 1)"))', 'j   String   @default(dbgenerated())', 'k   String   @default("it\'s")', 'l   Float    @default(-1.25)', 'm   Boolean  @default(false)', 'n   Json     @default("{\\"a\\":[1,2]}")', 'o   Bytes    @default("")', 'p   DateTime @updatedAt', 'q   BigInt   @default(9007199254740993)', 'r   Decimal  @default(0.1)'))
for t, d in [('String', 'uuid()'), ('String', 'cuid()'), ('BigInt', 'autoincrement()'), ('Int', 'autoincrement()'), ('Int', None), ('String', None), ('DateTime', 'now()'), ('Bytes', None), ('Decimal', None), ('Float', None), ('Boolean', None), ('BigInt', None)]:
    dd = f' @default({d})' if d else ''
    case(f'empty_id_{t_(t)}_{(d or "none").split("(")[0]}', None, model('M', f'id {t} @id{dd}', 'x  Int?'))
case('empty_compound_id', None, model('M', 'a Int', 'b String', 'c Int?', attrs=['@@id([a, b])']))
case('empty_compound_id_sort', None, model('M', 'a Int', 'b String', attrs=['@@id([a(sort: Desc), b])']))
case('empty_unique_only', None, model('M', 'email String @unique', 'name String?'))
case('empty_compound_unique_only', None, model('M', 'a Int', 'b Int', attrs=['@@unique([a, b])']))
case('empty_indexes', None, model('M', 'id Int @id', 'a String @unique', 'b String @unique(map: "b_custom")', 'c Int', 'd Int', 'e Int', attrs=['@@index([c])', '@@index([c, d], map: "cd_idx")', '@@index([d(sort: Desc), e])', '@@unique([d, e])', '@@unique([e, c], name: "ec", map: "ec_unique")']))
case('empty_blog', None, USER.replace('  name  String?\n', '  name  String?\n  posts Post[]\n') + '\n' + model('Post', 'id        Int     @id @default(autoincrement())', 'title     String', 'published Boolean @default(false)', 'authorId  Int', 'author    User    @relation(fields: [authorId], references: [id])'))
case('empty_one_to_one', None, model('User', 'id      Int      @id', 'profile Profile?') + '\n' + model('Profile', 'id     Int  @id', 'userId Int  @unique', 'user   User @relation(fields: [userId], references: [id])'))
case('empty_mn', None, model('Post', 'id   Int   @id', 'tags Tag[]') + '\n' + model('Tag', 'id    Int    @id', 'posts Post[]'))
case('empty_mn_named', None, model('Post', 'id   Int   @id', 'tags Tag[] @relation("Tagging")') + '\n' + model('Tag', 'id    Int    @id', 'posts Post[] @relation("Tagging")'))
case('empty_mn_self', None, model('User', 'id        Int    @id', 'followers User[] @relation("Follows")', 'following User[] @relation("Follows")'))
case('empty_mn_string_ids', None, model('Post', 'id   String @id @default(cuid())', 'tags Tag[]') + '\n' + model('Tag', 'id    String @id', 'posts Post[]'))
case('empty_mn_mapped', None, model('Post', 'id   Int   @id @map("post_id")', 'tags Tag[]', attrs=['@@map("posts")']) + '\n' + model('Tag', 'id    Int    @id', 'posts Post[]', attrs=['@@map("tags")']))
case('empty_self_1n', None, model('Employee', 'id        Int        @id', 'managerId Int?', 'manager   Employee?  @relation("Mgmt", fields: [managerId], references: [id])', 'reports   Employee[] @relation("Mgmt")'))
case('empty_two_relations', None, model('User', 'id      Int    @id', 'written Post[] @relation("Written")', 'edited  Post[] @relation("Edited")') + '\n' + model('Post', 'id       Int   @id', 'authorId Int', 'editorId Int?', 'author   User  @relation("Written", fields: [authorId], references: [id])', 'editor   User? @relation("Edited", fields: [editorId], references: [id])'))
case('empty_compound_fk', None, model('User', 'first String', 'last  String', 'posts Post[]', attrs=['@@id([first, last])']) + '\n' + model('Post', 'id Int @id', 'af String', 'al String', 'author User @relation(fields: [af, al], references: [first, last], onDelete: Cascade)'))
case('empty_maps_enum', None, model('User', 'id        Int      @id @map("user_id")', 'firstName String   @map("first_name")', 'role      Role     @default(USER)', attrs=['@@map("users")']) + '\nenum Role {\n  USER  @map("user")\n  ADMIN @map("admin")\n\n  @@map("roles")\n}\n')
case('empty_unsupported', None, model('M', 'id Int @id', 'g  Unsupported("circle")?', 'h  Unsupported("point")'))
case('empty_ignored', None, model('M', 'id Int @id', 'x  Int? @ignore') + '\n' + model('N', 'a Int', attrs=['@@ignore']))
case('empty_relationmode_prisma', None, USER.replace('  name  String?\n', '  name  String?\n  posts Post[]\n') + '\n' + model('Post', 'id Int @id', 'authorId Int', 'author User @relation(fields: [authorId], references: [id])', attrs=['@@index([authorId])']), header=HP)
case('empty_view', None, USER + '\nview UserInfo {\n  id    Int    @unique\n  email String\n}\n', header='generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["views"]\n}\n\n' + H)
case('empty_sqlite_prefixed_index', None, model('M', 'id Int @id', 'a Int', attrs=['@@index([a], map: "sqlite_my_idx")']))
case('empty_quoted_names', None, model('M', 'id Int @id @map("my id")', 'x  String @map("it\'s \\"x\\"")', attrs=['@@map("my table")']))
case('empty_to_empty_schema', None, '')

# ------------------------------------------------------------ columns
for t in TYPES:
    e = ENUM if t == 'Role' else ''
    case(f'add_optional_{t_(t)}', USER + e, user_with(f'extra {t}?') + e, USER_DATA)
    case(f'add_required_{t_(t)}', USER + e, user_with(f'extra {t}') + e, USER_DATA)
    case(f'add_required_default_{t_(t)}', USER + e, user_with(f'extra {t} @default({LIT[t][0]})') + e, USER_DATA)
    case(f'drop_column_{t_(t)}', user_with(f'extra {t}?') + e, USER + e,
         USER_DATA + f'UPDATE "User" SET "extra" = {LIT[t][1]} WHERE "email" = \'a@example.com\';\n')
for t in ['String', 'Int', 'DateTime', 'Boolean', 'Role', 'Json']:
    e = ENUM if t == 'Role' else ''
    case(f'make_required_{t_(t)}', user_with(f'extra {t}?') + e, user_with(f'extra {t}') + e,
         USER_DATA + f'UPDATE "User" SET "extra" = {LIT[t][1]} WHERE "email" = \'a@example.com\';\n')
    case(f'make_required_default_{t_(t)}', user_with(f'extra {t}?') + e, user_with(f'extra {t} @default({LIT[t][0]})') + e,
         USER_DATA + f'UPDATE "User" SET "extra" = {LIT[t][1]} WHERE "email" = \'a@example.com\';\n')
    case(f'make_optional_{t_(t)}', user_with(f'extra {t} @default({LIT[t][0]})') + e, user_with(f'extra {t}?') + e, USER_DATA)
case('make_required_no_nulls', USER, USER.replace('name  String?', 'name  String '), 'INSERT INTO "User" ("email", "name") VALUES (\'a@example.com\', \'Alice\');\n')
case('make_required_empty_table', USER, USER.replace('name  String?', 'name  String '))
case('add_required_empty_table', USER, user_with('age Int'))
case('add_required_uuid_default', USER, user_with('token String @default(uuid())'), USER_DATA)
case('add_required_cuid_default', USER, user_with('token String @default(cuid())'), USER_DATA)
case('add_required_now_default', USER, user_with('createdAt DateTime @default(now())'), USER_DATA)
case('add_updatedat', USER, user_with('updatedAt DateTime @updatedAt'), USER_DATA)
case('add_two_columns_mixed', USER, user_with('a Int?', 'b Int', 'c String @default("c")'), USER_DATA)
case('add_optional_unique', USER, user_with('nick String? @unique'), USER_DATA)
case('add_column_with_index', USER, user_with('age Int?', attrs=['@@index([age])']), USER_DATA)
case('drop_two_columns', user_with('a Int?', 'b String?'), USER, USER_DATA)
case('drop_unique_column', user_with('nick String? @unique'), USER, USER_DATA)
case('drop_indexed_column', user_with('age Int?', attrs=['@@index([age])']), USER, USER_DATA)
case('rename_field', USER, USER.replace('name  String?', 'fullName String?'), USER_DATA)
case('rename_field_with_map', USER, USER.replace('name  String?', 'fullName String? @map("name")'), USER_DATA)
case('map_field_rename_column', USER, USER.replace('name  String?', 'name  String? @map("display_name")'), USER_DATA)
case('reorder_fields', USER, model('User', 'name  String?', 'email String  @unique', 'id    Int     @id @default(autoincrement())'), USER_DATA)
case('no_change', USER, USER, USER_DATA)
case('no_change_formatting_only', USER, '// a comment\n' + USER.replace('  ', '    '), USER_DATA)

# type changes
PAIRS = [('Int', 'String'), ('String', 'Int'), ('Int', 'BigInt'), ('BigInt', 'Int'), ('Int', 'Float'), ('Float', 'Int'),
         ('Float', 'Decimal'), ('Decimal', 'Float'), ('String', 'DateTime'), ('DateTime', 'String'), ('Boolean', 'Int'),
         ('Int', 'Boolean'), ('String', 'Json'), ('Json', 'String'), ('String', 'Bytes'), ('Bytes', 'String'),
         ('String', 'Role'), ('Role', 'String'), ('Int', 'DateTime'), ('Float', 'String'), ('Boolean', 'String'),
         ('Decimal', 'String'), ('BigInt', 'String'), ('Json', 'Bytes')]
for a, b in PAIRS:
    e = ENUM if 'Role' in (a, b) else ''
    case(f'type_{t_(a)}_to_{t_(b)}', user_with(f'v {a}?') + e, user_with(f'v {b}?') + e,
         USER_DATA + f'UPDATE "User" SET "v" = {LIT[a][1]} WHERE "email" = \'a@example.com\';\n')
case('type_change_empty_table', user_with('v Int?'), user_with('v String?'))
case('type_and_arity_change', user_with('v Int?'), user_with('v String'), USER_DATA + 'UPDATE "User" SET "v" = 1;\n')
case('type_change_required_with_default', user_with('v Int @default(0)'), user_with('v String @default("0")'), USER_DATA)

# defaults
DCH = [
    ('add_default_literal', 'v String?', 'v String? @default("x")'),
    ('remove_default_literal', 'v String? @default("x")', 'v String?'),
    ('change_default_literal', 'v String? @default("x")', 'v String? @default("y")'),
    ('change_default_int', 'v Int @default(1)', 'v Int @default(2)'),
    ('change_default_bool', 'v Boolean @default(true)', 'v Boolean @default(false)'),
    ('default_literal_to_now', 'v DateTime @default("2024-01-01T00:00:00Z")', 'v DateTime @default(now())'),
    ('default_now_to_none', 'v DateTime @default(now())', 'v DateTime'),
    ('add_default_now', 'v DateTime', 'v DateTime @default(now())'),
    ('default_to_uuid', 'v String @default("x")', 'v String @default(uuid())'),
    ('default_uuid_to_cuid', 'v String @default(uuid())', 'v String @default(cuid())'),
    ('default_to_dbgenerated', 'v String @default("x")', 'v String @default(dbgenerated("\'y\'"))'),
    ('change_dbgenerated', 'v Int @default(dbgenerated("(1 + 1)"))', 'v Int @default(dbgenerated("(2 + 2)"))'),
    ('change_default_float', 'v Float @default(1.5)', 'v Float @default(2)'),
    ('change_default_enum', 'v Role @default(USER)', 'v Role @default(ADMIN)'),
    ('change_default_json', 'v Json @default("{}")', 'v Json @default("[]")'),
    ('change_default_bytes', 'v Bytes @default("")', 'v Bytes @default("aGVsbG8=")'),
    ('add_updatedat_to_existing', 'v DateTime', 'v DateTime @updatedAt'),
    ('default_quote_escape', 'v String @default("a")', 'v String @default("it\'s")'),
]
for n, a, b in DCH:
    e = ENUM if 'Role' in a else ''
    case(n, user_with(a) + e, user_with(b) + e)

# ------------------------------------------------------------ indexes and uniques
M0 = ['id Int @id', 'a  String', 'b  Int', 'c  Int']
IDX = [
    ('add_index', [], ['@@index([a])']),
    ('drop_index', ['@@index([a])'], []),
    ('add_unique_block', [], ['@@unique([a])']),
    ('drop_unique_block', ['@@unique([a])'], []),
    ('add_compound_index', [], ['@@index([a, b])']),
    ('add_compound_unique', [], ['@@unique([a, b])']),
    ('drop_compound_unique', ['@@unique([a, b])'], []),
    ('index_add_sort', ['@@index([b])'], ['@@index([b(sort: Desc)])']),
    ('index_sort_mixed', [], ['@@index([b(sort: Desc), c(sort: Asc), a])']),
    ('index_rename_map', ['@@index([a], map: "old_idx")'], ['@@index([a], map: "new_idx")']),
    ('index_default_to_map', ['@@index([a])'], ['@@index([a], map: "custom_idx")']),
    ('unique_rename_map', ['@@unique([a], map: "old_key")'], ['@@unique([a], map: "new_key")']),
    ('unique_name_only', ['@@unique([a, b])'], ['@@unique([a, b], name: "ab")']),
    ('index_to_unique', ['@@index([a])'], ['@@unique([a])']),
    ('unique_to_index', ['@@unique([a])'], ['@@index([a])']),
    ('index_column_order', ['@@index([a, b])'], ['@@index([b, a])']),
    ('index_add_column', ['@@index([a])'], ['@@index([a, b])']),
    ('two_indexes_to_one', ['@@index([a])', '@@index([b])'], ['@@index([a, b])']),
    ('sqlite_prefixed_index', [], ['@@index([a], map: "sqlite_custom")']),
    ('many_indexes', [], ['@@index([a])', '@@index([b])', '@@index([c])', '@@unique([a, b, c])', '@@index([c, b])']),
]
M0_DATA = 'INSERT INTO "M" ("id", "a", "b", "c") VALUES (1, \'x\', 1, 1), (2, \'y\', 2, 2);\n'
M0_DUPS = 'INSERT INTO "M" ("id", "a", "b", "c") VALUES (1, \'x\', 1, 1), (2, \'x\', 2, 2);\n'
for n, a, b in IDX:
    case(n, model('M', *M0, attrs=a), model('M', *M0, attrs=b), M0_DATA)
case('add_field_unique', model('M', *M0), model('M', 'id Int @id', 'a  String @unique', 'b  Int', 'c  Int'), M0_DATA)
case('drop_field_unique', model('M', 'id Int @id', 'a  String @unique', 'b  Int', 'c  Int'), model('M', *M0), M0_DATA)
case('field_unique_sort', model('M', 'id Int @id', 'a  String @unique', 'b  Int', 'c  Int'), model('M', 'id Int @id', 'a  String @unique(sort: Desc)', 'b  Int', 'c  Int'))
case('field_unique_map', model('M', 'id Int @id', 'a  String @unique', 'b  Int', 'c  Int'), model('M', 'id Int @id', 'a  String @unique(map: "a_unique")', 'b  Int', 'c  Int'))
case('add_unique_with_duplicates', model('M', *M0), model('M', *M0, attrs=['@@unique([a])']), M0_DUPS)
case('index_on_mapped_column', model('M', 'id Int @id', 'a  String @map("col_a")', 'b Int', 'c Int'), model('M', 'id Int @id', 'a  String @map("col_a")', 'b Int', 'c Int', attrs=['@@index([a])']))
case('index_follows_table_rename', model('M', *M0, attrs=['@@index([a])']), model('M', *M0, attrs=['@@index([a])', '@@map("m_table")']), M0_DATA)

# ------------------------------------------------------------ ids
IDS = [
    ('id_int_to_string', ['id Int @id', 'x Int?'], ['id String @id', 'x Int?']),
    ('id_remove_autoincrement', ['id Int @id @default(autoincrement())', 'x Int?'], ['id Int @id', 'x Int?']),
    ('id_add_autoincrement', ['id Int @id', 'x Int?'], ['id Int @id @default(autoincrement())', 'x Int?']),
    ('id_to_compound', ['id Int @id', 'x Int'], ['id Int', 'x Int', '@@id([id, x])']),
    ('compound_to_id', ['id Int', 'x Int', '@@id([id, x])'], ['id Int @id', 'x Int']),
    ('id_change_field', ['id Int @id', 'x Int @unique'], ['id Int @unique', 'x Int @id']),
    ('unique_to_id', ['id Int @unique', 'x Int?'], ['id Int @id', 'x Int?']),
    ('id_to_unique', ['id Int @id', 'x Int?'], ['id Int @unique', 'x Int?']),
    ('compound_id_reorder', ['a Int', 'b Int', '@@id([a, b])'], ['a Int', 'b Int', '@@id([b, a])']),
    ('compound_id_add_column', ['a Int', 'b Int', 'c Int @default(0)', '@@id([a, b])'], ['a Int', 'b Int', 'c Int @default(0)', '@@id([a, b, c])']),
    ('id_rename', ['id Int @id', 'x Int?'], ['key Int @id', 'x Int?']),
    ('id_map', ['id Int @id', 'x Int?'], ['id Int @id @map("pk")', 'x Int?']),
    ('id_sort_desc', ['id Int @id', 'x Int?'], ['id Int @id(sort: Desc)', 'x Int?']),
    ('id_string_default_uuid', ['id String @id', 'x Int?'], ['id String @id @default(uuid())', 'x Int?']),
    ('id_bigint_autoincrement', ['id Int @id @default(autoincrement())', 'x Int?'], ['id BigInt @id @default(autoincrement())', 'x Int?']),
]
for n, a, b in IDS:
    fa = [l for l in a if not l.startswith('@@')]
    aa = [l for l in a if l.startswith('@@')]
    fb = [l for l in b if not l.startswith('@@')]
    ab = [l for l in b if l.startswith('@@')]
    cols = [l.split()[0] for l in fa]
    vals = ', '.join('1' if 'Int' in l or 'BigInt' in l else "'1'" for l in fa)
    vals2 = ', '.join('2' if 'Int' in l else "'2'" for l in fa)
    data = f'INSERT INTO "M" ({", ".join(chr(34) + c + chr(34) for c in cols)}) VALUES ({vals}), ({vals2});\n'
    case(n, model('M', *fa, attrs=aa), model('M', *fb, attrs=ab), data)

# ------------------------------------------------------------ relations
U = lambda *extra: model('User', 'id   Int    @id', 'name String?', *extra)
P = lambda *extra: model('Post', 'id    Int    @id', 'title String', *extra)
REL_DATA = 'INSERT INTO "User" ("id", "name") VALUES (1, \'a\'), (2, NULL);\nINSERT INTO "Post" ("id", "title") VALUES (1, \'p1\'), (2, \'p2\');\n'
REL_DATA_FK = 'INSERT INTO "User" ("id", "name") VALUES (1, \'a\'), (2, NULL);\nINSERT INTO "Post" ("id", "title", "authorId") VALUES (1, \'p1\', 1), (2, \'p2\', 2);\n'
REQ_1N = (U('posts Post[]'), P('authorId Int', 'author   User @relation(fields: [authorId], references: [id])'))
OPT_1N = (U('posts Post[]'), P('authorId Int?', 'author   User? @relation(fields: [authorId], references: [id])'))
BASE2 = U() + '\n' + P()
case('rel_add_1n_required', BASE2, '\n'.join(REQ_1N), REL_DATA)
case('rel_add_1n_optional', BASE2, '\n'.join(OPT_1N), REL_DATA)
case('rel_drop_1n', '\n'.join(REQ_1N), BASE2, REL_DATA_FK)
case('rel_1n_optional_to_required', '\n'.join(OPT_1N), '\n'.join(REQ_1N), 'INSERT INTO "User" ("id", "name") VALUES (1, \'a\');\nINSERT INTO "Post" ("id", "title", "authorId") VALUES (1, \'p1\', 1), (2, \'p2\', NULL);\n')
case('rel_1n_required_to_optional', '\n'.join(REQ_1N), '\n'.join(OPT_1N), REL_DATA_FK)
for act in ['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault']:
    req = 'Int?' if act == 'SetNull' else 'Int'
    q = '?' if act == 'SetNull' else ''
    case(f'rel_ondelete_{act.lower()}', '\n'.join(OPT_1N if q else REQ_1N),
         U('posts Post[]') + '\n' + P(f'authorId {req}', f'author   User{q} @relation(fields: [authorId], references: [id], onDelete: {act})'))
    case(f'rel_onupdate_{act.lower()}', '\n'.join(OPT_1N if q else REQ_1N),
         U('posts Post[]') + '\n' + P(f'authorId {req}', f'author   User{q} @relation(fields: [authorId], references: [id], onUpdate: {act})'))
case('rel_actions_back_to_default', U('posts Post[]') + '\n' + P('authorId Int', 'author   User @relation(fields: [authorId], references: [id], onDelete: Cascade, onUpdate: NoAction)'), '\n'.join(REQ_1N))
case('rel_explicit_default_actions', '\n'.join(REQ_1N), U('posts Post[]') + '\n' + P('authorId Int', 'author   User @relation(fields: [authorId], references: [id], onDelete: Restrict, onUpdate: Cascade)'))
O11 = (model('User', 'id      Int      @id', 'profile Profile?'), model('Profile', 'id     Int  @id', 'userId Int  @unique', 'user   User @relation(fields: [userId], references: [id])'))
case('rel_add_1to1', model('User', 'id Int @id') + '\n' + model('Profile', 'id Int @id'), '\n'.join(O11), 'INSERT INTO "User" ("id") VALUES (1);\nINSERT INTO "Profile" ("id") VALUES (1);\n')
case('rel_drop_1to1', '\n'.join(O11), model('User', 'id Int @id') + '\n' + model('Profile', 'id Int @id'), 'INSERT INTO "User" ("id") VALUES (1);\nINSERT INTO "Profile" ("id", "userId") VALUES (1, 1);\n')
case('rel_1n_to_1to1', '\n'.join(REQ_1N), U('post Post?') + '\n' + P('authorId Int @unique', 'author   User @relation(fields: [authorId], references: [id])'), REL_DATA_FK)
case('rel_1to1_to_1n', U('post Post?') + '\n' + P('authorId Int @unique', 'author   User @relation(fields: [authorId], references: [id])'), '\n'.join(REQ_1N))
case('rel_flip_fk_side', '\n'.join(O11), model('User', 'id        Int      @id', 'profileId Int      @unique', 'profile   Profile  @relation(fields: [profileId], references: [id])') + '\n' + model('Profile', 'id   Int   @id', 'user User?'))
MN = model('Post', 'id   Int   @id', 'tags Tag[]') + '\n' + model('Tag', 'id    Int    @id', 'posts Post[]')
NOMN = model('Post', 'id Int @id') + '\n' + model('Tag', 'id Int @id')
MN_DATA = 'INSERT INTO "Post" ("id") VALUES (1), (2);\nINSERT INTO "Tag" ("id") VALUES (1);\n'
case('rel_add_mn', NOMN, MN, MN_DATA)
case('rel_drop_mn', MN, NOMN, MN_DATA + 'INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 1), (2, 1);\n')
case('rel_mn_rename_relation', MN, model('Post', 'id   Int   @id', 'tags Tag[] @relation("Tagging")') + '\n' + model('Tag', 'id    Int    @id', 'posts Post[] @relation("Tagging")'), MN_DATA + 'INSERT INTO "_PostToTag" ("A", "B") VALUES (1, 1);\n')
case('rel_mn_to_explicit', MN, model('Post', 'id   Int       @id', 'tags PostTag[]') + '\n' + model('Tag', 'id    Int       @id', 'posts PostTag[]') + '\n' + model('PostTag', 'postId Int', 'tagId  Int', 'post   Post @relation(fields: [postId], references: [id])', 'tag    Tag  @relation(fields: [tagId], references: [id])', attrs=['@@id([postId, tagId])']))
case('rel_mn_rename_model', MN, model('Post', 'id     Int     @id', 'labels Label[]') + '\n' + model('Label', 'id    Int    @id', 'posts Post[]'), MN_DATA)
case('rel_mn_id_type_change', MN, model('Post', 'id   String @id', 'tags Tag[]') + '\n' + model('Tag', 'id    Int    @id', 'posts Post[]'))
case('rel_add_mn_self', model('User', 'id Int @id'), model('User', 'id        Int    @id', 'followers User[] @relation("Follows")', 'following User[] @relation("Follows")'))
case('rel_add_self_1n', model('Employee', 'id Int @id'), model('Employee', 'id        Int        @id', 'managerId Int?', 'manager   Employee?  @relation("Mgmt", fields: [managerId], references: [id])', 'reports   Employee[] @relation("Mgmt")'), 'INSERT INTO "Employee" ("id") VALUES (1), (2);\n')
case('rel_drop_self_1n', model('Employee', 'id        Int        @id', 'managerId Int?', 'manager   Employee?  @relation("Mgmt", fields: [managerId], references: [id])', 'reports   Employee[] @relation("Mgmt")'), model('Employee', 'id Int @id'), 'INSERT INTO "Employee" ("id", "managerId") VALUES (1, NULL), (2, 1);\n')
case('rel_add_self_1to1', model('Node', 'id Int @id'), model('Node', 'id     Int   @id', 'nextId Int?  @unique', 'next   Node? @relation("Chain", fields: [nextId], references: [id])', 'prev   Node? @relation("Chain")'))
TWO = U('written Post[] @relation("Written")', 'edited  Post[] @relation("Edited")') + '\n' + P('authorId Int', 'editorId Int?', 'author   User  @relation("Written", fields: [authorId], references: [id])', 'editor   User? @relation("Edited", fields: [editorId], references: [id])')
case('rel_add_second_relation', '\n'.join(REQ_1N), TWO)
case('rel_drop_second_relation', TWO, '\n'.join(REQ_1N))
case('rel_rename_relation_names', TWO, TWO.replace('"Written"', '"Authored"').replace('"Edited"', '"Revised"'))
case('rel_compound_fk_add', model('User', 'first String', 'last  String', attrs=['@@id([first, last])']) + '\n' + model('Post', 'id Int @id'), model('User', 'first String', 'last  String', 'posts Post[]', attrs=['@@id([first, last])']) + '\n' + model('Post', 'id Int @id', 'af String?', 'al String?', 'author User? @relation(fields: [af, al], references: [first, last])'))
case('rel_fk_to_unique_instead_of_id', U('email String @unique', 'posts Post[]') + '\n' + P('authorId Int', 'author   User @relation(fields: [authorId], references: [id])'), U('email String @unique', 'posts Post[]') + '\n' + P('authorEmail String', 'author   User @relation(fields: [authorEmail], references: [email])'))
case('rel_rename_fk_column', '\n'.join(REQ_1N), U('posts Post[]') + '\n' + P('userId Int', 'author User @relation(fields: [userId], references: [id])'), REL_DATA_FK)
case('rel_map_fk_column', '\n'.join(REQ_1N), U('posts Post[]') + '\n' + P('authorId Int @map("author_id")', 'author   User @relation(fields: [authorId], references: [id])'))
case('rel_referenced_table_renamed', '\n'.join(REQ_1N), model('User', 'id   Int    @id', 'name String?', 'posts Post[]', attrs=['@@map("users")']) + '\n' + P('authorId Int', 'author   User @relation(fields: [authorId], references: [id])'), REL_DATA_FK)
case('rel_add_index_on_fk', '\n'.join(REQ_1N), U('posts Post[]') + '\n' + P('authorId Int', 'author   User @relation(fields: [authorId], references: [id])', '', '@@index([authorId])'))
case('rel_relationmode_prisma_to_fk', '\n'.join(REQ_1N), '\n'.join(REQ_1N), REL_DATA_FK, from_header=HP)
case('rel_fk_to_relationmode_prisma', '\n'.join(REQ_1N), '\n'.join(REQ_1N), REL_DATA_FK, header=HP, from_header=H)
case('rel_drop_referenced_table', '\n'.join(REQ_1N), P('authorId Int'), REL_DATA_FK)
case('rel_drop_both_tables', '\n'.join(REQ_1N), model('Other', 'id Int @id'), REL_DATA_FK)
case('rel_fk_type_change', '\n'.join(REQ_1N), model('User', 'id   String @id', 'name String?', 'posts Post[]') + '\n' + P('authorId String', 'author   User @relation(fields: [authorId], references: [id])'), REL_DATA_FK)
case('rel_fk_in_child_with_data_violating', BASE2 + '\n', U('posts Post[]') + '\n' + P('authorId Int @default(99)', 'author   User @relation(fields: [authorId], references: [id])'), REL_DATA)

# ------------------------------------------------------------ tables, maps, renames
case('add_table', USER, USER + '\n' + model('Tag', 'id   Int    @id @default(autoincrement())', 'name String @unique'), USER_DATA)
case('drop_table', USER + '\n' + model('Tag', 'id   Int    @id', 'name String'), USER, USER_DATA + 'INSERT INTO "Tag" ("id", "name") VALUES (1, \'t\');\n')
case('drop_table_empty', USER + '\n' + model('Tag', 'id   Int    @id', 'name String'), USER, USER_DATA)
case('drop_all_tables', USER, '', USER_DATA)
case('rename_model', USER, USER.replace('model User', 'model Account'), USER_DATA)
case('rename_model_keep_map', USER, USER.replace('model User', 'model Account').replace('  name  String?\n', '  name  String?\n\n  @@map("User")\n'), USER_DATA)
case('map_model', USER, USER.replace('  name  String?\n', '  name  String?\n\n  @@map("users")\n'), USER_DATA)
case('remap_model', USER.replace('  name  String?\n', '  name  String?\n\n  @@map("users")\n'), USER.replace('  name  String?\n', '  name  String?\n\n  @@map("people")\n'), USER_DATA.replace('"User"', '"users"'))
case('unmap_field', USER.replace('name  String?', 'name  String? @map("full_name")'), USER, USER_DATA.replace('"name"', '"full_name"'))
case('swap_column_names', user_with('a Int? @map("x")', 'b Int? @map("y")'), user_with('a Int? @map("y")', 'b Int? @map("x")'), USER_DATA)
case('ignore_model', USER, USER.replace('  name  String?\n', '  name  String?\n\n  @@ignore\n'), USER_DATA)
case('ignore_field', user_with('x Int?'), user_with('x Int? @ignore'), USER_DATA)
case('add_unsupported_column', USER, user_with('g Unsupported("circle")?'), USER_DATA)
case('drop_unsupported_column', user_with('g Unsupported("circle")?'), USER, USER_DATA)
case('add_view_preview', USER, USER + '\nview V {\n  id Int @unique\n}\n', header='generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["views"]\n}\n\n' + H)

# ------------------------------------------------------------ enums
E2 = lambda *vals, mp='': 'enum Role {\n' + ''.join(f'  {v}\n' for v in vals) + (f'\n  @@map("{mp}")\n' if mp else '') + '}\n'
UE = user_with('role Role @default(USER)')
ED = USER_DATA + 'UPDATE "User" SET "role" = \'ADMIN\' WHERE "email" = \'a@example.com\';\n'
case('enum_add', USER, UE + '\n' + E2('USER', 'ADMIN'), USER_DATA)
case('enum_add_value', UE + '\n' + E2('USER', 'ADMIN'), UE + '\n' + E2('USER', 'ADMIN', 'GUEST'), ED)
case('enum_remove_value', UE + '\n' + E2('USER', 'ADMIN'), UE + '\n' + E2('USER'), ED)
case('enum_rename_value', UE + '\n' + E2('USER', 'ADMIN'), UE + '\n' + E2('USER', 'ADMINISTRATOR'), ED)
case('enum_map_value', UE + '\n' + E2('USER', 'ADMIN'), UE + '\n' + E2('USER', 'ADMIN @map("admin")'), ED)
case('enum_map_enum', UE + '\n' + E2('USER', 'ADMIN'), UE + '\n' + E2('USER', 'ADMIN', mp='roles'), ED)
case('enum_rename_enum', UE + '\n' + E2('USER', 'ADMIN'), UE.replace('Role', 'Kind') + '\n' + E2('USER', 'ADMIN').replace('Role', 'Kind'), ED)
case('enum_drop', UE + '\n' + E2('USER', 'ADMIN'), USER, ED)
case('enum_field_optional', UE + '\n' + E2('USER', 'ADMIN'), user_with('role Role?') + '\n' + E2('USER', 'ADMIN'), ED)
case('enum_reorder_values', UE + '\n' + E2('USER', 'ADMIN'), UE + '\n' + E2('ADMIN', 'USER'), ED)
case('enum_unused_add', USER, USER + '\n' + E2('A', 'B'))
case('enum_change_default', UE + '\n' + E2('USER', 'ADMIN'), UE.replace('@default(USER)', '@default(ADMIN)') + '\n' + E2('USER', 'ADMIN'), ED)
case('enum_add_required_column', USER + '\n' + E2('USER', 'ADMIN'), user_with('role Role') + '\n' + E2('USER', 'ADMIN'), USER_DATA)

# ------------------------------------------------------------ bigger combos
case('combo_many_changes', USER + '\n' + model('Tag', 'id Int @id'), model('User', 'id    Int     @id @default(autoincrement())', 'email String', 'name  String', 'age   Int', 'bio   String?', 'posts Post[]', attrs=['@@index([name])']) + '\n' + model('Post', 'id  Int  @id', 'uid Int', 'u   User @relation(fields: [uid], references: [id])'), USER_DATA + 'INSERT INTO "Tag" ("id") VALUES (1);\n')
case('combo_redefine_two_tables', '\n'.join(REQ_1N), U('posts Post[]', 'age Int @default(0)') + '\n' + P('authorId Int', 'author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)'), REL_DATA_FK)

# write (preserving imported up_* cases)
if os.path.isdir(OUT):
    for d in os.listdir(OUT):
        if not d.startswith('up_') and d not in cases:
            shutil.rmtree(os.path.join(OUT, d))
for name, (frm, to, data) in sorted(cases.items()):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    for fn, content in (('from.prisma', frm), ('to.prisma', to), ('data.sql', data)):
        p = os.path.join(d, fn)
        if content is None:
            if os.path.exists(p):
                os.remove(p)
        else:
            with open(p, 'w', encoding='utf-8') as f:
                f.write(content)
print(f'{len(cases)} migrate cases written to {OUT}')
