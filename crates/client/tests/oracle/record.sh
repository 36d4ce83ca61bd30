#!/bin/sh
# Records Prisma 6.19.3's answers for the corpus into tests/oracle/oracle.json and prints how
# ours differ (compare.py). Needs the pinned npm install in tests/oracle at the repository root
# (`npm ci` there), Python 3 and cargo. Offline: no engine is downloaded (the query compiler
# ships inside @prisma/client; the CLI is pointed at a dummy engine file, as record.mjs does).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
CRATE=$(cd "$HERE/../.." && pwd)
ROOT=$(cd "$CRATE/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ln -s "$ROOT/tests/oracle/node_modules" "$WORK/node_modules"
DUMMY="$ROOT/tests/oracle/node_modules/.seedbed/dummy.node"
mkdir -p "$(dirname "$DUMMY")" && touch "$DUMMY"
for SCHEMA in blog shop ids; do
  # The fixture schema plus a generator for the query-compiler client.
  { printf 'generator client {\n  provider   = "prisma-client-js"\n  output     = "./gen_%s"\n  engineType = "client"\n}\n' "$SCHEMA"
    cat "$CRATE/tests/fixtures/$SCHEMA.prisma"; } > "$WORK/$SCHEMA.prisma"
  (cd "$WORK" && PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 \
    PRISMA_QUERY_ENGINE_LIBRARY="$DUMMY" PRISMA_SCHEMA_ENGINE_BINARY="$DUMMY" \
    node node_modules/prisma/build/index.js generate --schema "$SCHEMA.prisma" >/dev/null)
  (cd "$ROOT" && cargo run -q -p seedbed-client --example migration_sql -- "$CRATE/tests/fixtures/$SCHEMA.prisma") > "$WORK/$SCHEMA.sql"
  python3 - "$WORK" "$SCHEMA" "$CRATE/tests/fixtures/$SCHEMA.sql" <<'PY'
import sqlite3, sys
work, name, seed = sys.argv[1:]
db = sqlite3.connect(f"{work}/template_{name}.db")
db.executescript(open(f"{work}/{name}.sql").read())
db.executescript(open(seed).read())
db.commit()
PY
done
cp "$HERE/run.mjs" "$WORK/run.mjs"
(cd "$WORK" && ORACLE_OUT="$HERE/oracle.json" node run.mjs "$CRATE"/tests/cases/gen_*.json)
python3 "$HERE/compare.py"
