#!/usr/bin/env bash
# Re-records Prisma 6.19.3's help texts that the playground's terminal prints, from the
# pinned oracle in tests/oracle (install it first: see tests/conformance/README.md).
# Each file is what `prisma <words> --help` prints on stdout, byte for byte.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
oracle="$here/../../../tests/oracle"
: > "$oracle/dummy.node"
export PRISMA_QUERY_ENGINE_LIBRARY="$oracle/dummy.node" PRISMA_SCHEMA_ENGINE_BINARY="$oracle/dummy.node"
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 NO_COLOR=1
work="$(mktemp -d)"
cd "$work"
for cmd in "" migrate "migrate dev" "migrate reset" "migrate deploy" "migrate status" \
  "migrate resolve" "migrate diff" db "db push" "db pull" "db execute" "db seed" generate \
  validate format; do
  name="${cmd:-prisma}"
  name="${name// /-}"
  node "$oracle/node_modules/prisma/build/index.js" $cmd --help > "$here/$name.txt" 2>/dev/null || true
done
rm -rf "$work"
