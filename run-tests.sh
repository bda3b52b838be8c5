#!/usr/bin/env bash
# Runs every test of the solution: unit, HTTP-level and browser tests, with the server clock in UTC; then the test
# classes whose results involve dates (marked [Trait("Dates", "ServerZone")]) again in America/New_York: pages, exports
# and e-mails must show Paris time whatever the server's zone.
# Prints "N passed, N failed" over all runs and exits non-zero when a test fails.
set -uo pipefail
cd "$(dirname "$0")"

# What a fresh Debian machine lacks (Chromium for the browser tests, npm for axe-core, PostgreSQL's server for the
# store tests) is installed first, so this one command works alone; without root it says what to install.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v npm >/dev/null 2>&1 || need+=(npm)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing: ${need[*]} (run as root, or apt-get install ${need[*]})"; echo "0 passed, 1 failed"; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; } \
    || { echo "apt-get install ${need[*]} failed"; echo "0 passed, 1 failed"; exit 1; }
fi

if [ ! -f tests/browser-assets/node_modules/axe-core/axe.min.js ]; then
  (cd tests/browser-assets && npm ci --no-audit --no-fund --silent) || { echo "npm ci failed in tests/browser-assets"; echo "0 passed, 1 failed"; exit 1; }
fi

# A throw-away PostgreSQL server for the tests that run the store on PostgreSQL (stopped on exit).
if [ -z "${RAICT_TEST_POSTGRES:-}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$pgbin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)"; echo "0 passed, 1 failed"; exit 1; }
  pgport=${RAICT_PG_PORT:-54329}; pgroot=$(mktemp -d); chmod 755 "$pgroot"; pgdata="$pgroot/pg"
  install -d -o postgres -g postgres -m 700 "$pgdata"
  runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdata -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  trap 'runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1; rm -rf "$pgroot"' EXIT
  export RAICT_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
fi

results=$(mktemp -d)
dotnet build RencontresAict.sln -c Release -warnaserror -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

rc=0
TZ=UTC dotnet test RencontresAict.sln -c Release --no-build --logger "trx;LogFilePrefix=utc" --results-directory "$results" -v quiet || rc=1
TZ=America/New_York dotnet test tests/RencontresAict.Tests -c Release --no-build --filter "Dates=ServerZone" --logger "trx;LogFilePrefix=new-york" --results-directory "$results" -v quiet || rc=1

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
[ "$passed" -gt 0 ] || rc=1
echo "$passed passed, $failed failed"
exit $rc
