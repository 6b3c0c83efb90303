#!/usr/bin/env bash
# Checks docker-compose.yml without a Docker engine:
#  1. against the Compose schema and dclint's non-style rules (dclint, pinned in .ci/compose-check/package-lock.json);
#  2. against ./sto: the same services, ports, app environment, databases and JVM flags (compare.mjs).
# Needs Node 18+ and npm. Run from anywhere; ./sto test runs it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.ci/compose-check"

command -v npm >/dev/null || { echo "compose-check: Node.js 18+ with npm is needed (Debian: apt-get install nodejs npm)." >&2; exit 1; }

if [[ ! -x $TOOLS/node_modules/.bin/dclint || $TOOLS/package-lock.json -nt $TOOLS/node_modules/.package-lock.json ]]; then
  npm ci --prefix "$TOOLS" --no-audit --no-fund --loglevel=error
fi

"$TOOLS/node_modules/.bin/dclint" "$ROOT/docker-compose.yml" --config "$TOOLS/dclintrc.json" --max-warnings 0 --color false
echo "docker-compose.yml passes the Compose schema and dclint's rules (style rules off)."
"$ROOT/sto" config | node "$TOOLS/compare.mjs" "$ROOT"
