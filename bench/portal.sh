#!/usr/bin/env bash
# Benchmarks the portal under its target load: 50 logged-in people browsing their region's pages and autosaving a
# report draft each, with think time (bench/PortalBench.java; see bench/README.md, "portal.sh").
#   (a) makes sure the platform runs (./sto up if not; stops at the end what it started, unless --keep-running),
#   (b) sets up the bench regions PB-01.. and a report draft in each through the services' APIs (found and reused
#       on a rerun; they stay in the demo database),
#   (c) logs every user in through Keycloak and runs the load: warm-up, then the measured window,
#   (d) prints per route and for the autosave count, errors, throughput, p50/p90/p95/p99/max against the targets
#       (pages p95 < 200 ms, autosave p95 < 100 ms), and how busy the machine was.
# Usage: bench/portal.sh [--keep-running] [PortalBench options: --users 50 --duration 60 --warmup 15
#                        --think-min 1000 --think-max 3000 --mix 1:2:4:3 --prefix PB --section covid-19
#                        --timeout-ms 10000 --login-parallel 4 --seed 1 --setup-only --timeline ...]
# Timing is never pass/fail in a test: this script only reports.
set -euo pipefail
cd "$(dirname "$0")/.."

KEEP_RUNNING=0
ARGS=()
for a in "$@"; do
  case $a in
    --keep-running) KEEP_RUNNING=1 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) ARGS+=("$a") ;;
  esac
done

say() { printf '%s\n' "$*"; }
die() { printf 'portal.sh: %s\n' "$*" >&2; exit 1; }
section() { printf '\n==== %s\n' "$*"; }

command -v java >/dev/null || die "java (17) is needed"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sto-portal-bench.XXXXXX")
chmod 700 "$WORK"

COMPONENTS=(postgres kafka smtp keycloak regions-service reports-service monitor-service notification-service portal)
# Components whose ./sto pid file names a live process (the platform's own notion of "running").
running_components() {
  ./sto status | awk 'NR > 1 && $2 == "running" { print $1 }'
}
STARTED=()
cleanup() {
  local rc=$?
  rm -rf "$WORK"
  if ((${#STARTED[@]})) && ((KEEP_RUNNING == 0)); then
    section "stopping what this script started: ${STARTED[*]}"
    if ((${#STARTED[@]} == ${#COMPONENTS[@]})); then
      ./sto down || true
    else
      stop_started || true
    fi
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Stops only the components this script started (as ./sto down does: the process group, apps first).
stop_started() {
  local c pid pids=() deadline
  for c in regions-service reports-service monitor-service notification-service portal keycloak smtp kafka postgres; do
    [[ " ${STARTED[*]} " == *" $c "* ]] || continue
    pid=$(cat ".sto/run/$c.pid" 2>/dev/null) || continue
    [[ $pid =~ ^[0-9]+$ ]] || continue
    say "Stopping $c (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    pids+=("$pid")
    rm -f ".sto/run/$c.pid"
  done
  deadline=$((SECONDS + 20))
  for pid in "${pids[@]}"; do
    while kill -0 -- "-$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
}

section "platform"
mapfile -t BEFORE < <(running_components)
if ((${#BEFORE[@]} == ${#COMPONENTS[@]})) && ./sto status | awk 'NR > 1 { n++
      if ($2 != "running" || !($NF == "UP" || ($NF == "listening" && $(NF - 1) != "not"))) bad = 1 }
    END { exit (bad || n == 0) }'; then
  say "The platform already runs and is healthy: using it (and leaving it running)."
else
  say "Not everything runs (running: ${BEFORE[*]:-nothing}); ./sto up"
  ./sto up >"$WORK/sto-up.log" 2>&1 || { tail -n 40 "$WORK/sto-up.log" >&2; die "./sto up failed"; }
  grep -E '^(The STO platform runs|Building|Note:)' "$WORK/sto-up.log" || true
  mapfile -t AFTER < <(running_components)
  for c in "${AFTER[@]}"; do
    [[ " ${BEFORE[*]} " == *" $c "* ]] || STARTED+=("$c")
  done
fi

section "PortalBench"
java bench/PortalBench.java "${ARGS[@]}"
