#!/usr/bin/env python3
"""Writes introspect cases cases/mig_<case>.sql from the recorded migrate corpus
(run it after `node record.mjs migrate`):
  - for from-empty migrate cases whose `db push` succeeded: their expected.sql (the SQL Prisma
    generates for to.prisma);
  - for the other cases whose name starts with one of KEEP_PREFIXES and whose `db push` succeeded: push.schema.sql, i.e. the sqlite_master SQL of
    the database after pushing from.prisma then to.prisma (this keeps SQLite's rewritten text for
    ALTER TABLE ADD COLUMN, e.g. `"name" TEXT\n, "bio" TEXT)`), minus sqlite_sequence and the
    `-- ... (no SQL)` lines for automatic indexes.
Databases whose SQL text is identical to an earlier one (by case name order) are skipped.
A case gets `-- preview_features=views` when its to.prisma enables that preview feature.
"""
import hashlib
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
MIG = os.path.join(HERE, '..', 'migrate', 'cases')
OUT = os.path.join(HERE, 'cases')
# non-empty cases used (keeps the suite small; these show ALTER TABLE ADD COLUMN text and redefinitions)
KEEP_PREFIXES = ('add_optional_', 'add_column', 'add_table', 'add_updatedat', 'rel_', 'combo_', 'enum_', 'map_', 'remap_')
seen = set()
written = set()
n = 0
for name in sorted(os.listdir(MIG)):
    d = os.path.join(MIG, name)
    to = os.path.join(d, 'to.prisma')
    if not os.path.exists(to):
        continue
    if not os.path.exists(os.path.join(d, 'from.prisma')):
        p = os.path.join(d, 'expected.sql')
        push = os.path.join(d, 'push.txt')
        # skip SQL that SQLite itself rejects (e.g. Json defaults rendered as `DEFAULT {}`)
        if not os.path.exists(p) or not open(push, encoding='utf-8').read().startswith('exit: 0'):
            continue
        sql = open(p, encoding='utf-8').read()
    else:
        if not name.startswith(KEEP_PREFIXES):
            continue
        push = os.path.join(d, 'push.txt')
        if not os.path.exists(push) or not open(push, encoding='utf-8').read().startswith('exit: 0'):
            continue
        sql = open(os.path.join(d, 'push.schema.sql'), encoding='utf-8').read()
        sql = '\n'.join(l for l in sql.split('\n') if not l.startswith('-- ') and l != 'CREATE TABLE sqlite_sequence(name,seq);')
    if 'CREATE' not in sql:
        continue
    h = hashlib.sha1(sql.encode()).hexdigest()
    if h in seen:
        continue
    seen.add(h)
    header = f'-- database produced by the migrate case {name}\n'
    if re.search(r'previewFeatures\s*=\s*\[[^\]]*"views"', open(to, encoding='utf-8').read()):
        header = '-- preview_features=views\n' + header
    with open(os.path.join(OUT, f'mig_{name}.sql'), 'w', encoding='utf-8') as fh:
        fh.write(header + sql.rstrip('\n') + '\n')
    written.add(f'mig_{name}')
    n += 1
# remove cases (and their records) that are no longer produced
for f in os.listdir(OUT):
    if f.startswith('mig_') and f.split('.')[0] not in written:
        os.remove(os.path.join(OUT, f))
print(f'{n} introspect cases written from the migrate corpus')
