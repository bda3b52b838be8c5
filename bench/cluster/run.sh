#!/usr/bin/env bash
# The fault campaign of several servers: a throw-away PostgreSQL and Redis started with the deployment's settings
# (deploy/postgresql, deploy/redis; their own ports and folders), the site published (Release), then
# bench/cluster/Program.cs: two nodes started from deploy/env, registrations over both, kill -9 of a node, a Redis
# restart, a PostgreSQL restart, and the count of lost and doubled registrations and e-mails.
# Usage: bench/cluster/run.sh [registrations, default 500] [visitors, default 16] [registrations per second, default 25]
# Ports: PG_PORT (54349), REDIS_PORT (56399), NODE_PORTS (5191,5192), SMTP_PORT (2591). Needs root (PostgreSQL runs as postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/throwaway-postgres.sh
count=${1:-500}; workers=${2:-16}; rate=${3:-25}
pgport=${PG_PORT:-54349}; redisport=${REDIS_PORT:-56399}; nodeports=${NODE_PORTS:-5191,5192}; smtpport=${SMTP_PORT:-2591}
out=$(mktemp -d); chmod 755 "$out"; pgdata="$out/pg"; pgbin=$(throwaway_postgres_bin)
stop() {
  throwaway_postgres_ctl "$pgdata" -m immediate -w stop >/dev/null 2>&1 || true
  redis-cli -p "$redisport" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap stop EXIT

dotnet publish src/RencontresAict.Web -c Release -o "$out/site" -nologo -v quiet >/dev/null
dotnet build bench/cluster -c Release -nologo -v quiet >/dev/null

throwaway_postgres_start "$pgdata" "$pgport"
psql -h 127.0.0.1 -p "$pgport" -U postgres -q -c "CREATE DATABASE rencontres_aict" postgres

mkdir -p "$out/redis"
redis_start="redis-server deploy/redis/rencontres-aict.conf --port $redisport --bind 127.0.0.1 --daemonize yes --dir $out/redis --logfile $out/redis/redis.log"
$redis_start
until redis-cli -p "$redisport" ping >/dev/null 2>&1; do sleep 0.1; done

# Redis: a clean shutdown (the append-only file is flushed) and a start on the same folder. PostgreSQL: a fast restart
# (connections cut, committed data kept).
dotnet bench/cluster/bin/Release/net10.0/RencontresAict.ClusterBench.dll --count "$count" --workers "$workers" --per-second "$rate" \
  --site "$out/site/RencontresAict.Web.dll" --deploy deploy --data "$out/nodes" --ports "$nodeports" --smtp-port "$smtpport" \
  --postgres "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=rencontres_aict" --redis "127.0.0.1:$redisport" \
  --restart-redis "redis-cli -p $redisport shutdown >/dev/null; $redis_start; until redis-cli -p $redisport ping >/dev/null 2>&1; do sleep 0.05; done" \
  --restart-postgres "runuser -u postgres -- $pgbin/pg_ctl -D $pgdata -m fast -w restart >/dev/null" \
  || { status=$?; echo "node logs (last lines):"; tail -n 20 "$out"/nodes/node-*.log; exit $status; }
