#!/usr/bin/env python3
"""Imports SQLite-relevant single-migration fixtures of prisma-engines as from-empty migrate cases.

Usage: python3 import_upstream.py <prisma-engines checkout or extracted tree>
Source: schema-engine/sql-migration-tests/tests/single_migration_tests/**.prisma (engines 8047c96).
Each becomes cases/up_<path>/to.prisma (no from.prisma = --from-empty): the `// tags=` /
`// exclude=` header and the `// Expected Migration:` block are removed, and the datasource is
replaced by a sqlite one with a file URL (keeping `relationMode` when present). Fixtures that
rely on connector-specific features (native types, schemas, scalar lists, directUrl) are skipped.
"""
import os
import re
import sys

SRC = os.path.join(sys.argv[1], 'schema-engine/sql-migration-tests/tests/single_migration_tests')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
SKIP = re.compile(r'@db\.|@@schema|schemas\s*=|directUrl|\b(String|Int|BigInt)\[\]|Unsupported', re.M)
n = 0
for dp, _, fs in os.walk(SRC):
    for f in sorted(fs):
        if not f.endswith('.prisma'):
            continue
        p = os.path.join(dp, f)
        text = open(p, encoding='utf-8').read()
        text = text.split('// Expected Migration:')[0]
        text = re.sub(r'^// (tags|exclude)=.*\n', '', text, flags=re.M).lstrip('\n')
        if SKIP.search(text):
            continue
        m = re.search(r'datasource\s+(\w+)\s*\{([^}]*)\}', text)
        rm = re.search(r'relationMode\s*=\s*"(\w+)"', m.group(2)) if m else None
        ds = 'datasource %s {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n%s}' % (
            m.group(1) if m else 'db', f'  relationMode = "{rm.group(1)}"\n' if rm else '')
        text = text[:m.start()] + ds + text[m.end():] if m else ds + '\n\n' + text
        name = 'up_' + re.sub(r'[^A-Za-z0-9]+', '_', os.path.relpath(p, SRC)[:-7])
        os.makedirs(os.path.join(OUT, name), exist_ok=True)
        with open(os.path.join(OUT, name, 'to.prisma'), 'w', encoding='utf-8') as fh:
            fh.write(text.rstrip('\n') + '\n')
        n += 1
print(f'{n} upstream migrate cases written to {OUT}')
