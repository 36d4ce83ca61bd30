#!/usr/bin/env python3
"""Imports the SQLite-relevant schemas of prisma-engines' PSL test suites as schema cases.

Usage: python3 import_upstream.py <prisma-engines checkout or extracted tree>

Sources (prisma-engines 8047c96, read via the fork vetching-corporation/prisma-engines 48a10c85):
  psl/psl/tests/validation/**.prisma      -> cases/up_val_<path>.prisma   (trailing expected-diagnostic block removed)
  psl/psl/tests/reformatter/**.prisma     -> cases/up_fmt_<path>.prisma   (inputs only, not *.reformatted.prisma)
  psl/psl/tests/reformatter_multi_file/*  -> cases/up_fmtmf_<dir>_<file>.prisma
  psl/psl/tests/**/*.rs (inline indoc! schemas of #[test] fns) -> cases/up_rs_<file>_<test>[_n].prisma

Kept: schemas with a sqlite datasource or no datasource, and schemas for another SQL connector
whose text uses nothing connector-specific (native types, schemas, index types, scalar lists,
fulltext, mongo features...); their datasource provider is switched to "sqlite".
Schemas without a datasource block coming from .rs tests get the sqlite datasource the test's
`with_header(.., Provider::X, &[features])` would have given (generator with previewFeatures
when the test passes any).
"""
import hashlib
import os
import re
import sys

ROOT = sys.argv[1]
T = os.path.join(ROOT, 'psl/psl/tests')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
os.makedirs(OUT, exist_ok=True)

SPECIFIC = [
    r'@db\.', r'@@schema', r'\bschemas\s*=', r'\bextensions\s*=', r'fulltext', r'fullTextIndex',
    r'\btype:\s*\w', r'\bops:', r'clustered', r'\blength:', r'sequence\(', r'\bauto\(\)',
    r'mongodb', r'multiSchema', r'postgresqlExtensions', r'cockroach', r'sqlserver', r'mysql',
    r'\b(String|Int|BigInt|Float|Decimal|Boolean|DateTime|Json|Bytes)\[\]', r'@@shardKey', r'@shardKey',
    r'shardKeys', r'nativeDistinct', r'relationJoins', r'fullTextSearch',
    r'directUrl', r'shadowDatabaseUrl', r'Provider::Mongo', r'Provider::SqlServer', r'Provider::Mysql',
    r'Provider::Cockroach', r'ObjectId', r'@default\(dbgenerated\("gen_random', r'\bnow\(\)::',
]
SPECIFIC_RE = re.compile('|'.join(SPECIFIC), re.I | re.M)
DS_RE = re.compile(r'datasource\s+\w+\s*\{[^}]*\}', re.S)
PROVIDER_RE = re.compile(r'(provider\s*=\s*)"(postgresql|postgres|sqlite)"')
ANSI = '\x1b['

seen = set()
written = []


def emit(name, text):
    name = re.sub(r'[^A-Za-z0-9_]+', '_', name).strip('_')
    h = hashlib.sha1(text.encode()).hexdigest()
    if h in seen:
        return
    seen.add(h)
    base = name
    n = 2
    while os.path.exists(os.path.join(OUT, name + '.prisma')) and name not in written:
        name = f'{base}_{n}'
        n += 1
    with open(os.path.join(OUT, name + '.prisma'), 'w', encoding='utf-8') as f:
        f.write(text)
    written.append(name)


def datasource_provider(text):
    m = DS_RE.search(text)
    if not m:
        return None
    p = re.search(r'provider\s*=\s*"([^"]*)"', m.group(0))
    return p.group(1) if p else '?'


def sqlite_version(text):
    """Returns the text with a sqlite datasource, or None if not SQLite-relevant."""
    prov = datasource_provider(text)
    if prov == 'sqlite':
        return text
    if SPECIFIC_RE.search(text):
        return None
    if prov is None:
        return text
    if prov in ('postgresql', 'postgres'):
        out = PROVIDER_RE.sub(lambda m: m.group(1) + '"sqlite"', text)
        # URLs of other databases: make them sqlite file URLs (validate does not check, migrate does)
        out = re.sub(r'url\s*=\s*"postgres[^"]*"', 'url = "file:./dev.db"', out)
        return out
    return None


def strip_expected(text):
    lines = text.split('\n')
    i = len(lines)
    while i > 0 and (lines[i - 1].startswith('//') or lines[i - 1].strip() == ''):
        i -= 1
    tail = '\n'.join(lines[i:])
    if ANSI in tail:
        return '\n'.join(lines[:i]) + '\n'
    return text


def walk(d):
    for dp, _, fs in os.walk(d):
        for f in sorted(fs):
            yield os.path.join(dp, f)


# 1. validation fixtures
for p in sorted(walk(os.path.join(T, 'validation'))):
    if not p.endswith('.prisma'):
        continue
    rel = os.path.relpath(p, os.path.join(T, 'validation'))[:-7]
    text = strip_expected(open(p, encoding='utf-8').read())
    s = sqlite_version(text)
    if s is not None:
        emit('up_val_' + rel, s)

# 2. reformatter fixtures (inputs)
for p in sorted(walk(os.path.join(T, 'reformatter'))):
    if not p.endswith('.prisma') or p.endswith('.reformatted.prisma'):
        continue
    rel = os.path.relpath(p, os.path.join(T, 'reformatter'))[:-7]
    s = sqlite_version(open(p, encoding='utf-8').read())
    if s is not None:
        emit('up_fmt_' + rel, s)
mf = os.path.join(T, 'reformatter_multi_file')
for d in sorted(os.listdir(mf)):
    if d.endswith('.reformatted'):
        continue
    for f in sorted(os.listdir(os.path.join(mf, d))):
        s = sqlite_version(open(os.path.join(mf, d, f), encoding='utf-8').read())
        if s is not None:
            emit(f'up_fmtmf_{d}_{f[:-7]}', s)

# 3. inline schemas in Rust tests
SQLITE_HEADER = 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\n'
TEST_RE = re.compile(r'#\[test\]\s*(?:#\[[^\]]*\]\s*)*fn\s+(\w+)\s*\(\)[^{]*\{(.*?)\n\}', re.S)
RAW_RE = re.compile(r'(?:indoc!\s*[\{\(]\s*)?r(#+)"(.*?)"\1', re.S)


def dedent(s):
    lines = s.split('\n')
    ind = min((len(l) - len(l.lstrip(' ')) for l in lines if l.strip()), default=0)
    out = '\n'.join(l[ind:] for l in lines)
    return out.lstrip('\n')


for p in sorted(walk(T)):
    if not p.endswith('.rs'):
        continue
    rel = os.path.relpath(p, T)[:-3]
    if rel.startswith(('validation', 'reformatter', 'panic_with_diff')) or 'mongo' in rel or 'mssql' in rel \
            or 'mysql' in rel or 'cockroach' in rel or 'postgres' in rel:
        continue
    src = open(p, encoding='utf-8').read()
    for tm in TEST_RE.finditer(src):
        test, body = tm.group(1), tm.group(2)
        feats = []
        hm = re.search(r'with_header\([^;]*?Provider::(\w+)\s*,\s*&\[([^\]]*)\]', body, re.S)
        if hm:
            if hm.group(1) not in ('Sqlite', 'Postgres'):
                continue
            feats = re.findall(r'"([^"]+)"', hm.group(2))
        k = 0
        for rm in RAW_RE.finditer(body):
            raw = rm.group(2)
            if ANSI in raw or '[1;91m' in raw or '[1;93m' in raw:
                continue
            if not re.search(r'^\s*(model|datasource|generator|enum|view|type)\s', raw, re.M):
                continue
            text = dedent(raw)
            if datasource_provider(text) is None:
                gen = ''
                if feats:
                    gen = ('generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ['
                           + ', '.join(f'"{f}"' for f in feats) + ']\n}\n\n')
                if not re.search(r'^\s*generator\s', text, re.M):
                    text = gen + SQLITE_HEADER + text
                else:
                    text = SQLITE_HEADER + text
            s = sqlite_version(text)
            if s is None:
                continue
            k += 1
            emit(f'up_rs_{rel}_{test}' + (f'_{k}' if k > 1 else ''), s)

print(f'{len(written)} upstream schema cases written to {OUT}')
