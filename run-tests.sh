#!/usr/bin/env bash
# Runs every test of the solution: unit, HTTP-level and browser tests, with the server clock in UTC; then the test
# classes whose results involve dates (marked [Trait("Dates", "ServerZone")]) again in America/New_York: pages, exports
# and e-mails must show Paris time whatever the server's zone.
# Prints "N passed, N failed" over all runs and exits non-zero when a test fails.
set -uo pipefail
cd "$(dirname "$0")"

# What a fresh Debian machine lacks (Chromium for the browser tests, npm for axe-core, PostgreSQL's and Redis's servers
# for the store and several-servers tests) is installed first, so this one command works alone; without root it says what to install.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v npm >/dev/null 2>&1 || need+=(npm)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
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

# Servers started below are stopped on exit, whatever happens.
stops=()
trap 'for stop in "${stops[@]}"; do eval "$stop"; done' EXIT

# A throw-away PostgreSQL server for the tests that run the store on PostgreSQL (stopped on exit).
if [ -z "${RAICT_TEST_POSTGRES:-}" ]; then
  . scripts/throwaway-postgres.sh
  [ -n "$(throwaway_postgres_bin)" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)"; echo "0 passed, 1 failed"; exit 1; }
  pgport=${RAICT_PG_PORT:-54329}; pgroot=$(mktemp -d); chmod 755 "$pgroot"; pgdata="$pgroot/pg"
  # The deployment's settings, then the tests' own: more connections, no fsync.
  throwaway_postgres_start "$pgdata" "$pgport" -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off
  stops+=("throwaway_postgres_ctl '$pgdata' -m fast -w stop >/dev/null 2>&1; rm -rf '$pgroot'")
  export RAICT_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
fi

# A throw-away Redis server for the several-servers tests (two site nodes on one PostgreSQL and one Redis): the
# deployment's settings (deploy/redis), on the tests' port and folder, stopped on exit like PostgreSQL.
if [ -z "${RAICT_TEST_REDIS:-}" ]; then
  redisport=${RAICT_REDIS_PORT:-56379}; redisroot=$(mktemp -d)
  redis-server deploy/redis/rencontres-aict.conf --port "$redisport" --bind 127.0.0.1 --daemonize yes \
    --dir "$redisroot" --pidfile "$redisroot/redis.pid" --logfile "$redisroot/redis.log" \
    || { echo "redis-server did not start on port $redisport"; echo "0 passed, 1 failed"; exit 1; }
  for _ in $(seq 50); do redis-cli -p "$redisport" ping >/dev/null 2>&1 && break; sleep 0.1; done
  stops+=("redis-cli -p '$redisport' shutdown nosave >/dev/null 2>&1; rm -rf '$redisroot'")
  export RAICT_TEST_REDIS="127.0.0.1:$redisport"
fi

results=$(mktemp -d)

# Every test site would create its own two RSA keys for the OAuth2 server on its first admin or API request (about a
# second each on a loaded 2-core machine, hundreds of sites): they share two made once here instead, through the
# site's own settings. The tests of the keys' creation in the data folder clear these settings.
if command -v openssl >/dev/null 2>&1; then
  keys="$results/keys"; mkdir -p "$keys"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/signing.pem" 2>/dev/null \
    && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/encryption.pem" 2>/dev/null \
    && export Api__TokenSigningKeyPath="$keys/signing.pem" Api__TokenEncryptionKeyPath="$keys/encryption.pem"
  stops+=("rm -rf '$keys'")
fi
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
