#!/bin/sh
# Re-records the reference declarations: runs the real `prisma generate` 6.19.3 (the pinned
# install in tests/oracle of the repository, offline) on some fixtures and keeps the
# generated `index.d.ts` beside this script as `<fixture>.index.d.ts`.
# Usage: crates/generate/tests/oracle/record.sh [fixture ...]   (default: blog scalars compound)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
oracle=$(cd "$here/../../../../tests/oracle" && pwd)
[ -d "$oracle/node_modules/prisma" ] || { echo "run npm ci in $oracle first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A project of its own, so the oracle's node_modules/.prisma/client is left alone.
cp "$oracle/package.json" "$oracle/package-lock.json" "$work/"
: > "$work/dummy.node"
export PRISMA_QUERY_ENGINE_LIBRARY="$work/dummy.node" PRISMA_SCHEMA_ENGINE_BINARY="$work/dummy.node"
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1 NO_COLOR=1
(cd "$work" && npm ci --omit=dev --prefer-offline --ignore-scripts --no-audit --no-fund >/dev/null)
mkdir -p "$work/prisma"
for name in ${*:-blog scalars compound}; do
  cp "$here/../generate/$name.prisma" "$work/prisma/schema.prisma"
  (cd "$work" && node node_modules/prisma/build/index.js generate --no-hints >/dev/null)
  cp "$work/node_modules/.prisma/client/index.d.ts" "$here/$name.index.d.ts"
  echo "recorded $name.index.d.ts"
done
