#!/usr/bin/env python3
"""Imports SQLite introspection fixtures of prisma-engines as introspect cases.

Usage: python3 import_upstream.py <prisma-engines checkout or extracted tree>
Sources (engines 8047c96):
  schema-engine/sql-introspection-tests/tests/simple/sqlite/**.sql -> cases/up_simple_<path>.sql
      (the trailing /* expected PSL */ block and `-- tags=` line are removed; `-- preview_features=` kept)
  schema-engine/sql-introspection-tests/tests/**/sqlite.rs, tests tagged Sqlite whose setup is raw SQL
      -> cases/up_<dir>_<test>.sql; when the test re-introspects, its input datamodel becomes
         cases/up_<dir>_<test>.input.prisma (with a sqlite datasource added when it has none).
Tests whose setup uses the `barrel` builder (no SQL text) are skipped.
"""
import os
import re
import sys

T = os.path.join(sys.argv[1], 'schema-engine/sql-introspection-tests/tests')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
os.makedirs(OUT, exist_ok=True)
DS = 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\n'
n = 0


def dedent(s):
    lines = s.split('\n')
    ind = min((len(l) - len(l.lstrip(' ')) for l in lines if l.strip()), default=0)
    return '\n'.join(l[ind:] for l in lines).strip('\n') + '\n'


def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(text)


simple = os.path.join(T, 'simple/sqlite')
for dp, _, fs in os.walk(simple):
    for f in sorted(fs):
        if f.endswith('.sql'):
            text = open(os.path.join(dp, f), encoding='utf-8').read()
            text = re.sub(r'/\*.*?\*/\s*$', '', text, flags=re.S)
            text = re.sub(r'^-- tags=.*\n', '', text, flags=re.M).strip('\n') + '\n'
            name = 'up_simple_' + re.sub(r'[^A-Za-z0-9]+', '_', os.path.relpath(os.path.join(dp, f), simple)[:-4])
            write(name + '.sql', text)
            n += 1

FN = re.compile(r'#\[test_connector\(([^\n]*)\)\]\s*async fn (\w+)\([^)]*\)[^{]*\{(.*?)\n\}', re.S)
RAW = r'(?:indoc!\s*[\{\(]\s*)?r#"(.*?)"#'
for dp, _, fs in os.walk(T):
    for f in sorted(fs):
        if f != 'sqlite.rs':
            continue
        rel = os.path.relpath(dp, T).replace('/', '_')
        src = open(os.path.join(dp, f), encoding='utf-8').read()
        for m in FN.finditer(src):
            attrs, test, body = m.groups()
            if 'Sqlite' not in attrs:
                continue
            if 'barrel()' in body:
                continue
            sm = re.search(r'raw_cmd\(\s*' + RAW, body, re.S)
            if not sm:
                vm = re.search(r'raw_cmd\(&?(\w+)', body)
                if not vm:
                    continue
                sm = re.search(r'let ' + vm.group(1) + r'\s*=\s*' + RAW, body, re.S)
                if not sm:
                    continue
            sql = dedent(sm.group(1))
            pf = re.search(r'preview_features\(([^)]*)\)', attrs)
            if pf:
                sql = '-- preview_features=' + ','.join(re.findall(r'"(\w+)"', pf.group(1))) + '\n' + sql
            name = f'up_{rel}_{test}'
            write(name + '.sql', sql)
            im = re.search(r'let input(?:_dm)?\s*=\s*' + RAW, body, re.S) if 're_introspect' in body else None
            if im:
                dm = dedent(im.group(1))
                if not re.search(r'^\s*datasource\s', dm, re.M):
                    gen = ''
                    if pf:
                        gen = ('generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ['
                               + ', '.join(re.findall(r'"\w+"', pf.group(1))) + ']\n}\n\n')
                    dm = gen + DS + dm
                dm = re.sub(r'url(\s*)=\s*env\("[^"]*"\)', r'url\1= "file:./dev.db"', dm)
                write(name + '.input.prisma', dm)
            n += 1
print(f'{n} upstream introspect cases written to {OUT}')
