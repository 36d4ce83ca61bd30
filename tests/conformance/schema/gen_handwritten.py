#!/usr/bin/env python3
"""Writes the hand-written schema cases (cases/hw_*.prisma). Re-running rewrites them identically.

Groups: hw_def_<type>_<fn>  every default function / literal kind on every scalar type and an enum
        hw_err_*            one case per validation rule / error message (SQLite connector)
        hw_ok_*             valid schemas (relations of every kind, ids, indexes, maps, views...)
        hw_lay_*            layout: comments everywhere, odd spacing, tabs, CRLF, unicode, long names
        hw_fmt_*            cases whose point is what `prisma format` adds or refuses
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
os.makedirs(OUT, exist_ok=True)
H = 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\n'
HV = ('generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["views"]\n}\n\n' + H)
G = 'generator client {\n  provider = "prisma-client-js"\n}\n\n'
cases = {}


def case(name, text, header=H):
    assert name not in cases, name
    cases[name] = header + text


# ---------------------------------------------------------------- defaults matrix
TYPES = ['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes', 'Role']
DEFAULTS = {
    'autoincrement': 'autoincrement()',
    'now': 'now()',
    'uuid': 'uuid()', 'uuid4': 'uuid(4)', 'uuid7': 'uuid(7)', 'uuid9': 'uuid(9)',
    'cuid': 'cuid()', 'cuid2': 'cuid(2)', 'cuid3': 'cuid(3)',
    'nanoid': 'nanoid()', 'nanoid10': 'nanoid(10)', 'nanoid1': 'nanoid(1)',
    'ulid': 'ulid()',
    'dbgen': 'dbgenerated("(1 + 1)")', 'dbgen_empty': 'dbgenerated()',
    'str': '"hello"', 'str_quote': '"it\'s \\"q\\""', 'str_empty': '""',
    'int': '42', 'neg': '-7', 'float': '3.14',
    'true': 'true', 'false': 'false',
    'date': '"2024-01-01T00:00:00Z"', 'date_bad': '"yesterday"',
    'json_obj': '"{\\"a\\": 1}"', 'b64': '"aGVsbG8="',
    'enum_val': 'ADMIN', 'list': '[1, 2]', 'auto': 'auto()', 'sequence': 'sequence()',
    'unknown_fn': 'nanoidx()',
}
ENUM = '\n\nenum Role {\n  USER\n  ADMIN\n}\n'
EXTRA = {'uuid9', 'cuid3', 'nanoid1', 'str_quote', 'str_empty', 'neg', 'date_bad', 'json_obj', 'auto', 'sequence'}
EXTRA_TYPES = {'String', 'Int', 'Json', 'DateTime', 'Float'}
for t in TYPES:
    for k, d in DEFAULTS.items():
        if k in EXTRA and t not in EXTRA_TYPES:
            continue
        case(f'hw_def_{t.lower()}_{k}', f'model M {{\n  id Int    @id\n  f  {t} @default({d})\n}}' + ENUM)
# defaults on optional fields and on ids
for t, d in [('String', 'uuid()'), ('String', 'cuid()'), ('Int', 'autoincrement()'), ('BigInt', 'autoincrement()'),
             ('String', 'nanoid()'), ('String', 'ulid()'), ('DateTime', 'now()'), ('String', 'dbgenerated("lower(hex(randomblob(16)))")')]:
    n = d.split('(')[0]
    case(f'hw_def_id_{t.lower()}_{n}', f'model M {{\n  id {t} @id @default({d})\n  x  Int?\n}}\n')
    case(f'hw_def_optional_{t.lower()}_{n}', f'model M {{\n  id Int @id\n  f  {t}? @default({d})\n}}\n')
case('hw_def_map_arg', 'model M {\n  id Int    @id\n  f  String @default("x", map: "df_f")\n}\n')
case('hw_def_on_relation', 'model A {\n  id Int @id\n  bs B[]\n}\n\nmodel B {\n  id  Int @id\n  aId Int @default(1)\n  a   A   @relation(fields: [aId], references: [id])\n}\n')
case('hw_def_updatedat', 'model M {\n  id Int      @id\n  u  DateTime @updatedAt\n  v  DateTime? @updatedAt\n  w  DateTime @default(now()) @updatedAt\n}\n')
case('hw_def_updatedat_string', 'model M {\n  id Int    @id\n  u  String @updatedAt\n}\n')
case('hw_def_autoinc_twice', 'model M {\n  id Int @id @default(autoincrement())\n  n  Int @default(autoincrement())\n}\n')
case('hw_def_autoinc_unique', 'model M {\n  id Int @id\n  n  Int @unique @default(autoincrement())\n}\n')
case('hw_def_autoinc_compound_id', 'model M {\n  a Int @default(autoincrement())\n  b Int\n\n  @@id([a, b])\n}\n')
case('hw_def_enum_mapped_value', 'model M {\n  id Int  @id\n  r  Role @default(ADMIN)\n}\n\nenum Role {\n  USER  @map("user")\n  ADMIN @map("admin")\n}\n')
case('hw_def_enum_string_literal', 'model M {\n  id Int  @id\n  r  Role @default("ADMIN")\n}' + ENUM)
case('hw_def_decimal_string', 'model M {\n  id Int     @id\n  d  Decimal @default("1.50")\n}\n')
case('hw_def_bigint_huge', 'model M {\n  id Int    @id\n  b  BigInt @default(9223372036854775807)\n  c  Int    @default(2147483648)\n}\n')
case('hw_def_float_exp', 'model M {\n  id Int   @id\n  f  Float @default(1e10)\n}\n')
case('hw_def_two_defaults', 'model M {\n  id Int @id\n  f  Int @default(1) @default(2)\n}\n')
case('hw_def_unsupported', 'model M {\n  id Int                  @id\n  g  Unsupported("circle") @default(dbgenerated("\'x\'"))\n  h  Unsupported("point")?\n}\n')
case('hw_def_bytes_bad_b64', 'model M {\n  id Int   @id\n  b  Bytes @default("not base64!")\n}\n')
case('hw_def_json_array', 'model M {\n  id Int  @id\n  j  Json @default("[1,2,3]")\n  k  Json @default("null")\n}\n')

# ---------------------------------------------------------------- errors (one rule each)
E = {}
E['missing_back_relation'] = 'model User {\n  id Int @id\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n'
E['no_unique_criteria'] = 'model User {\n  name String\n}\n'
E['no_unique_criteria_optional_unique'] = 'model User {\n  name String? @unique\n}\n'
E['unknown_type'] = 'model User {\n  id   Int  @id\n  role Role\n}\n'
E['lowercase_type'] = 'model User {\n  id   Int    @id\n  name string\n}\n'
E['scalar_list'] = 'model User {\n  id   Int      @id\n  tags String[]\n}\n'
E['native_type'] = 'model User {\n  id   Int    @id\n  name String @db.VarChar(255)\n}\n'
E['native_type_text'] = 'model User {\n  id   Int    @id\n  name String @db.Text\n}\n'
E['ambiguous_relation'] = 'model User {\n  id      Int    @id\n  written Post[]\n  edited  Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  editorId Int\n  author   User @relation(fields: [authorId], references: [id])\n  editor   User @relation(fields: [editorId], references: [id])\n}\n'
E['ambiguous_self_relation'] = 'model User {\n  id       Int    @id\n  mentorId Int?\n  mentor   User?  @relation(fields: [mentorId], references: [id])\n  mentees  User[]\n}\n'
E['relation_missing_fields_refs'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id     Int  @id\n  author User @relation\n}\n'
E['relation_missing_references'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId])\n}\n'
E['relation_missing_fields'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(references: [id])\n}\n'
E['references_not_unique'] = 'model User {\n  id    Int    @id\n  email String\n  posts Post[]\n}\n\nmodel Post {\n  id          Int    @id\n  authorEmail String\n  author      User   @relation(fields: [authorEmail], references: [email])\n}\n'
E['optional_scalar_required_relation'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int?\n  author   User @relation(fields: [authorId], references: [id])\n}\n'
E['type_mismatch_fk'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int    @id\n  authorId String\n  author   User   @relation(fields: [authorId], references: [id])\n}\n'
E['one_to_one_not_unique'] = 'model User {\n  id      Int      @id\n  profile Profile?\n}\n\nmodel Profile {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n'
E['one_to_one_required_both'] = 'model User {\n  id      Int     @id\n  profile Profile\n}\n\nmodel Profile {\n  id     Int  @id\n  userId Int  @unique\n  user   User @relation(fields: [userId], references: [id])\n}\n'
E['one_to_one_both_sides_fields'] = 'model User {\n  id        Int      @id\n  profileId Int      @unique\n  profile   Profile  @relation(fields: [profileId], references: [id])\n}\n\nmodel Profile {\n  id     Int  @id\n  userId Int  @unique\n  user   User @relation(fields: [userId], references: [id])\n}\n'
E['one_to_one_no_fields'] = 'model User {\n  id      Int      @id\n  profile Profile?\n}\n\nmodel Profile {\n  id   Int  @id\n  user User\n}\n'
E['fields_references_count'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id Int  @id\n  a  Int\n  b  Int\n  author User @relation(fields: [a, b], references: [id])\n}\n'
E['fields_not_existing'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id     Int  @id\n  author User @relation(fields: [authorId], references: [id])\n}\n'
E['references_not_existing'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [uid])\n}\n'
E['relation_fields_relation_field'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id     Int  @id\n  author User @relation(fields: [author], references: [id])\n}\n'
E['mn_without_id'] = 'model A {\n  a  Int @unique\n  bs B[]\n}\n\nmodel B {\n  id Int @id\n  as A[]\n}\n'
E['mn_compound_id'] = 'model A {\n  x  Int\n  y  Int\n  bs B[]\n\n  @@id([x, y])\n}\n\nmodel B {\n  id Int @id\n  as A[]\n}\n'
E['mn_referential_action'] = 'model A {\n  id Int @id\n  bs B[] @relation(onDelete: Cascade)\n}\n\nmodel B {\n  id Int @id\n  as A[]\n}\n'
E['mn_references'] = 'model A {\n  id Int @id\n  bs B[] @relation(references: [id])\n}\n\nmodel B {\n  id Int @id\n  as A[]\n}\n'
E['mn_fields'] = 'model A {\n  id  Int   @id\n  bId Int\n  bs  B[]   @relation(fields: [bId], references: [id])\n}\n\nmodel B {\n  id Int @id\n  as A[]\n}\n'
E['relation_name_mismatch'] = 'model User {\n  id    Int    @id\n  posts Post[] @relation("A")\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation("B", fields: [authorId], references: [id])\n}\n'
E['three_fields_same_relation_name'] = 'model User {\n  id    Int    @id\n  posts Post[] @relation("A")\n  more  Post[] @relation("A")\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation("A", fields: [authorId], references: [id])\n}\n'
E['list_relation_both_required'] = 'model User {\n  id   Int  @id\n  post Post\n}\n\nmodel Post {\n  id     Int  @id\n  user   User\n}\n'
E['referential_action_unknown'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id], onDelete: Destroy)\n}\n'
E['setnull_on_required'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id], onDelete: SetNull, onUpdate: SetNull)\n}\n'
E['referential_action_on_back_side'] = 'model User {\n  id    Int    @id\n  posts Post[] @relation(onDelete: Cascade)\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n'
E['named_fk'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id], map: "fk_author")\n}\n'
E['named_pk_field'] = 'model User {\n  id Int @id(map: "pk_user")\n}\n'
E['named_pk_block'] = 'model User {\n  a Int\n  b Int\n\n  @@id([a, b], map: "pk_user")\n}\n'
E['fulltext'] = 'model User {\n  id   Int    @id\n  name String\n\n  @@fulltext([name])\n}\n'
E['unique_length'] = 'model User {\n  id   Int    @id\n  name String @unique(length: 10)\n}\n'
E['index_type_hash'] = 'model User {\n  id   Int    @id\n  name String\n\n  @@index([name], type: Hash)\n}\n'
E['index_clustered'] = 'model User {\n  id   Int    @id\n  name String\n\n  @@index([name], clustered: true)\n}\n'
E['default_now_int'] = 'model User {\n  id Int @id\n  at Int @default(now())\n}\n'
E['default_unknown_fn'] = 'model User {\n  id Int    @id\n  s  String @default(nanoidx())\n}\n'
E['enum_bad_default'] = 'model User {\n  id   Int  @id\n  role Role @default(GUEST)\n}' + ENUM
E['duplicate_model'] = 'model User {\n  id Int @id\n}\n\nmodel User {\n  id Int @id\n}\n'
E['duplicate_field'] = 'model User {\n  id   Int    @id\n  name String\n  name String?\n}\n'
E['duplicate_enum'] = 'enum Role {\n  A\n}\n\nenum Role {\n  B\n}\n\nmodel M {\n  id Int @id\n}\n'
E['duplicate_enum_value'] = 'enum Role {\n  A\n  A\n}\n\nmodel M {\n  id Int @id\n}\n'
E['model_enum_same_name'] = 'enum User {\n  A\n}\n\nmodel User {\n  id Int @id\n}\n'
E['unknown_attribute'] = 'model User {\n  id    Int    @id\n  email String @uniq\n}\n'
E['unknown_block_attribute'] = 'model User {\n  id    Int    @id\n  email String\n\n  @@uniq([email])\n}\n'
E['two_ids'] = 'model User {\n  id  Int @id\n  id2 Int @id\n}\n'
E['id_and_block_id'] = 'model User {\n  id Int @id\n  b  Int\n\n  @@id([id, b])\n}\n'
E['optional_id'] = 'model User {\n  id Int? @id\n}\n'
E['list_id'] = 'model User {\n  id Int[] @id\n}\n'
E['updatedat_string'] = 'model User {\n  id Int    @id\n  u  String @updatedAt\n}\n'
E['typo_keyword'] = 'modle Post {\n  id Int @id\n}\n'
E['missing_close_brace'] = 'model User {\n  id Int @id\n\nmodel Post {\n  id Int @id\n}\n'
E['junk_top_level'] = 'model User {\n  id Int @id\n}\n\nthis is not prisma\n'
E['junk_in_model'] = 'model User {\n  id Int @id\n  ;;;\n  name String\n}\n'
E['arbitrary_block'] = 'foo Bar {\n  x Int\n}\n\nmodel User {\n  id Int @id\n}\n'
E['composite_type'] = 'type Address {\n  street String\n}\n\nmodel User {\n  id      Int     @id\n  address Address\n}\n'
E['view_without_preview'] = 'model User {\n  id Int @id\n}\n\nview UserView {\n  id Int @unique\n}\n'
E['reserved_type_name'] = 'model String {\n  id Int @id\n}\n'
E['reserved_enum_name'] = 'enum Int {\n  A\n}\n\nmodel M {\n  id Int @id\n}\n'
E['optional_list'] = 'model User {\n  id    Int    @id\n  posts Post[]?\n}\n\nmodel Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n'
E['legacy_required'] = 'model User {\n  id   Int     @id\n  name String!\n}\n'
E['legacy_list'] = 'model User {\n  id    Int    @id\n  posts [Post]\n}\n\nmodel Post {\n  id Int @id\n}\n'
E['legacy_colon'] = 'model User {\n  id: Int @id\n}\n'
E['type_alias'] = 'type MyId = Int @id\n\nmodel User {\n  id MyId\n}\n'
E['unique_on_relation_field'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id]) @unique\n}\n'
E['index_unknown_field'] = 'model User {\n  id Int @id\n\n  @@index([nope])\n}\n'
E['unique_unknown_field'] = 'model User {\n  id Int @id\n\n  @@unique([nope])\n}\n'
E['id_unknown_field'] = 'model User {\n  a Int\n\n  @@id([nope])\n}\n'
E['index_on_relation_field'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n\n  @@index([author])\n}\n'
E['unique_on_list_relation'] = 'model User {\n  id    Int    @id\n  posts Post[]\n\n  @@unique([posts])\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n'
E['duplicate_index_name'] = 'model User {\n  id Int    @id\n  a  String\n  b  String\n\n  @@index([a], map: "idx")\n  @@index([b], map: "idx")\n}\n'
E['index_name_clash_across_models'] = 'model A {\n  id Int    @id\n  x  String\n\n  @@index([x], map: "same")\n}\n\nmodel B {\n  id Int    @id\n  y  String\n\n  @@index([y], map: "same")\n}\n'
E['duplicate_compound_name'] = 'model User {\n  id Int    @id\n  a  String\n  b  String\n\n  @@unique([a, b], name: "ab")\n  @@unique([b, a], name: "ab")\n}\n'
E['compound_name_clashes_field'] = 'model User {\n  id Int    @id\n  a  String\n  b  String\n\n  @@unique([a, b], name: "a")\n}\n'
E['map_empty'] = 'model User {\n  id Int @id @map("")\n}\n'
E['block_map_empty'] = 'model User {\n  id Int @id\n\n  @@map("")\n}\n'
E['map_clash_fields'] = 'model User {\n  id Int @id\n  a  Int @map("x")\n  b  Int @map("x")\n}\n'
E['map_clash_models'] = 'model A {\n  id Int @id\n\n  @@map("t")\n}\n\nmodel B {\n  id Int @id\n\n  @@map("t")\n}\n'
E['map_model_clash_name'] = 'model A {\n  id Int @id\n\n  @@map("B")\n}\n\nmodel B {\n  id Int @id\n}\n'
E['bad_provider'] = 'model User {\n  id Int @id\n}\n'
E['two_datasources'] = 'datasource other {\n  provider = "sqlite"\n  url      = "file:./other.db"\n}\n\nmodel User {\n  id Int @id\n}\n'
E['datasource_unknown_property'] = 'model User {\n  id Int @id\n}\n'
E['relationmode_prisma'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n'
E['ignore_on_field_and_model'] = 'model User {\n  id   Int    @id\n  junk String @ignore\n}\n\nmodel Legacy {\n  a Int\n\n  @@ignore\n}\n'
E['ignore_referenced'] = 'model User {\n  id    Int    @id\n  posts Post[]\n\n  @@ignore\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n'
E['enum_empty'] = 'enum Role {\n}\n\nmodel M {\n  id Int @id\n}\n'
E['enum_value_invalid_name'] = 'enum Role {\n  1A\n  B-C\n}\n\nmodel M {\n  id Int @id\n}\n'
E['field_name_starts_digit'] = 'model M {\n  id  Int @id\n  1st Int\n}\n'
E['model_name_with_dash'] = 'model My-Model {\n  id Int @id\n}\n'
E['string_unterminated'] = 'model M {\n  id Int    @id\n  s  String @default("abc)\n}\n'
E['attribute_missing_paren'] = 'model M {\n  id Int    @id\n  s  String @default("abc"\n}\n'
E['attribute_bad_argument'] = 'model M {\n  id Int    @id\n  s  String @unique(foo: 1)\n}\n'
E['attribute_duplicate'] = 'model M {\n  id Int    @id @id\n  s  String @unique @unique\n}\n'
E['map_on_relation_field'] = 'model User {\n  id    Int    @id\n  posts Post[] @map("x")\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n'
E['id_on_relation_field'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id]) @id\n}\n'
E['unsupported_optional_list'] = 'model M {\n  id Int                 @id\n  u  Unsupported("x")[]\n}\n'
E['json_list'] = 'model M {\n  id Int    @id\n  j  Json[]\n}\n'
E['preview_feature_unknown'] = 'model M {\n  id Int @id\n}\n'
E['generator_no_provider'] = 'model M {\n  id Int @id\n}\n'
E['env_missing'] = 'model M {\n  id Int @id\n}\n'
E['relation_to_view_ok'] = 'model M {\n  id Int @id\n}\n'
for k, v in E.items():
    header = H
    if k == 'bad_provider':
        header = 'datasource db {\n  provider = "sqlit"\n  url      = "file:./dev.db"\n}\n\n'
    elif k == 'datasource_unknown_property':
        header = 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n  custom   = "x"\n}\n\n'
    elif k == 'relationmode_prisma':
        header = 'datasource db {\n  provider     = "sqlite"\n  url          = "file:./dev.db"\n  relationMode = "prisma"\n}\n\n'
    elif k == 'preview_feature_unknown':
        header = 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["notAFeature"]\n}\n\n' + H
    elif k == 'generator_no_provider':
        header = 'generator client {\n  output = "./client"\n}\n\n' + H
    elif k == 'env_missing':
        header = 'datasource db {\n  provider = "sqlite"\n  url      = env("SEEDBED_UNSET_VAR")\n}\n\n'
    elif k == 'relation_to_view_ok':
        continue
    case('hw_err_' + k, v, header)

# datasource / generator variants
DS = {
    'no_url': 'datasource db {\n  provider = "sqlite"\n}\n',
    'url_postgres': 'datasource db {\n  provider = "sqlite"\n  url      = "postgresql://localhost/db"\n}\n',
    'provider_array': 'datasource db {\n  provider = ["sqlite"]\n  url      = "file:./dev.db"\n}\n',
    'provider_env': 'datasource db {\n  provider = env("P")\n  url      = "file:./dev.db"\n}\n',
    'no_provider': 'datasource db {\n  url = "file:./dev.db"\n}\n',
    'schemas': 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n  schemas  = ["a"]\n}\n',
    'direct_url': 'datasource db {\n  provider  = "sqlite"\n  url       = "file:./dev.db"\n  directUrl = "file:./other.db"\n}\n',
    'shadow_url': 'datasource db {\n  provider          = "sqlite"\n  url               = "file:./dev.db"\n  shadowDatabaseUrl = "file:./shadow.db"\n}\n',
    'relationmode_bad': 'datasource db {\n  provider     = "sqlite"\n  url          = "file:./dev.db"\n  relationMode = "nope"\n}\n',
    'relationmode_fk': 'datasource db {\n  provider     = "sqlite"\n  url          = "file:./dev.db"\n  relationMode = "foreignKeys"\n}\n',
    'extensions': 'datasource db {\n  provider   = "sqlite"\n  url        = "file:./dev.db"\n  extensions = [pg_trgm]\n}\n',
    'url_env_default': 'datasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n',
    'url_empty': 'datasource db {\n  provider = "sqlite"\n  url      = ""\n}\n',
    'url_number': 'datasource db {\n  provider = "sqlite"\n  url      = 42\n}\n',
    'name_weird': 'datasource my_Data_Source1 {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n',
    'none': '',
    'gen_only': G,
    'gen_prisma_client': 'generator client {\n  provider = "prisma-client"\n  output   = "../generated/prisma"\n}\n\n' + H,
    'gen_two': G + 'generator other {\n  provider = "prisma-dbml-generator"\n  custom   = "anything"\n  nested   = ["a", "b"]\n}\n\n' + H,
    'gen_binary_targets': 'generator client {\n  provider      = "prisma-client-js"\n  binaryTargets = ["native", "debian-openssl-3.0.x"]\n}\n\n' + H,
    'gen_preview_many': 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["views", "relationJoins", "driverAdapters", "fullTextSearchPostgres"]\n}\n\n' + H,
    'gen_preview_empty': 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = []\n}\n\n' + H,
    'gen_preview_string': 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = "views"\n}\n\n' + H,
    'gen_preview_deprecated': 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["interactiveTransactions", "referentialIntegrity", "fullTextIndex"]\n}\n\n' + H,
    'gen_duplicate': G + G + H,
    'gen_engine_type': 'generator client {\n  provider   = "prisma-client-js"\n  engineType = "client"\n}\n\n' + H,
}
for k, v in DS.items():
    case('hw_cfg_' + k, v + ('\n' if v else '') + 'model User {\n  id Int @id\n}\n', header='')

# ---------------------------------------------------------------- valid schemas
OK = {}
OK['blog'] = 'model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  name  String?\n  posts Post[]\n}\n\nmodel Post {\n  id        Int     @id @default(autoincrement())\n  title     String\n  published Boolean @default(false)\n  authorId  Int\n  author    User    @relation(fields: [authorId], references: [id])\n}\n'
OK['one_to_one'] = 'model User {\n  id      Int      @id\n  profile Profile?\n}\n\nmodel Profile {\n  id     Int  @id\n  userId Int  @unique\n  user   User @relation(fields: [userId], references: [id])\n}\n'
OK['one_to_one_optional'] = 'model User {\n  id      Int      @id\n  profile Profile?\n}\n\nmodel Profile {\n  id     Int   @id\n  userId Int?  @unique\n  user   User? @relation(fields: [userId], references: [id])\n}\n'
OK['mn_implicit'] = 'model Post {\n  id   Int   @id\n  tags Tag[]\n}\n\nmodel Tag {\n  id    Int    @id\n  posts Post[]\n}\n'
OK['mn_named'] = 'model Post {\n  id   Int   @id\n  tags Tag[] @relation("PostTags")\n}\n\nmodel Tag {\n  id    Int    @id\n  posts Post[] @relation("PostTags")\n}\n'
OK['mn_self'] = 'model User {\n  id          Int    @id\n  followers   User[] @relation("Follows")\n  following   User[] @relation("Follows")\n}\n'
OK['mn_string_ids'] = 'model A {\n  id String @id @default(cuid())\n  bs B[]\n}\n\nmodel B {\n  id String @id @default(uuid())\n  as A[]\n}\n'
OK['mn_explicit'] = 'model Post {\n  id   Int          @id\n  tags PostToTag[]\n}\n\nmodel Tag {\n  id    Int          @id\n  posts PostToTag[]\n}\n\nmodel PostToTag {\n  postId Int\n  tagId  Int\n  post   Post @relation(fields: [postId], references: [id], onDelete: Cascade)\n  tag    Tag  @relation(fields: [tagId], references: [id], onDelete: Cascade)\n\n  @@id([postId, tagId])\n}\n'
OK['self_1n'] = 'model Employee {\n  id        Int        @id\n  managerId Int?\n  manager   Employee?  @relation("Mgmt", fields: [managerId], references: [id])\n  reports   Employee[] @relation("Mgmt")\n}\n'
OK['self_11'] = 'model Node {\n  id     Int   @id\n  nextId Int?  @unique\n  next   Node? @relation("Chain", fields: [nextId], references: [id])\n  prev   Node? @relation("Chain")\n}\n'
OK['two_relations_same_models'] = 'model User {\n  id      Int    @id\n  written Post[] @relation("Written")\n  edited  Post[] @relation("Edited")\n}\n\nmodel Post {\n  id       Int   @id\n  authorId Int\n  editorId Int?\n  author   User  @relation("Written", fields: [authorId], references: [id])\n  editor   User? @relation("Edited", fields: [editorId], references: [id])\n}\n'
OK['compound_fk'] = 'model User {\n  first String\n  last  String\n  posts Post[]\n\n  @@id([first, last])\n}\n\nmodel Post {\n  id          Int    @id\n  authorFirst String\n  authorLast  String\n  author      User   @relation(fields: [authorFirst, authorLast], references: [first, last])\n}\n'
OK['fk_to_unique'] = 'model User {\n  id    Int    @id\n  email String @unique\n  posts Post[]\n}\n\nmodel Post {\n  id          Int    @id\n  authorEmail String\n  author      User   @relation(fields: [authorEmail], references: [email])\n}\n'
OK['fk_to_compound_unique'] = 'model User {\n  id    Int    @id\n  a     String\n  b     String\n  posts Post[]\n\n  @@unique([a, b])\n}\n\nmodel Post {\n  id  Int    @id\n  ua  String\n  ub  String\n  u   User   @relation(fields: [ua, ub], references: [a, b])\n}\n'
for act in ['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault']:
    OK['refaction_' + act.lower()] = f'model User {{\n  id    Int    @id\n  posts Post[]\n}}\n\nmodel Post {{\n  id       Int   @id\n  authorId Int?  @default(1)\n  author   User? @relation(fields: [authorId], references: [id], onDelete: {act}, onUpdate: {act})\n}}\n'
OK['compound_id'] = 'model M {\n  a Int\n  b String\n\n  @@id([a, b])\n}\n'
OK['compound_id_named'] = 'model M {\n  a Int\n  b String\n\n  @@id(name: "ab", fields: [a, b])\n}\n'
OK['compound_id_sort'] = 'model M {\n  a Int\n  b String\n\n  @@id([a(sort: Desc), b])\n}\n'
OK['id_sort'] = 'model M {\n  id Int @id(sort: Desc)\n}\n'
OK['unique_only'] = 'model M {\n  email String @unique\n}\n'
OK['compound_unique_only'] = 'model M {\n  a Int\n  b Int\n\n  @@unique([a, b])\n}\n'
OK['indexes_all'] = 'model M {\n  id Int    @id\n  a  String @unique(map: "a_u", sort: Desc)\n  b  String\n  c  Int\n  d  Int\n\n  @@index([b])\n  @@index([b, c], map: "bc_idx")\n  @@index([c(sort: Desc), d(sort: Asc)])\n  @@unique([c, d], name: "cd")\n  @@unique([d, b], map: "db_key")\n  @@index([d], name: "legacy_name")\n}\n'
OK['maps'] = 'model User {\n  id        Int      @id @map("user_id")\n  firstName String   @map("first_name")\n  createdAt DateTime @default(now()) @map("created_at")\n  role      Role     @default(USER)\n\n  @@map("users")\n}\n\nenum Role {\n  USER  @map("user")\n  ADMIN @map("admin")\n\n  @@map("roles")\n}\n'
OK['all_types'] = 'model M {\n  id  Int      @id\n  s   String\n  i   Int\n  bi  BigInt\n  f   Float\n  d   Decimal\n  b   Boolean\n  dt  DateTime\n  j   Json\n  by  Bytes\n  e   Role\n  u   Unsupported("circle")?\n  so  String?\n  io  Int?\n  bio BigInt?\n  fo  Float?\n  do  Decimal?\n  bo  Boolean?\n  dto DateTime?\n  jo  Json?\n  byo Bytes?\n  eo  Role?\n}' + ENUM
OK['enum_many'] = 'enum A {\n  X\n  Y\n  Z\n}\n\nenum B {\n  lower\n  MiXeD\n  with_underscore\n}\n\nmodel M {\n  id Int @id\n  a  A   @default(Y)\n  b  B?\n  c  B   @default(lower)\n}\n'
OK['view_preview'] = 'model User {\n  id    Int    @id\n  email String\n}\n\nview UserInfo {\n  id    Int    @unique\n  email String\n}\n'
OK['view_no_unique'] = 'view UserInfo {\n  id    Int\n  email String\n}\n'
OK['view_with_relation'] = 'model User {\n  id    Int         @id\n  infos UserInfo[]\n}\n\nview UserInfo {\n  id     Int  @unique\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n'
OK['view_id'] = 'view V {\n  id Int @id\n  x  String?\n\n  @@map("v_view")\n}\n'
OK['ignore_field'] = 'model M {\n  id Int     @id\n  x  String? @ignore\n}\n'
OK['ignore_model'] = 'model M {\n  x Int\n\n  @@ignore\n}\n'
OK['unsupported'] = 'model M {\n  id  Int                     @id\n  geo Unsupported("geometry")?\n  req Unsupported("circle")\n}\n'
OK['doc_comments'] = '/// The user\nmodel User {\n  /// primary key\n  id Int @id // trailing\n  // plain\n  name String /// doc after?\n}\n\n/// roles\nenum Role {\n  /// a user\n  USER\n  ADMIN // admin\n}\n'
OK['relation_no_back_relation_names'] = 'model A {\n  id Int @id\n  b  B?\n}\n\nmodel B {\n  id  Int @id\n  aId Int @unique\n  a   A   @relation(fields: [aId], references: [id])\n}\n'
OK['fk_on_id'] = 'model User {\n  id      Int      @id\n  profile Profile?\n}\n\nmodel Profile {\n  id   Int  @id\n  user User @relation(fields: [id], references: [id])\n}\n'
OK['field_named_like_types'] = 'model M {\n  id     Int    @id\n  String String\n  Int    Int\n  model  String\n  enum   String\n  type   String\n  view   String\n}\n'
OK['model_named_like_keywords'] = 'model model {\n  id Int @id\n}\n\nmodel enum {\n  id Int @id\n}\n\nmodel datasource {\n  id Int @id\n}\n'
OK['relationmode_prisma_index'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n\n  @@index([authorId])\n}\n'
for k, v in OK.items():
    header = H
    if k.startswith('view'):
        header = HV
    if k.startswith('relationmode_prisma'):
        header = 'datasource db {\n  provider     = "sqlite"\n  url          = "file:./dev.db"\n  relationMode = "prisma"\n}\n\n'
    case('hw_ok_' + k, v, header)
case('hw_ok_relationmode_prisma_no_index', OK['blog'], 'datasource db {\n  provider     = "sqlite"\n  url          = "file:./dev.db"\n  relationMode = "prisma"\n}\n\n')
case('hw_ok_relationmode_prisma_cycle', 'model A {\n  id  Int  @id\n  bId Int\n  b   B    @relation(fields: [bId], references: [id], onDelete: Cascade)\n  bs  B[]  @relation("back")\n\n  @@index([bId])\n}\n\nmodel B {\n  id  Int @id\n  aId Int\n  a   A   @relation("back", fields: [aId], references: [id], onDelete: Cascade)\n  as  A[]\n\n  @@index([aId])\n}\n', 'datasource db {\n  provider     = "sqlite"\n  url          = "file:./dev.db"\n  relationMode = "prisma"\n}\n\n')
case('hw_ok_self_cascade_cycle_fk', 'model Node {\n  id       Int    @id\n  parentId Int?\n  parent   Node?  @relation("Tree", fields: [parentId], references: [id], onDelete: Cascade)\n  children Node[] @relation("Tree")\n}\n')
case('hw_err_view_composite_no_preview', 'view V {\n  id Int @unique\n}\n\ntype T {\n  a Int\n}\n')

# ---------------------------------------------------------------- layout
L = {}
L['comments_everywhere'] = '// top comment\n/// doc for ds\ndatasource db { // after brace\n  // inside ds\n  provider = "sqlite" // trailing\n  url      = "file:./dev.db"\n  /* block */\n}\n\n/* multi\n   line */\nmodel   User   {   // trailing on open\n  // before field\n  id    Int    @id   // after field\n  /// doc\n  name String? // x\n  // before block attr\n  @@map("users") // after block attr\n  // last\n}\n// between\n\n\n\nenum E { // open\n  A // a\n  // middle\n  B\n} // after close\n// end\n'
L['odd_spacing'] = 'datasource    db    {\nprovider=   "sqlite"\n      url =\t"file:./dev.db"\n}\nmodel User{\nid Int      @id     @default( autoincrement( ) )\n     name    String?@unique\nemail String    @default(  "x"  )\n}\n\n\n\n\nmodel   Post  {\n  id Int @id\n}'
L['tabs'] = 'datasource db {\n\tprovider = "sqlite"\n\turl = "file:./dev.db"\n}\n\nmodel User {\n\tid\tInt\t@id\n\tname\tString?\n}\n'
L['crlf'] = 'datasource db {\r\n  provider = "sqlite"\r\n  url      = "file:./dev.db"\r\n}\r\n\r\nmodel User {\r\n  id   Int @id\r\n  name String\r\n}\r\n'
L['crlf_error'] = 'datasource db {\r\n  provider = "sqlite"\r\n  url      = "file:./dev.db"\r\n}\r\n\r\nmodel User {\r\n  id   Int @id\r\n  name Strin\r\n}\r\n'
L['no_trailing_newline'] = H + 'model User {\n  id Int @id\n}'
L['empty_file'] = ''
L['only_comments'] = '// nothing here\n/// doc with nothing\n'
L['only_datasource'] = H
L['blank_lines_in_model'] = H + 'model User {\n\n\n  id Int @id\n\n\n  name String\n\n\n  @@index([name])\n\n\n}\n'
L['unicode_comments_defaults'] = H + '/// Benutzer — ユーザー 👤\nmodel User {\n  id   Int    @id\n  name String @default("梅梅") // 名前\n  emoji String @default("🚀✨")\n  fr   String @default("déjà vu")\n}\n'
L['unicode_identifier'] = H + 'model Ünïcödé {\n  id Int @id\n}\n'
L['unicode_field_identifier'] = H + 'model User {\n  id   Int    @id\n  naïve String\n}\n'
L['long_names'] = H + 'model ' + 'A' * 120 + ' {\n  id Int @id\n  ' + 'f' * 150 + ' String @unique\n  ' + 'g' * 90 + ' Int\n\n  @@index([' + 'g' * 90 + '])\n}\n'
L['long_line_attributes'] = H + 'model User {\n  id Int @id @default(autoincrement()) @map("identifier_of_the_user_in_the_database_table_with_a_long_name")\n  e String @unique(map: "an_extremely_long_unique_index_name_that_goes_on_and_on_and_on") @default("a default value that is rather long for a default")\n}\n'
L['attribute_order'] = H + 'model User {\n  id Int @map("x") @default(autoincrement()) @id\n  e  String @map("y") @unique @default("")\n\n  @@map("u")\n  @@index([e])\n  @@unique([id, e])\n}\n'
L['field_alignment_mixed'] = H + 'model User {\n  id Int @id\n  averyveryverylongfieldname String?\n  x Int @default(1)\n  // comment line in the middle\n  yy DateTime @default(now()) @updatedAt\n  zzz Unsupported("circle")?\n}\n'
L['enum_spacing'] = H + 'enum   Role{\n    A\n  B    @map("b")\n      C\n  @@map("roles")\n}\n\nmodel M {\n  id Int @id\n  r Role\n}\n'
L['string_escapes'] = H + 'model M {\n  id Int    @id\n  a  String @default("tab\\tnew\\nline")\n  b  String @default("back\\\\slash")\n  c  String @default("quote\\"inside")\n  d  String @default("unicode \\u00e9")\n}\n'
L['comment_in_attribute_args'] = H + 'model M {\n  id Int @id\n  a  Int\n  b  Int\n\n  @@index([a, // first\n    b])\n}\n'
L['multiline_attribute_args'] = H + 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(\n    fields: [authorId],\n    references: [id]\n  )\n}\n'
L['trailing_commas'] = H + 'model M {\n  id Int @id\n  a  Int\n  b  Int\n\n  @@index([a, b,])\n  @@unique(fields: [a, b], name: "ab",)\n}\n'
L['block_on_one_line'] = H + 'model M { id Int @id }\n'
L['content_after_open_brace'] = H + 'model M { id Int @id\n  name String\n}\n'
L['closing_brace_with_field'] = H + 'model M {\n  id Int @id }\n'
L['many_models'] = H + '\n'.join(f'model M{i} {{\n  id Int @id\n  v{i} String?\n}}\n' for i in range(40))
L['model_order_relations_reversed'] = H + 'model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n\nmodel User {\n  id    Int    @id\n  posts Post[]\n}\n'
L['generator_after_models'] = 'model User {\n  id Int @id\n}\n\n' + H + G
L['doc_comment_on_datasource_and_generator'] = '/// gen docs\n' + G + '/// ds docs\n' + H + 'model M {\n  id Int @id\n}\n'
L['config_alignment'] = 'generator client {\n  provider = "prisma-client-js"\n  output = "../x"\n  previewFeatures = ["views"]\n  binaryTargets = ["native"]\n}\n\ndatasource db {\n  provider = "sqlite"\n  url = "file:./dev.db"\n  relationMode = "foreignKeys"\n}\n\nmodel M {\n  id Int @id\n}\n'
L['negative_numbers_and_floats'] = H + 'model M {\n  id Int   @id\n  a  Int   @default(-0)\n  b  Float @default(-1.5)\n  c  Float @default(0.000001)\n  d  Int   @default(007)\n}\n'
for k, v in L.items():
    case('hw_lay_' + k, v, header='')

# ---------------------------------------------------------------- format: relation completion and refusals
F = {}
F['add_back_relation'] = 'model User {\n  id Int @id\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n'
F['add_forward_relation'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n}\n'
F['add_relation_args'] = 'model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id     Int  @id\n  author User\n}\n'
F['one_to_one_incomplete'] = 'model User {\n  id      Int      @id\n  profile Profile?\n}\n\nmodel Profile {\n  id   Int  @id\n  user User\n}\n'
F['one_to_one_only_one_side'] = 'model User {\n  id      Int      @id\n  profile Profile?\n}\n\nmodel Profile {\n  id Int @id\n}\n'
F['mn_one_side'] = 'model Post {\n  id   Int   @id\n  tags Tag[]\n}\n\nmodel Tag {\n  id Int @id\n}\n'
F['back_relation_name_collision'] = 'model Blog {\n  id    Int    @id\n  posts String?\n}\n\nmodel Post {\n  id     Int   @id\n  blogId Int?\n  blog   Blog? @relation(fields: [blogId], references: [id])\n}\n'
F['plural_naming'] = 'model Category {\n  id Int @id\n}\n\nmodel Box {\n  id Int @id\n}\n\nmodel Person {\n  id         Int       @id\n  categoryId Int\n  category   Category  @relation(fields: [categoryId], references: [id])\n  boxId      Int\n  box        Box       @relation(fields: [boxId], references: [id])\n}\n'
F['pascal_model_names'] = 'model BlogPost {\n  id Int @id\n}\n\nmodel HTTPRequest {\n  id Int @id\n}\n\nmodel Comment {\n  id         Int         @id\n  postId     Int\n  post       BlogPost    @relation(fields: [postId], references: [id])\n  reqId      Int\n  req        HTTPRequest @relation(fields: [reqId], references: [id])\n}\n'
F['two_relations_missing_backs'] = 'model User {\n  id Int @id\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  editorId Int\n  author   User @relation("a", fields: [authorId], references: [id])\n  editor   User @relation("e", fields: [editorId], references: [id])\n}\n'
F['self_relation_missing_back'] = 'model Node {\n  id       Int   @id\n  parentId Int?\n  parent   Node? @relation("tree", fields: [parentId], references: [id])\n}\n'
F['compound_id_forward'] = 'model User {\n  a     Int\n  b     Int\n  posts Post[]\n\n  @@id([a, b])\n}\n\nmodel Post {\n  id Int @id\n}\n'
F['string_id_forward'] = 'model User {\n  id    String @id @default(uuid())\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n}\n'
F['mapped_model_back'] = 'model User {\n  id Int @id\n\n  @@map("users")\n}\n\nmodel Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n\n  @@map("posts")\n}\n'
F['invalid_stays_invalid'] = 'model User {\n  id   Int @id\n  name Strng\n}\n'
F['parse_error'] = 'model User {\n  id Int @id\n  @@@\n}\n'
F['already_formatted'] = 'model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  name  String?\n}\n'
F['view_relation_completion'] = 'model User {\n  id Int @id\n}\n\nview UserInfo {\n  id     Int  @unique\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n'
for k, v in F.items():
    case('hw_fmt_' + k, v, HV if 'view' in k else H)

# write
for name, text in sorted(cases.items()):
    with open(os.path.join(OUT, name + '.prisma'), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
print(f'{len(cases)} hand-written schema cases written to {OUT}')
