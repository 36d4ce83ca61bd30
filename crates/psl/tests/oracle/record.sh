#!/usr/bin/env bash
# Records the real Prisma 6.19.3 CLI's output for Seedbed's conformance fixtures.
#   tests/cli_validate/<case>.prisma  -> <case>.txt  (blank line + stdout + stderr of `prisma validate`)
#   tests/format/oracle/<case>.prisma -> <case>.reformatted.prisma (or <case>.refused.txt)
# Only missing records are written unless RECORD_ALL=1. Needs node + npm (registry access once).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PSL=$(cd "$HERE/../.." && pwd)
ORACLE_DIR=${ORACLE_DIR:-${TMPDIR:-/tmp}/seedbed-prisma-oracle}
mkdir -p "$ORACLE_DIR"
cp "$HERE/package.json" "$HERE/package-lock.json" "$ORACLE_DIR/"
: > "$ORACLE_DIR/dummy.node"
export PRISMA_QUERY_ENGINE_LIBRARY="$ORACLE_DIR/dummy.node" PRISMA_SCHEMA_ENGINE_BINARY="$ORACLE_DIR/dummy.node"
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 NO_COLOR=1
[ -f "$ORACLE_DIR/node_modules/prisma/build/index.js" ] || (cd "$ORACLE_DIR" && npm ci --no-audit --no-fund --silent)
PRISMA="node $ORACLE_DIR/node_modules/prisma/build/index.js"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for f in "$PSL"/tests/cli_validate/*.prisma; do
  case_name=$(basename "$f" .prisma)
  out="$PSL/tests/cli_validate/$case_name.txt"
  [ -f "$out" ] && [ "${RECORD_ALL:-0}" != 1 ] && continue
  cp "$f" "$WORK/$case_name.prisma"
  (cd "$WORK" && { printf '\n'; env -u DATABASE_URL $PRISMA validate --schema "$case_name.prisma" 2>&1 || true; }) > "$out"
  echo "recorded $case_name"
done

for f in "$PSL"/tests/format/oracle/*.prisma; do
  case "$f" in *.reformatted.prisma) continue ;; esac
  case_name=$(basename "$f" .prisma)
  out="$PSL/tests/format/oracle/$case_name.reformatted.prisma"
  refused="$PSL/tests/format/oracle/$case_name.refused.txt"
  { [ -f "$out" ] || [ -f "$refused" ]; } && [ "${RECORD_ALL:-0}" != 1 ] && continue
  cp "$f" "$WORK/$case_name.prisma"
  if (cd "$WORK" && $PRISMA format --schema "$case_name.prisma" > "$WORK/log.txt" 2>&1); then
    cp "$WORK/$case_name.prisma" "$out"; rm -f "$refused"
  else
    cp "$WORK/log.txt" "$refused"; rm -f "$out"
  fi
  echo "recorded format $case_name"
done
