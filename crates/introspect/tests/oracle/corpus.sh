#!/bin/sh
# Runs the real CLI over the introspection corpus into $1 (default /tmp/intro-oracle/corpus),
# read-only on the corpus; then:
#   SEEDBED_INTROSPECT_ORACLE=$1 cargo test -p seedbed-introspect --test conformance -- --nocapture
OUT=${1:-/tmp/intro-oracle/corpus}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
cd "$HERE/../../../../tests/conformance/introspect/cases" || exit 1
for f in *.sql; do
  n=${f%.sql}
  [ -f "$OUT/$n.stderr" ] && continue
  p=-
  [ -f "$n.input.prisma" ] && p=$n.input.prisma
  node "$HERE/pull.mjs" "$f" "$p" "$OUT/$n"
done
