#!/usr/bin/env bash
# Measures the platform's start: how long `./sto up` takes on a built tree, how fast each service JVM starts
# (Quarkus' own "started in" figure) and each component's resident memory right after start.
# Usage: bench/startup.sh [runs]   (default 1). Stops the platform at the end of each run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1}"
apps=(regions-service reports-service monitor-service notification-service portal)
infra=(postgres kafka smtp keycloak)

rss_mb() {
  local pid_file=".sto/run/$1.pid"
  [[ -f "$pid_file" ]] || { echo "-"; return; }
  local pid; pid=$(cat "$pid_file")
  # Sum over the process and its children (keycloak runs as a child of its launcher).
  local total=0 p
  for p in $pid $(pgrep -P "$pid" || true); do
    total=$(( total + $(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0) ))
  done
  echo $(( total / 1024 ))
}

./sto down >/dev/null 2>&1 || true
for run in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  ./sto up >/dev/null
  end=$(date +%s.%N)
  awk -v run="$run" -v s="$start" -v e="$end" 'BEGIN { printf "run %d: ./sto up took %.1f s\n", run, e - s }'
  printf '  %-22s %12s %10s\n' component "started in" "RSS MB"
  for app in "${apps[@]}"; do
    started=$(grep -o 'started in [0-9.]*s' ".sto/logs/$app.log" | tail -1 | awk '{print $3}')
    printf '  %-22s %12s %10s\n' "$app" "${started:--}" "$(rss_mb "$app")"
  done
  for component in "${infra[@]}"; do
    printf '  %-22s %12s %10s\n' "$component" "" "$(rss_mb "$component")"
  done
  # The apps above started together, sharing two cores with each other and Keycloak. Restarting one at a time
  # on the running platform shows what a single JVM needs.
  printf '  one at a time (the others running):\n'
  for app in "${apps[@]}"; do
    kill "$(cat ".sto/run/$app.pid")"
    while kill -0 "$(cat ".sto/run/$app.pid")" 2>/dev/null; do sleep 0.2; done
    ./sto up >/dev/null
    started=$(grep -o 'started in [0-9.]*s' ".sto/logs/$app.log" | tail -1 | awk '{print $3}')
    printf '  %-22s %12s %10s\n' "$app" "${started:--}" "$(rss_mb "$app")"
  done
  ./sto down >/dev/null
done
