#!/usr/bin/env bash
# Registration posts per second, end to end: publishes the site (Release), starts it as on 1 May 2022 (registration
# open) with e-mail going to the pickup folder and the per-IP limit raised, then runs the load client
# (bench/registration/Program.cs). Usage: bench/registration/run.sh [count, default 2000] [workers, default 16] [warm-up posts first, default 1000]
# STORE chooses what the site runs on:
#   sqlite   (default) one site on a fresh SQLite data folder;
#   postgres one site on a throw-away PostgreSQL started with deploy/postgresql/rencontres-aict.conf;
#   cluster  two nodes started from deploy/env (common.env + node-N.env, as the systemd unit reads them; only the
#            machines' addresses and paths replaced) on that PostgreSQL and a throw-away Redis started with
#            deploy/redis/rencontres-aict.conf, behind nginx configured from deploy/nginx/rencontres-aict.conf (its
#            upstream pointed at the two local nodes, plain HTTP on PORT instead of TLS); the client posts to nginx.
# postgres and cluster need root (PostgreSQL runs as postgres). Ports: PORT (5081: the site, or nginx), PG_PORT (54359),
# REDIS_PORT (56409), NODE_PORTS ("5181 5182"). PUBLISHED=<folder> skips the publish step.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/throwaway-postgres.sh
count=${1:-2000}; workers=${2:-16}; warmup=${3:-1000}; port=${PORT:-5081}; store=${STORE:-sqlite}
pgport=${PG_PORT:-54359}; redisport=${REDIS_PORT:-56409}; read -r -a nodeports <<<"${NODE_PORTS:-5181 5182}"
out=$(mktemp -d); chmod 755 "$out"; pgdata="$out/pg"; pids=()
postgres="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=rencontres_aict"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ -f "$out/nginx/nginx.pid" ] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true
  [ -d "$pgdata" ] && throwaway_postgres_ctl "$pgdata" -m immediate -w stop >/dev/null 2>&1 || true
  [ "$store" = cluster ] && redis-cli -p "$redisport" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap cleanup EXIT

# PUBLISHED=<folder> runs an already published site (e.g. bench/startup.sh's or a release's) instead of publishing one.
if [ -n "${PUBLISHED:-}" ]; then cp -r "$PUBLISHED" "$out/site"; else dotnet publish src/RencontresAict.Web -c Release -o "$out/site" -nologo -v quiet >/dev/null; fi
dotnet build bench/registration -c Release -nologo -v quiet >/dev/null
settings=(--Site:AsOf=2022-05-01T10:00:00Z --Forms:PostsPerIp=1000000 --Logging:LogLevel:Default=Warning)

start_postgres() {
  throwaway_postgres_start "$pgdata" "$pgport"
  psql -h 127.0.0.1 -p "$pgport" -U postgres -q -c "CREATE DATABASE rencontres_aict" postgres
}

# A node as systemd starts it: deploy/env/common.env then node-N.env, the local machines' values last.
start_node() { # $1 node number, $2 its port
  local vars=()
  while IFS= read -r line; do
    line=${line%$'\r'}; [[ -z "${line// }" || $line =~ ^[[:space:]]*[#\;] ]] && continue
    value=${line#*=}; [[ $value =~ ^\"(.*)\"$ || $value =~ ^\'(.*)\'$ ]] && value=${BASH_REMATCH[1]}
    vars+=("${line%%=*}=$value")
  done < <(cat deploy/env/common.env "deploy/env/node-$1.env")
  mkdir -p "$out/node-$1" "$out/media"
  (cd "$out/site"; exec env "${vars[@]}" ASPNETCORE_URLS="http://127.0.0.1:$2" Site__DataPath="$out/node-$1" \
    Database__ConnectionString="$postgres" Redis__Configuration="127.0.0.1:$redisport" Media__Path="$out/media" \
    Api__TokenSigningKeyPath="$out/token-signing.pem" Api__TokenEncryptionKeyPath="$out/token-encryption.pem" \
    AllowedHosts=127.0.0.1 ForwardedHeaders__KnownProxies__0=127.0.0.1 Email__DeliveryMethod=PickupDirectory \
    Site__AdminPassword=bench-password-1 dotnet RencontresAict.Web.dll "${settings[@]}" >"$out/node-$1.log" 2>&1) &
  pids+=($!)
}

# deploy/nginx/rencontres-aict.conf with its upstream on the local nodes and plain HTTP on $port.
start_nginx() {
  mkdir -p "$out/nginx/tmp"
  python3 - "$out/nginx/site.conf" "$port" "${nodeports[@]}" <<'PY'
import re, sys
target, port, nodes = sys.argv[1], sys.argv[2], sys.argv[3:]
conf = open("deploy/nginx/rencontres-aict.conf").read()
conf = re.sub(r"server \{[^{}]*return 301[^{}]*\}\n*", "", conf)          # the HTTP-to-HTTPS redirect
upstreams = iter(nodes)
conf = re.sub(r"server \d+\.\d+\.\d+\.\d+:\d+", lambda m: f"server 127.0.0.1:{next(upstreams)}", conf)
conf = re.sub(r"listen 443 ssl http2;", f"listen 127.0.0.1:{port};", conf)
conf = re.sub(r"\n\s*listen \[::\]:443[^\n]*|\n\s*ssl_certificate[^\n]*", "", conf)
conf = re.sub(r"server_name [^;]*;", "server_name 127.0.0.1;", conf)
open(target, "w").write(conf)
PY
  cat >"$out/nginx/nginx.conf" <<CONF
worker_processes 2; daemon on; pid $out/nginx/nginx.pid; error_log $out/nginx/error.log;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $out/nginx/tmp; proxy_temp_path $out/nginx/tmp;
  fastcgi_temp_path $out/nginx/tmp; uwsgi_temp_path $out/nginx/tmp; scgi_temp_path $out/nginx/tmp;
  include $out/nginx/site.conf; }
CONF
  nginx -c "$out/nginx/nginx.conf" -p "$out/nginx"
}

wait_health() { # $1 url
  local until=$((SECONDS + 180))
  until curl -sf "$1/health" >/dev/null; do
    [ $SECONDS -lt $until ] || { echo "no answer from $1/health; logs:" >&2; tail -n 20 "$out"/*.log >&2 || true; exit 1; }
    sleep 0.2
  done
}

case $store in
  sqlite)
    (cd "$out/site"; exec dotnet RencontresAict.Web.dll --urls "http://127.0.0.1:$port" --Site:DataPath="$out/data" "${settings[@]}") &
    pids+=($!); wait_health "http://127.0.0.1:$port" ;;
  postgres)
    start_postgres
    (cd "$out/site"; exec dotnet RencontresAict.Web.dll --urls "http://127.0.0.1:$port" --Site:DataPath="$out/data" \
      --Database:Provider=Postgres --Database:ConnectionString="$postgres" "${settings[@]}") &
    pids+=($!); wait_health "http://127.0.0.1:$port" ;;
  cluster)
    start_postgres
    mkdir -p "$out/redis"
    redis-server deploy/redis/rencontres-aict.conf --port "$redisport" --bind 127.0.0.1 --daemonize yes --dir "$out/redis" --logfile "$out/redis/redis.log"
    until redis-cli -p "$redisport" ping >/dev/null 2>&1; do sleep 0.1; done
    openssl genrsa -out "$out/token-signing.pem" 2048 2>/dev/null; openssl genrsa -out "$out/token-encryption.pem" 2048 2>/dev/null
    start_node 1 "${nodeports[0]}"; wait_health "http://127.0.0.1:${nodeports[0]}"   # the first node sets the site up
    start_node 2 "${nodeports[1]}"; wait_health "http://127.0.0.1:${nodeports[1]}"
    start_nginx; wait_health "http://127.0.0.1:$port" ;;
  *) echo "STORE must be sqlite, postgres or cluster" >&2; exit 2 ;;
esac

echo "store: $store, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/registration/bin/Release/net10.0/RencontresAict.RegistrationBench.dll --url "http://127.0.0.1:$port" --count "$count" --workers "$workers" --warmup "$warmup"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
counts="SELECT Status, COUNT(*) FROM RegistrationIndex GROUP BY Status; SELECT 'outbox', COUNT(*) FROM OutboxMessageIndex;"
if [ "$store" = sqlite ]; then
  sqlite3 "$out/data/site.db" "$counts" 2>/dev/null || true
else
  psql -h 127.0.0.1 -p "$pgport" -U postgres -d rencontres_aict -At -F '|' -c "$counts" 2>/dev/null || true
  [ "$store" = cluster ] && echo "e-mails written by each node's dispatcher (pickup folders): $(for n in 1 2; do printf 'node-%s %s  ' "$n" "$(find "$out/node-$n" -name '*.eml' 2>/dev/null | wc -l)"; done)"
fi
