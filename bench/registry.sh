#!/usr/bin/env bash
# Benchmarks the partnership registry at scale: 10,000 regions and 200,000 partner memberships.
#   (a) makes sure the platform runs (./sto up if not; stops at the end what it started, unless --keep-running),
#   (b) seeds the B00001..B10000 regions with set-based SQL directly into PostgreSQL: regions DB (region,
#       membership, region_access) and the reports DB's projections (region_access, known_region),
#   (c) gets tokens for lead-r01, biz-r01 and admin from Keycloak (client sto-cli),
#   (d) runs bench/LoadHarness.java (open loop) against regions-service and reports-service,
#   (e) prints a summary table and EXPLAIN ANALYZE of the access lookup in the reports DB.
# Usage: bench/registry.sh [--reset] [--rate 200] [--duration 30] [--warmup 10] [--seed-only] [--remove]
#                          [--remove-after] [--keep-running]
#   --reset         delete the B* regions (and everything hanging off them) in both databases first, then seed
#   --seed-only     seed (if needed) and stop; no load runs
#   --remove        only delete the B* regions in both databases (no seed, no runs)
#   --remove-after  delete the B* regions again at the end (they are 10,000 extra regions in a shared platform)
#   --keep-running  leave running what this script started
# Env: BENCH_SQL=auto|psql|jdbc (default auto: psql if installed, else bench/Sql.java with the PostgreSQL JDBC driver)
# Timing is never pass/fail in a test: this script only reports. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RATE=200 DURATION=30 WARMUP=10 RESET=0 SEED_ONLY=0 KEEP_RUNNING=0 REMOVE=0 REMOVE_AFTER=0
while (($#)); do
  case $1 in
    --reset) RESET=1 ;;
    --remove) REMOVE=1 ;;
    --remove-after) REMOVE_AFTER=1 ;;
    --seed-only) SEED_ONLY=1 ;;
    --keep-running) KEEP_RUNNING=1 ;;
    --rate) RATE=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "registry.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

PG_HOST=127.0.0.1 PG_PORT=${BENCH_PG_PORT:-55432} PG_USER=postgres PG_PASSWORD=postgres
KEYCLOAK=http://127.0.0.1:8180
REGIONS=http://127.0.0.1:8081
REPORTS=http://127.0.0.1:8082
REGION_COUNT=10000 PER_REGION=20
# The demo logins' organisation codes (devstack realms) and the share of the B* regions each is a partner of.
LEAD_BOARD=41509 SCHOOL_BRIN=16PK BIZ_KVK=99000001
P99_TARGET_MS=20 ACCESS_TARGET_MS=1

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sto-bench.XXXXXX")
chmod 700 "$WORK"
RESULTS=$WORK/results.txt
: >"$RESULTS"

say() { printf '%s\n' "$*"; }
die() { printf 'registry.sh: %s\n' "$*" >&2; exit 1; }
section() { printf '\n==== %s\n' "$*"; }

# ------------------------------------------------------------------------------------------ (a) the platform

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

# Stops only the components this script started (same signals as ./sto down: the process group, apps first).
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

ensure_platform() {
  section "platform"
  local before after c
  mapfile -t before < <(running_components)
  if ((${#before[@]} == ${#COMPONENTS[@]})) && ./sto status | awk 'NR > 1 { n++
        if ($2 != "running" || !($NF == "UP" || ($NF == "listening" && $(NF - 1) != "not"))) bad = 1 }
      END { exit (bad || n == 0) }'; then
    say "The platform already runs and is healthy: using it (and leaving it running)."
    return
  fi
  say "Not everything runs (running: ${before[*]:-nothing}); ./sto up"
  ./sto up >"$WORK/sto-up.log" 2>&1 || { tail -n 40 "$WORK/sto-up.log" >&2; die "./sto up failed"; }
  grep -E '^(The STO platform runs|Building|Note:)' "$WORK/sto-up.log" || true
  mapfile -t after < <(running_components)
  for c in "${after[@]}"; do
    [[ " ${before[*]} " == *" $c "* ]] || STARTED+=("$c")
  done
}

# ------------------------------------------------------------------------------------------ SQL client

SQL_CLIENT=${BENCH_SQL:-auto}
PGJDBC=""
choose_sql_client() {
  if [[ $SQL_CLIENT == auto ]]; then
    if command -v psql >/dev/null; then SQL_CLIENT=psql; else SQL_CLIENT=jdbc; fi
  fi
  if [[ $SQL_CLIENT == psql ]]; then
    command -v psql >/dev/null || die "BENCH_SQL=psql but psql is not installed (apt-get install -y postgresql-client)"
    return
  fi
  # The driver version Quarkus uses: the one in a built service, else the Quarkus BOM's, fetched by Maven if needed.
  PGJDBC=$(ls "$ROOT"/regions-service/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar 2>/dev/null | head -n 1 || true)
  if [[ -z $PGJDBC ]]; then
    local quarkus version repo=${MAVEN_REPO:-$HOME/.m2/repository}
    quarkus=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml | head -n 1)
    version=$(grep -A1 '<artifactId>postgresql</artifactId>' "$repo/io/quarkus/quarkus-bom/$quarkus/quarkus-bom-$quarkus.pom" 2>/dev/null |
      sed -n 's:.*<version>\(.*\)</version>.*:\1:p' | head -n 1)
    [[ -n $version ]] || die "cannot tell the PostgreSQL JDBC version of Quarkus $quarkus (build the project first: ./sto up)"
    PGJDBC=$repo/org/postgresql/postgresql/$version/postgresql-$version.jar
    if [[ ! -f $PGJDBC ]]; then
      mvn -B -q dependency:get -Dartifact="org.postgresql:postgresql:$version" >/dev/null || die "cannot fetch org.postgresql:postgresql:$version"
    fi
  fi
  [[ -f $PGJDBC ]] || die "no PostgreSQL JDBC driver found"
}

# sql DB [--single-transaction] < script: prints result rows as values joined by '|', no headers.
sql() {
  local db=$1 tx=${2:-}
  local script=$WORK/script.sql
  cat >"$script"
  if [[ $SQL_CLIENT == psql ]]; then
    PGPASSWORD=$PG_PASSWORD psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" \
      ${tx:+-1} -f "$script"
  else
    java -cp "$PGJDBC" "$ROOT/bench/Sql.java" --host "$PG_HOST" --port "$PG_PORT" --user "$PG_USER" \
      --password "$PG_PASSWORD" --db "$db" ${tx:+--single-transaction} --file "$script"
  fi
}

# ------------------------------------------------------------------------------------------ (b) seeding

BENCH_CODE="'^B[0-9]{5}\$'"

# The benchmark memberships as a temporary table: deterministic, so both databases get the same rows and ids.
# Per region: 1 lead (BOARD, 5 digits), 5 vo schools (LOCATION, BRIN + 2 digits), 2 mbo (INSTITUTION, BRIN),
# 1 po board (BOARD), 1 po school (LOCATION), 10 businesses (KVK, 8 digits). Organisations recur across regions
# as real ones do (a vo BRIN in ~10 regions, an mbo in ~20, a po board in 5, a business in ~5). The demo logins:
# board 41509 leads the regions with i % 1000 = 1 (10), BRIN 16PK is a school of those with i % 700 = 2 (15),
# KvK 99000001 a business of those with i % 650 = 1 (16). Every 4th region has one business that left.
membership_rows_sql() {
  cat <<SQL
CREATE TEMP TABLE bench_region AS
SELECT i, 'B' || lpad(i::text, 5, '0') AS code,
       ((i - 1) % 3 + 1)::text AS tranche,
       (DATE '2020-01-15' + ((i - 1) % 3) * 365) AS admitted_on,
       (ARRAY['Emmen','Groningen','Leeuwarden','Assen','Zwolle','Deventer','Enschede','Apeldoorn','Arnhem',
              'Nijmegen','Utrecht','Amersfoort','Almere','Lelystad','Haarlem','Alkmaar','Amsterdam','Leiden',
              'Den Haag','Delft','Rotterdam','Dordrecht','Gouda','Breda','Tilburg','Eindhoven','Helmond',
              '''s-Hertogenbosch','Venlo','Roermond','Maastricht','Heerlen','Middelburg','Vlissingen','Terneuzen',
              'Hoorn','Den Helder','Zaanstad','Hilversum','Ede'])[1 + (i * 7) % 40] AS municipality
FROM generate_series(1, $REGION_COUNT) AS i;

CREATE TEMP TABLE bench_membership AS
WITH slot AS (
  SELECT r.*, s,
         CASE WHEN s = 1 THEN 'lead' WHEN s <= 6 THEN 'school' WHEN s <= 8 THEN 'mbo' WHEN s <= 10 THEN 'po'
              ELSE 'business' END AS role,
         CASE WHEN s IN (1, 9) THEN 'BOARD' WHEN s IN (7, 8) THEN 'INSTITUTION' WHEN s <= 10 THEN 'LOCATION'
              ELSE 'KVK' END AS identifier_type
  FROM bench_region r CROSS JOIN generate_series(1, $PER_REGION) AS s
), ident AS (
  SELECT slot.*,
         CASE
           WHEN s = 1 AND i % 1000 = 1 THEN '$LEAD_BOARD'
           WHEN s = 1 THEN (50000 + (i * 37) % 50000)::text
           WHEN s = 2 AND i % 700 = 2 THEN '$SCHOOL_BRIN' || lpad((1 + i % 3)::text, 2, '0')
           -- vo school locations: 5,000 BRINs (letter pairs 0, 7, ..., 343 of AA..ZZ), 12 locations each
           WHEN s <= 6 THEN lpad((((i * 7 + s * 1031) % 5000) % 100)::text, 2, '0')
                            || chr(65 + (((((i * 7 + s * 1031) % 5000) / 100) * 7) / 26))
                            || chr(65 + (((((i * 7 + s * 1031) % 5000) / 100) * 7) % 26))
                            || lpad((1 + (i + s) % 12)::text, 2, '0')
           -- mbo institutions: 1,000 BRINs (letter pairs 350..359)
           WHEN s <= 8 THEN lpad((((i * 3 + s * 101) % 1000) % 100)::text, 2, '0')
                            || chr(65 + (350 + ((i * 3 + s * 101) % 1000) / 100) / 26)
                            || chr(65 + (350 + ((i * 3 + s * 101) % 1000) / 100) % 26)
           -- po boards: 2,000 boards 20000..21999
           WHEN s = 9 THEN (20000 + (i * 11) % 2000)::text
           -- po school locations: 20,000 BRINs (letter pairs 450..649)
           WHEN s = 10 THEN lpad((((i * 13) % 20000) % 100)::text, 2, '0')
                            || chr(65 + (450 + ((i * 13) % 20000) / 100) / 26)
                            || chr(65 + (450 + ((i * 13) % 20000) / 100) % 26) || '01'
           WHEN s = 11 AND i % 650 = 1 THEN '$BIZ_KVK'
           -- businesses: 20,000 KvK numbers 30000000..30739963
           ELSE (30000000 + ((i * 101 + s * 2003) % 20000) * 37)::text
         END AS identifier
  FROM slot
)
SELECT md5('sto-bench-' || code || '-' || s)::uuid::text AS id,
       code AS region_code, identifier_type, identifier,
       CASE WHEN identifier_type = 'LOCATION' THEN left(identifier, 4) ELSE identifier END AS organisation_code,
       CASE role
         WHEN 'lead' THEN 'Stichting Voortgezet Onderwijs ' || municipality || ' ' || identifier
         WHEN 'school' THEN (ARRAY['Het ','Sint-','Maerlant ','Oranje ','Prins Willem ','Vakcollege '])[1 + (i + s) % 6]
                            || municipality || ' locatie ' || identifier
         WHEN 'mbo' THEN 'ROC ' || municipality || ' (' || identifier || ')'
         WHEN 'po' THEN CASE WHEN identifier_type = 'BOARD' THEN 'Stichting Primair Onderwijs ' || identifier
                             ELSE 'Basisschool De ' || (ARRAY['Regenboog','Wegwijzer','Klimop','Zeester'])[1 + i % 4]
                                  || ' ' || identifier END
         ELSE (ARRAY['Installatietechniek','Metaalbewerking','Bouwbedrijf','Elektrotechniek','Autobedrijf',
                     'Machinefabriek','Scheepswerf','Techniek'])[1 + (i + s) % 8] || ' ' || municipality
              || ' B.V. ' || identifier
       END AS name,
       municipality, role,
       CASE WHEN s <= 10 THEN admitted_on ELSE admitted_on + (i * s) % 700 END AS joined_on,
       CASE WHEN s = $PER_REGION AND i % 4 = 0 THEN admitted_on + (i * s) % 700 + 365 END AS left_on
FROM ident;
SQL
}

seed_regions_sql() {
  membership_rows_sql
  cat <<SQL
INSERT INTO region (code, name, registered_at, registered_by, tranche, admitted_on, status, demo, version,
                    plan_duurzaam, plan_dekkend, plan_kwalitatief)
SELECT code, 'Techniekpact ' || municipality || ' ' || code, admitted_on::timestamptz, 'bench/registry.sh',
       tranche, admitted_on, 'ACTIVE', TRUE, 0,
       'Duurzame samenwerking van vmbo, mbo en bedrijven in ' || municipality || ': gezamenlijke techniekroute.',
       'Een dekkend aanbod van techniekprofielen in de regio ' || municipality || '.',
       'Praktijkgericht techniekonderwijs met stages en gastlessen van de bedrijven uit de regio.'
FROM bench_region;
INSERT INTO membership (id, region_code, identifier_type, identifier, organisation_code, name, municipality, role,
                        joined_on, left_on, created_at)
SELECT id, region_code, identifier_type, identifier, organisation_code, name, municipality, role, joined_on, left_on,
       joined_on::timestamptz
FROM bench_membership;
INSERT INTO region_access (membership_id, organisation_code, region_code, role, joined_on, left_on)
SELECT id, organisation_code, region_code, role, joined_on, left_on FROM bench_membership;
SQL
}

seed_reports_sql() {
  membership_rows_sql
  cat <<SQL
INSERT INTO known_region (code, name, registered_at)
SELECT code, 'Techniekpact ' || municipality || ' ' || code, admitted_on::timestamptz FROM bench_region;
INSERT INTO region_access (membership_id, organisation_code, region_code, role, joined_on, left_on)
SELECT id, organisation_code, region_code, role, joined_on, left_on FROM bench_membership;
SQL
}

reset_regions_sql() {
  cat <<SQL
DELETE FROM region_access WHERE region_code ~ $BENCH_CODE;
DELETE FROM membership WHERE region_code ~ $BENCH_CODE;
DELETE FROM grant_award WHERE region_code ~ $BENCH_CODE;
DELETE FROM cofinancing_statement WHERE region_code ~ $BENCH_CODE;
DELETE FROM contact WHERE region_code ~ $BENCH_CODE;
DELETE FROM audit_entry WHERE region_code ~ $BENCH_CODE;
DELETE FROM region WHERE code ~ $BENCH_CODE;
SQL
}

reset_reports_sql() {
  cat <<SQL
DELETE FROM region_access WHERE region_code ~ $BENCH_CODE;
DELETE FROM known_region WHERE code ~ $BENCH_CODE;
SQL
}

remove() {
  say "deleting the B* benchmark regions in both databases"
  reset_regions_sql | sql regions --single-transaction
  reset_reports_sql | sql reports --single-transaction
}

seed() {
  section "seed (SQL client: $SQL_CLIENT${PGJDBC:+, $PGJDBC})"
  local regions_state reports_state begin
  # Flyway runs at service start; the tables must exist.
  sql regions <<<"SELECT to_regclass('public.region_access') IS NOT NULL AND to_regclass('public.membership') IS NOT NULL;" |
    grep -qx t || die "the regions database has no membership/region_access tables (is regions-service up to date?)"
  sql reports <<<"SELECT to_regclass('public.region_access') IS NOT NULL AND to_regclass('public.known_region') IS NOT NULL;" |
    grep -qx t || die "the reports database has no region_access/known_region tables (is reports-service up to date?)"
  if ((RESET)); then
    remove
  fi
  regions_state=$(sql regions <<<"SELECT (SELECT count(*) FROM region WHERE code ~ $BENCH_CODE) || '/' ||
      (SELECT count(*) FROM membership WHERE region_code ~ $BENCH_CODE) || '/' ||
      (SELECT count(*) FROM region_access WHERE region_code ~ $BENCH_CODE);")
  reports_state=$(sql reports <<<"SELECT (SELECT count(*) FROM known_region WHERE code ~ $BENCH_CODE) || '/' ||
      (SELECT count(*) FROM region_access WHERE region_code ~ $BENCH_CODE);")
  local total=$((REGION_COUNT * PER_REGION))
  if [[ $regions_state == "0/0/0" ]]; then
    begin=$SECONDS
    seed_regions_sql | sql regions --single-transaction
    sql regions <<<"VACUUM (ANALYZE) region, membership, region_access;"
    say "regions DB: seeded $REGION_COUNT regions, $total memberships and access rows in $((SECONDS - begin)) s"
  elif [[ $regions_state == "$REGION_COUNT/$total/$total" ]]; then
    say "regions DB: already seeded ($regions_state regions/memberships/access rows): skipped"
  else
    die "regions DB holds a partial benchmark data set ($regions_state regions/memberships/access rows): run with --reset"
  fi
  if [[ $reports_state == "0/0" ]]; then
    begin=$SECONDS
    seed_reports_sql | sql reports --single-transaction
    sql reports <<<"VACUUM (ANALYZE) known_region, region_access;"
    say "reports DB: seeded $REGION_COUNT known regions and $total access rows in $((SECONDS - begin)) s"
  elif [[ $reports_state == "$REGION_COUNT/$total" ]]; then
    say "reports DB: already seeded ($reports_state known regions/access rows): skipped"
  else
    die "reports DB holds a partial benchmark data set ($reports_state known regions/access rows): run with --reset"
  fi
  say "NOTE: the data was written directly into PostgreSQL, not through the API: no events, outbox rows or audit"
  say "      entries; the reports DB's region_access/known_region projections were seeded directly too (as"
  say "      reports-service would have built them from the sto.regions.v1 events). No grants, co-financing or contacts."
  sql regions <<<"SELECT 'demo logins are partners of (active, B* regions): ' || string_agg(organisation_code || ' ' || n || 'x', ', ' ORDER BY organisation_code)
    FROM (SELECT organisation_code, count(*) AS n FROM region_access WHERE region_code ~ $BENCH_CODE
          AND organisation_code IN ('$LEAD_BOARD', '$SCHOOL_BRIN', '$BIZ_KVK') AND left_on IS NULL GROUP BY 1) x;"
}

# ------------------------------------------------------------------------------------------ (c) tokens

# token REALM USER: a fresh access token (they live 5 minutes, so each run gets its own).
token() {
  local json
  json=$(curl -fsS --max-time 30 -d grant_type=password -d client_id=sto-cli -d "username=$2" -d password=demo \
    "$KEYCLOAK/realms/$1/protocol/openid-connect/token") || die "no token for $2 in realm $1"
  if command -v jq >/dev/null; then
    jq -r .access_token <<<"$json"
  else
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$json"
  fi
}

# ------------------------------------------------------------------------------------------ (d) load runs

log_lines() { wc -l <".sto/logs/$1.log" 2>/dev/null || echo 0; }

# CPU time (clock ticks) of a ./sto component's process group, or of the platform's PostgreSQL (postmaster and
# its current backends); 0 if it does not run. Backends that end during a run are not counted.
cpu_ticks() {
  local pids=() pid
  if [[ $1 == postgres ]]; then
    pid=$(head -n 1 .sto/data/postgres/postmaster.pid 2>/dev/null) || true
    [[ ${pid:-} =~ ^[0-9]+$ ]] && pids=("$pid" $(ps -o pid= --ppid "$pid" 2>/dev/null))
  else
    pid=$(cat ".sto/run/$1.pid" 2>/dev/null) || true
    [[ ${pid:-} =~ ^[0-9]+$ ]] && pids=($(ps -o pid= -g "$pid" 2>/dev/null))
  fi
  for pid in "${pids[@]}"; do cat "/proc/$pid/stat" 2>/dev/null; done |
    sed 's/^.*) //' | awk '{ t += $12 + $13 } END { print t + 0 }'
}

# "young-collections young-ms full-collections full-ms" of a ./sto app's JVM so far (jstat reads the JVM's perf
# counters; nothing is attached), or nothing without jstat.
gc_counters() {
  local pid
  command -v jstat >/dev/null || return 0
  pid=$(cat ".sto/run/$1.pid" 2>/dev/null) || return 0
  pid=$(ps -o pid=,comm= -g "$pid" 2>/dev/null | awk '$2 == "java" { print $1; exit }')
  [[ -n $pid ]] || return 0
  jstat -gc "$pid" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR == 2 { printf "%d %.1f %d %.1f\n", $col["YGC"], $col["YGCT"] * 1000, $col["FGC"], $col["FGCT"] * 1000 }'
}

# "pid ticks name" of every process; name = the ./sto component whose session it is in, else its command.
process_ticks() {
  local c pid map=""
  for c in "${COMPONENTS[@]}"; do
    pid=$(cat ".sto/run/$c.pid" 2>/dev/null) || continue
    map+="$pid=$c "
  done
  pid=$(head -n 1 .sto/data/postgres/postmaster.pid 2>/dev/null) || true
  [[ ${pid:-} =~ ^[0-9]+$ ]] && map+="$pid=postgres"
  ps -e -o pid=,sid=,ppid=,args= >"$WORK/ps"
  awk -v map="$map" 'BEGIN { n = split(map, m, " "); for (i = 1; i <= n; i++) { split(m[i], kv, "="); comp[kv[1]] = kv[2] } }
    FILENAME == ARGV[1] { pid = $1; args = $4; for (i = 5; i <= NF && length(args) < 60; i++) args = args " " $i
      name[pid] = ($2 in comp) ? comp[$2] : (($3 in comp) ? comp[$3] : args); next }
    { pid = $1; sub(/^.*\) /, ""); if (pid in name) print pid, $12 + $13, name[pid] }' \
    "$WORK/ps" - < <(all_process_stats)
}

# Every process's /proc/<pid>/stat (it starts with the pid); one that ends while being read is left out.
all_process_stats() {
  local f
  for f in /proc/[0-9]*/stat; do cat "$f" 2>/dev/null || true; done
}

# top_consumers BEFORE AFTER SECONDS: the processes (grouped by name) that used the most CPU between the snapshots.
top_consumers() {
  awk -v hz="$(getconf CLK_TCK)" -v secs="$3" 'FNR == NR { before[$1] = $2; next }
    { name = $3; for (i = 4; i <= NF; i++) name = name " " $i
      used[name] += $2 - (($1 in before) ? before[$1] : 0) }
    END { for (n in used) if (used[n] > 0) printf "%.0f\t%s\n", used[n] / hz / secs * 100, n }' "$1" "$2" |
    sort -rn | head -n 6 | awk -F '\t' '{ printf "%s%s %s%%", (NR > 1 ? ", " : ""), $2, $1 } END { print "" }'
}

# Busy and total clock ticks of the whole machine (all cores) so far.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
now_s() { date +%s.%N; }

# What the idle platform uses (outbox relays poll every 100 ms, Kafka and Keycloak tick): measured once, for
# BASELINE_S seconds, and subtracted from the per-request CPU figures. The machine's busy share tells whether
# something else (a build, tests) runs: then the latencies mean little.
BASELINE_S=10
declare -A IDLE_TICKS_PER_S=()
baseline() {
  section "idle platform, ${BASELINE_S} s without load"
  local c t0 m0 m1 busy0 total0 busy1 total1 elapsed hz
  declare -A before=()
  for c in regions-service reports-service postgres; do before[$c]=$(cpu_ticks "$c"); done
  read -r busy0 total0 < <(machine_ticks)
  t0=$(now_s)
  sleep "$BASELINE_S"
  read -r busy1 total1 < <(machine_ticks)
  elapsed=$(awk -v a="$t0" -v b="$(now_s)" 'BEGIN { print b - a }')
  hz=$(getconf CLK_TCK)
  for c in regions-service reports-service postgres; do
    IDLE_TICKS_PER_S[$c]=$(awk -v d=$(($(cpu_ticks "$c") - ${before[$c]})) -v e="$elapsed" 'BEGIN { print d / e }')
  done
  awk -v r="${IDLE_TICKS_PER_S[regions-service]}" -v p="${IDLE_TICKS_PER_S[reports-service]}" \
    -v g="${IDLE_TICKS_PER_S[postgres]}" -v hz="$hz" -v b=$((busy1 - busy0)) -v t=$((total1 - total0)) -v n="$(nproc)" 'BEGIN {
      printf "CPU of one core: regions-service %.1f%%, reports-service %.1f%%, postgres %.1f%%\n", r / hz * 100, p / hz * 100, g / hz * 100
      printf "whole machine busy: %.0f%% of %d cores%s\n", b / t * 100, n, (b / t > 0.35 ? "   WARNING: something else is using the CPU; latencies will suffer" : "") }'
}

# run LABEL SERVICE REALM USER HARNESS-ARGS...
run() {
  local label=$1 service=$2 realm=$3 user=$4 svc0 pg0 svc1 pg1 hz requests
  shift 4
  token "$realm" "$user" >"$WORK/token"
  section "$label (as $user)   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local busy0 total0 busy1 total1 t0 elapsed
  local gc0 gc1
  svc0=$(cpu_ticks "$service") pg0=$(cpu_ticks postgres) gc0=$(gc_counters "$service")
  read -r busy0 total0 < <(machine_ticks)
  process_ticks >"$WORK/ticks-before"
  t0=$(now_s)
  java "$ROOT/bench/LoadHarness.java" --label "$label" --token-file "$WORK/token" --rate "$RATE" \
    --duration "$DURATION" --warmup "$WARMUP" "$@" | tee -a "$RESULTS"
  elapsed=$(awk -v a="$t0" -v b="$(now_s)" 'BEGIN { print b - a }')
  process_ticks >"$WORK/ticks-after"
  read -r busy1 total1 < <(machine_ticks)
  svc1=$(cpu_ticks "$service") pg1=$(cpu_ticks postgres) gc1=$(gc_counters "$service")
  hz=$(getconf CLK_TCK) requests=$((RATE * (DURATION + WARMUP)))
  if [[ -n $gc0 && -n $gc1 ]]; then
    awk -v a="$gc0" -v b="$gc1" -v name="$service" 'BEGIN { split(a, x, " "); split(b, y, " ")
      printf "   %s GC during the run (warm-up + measured): %d young (%.0f ms in all), %d full (%.0f ms in all)\n",
        name, y[1] - x[1], y[2] - x[2], y[3] - x[3], y[4] - x[4] }'
  fi
  awk -v s=$((svc1 - svc0)) -v p=$((pg1 - pg0)) -v hz="$hz" -v n="$requests" -v name="$service" -v e="$elapsed" \
    -v si="${IDLE_TICKS_PER_S[$service]:-0}" -v pi="${IDLE_TICKS_PER_S[postgres]:-0}" \
    -v b=$((busy1 - busy0)) -v t=$((total1 - total0)) -v cores="$(nproc)" 'BEGIN {
    printf "   CPU per request (warm-up + measured, idle background subtracted): %s %.2f ms, postgres %.2f ms\n",
      name, (s - si * e) / hz * 1000 / n, (p - pi * e) / hz * 1000 / n
    printf "   whole machine busy during the run: %.0f%% of %d cores\n", b / t * 100, cores }'
  say "   top CPU users besides the harness (% of one core): $(top_consumers "$WORK/ticks-before" "$WORK/ticks-after" "$elapsed")"
  say "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

codes_of() { # DB ORGANISATION-CODE FILE: the B* regions the organisation is an active partner of
  sql "$1" <<<"SELECT DISTINCT region_code FROM region_access WHERE organisation_code = '$2' AND region_code ~ $BENCH_CODE
      AND joined_on <= (now() AT TIME ZONE 'Europe/Amsterdam')::date
      AND (left_on IS NULL OR left_on > (now() AT TIME ZONE 'Europe/Amsterdam')::date) ORDER BY 1;" >"$3"
  [[ -s $3 ]] || die "organisation $2 is a partner of no B* region in the $1 DB"
}

load_runs() {
  baseline
  seq -f 'B%05g' 1 "$REGION_COUNT" >"$WORK/all-codes"
  codes_of regions "$LEAD_BOARD" "$WORK/lead-codes-regions"
  codes_of reports "$LEAD_BOARD" "$WORK/lead-codes-reports"
  local regions_before reports_before
  regions_before=$(log_lines regions-service) reports_before=$(log_lines reports-service)

  run me-regions/lead-r01 regions-service sto-schools lead-r01 --url "$REGIONS/api/me/regions"
  run me-regions/biz-r01 regions-service sto-businesses biz-r01 --url "$REGIONS/api/me/regions"
  run region/admin-random regions-service sto-ministry admin --template "$REGIONS/api/regions/{code}" --codes "$WORK/all-codes" \
    --order random --seed 42
  run region/lead-r01 regions-service sto-schools lead-r01 --template "$REGIONS/api/regions/{code}" --codes "$WORK/lead-codes-regions"
  run reports-whoami/lead-r01 reports-service sto-schools lead-r01 --url "$REPORTS/api/whoami"
  run reports-my-role/lead-r01 reports-service sto-schools lead-r01 --template "$REPORTS/api/regions/{code}/my-role" \
    --codes "$WORK/lead-codes-reports"

  section "service logs during the runs (WARN/ERROR lines)"
  say "regions-service: $(tail -n +"$((regions_before + 1))" .sto/logs/regions-service.log 2>/dev/null | grep -cE ' (WARN|ERROR) ' || true)"
  say "reports-service: $(tail -n +"$((reports_before + 1))" .sto/logs/reports-service.log 2>/dev/null | grep -cE ' (WARN|ERROR) ' || true)"
}

# ------------------------------------------------------------------------------------------ (e) summary

summary() {
  section "summary: $RATE req/s open loop, $DURATION s measured after $WARMUP s warm-up, $(nproc) cores, latency in ms"
  awk -v target="$P99_TARGET_MS" -v access="$ACCESS_TARGET_MS" '
    /^RESULT / {
      delete f
      for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
      n++; label[n] = f["label"]
      for (k in f) v[f["label"], k] = f[k]
    }
    END {
      printf "%-26s %7s %6s %7s %7s %7s %7s %7s %8s  %s\n", "run", "count", "errors", "rate", "mean", "p50", "p90", "p99", "max", "target"
      for (i = 1; i <= n; i++) {
        l = label[i]; verdict = ""
        if (l ~ /^(me-regions|region)\//) verdict = (v[l, "errors"] == 0 && v[l, "p99"] != "-" && v[l, "p99"] + 0 < target) ? "p99 < " target ": MET" : "p99 < " target ": MISSED"
        printf "%-26s %7s %6s %7s %7s %7s %7s %7s %8s  %s\n", l, v[l, "count"], v[l, "errors"], v[l, "rate"], v[l, "mean"], v[l, "p50"], v[l, "p90"], v[l, "p99"], v[l, "max"], verdict
      }
      a = "reports-my-role/lead-r01"; b = "reports-whoami/lead-r01"
      if ((a, "p50") in v && (b, "p50") in v) {
        printf "\naccess check on reports-service = my-role minus whoami (same rate, same user):\n"
        printf "  mean %+.2f ms   p50 %+.2f ms   p90 %+.2f ms   p99 %+.2f ms\n", v[a, "mean"] - v[b, "mean"], v[a, "p50"] - v[b, "p50"], v[a, "p90"] - v[b, "p90"], v[a, "p99"] - v[b, "p99"]
        d = v[a, "p50"] - v[b, "p50"]
        printf "  target: adds < %s ms at the median: %s\n", access, (d < access ? "MET" : "MISSED")
      }
    }' "$RESULTS"
}

explain() {
  section "the access lookup in the reports DB (EXPLAIN ANALYZE, warm; parameters: $LEAD_BOARD, its first B* region, today)"
  local code
  code=$(head -n 1 "$WORK/lead-codes-reports" 2>/dev/null || echo B00001)
  sql reports <<SQL
PREPARE lookup(varchar, varchar, date) AS
  SELECT membership_id, joined_on, left_on, organisation_code, region_code, role FROM region_access
  WHERE organisation_code = \$1 AND region_code = \$2 AND joined_on <= \$3 AND (left_on IS NULL OR left_on > \$3);
SELECT 'warm-up: ' || count(*) || ' matching row(s)' FROM region_access WHERE organisation_code = '$LEAD_BOARD'
  AND region_code = '$code';
SELECT '-- custom plan (the first executions of a prepared statement):';
EXPLAIN (ANALYZE, BUFFERS) EXECUTE lookup('$LEAD_BOARD', '$code', (now() AT TIME ZONE 'Europe/Amsterdam')::date);
SET plan_cache_mode = force_generic_plan;
SELECT '-- generic plan (what a cached prepared statement may switch to after 5 executions):';
EXPLAIN (ANALYZE, BUFFERS) EXECUTE lookup('$LEAD_BOARD', '$code', (now() AT TIME ZONE 'Europe/Amsterdam')::date);
SQL
  section "the same lookup 10,000 times inside PostgreSQL (PL/pgSQL, cached plan, warm; no network, no parsing)"
  sql reports <<SQL
CREATE TEMP TABLE bench_timing (kind text, calls int, found int, total_ms float8);
DO \$\$
DECLARE t0 timestamptz; hits int; n int := 10000; d date := (now() AT TIME ZONE 'Europe/Amsterdam')::date; r record;
  own text[] := ARRAY(SELECT region_code FROM region_access WHERE organisation_code = '$LEAD_BOARD'
                      AND region_code ~ $BENCH_CODE ORDER BY 1);
  region text;
BEGIN
  FOR pass IN 1..2 LOOP
    hits := 0;
    t0 := clock_timestamp();
    FOR k IN 1..n LOOP
      region := CASE pass WHEN 1 THEN own[1 + k % cardinality(own)]
                ELSE 'B' || lpad((1 + (k * 7919) % $REGION_COUNT)::text, 5, '0') END;
      FOR r IN SELECT membership_id, joined_on, left_on, organisation_code, region_code, role FROM region_access
               WHERE organisation_code = '$LEAD_BOARD' AND region_code = region
                 AND joined_on <= d AND (left_on IS NULL OR left_on > d) LOOP
        hits := hits + 1;
      END LOOP;
    END LOOP;
    INSERT INTO bench_timing VALUES (CASE pass WHEN 1 THEN 'its own regions' ELSE 'random B* regions' END,
                                     n, hits, extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
END \$\$;
SELECT format('%s, %s lookups ($LEAD_BOARD, %s found a membership): %s ms in all, %s ms per lookup', kind, calls,
              found, round(total_ms::numeric, 1), round((total_ms / calls)::numeric, 4)) FROM bench_timing;
SQL
  section "diagnostics: the queries behind the regions-service endpoints (regions DB, EXPLAIN ANALYZE, warm)"
  local lead_code
  lead_code=$(head -n 1 "$WORK/lead-codes-regions" 2>/dev/null || echo B00001)
  sql regions <<SQL
PREPARE mine(varchar, date) AS SELECT membership_id, joined_on, left_on, organisation_code, region_code, role
  FROM region_access WHERE organisation_code = \$1 AND joined_on <= \$2 AND (left_on IS NULL OR left_on > \$2);
SELECT 'warm-up: ' || count(*) || ' access row(s) of $LEAD_BOARD and $BIZ_KVK, ' ||
  (SELECT count(*) FROM membership WHERE region_code = '$lead_code') || ' memberships of $lead_code'
  FROM region_access WHERE organisation_code IN ('$LEAD_BOARD', '$BIZ_KVK');
SELECT '-- GET /api/me/regions, access rows of $LEAD_BOARD:';
EXPLAIN (ANALYZE, BUFFERS) EXECUTE mine('$LEAD_BOARD', (now() AT TIME ZONE 'Europe/Amsterdam')::date);
SELECT '-- GET /api/me/regions, access rows of $BIZ_KVK:';
EXPLAIN (ANALYZE, BUFFERS) EXECUTE mine('$BIZ_KVK', (now() AT TIME ZONE 'Europe/Amsterdam')::date);
PREPARE members(varchar) AS SELECT * FROM membership WHERE region_code = \$1 ORDER BY role, name, joined_on;
SELECT '-- GET /api/regions/{code}, memberships of $lead_code:';
EXPLAIN (ANALYZE, BUFFERS) EXECUTE members('$lead_code');
SQL
}

# ------------------------------------------------------------------------------------------ main

ensure_platform
choose_sql_client
if ((REMOVE)); then
  section "remove"
  remove
  exit 0
fi
seed
((SEED_ONLY)) && exit 0
load_runs
summary
explain
if ((REMOVE_AFTER)); then
  section "--remove-after"
  remove
fi
